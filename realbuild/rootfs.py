"""Root filesystems of the base images that are not built by a Containerfile: Debian's
minbase per release (debootstrap, cached under $DTRANSPILE_REALBUILD_DIR/rootfs across
runs), its slim variant, the distroless stand-ins and the alpine stand-in.

The distroless and alpine trees are copied file by file out of a "files" image of the
same Debian release (``localhost/realbuild/files:<release>``, see images.py) in which
the packages they take files from are installed, so every library is the release's own
build: ``gcr.io/distroless/cc-debian11`` has bullseye's glibc 2.31, ``-debian12``
bookworm's 2.36, ``-debian13`` trixie's 2.41, as the real images do."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Iterable, Tuple

from . import alpine
from .env import ROOTFS, process_lock, run

#: Debian releases the images are made from, and their version numbers
RELEASES = {"bullseye": "11", "bookworm": "12", "trixie": "13"}
EXTRA_CA_DIR = Path("/usr/local/share/ca-certificates")

# the official debian images' apt hook: no package caches left in layers
DOCKER_CLEAN = """\
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
"""

#: debuerreotype's slimify: what the -slim images leave out (``.slimify-excludes``), but
#: for what they keep (``.slimify-includes``); the same rules go into
#: /etc/dpkg/dpkg.cfg.d/docker, so packages installed later leave them out too
SLIM_EXCLUDE = ("/usr/share/doc/*", "/usr/share/groff/*", "/usr/share/info/*",
                "/usr/share/linda/*", "/usr/share/lintian/overrides/*", "/usr/share/locale/*",
                "/usr/share/man/*")
SLIM_INCLUDE = ("/usr/share/doc/*/copyright", "/usr/share/doc/kde/HTML/C/*",
                "/usr/share/gnome/help/*/C/*", "/usr/share/locale/all_languages",
                "/usr/share/locale/currency/*", "/usr/share/locale/l10n/*",
                "/usr/share/locale/languages", "/usr/share/locale/locale.alias",
                "/usr/share/omf/*/*-C.emf")
#: what the distroless trees leave out of the packages they copy
DOC_PREFIXES = ("usr/share/doc/", "usr/share/man/", "usr/share/info/", "usr/share/lintian/",
                "usr/share/locale/", "usr/share/bug/")


def mirror() -> str:
    """The Debian mirror apt is configured with on this machine."""
    for path in [Path("/etc/apt/sources.list.d/debian.sources"), Path("/etc/apt/sources.list")]:
        if not path.exists():
            continue
        for line in path.read_text().splitlines():
            line = line.strip()
            if line.startswith("URIs:") and "security" not in line:
                return line.split()[1]
            if line.startswith("deb ") and "security" not in line:
                return [w for w in line.split() if "://" in w][0]
    return "http://deb.debian.org/debian"


def debootstrap(release: str, log: Path) -> Path:
    """The minbase rootfs of ``release``, made once per $DTRANSPILE_REALBUILD_DIR (25-90 s).
    bullseye's official images are not /usr-merged, later ones are; debootstrap is told
    the same."""
    target = ROOTFS / f"{release}-minbase"
    with process_lock(ROOTFS / f"{release}.lock"):
        _debootstrap(release, target, log)
    return target


def _debootstrap(release: str, target: Path, log: Path) -> None:
    if not (target / "etc/debian_version").exists():
        tmp = ROOTFS / f"{release}-minbase.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        merged = ["--no-merged-usr"] if release == "bullseye" else []
        run(["debootstrap", "--variant=minbase", *merged, release, tmp, mirror()], nice=True,
            timeout=1200, log=log)
        shutil.rmtree(target, ignore_errors=True)
        tmp.rename(target)
    docker_apt(target)


#: what debuerreotype's minimizing-config writes into every official Debian image (and
#: Canonical's Ubuntu images carry the same apt files): services do not start during a
#: build, dpkg does not sync, apt keeps no caches, compressed indexes, no translations,
#: autoremove does not keep what only a Suggests holds.  Nothing turns Recommends off:
#: an ``apt-get install`` without ``--no-install-recommends`` installs them, on these
#: images as on the real ones (the stand-ins once wrote a docker-no-recommends file,
#: which made every sample's Recommends decision untestable)
MINIMIZING_CONFIG = {
    "usr/sbin/policy-rc.d": "#!/bin/sh\n\nexit 101\n",
    "etc/dpkg/dpkg.cfg.d/docker-apt-speedup": "force-unsafe-io\n",
    "etc/apt/apt.conf.d/docker-autoremove-suggests":
        'Apt::AutoRemove::SuggestsImportant "false";\n',
    "etc/apt/apt.conf.d/docker-clean": DOCKER_CLEAN,
    "etc/apt/apt.conf.d/docker-gzip-indexes": 'Acquire::GzipIndexes "true";\n',
    "etc/apt/apt.conf.d/docker-no-languages": 'Acquire::Languages "none";\n',
}
#: files of the stand-ins' earlier configuration that the official images do not have
NOT_OFFICIAL = ("etc/apt/apt.conf.d/docker-no-recommends",)


def docker_apt(target: Path) -> None:
    """The official images' apt and dpkg configuration (``MINIMIZING_CONFIG``), and no
    package lists or caches left."""
    for sub in ["var/lib/apt/lists", "var/cache/apt/archives"]:
        for p in (target / sub).glob("*"):
            if p.is_file():
                p.unlink()
    for rel in NOT_OFFICIAL:
        (target / rel).unlink(missing_ok=True)
    for rel, text in MINIMIZING_CONFIG.items():
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        path.chmod(0o755 if rel.startswith("usr/sbin/") else 0o644)


# ------------------------------------------------------------------ ubuntu

#: Ubuntu releases the ``ubuntu:<version>`` stand-ins are made from: the corpus's most
#: common reachable one (16.04), the last with a split /usr (18.04, the runner of 8
#: python and 3 go corpus files), the one between (22.04) and what ``ubuntu:latest`` was
#: on the image data's date (26.04)
UBUNTU_RELEASES = {"xenial": "16.04", "bionic": "18.04", "jammy": "22.04", "resolute": "26.04"}
UBUNTU_LATEST = "resolute"
UBUNTU_MIRROR = "http://archive.ubuntu.com/ubuntu"
#: Debian has no package of the Ubuntu archive's keys: jammy's ubuntu-keyring, fetched
#: from the archive and taken only with this SHA-256 (keys 790BC727...C0B21F32, 2012, and
#: F6ECB376...991BC93C, 2018: every Release of the four releases verifies with one)
UBUNTU_KEYRING = ("pool/main/u/ubuntu-keyring/ubuntu-keyring_2021.03.26_all.deb",
                  "0d0e7ed6b112f5d03eabf3c7eb01ebdacf9c57714b279e90495cfc58c8c4520f")
#: the official images are "minimized": dpkg leaves these out of every package installed
#: later (Ubuntu's /etc/dpkg/dpkg.cfg.d/excludes, which `unminimize` removes)
UBUNTU_EXCLUDES = """\
# Drop all man pages
path-exclude=/usr/share/man/*

# Drop all translations
path-exclude=/usr/share/locale/*/LC_MESSAGES/*.mo

# Drop all documentation ...
path-exclude=/usr/share/doc/*

# ... except copyright files ...
path-include=/usr/share/doc/*/copyright

# ... and Debian changelogs for native & non-native packages
path-include=/usr/share/doc/*/changelog.*

# Drop groff & info files
path-exclude=/usr/share/groff/*
path-exclude=/usr/share/info/*
"""


def ubuntu_keyring(log: Path) -> Path:
    """The Ubuntu archive keyring (checked against ``UBUNTU_KEYRING``'s hash), kept under
    the rootfs cache."""
    import hashlib
    import urllib.request

    target = ROOTFS / "ubuntu-archive-keyring.gpg"
    if target.exists():
        return target
    path, want = UBUNTU_KEYRING
    with urllib.request.urlopen(f"{UBUNTU_MIRROR}/{path}", timeout=60) as resp:
        data = resp.read()
    got = hashlib.sha256(data).hexdigest()
    if got != want:
        raise RuntimeError(f"{path}: SHA-256 {got}, not the pinned {want}")
    tmp = ROOTFS / "ubuntu-keyring.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    (tmp / "k.deb").write_bytes(data)
    run(["dpkg-deb", "-x", tmp / "k.deb", tmp / "x"], log=log)
    shutil.copy2(tmp / "x/usr/share/keyrings/ubuntu-archive-keyring.gpg", target)
    shutil.rmtree(tmp, ignore_errors=True)
    return target


def ubuntu_debootstrap(release: str, log: Path) -> Path:
    """The minbase rootfs of an Ubuntu release (debootstrap's own defaults for /usr-merge:
    split through bionic, merged from hirsute on, as the official images are), with
    the official images' apt sources (main, restricted, universe, multiverse; the
    release, -updates and -security pockets), apt configuration and dpkg excludes."""
    target = ROOTFS / f"ubuntu-{release}-minbase"
    with process_lock(ROOTFS / f"ubuntu-{release}.lock"):
        if not (target / "etc/lsb-release").exists():
            keyring = ubuntu_keyring(log)
            tmp = ROOTFS / f"ubuntu-{release}-minbase.tmp"
            shutil.rmtree(tmp, ignore_errors=True)
            # every Ubuntu script of debootstrap is gutsy's; a release newer than this
            # debootstrap (resolute) has no link of its own
            run(["debootstrap", "--variant=minbase", f"--keyring={keyring}", release, tmp,
                 UBUNTU_MIRROR, "/usr/share/debootstrap/scripts/gutsy"], nice=True,
                timeout=1200, log=log)
            shutil.rmtree(target, ignore_errors=True)
            tmp.rename(target)
        docker_apt(target)
        pockets = (release, f"{release}-updates", f"{release}-security")
        (target / "etc/apt/sources.list").write_text("".join(
            f"deb {UBUNTU_MIRROR} {pocket} main restricted universe multiverse\n"
            for pocket in pockets))
        excludes = target / "etc/dpkg/dpkg.cfg.d/excludes"
        excludes.parent.mkdir(parents=True, exist_ok=True)
        excludes.write_text(UBUNTU_EXCLUDES)
    return target


#: the account the official images have from 23.04 on (uid and gid 1000, a home)
UBUNTU_USER = ("ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash\n", "ubuntu:x:1000:\n",
               "ubuntu:!:19000:0:99999:7:::\n")


def populate_ubuntu(mnt: Path, log: Path, release: str) -> None:
    """``ubuntu:<version>``: debootstrap minbase of the release without what the minimized
    official image leaves out (docs but copyright files, man pages, translations), and,
    from 23.04 on, its user ubuntu (1000)."""
    copy_tree(ubuntu_debootstrap(release, log), mnt,
              ("./usr/share/man/*", "./usr/share/info/*", "./usr/share/groff/*",
               "./usr/share/locale/*/LC_MESSAGES/*.mo", "./usr/share/lintian/*"))
    docs = mnt / "usr/share/doc"
    for path in sorted(docs.rglob("*"), reverse=True):
        if path.is_file() and path.name != "copyright" and not path.name.startswith("changelog."):
            path.unlink()
    if float(UBUNTU_RELEASES[release]) >= 23.04:
        for name, line in zip(("passwd", "group", "shadow"), UBUNTU_USER):
            with (mnt / "etc" / name).open("a") as fh:
                fh.write(line)
        home = mnt / "home/ubuntu"
        home.mkdir(parents=True)
        if (mnt / "etc/skel").is_dir():
            copy_tree(mnt / "etc/skel", home)
        os.chown(home, 1000, 1000)
        for p in home.rglob("*"):
            os.lchown(p, 1000, 1000)
        home.chmod(0o750)
    extra_cas(mnt)


def copy_tree(src: Path, dst: Path, exclude: Tuple[str, ...] = ()) -> None:
    ex = [a for e in exclude for a in ("--exclude", e)]
    p1 = subprocess.Popen(["tar", "-C", str(src), *ex, "-cf", "-", "."], stdout=subprocess.PIPE)
    subprocess.run(["tar", "-C", str(dst), "-xpf", "-"], stdin=p1.stdout, check=True)
    p1.stdout.close()
    if p1.wait() != 0:
        raise RuntimeError(f"tar of {src} failed")


def extra_cas(mnt: Path) -> None:
    """The machine's extra CA files (the TLS-intercepting proxy's), inert until
    ca-certificates is installed: builds reach PyPI and npm through that proxy."""
    dest = mnt / "usr/local/share/ca-certificates"
    dest.mkdir(parents=True, exist_ok=True)
    for crt in EXTRA_CA_DIR.glob("*.crt"):
        shutil.copy2(crt, dest / crt.name)


def populate_debian(mnt: Path, log: Path, release: str) -> None:
    """debootstrap minbase of the release, whole (what debian:<release> is)."""
    copy_tree(debootstrap(release, log), mnt)
    extra_cas(mnt)


def populate_debian_slim(mnt: Path, log: Path, release: str) -> None:
    """minbase of the release without docs, man, info and locales (the -slim variant)."""
    copy_tree(debootstrap(release, log), mnt)
    slimify(mnt)
    extra_cas(mnt)


def slimify(mnt: Path) -> None:
    """What debuerreotype-slimify does: every file under an excluded directory that no
    include names is removed, then the links and directories left empty or dangling, and
    dpkg is told the same rules for what is installed later."""
    import fnmatch

    def kept(path: str) -> bool:
        return any(fnmatch.fnmatchcase(path, pattern) for pattern in SLIM_INCLUDE)

    for pattern in SLIM_EXCLUDE:
        top = mnt / pattern.strip("/").rsplit("/", 1)[0]
        if not top.is_dir():
            continue
        for path in sorted(top.rglob("*"), reverse=True):
            rel = "/" + str(path.relative_to(mnt))
            if not path.is_symlink() and path.is_file() and not kept(rel):
                path.unlink()
        removed = True
        while removed:
            removed = False
            for path in sorted(top.rglob("*"), reverse=True):
                if path.is_symlink() and not path.exists():
                    path.unlink()
                    removed = True
                elif path.is_dir() and not path.is_symlink() and not any(path.iterdir()):
                    path.rmdir()
                    removed = True
    config = mnt / "etc/dpkg/dpkg.cfg.d/docker"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("# the -slim variant (debuerreotype-slimify)\n"
                      + "".join(f"path-exclude {p}\n" for p in SLIM_EXCLUDE)
                      + "".join(f"path-include {p}\n" for p in SLIM_INCLUDE))


# ------------------------------------------------------------------ distroless

#: Debian packages each distroless flavour takes files from, by release (the libssl
#: package was renamed in bookworm and again in trixie's 64-bit time transition)
LIBSSL = {"bullseye": "libssl1.1", "bookworm": "libssl3", "trixie": "libssl3t64"}
FLAVOURS = {
    "static": ("tzdata", "netbase"),
    "base": ("tzdata", "netbase", "libc6", "LIBSSL"),
    "cc": ("tzdata", "netbase", "libc6", "LIBSSL", "libgcc-s1", "libgomp1", "libstdc++6"),
}


def flavour_packages(flavour: str, release: str) -> Tuple[str, ...]:
    return tuple(LIBSSL[release] if p == "LIBSSL" else p for p in FLAVOURS[flavour])


DISTROLESS_PASSWD = ("root:x:0:0:root:/root:/sbin/nologin\n"
                     "nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n"
                     "nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n")
DISTROLESS_GROUP = "root:x:0:\nnobody:x:65534:\nnonroot:x:65532:\ntty:x:5:\nstaff:x:50:\n"
DISTROLESS_OS_RELEASE = """\
PRETTY_NAME="Distroless"
NAME="Debian GNU/Linux"
ID="debian"
VERSION_ID="{n}"
VERSION="Debian GNU/Linux {n} ({release})"
HOME_URL="https://github.com/GoogleContainerTools/distroless"
SUPPORT_URL="https://github.com/GoogleContainerTools/distroless/blob/master/README.md"
BUG_REPORT_URL="https://github.com/GoogleContainerTools/distroless/issues/new"
"""


def package_files(root: Path, package: str) -> Iterable[str]:
    """Paths (relative) a Debian package installed in the tree ``root``."""
    info = root / "var/lib/dpkg/info"
    for name in (f"{package}:amd64.list", f"{package}.list"):
        if (info / name).exists():
            return [line.strip().lstrip("/") for line in (info / name).read_text().splitlines()
                    if line.strip() not in ("", "/.")]
    raise FileNotFoundError(f"{package} is not installed in {root}")


def copy_paths(src: Path, dst: Path, paths: Iterable[str]) -> None:
    """Copy files and symlinks (not directories' other contents) from tree to tree; parent
    directories are made, following the destination's own /usr-merge symlinks."""
    for rel in paths:
        if rel.startswith(DOC_PREFIXES):
            continue
        s = src / rel
        if not os.path.lexists(s) or (s.is_dir() and not s.is_symlink()):
            continue
        d = dst / rel
        d.parent.mkdir(parents=True, exist_ok=True)
        if os.path.lexists(d):
            continue
        if s.is_symlink():
            os.symlink(os.readlink(s), d)
        else:
            shutil.copy2(s, d)


def populate_distroless(mnt: Path, files: Path, flavour: str, release: str) -> None:
    """distroless stand-in: the release's packages of the flavour, copied file by file (no
    dpkg, no shell), the CA bundle, /etc/passwd with root/nonroot/nobody, /tmp 1777."""
    for d in ("bin", "sbin", "lib", "lib64"):  # the release's /usr-merge, if any
        if (files / d).is_symlink():
            target = os.readlink(files / d)
            # the link's target first: a dangling /lib stops mkdir(parents=True) below it
            (mnt / d).parent.joinpath(target).mkdir(parents=True, exist_ok=True)
            os.symlink(target, mnt / d)
    for package in flavour_packages(flavour, release):
        copy_paths(files, mnt, package_files(files, package))
    certs = mnt / "etc/ssl/certs"
    certs.mkdir(parents=True, exist_ok=True)
    shutil.copy2(files / "etc/ssl/certs/ca-certificates.crt", certs / "ca-certificates.crt")
    etc = mnt / "etc"
    (etc / "passwd").write_text(DISTROLESS_PASSWD)
    (etc / "group").write_text(DISTROLESS_GROUP)
    (etc / "nsswitch.conf").write_text("passwd: files\ngroup: files\nshadow: files\n"
                                       "hosts: files dns\nnetworks: files\n")
    (etc / "os-release").write_text(
        DISTROLESS_OS_RELEASE.format(n=RELEASES[release], release=release))
    if (files / "etc/debian_version").exists():
        shutil.copy2(files / "etc/debian_version", etc / "debian_version")
    tmp = mnt / "tmp"
    tmp.mkdir(exist_ok=True)
    tmp.chmod(0o1777)
    home = mnt / "home/nonroot"
    home.mkdir(parents=True, exist_ok=True)
    home.chmod(0o700)
    os.chown(home, 65532, 65532)
    (mnt / "root").mkdir(exist_ok=True)
    (mnt / "root").chmod(0o700)
    (mnt / "var/lib/dpkg/status.d").mkdir(parents=True, exist_ok=True)


def busybox_applets(files: Path) -> set:
    proc = run(["chroot", str(files), "/bin/busybox", "--list"])
    return set(proc.stdout.split())


def populate_alpine(mnt: Path, files: Path, log: Path) -> None:
    """The alpine stand-in (see alpine.py) from a trixie files tree."""
    urls = (files / "tzdata-urls").read_text().split()
    missing = alpine.populate(mnt, files, busybox_applets(files), urls)
    with log.open("a") as fh:
        fh.write("alpine stand-in: applets Debian's BusyBox lacks (not linked): "
                 f"{' '.join(missing)}\n")
