"""The local image factory: every base image the samples and their rewrites name, made
offline from Debian packages and tagged with the fully qualified name Docker resolves the
short name to (``golang:1.19`` -> ``docker.io/library/golang:1.19``,
``gcr.io/distroless/cc-debian12`` as is).

Stand-ins, faithful in what a program can notice (release, C library, what is present and
what is absent); where they differ, ``ImageSpec.note`` says how (README.md lists them):

* ``debian:<release>`` / ``debian:<release>-slim`` for bullseye (11), bookworm (12) and
  trixie (13): debootstrap minbase (slim: without docs, man pages, locales).
* ``gcr.io/distroless/{static,base,cc}-debian{11,12,13}``: the release's own files of
  the packages distroless takes (tzdata, netbase; + libc6 and libssl for base; + libgcc,
  libgomp, libstdc++ for cc), CA bundle, passwd with root/nonroot/nobody, /tmp 1777, no
  shell, no dpkg (rootfs.py).
* ``ubuntu:{16.04,18.04,22.04,26.04}`` (``ubuntu:latest``: 26.04, as on the image data's date):
  debootstrap minbase of the release from archive.ubuntu.com, minimized as the official
  images are (rootfs.populate_ubuntu).
* ``alpine:3.20``: musl, BusyBox, no tzdata, an honest ``apk`` (alpine.py).
* builders and interpreter runners: Debian's toolchain of the release whose version the
  tag names (toolchains.py).

Base root filesystems are made once per release and kept in
``$DTRANSPILE_REALBUILD_DIR/rootfs`` (across runs), images in its image store; each image
carries a label with a hash of its recipe and is rebuilt only when the recipe changes."""

from __future__ import annotations

import hashlib
import inspect
import json
import tempfile
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

from . import alpine, rootfs, toolchains
from .env import ROOT, process_lock, run

RECIPE_LABEL = "dtranspile.realbuild.recipe"


def qualify(name: str) -> str:
    """Docker's normalisation: ``golang:1.19`` -> ``docker.io/library/golang:1.19``."""
    first = name.split("/", 1)[0]
    if "/" in name and ("." in first or ":" in first or first == "localhost"):
        return name
    return ("docker.io/" + name) if "/" in name else ("docker.io/library/" + name)


def image_exists(ref: str) -> bool:
    return run(["podman", "image", "exists", ref], check=False).returncode == 0


def image_label(ref: str, label: str) -> Optional[str]:
    proc = run(["podman", "image", "inspect", "--format", "{{index .Labels \"%s\"}}" % label, ref],
               check=False)
    return proc.stdout.strip() if proc.returncode == 0 else None


def image_sizes(refs: List[str]) -> List[int]:
    """The sizes of ``refs``, in their order, from one ``podman image inspect``."""
    out = run(["podman", "image", "inspect", "--format", "{{.Size}}", *refs]).stdout.split()
    if len(out) != len(refs):
        raise ValueError(f"podman image inspect gave {len(out)} sizes for {len(refs)} images")
    return [int(size) for size in out]


@dataclass
class ImageSpec:
    names: Tuple[str, ...]  # tags, short form (qualified on tagging)
    kind: str  # "rootfs" (populate a tree), "containerfile" (buildah bud)
    containerfile: str = ""
    populate: Optional[Callable[[Path, Path], None]] = None  # (mountpoint, log) for "rootfs"
    config: List[str] = field(default_factory=list)  # buildah config args for "rootfs"
    deps: Tuple[str, ...] = ()
    release: str = ""  # the Debian release it is made from
    note: str = ""  # how the stand-in differs from the real image, where it does

    def recipe_hash(self) -> str:
        h = hashlib.sha256()
        h.update(repr((self.names, self.kind, self.containerfile, self.config, self.deps,
                       self.release)).encode())
        if self.populate is not None:
            for fn in _populate_functions(self.populate):
                h.update(inspect.getsource(fn).encode())
        h.update(repr(sorted(rootfs.MINIMIZING_CONFIG.items())).encode())
        h.update(repr((rootfs.NOT_OFFICIAL, rootfs.SLIM_EXCLUDE, rootfs.SLIM_INCLUDE)).encode())
        for dep in self.deps:  # a rebuilt base makes its dependents stale
            h.update(SPECS[dep].recipe_hash().encode())
        h.update(b"v5")
        return h.hexdigest()[:16]


def _populate_functions(populate) -> list:
    """The functions whose code makes a rootfs image (a partial's function and, for the
    stand-ins, the modules that lay them out)."""
    fn = getattr(populate, "func", populate)
    out = [fn]
    if fn is _alpine:
        out += [rootfs.populate_alpine, alpine]
    if fn is rootfs.populate_debian_slim:
        out += [rootfs.slimify]
    if fn is rootfs.populate_ubuntu:
        out += [rootfs.ubuntu_debootstrap, rootfs.ubuntu_keyring, rootfs.docker_apt]
    if fn is _distroless:
        out += [rootfs.populate_distroless, rootfs.copy_paths]
    return out


def _from_files_image(release: str, log: Path, lay_out) -> None:
    """Run ``lay_out(files_tree)`` on a mounted container of the release's files image."""
    ctr = run(["buildah", "from", "--pull=never", qualify(f"localhost/realbuild/files:{release}")],
              log=log).stdout.strip()
    try:
        lay_out(Path(run(["buildah", "mount", ctr]).stdout.strip()))
    finally:
        run(["buildah", "rm", ctr], check=False)


def _distroless(mnt: Path, log: Path, flavour: str, release: str) -> None:
    _from_files_image(release, log,
                      lambda files: rootfs.populate_distroless(mnt, files, flavour, release))


def _alpine(mnt: Path, log: Path) -> None:
    _from_files_image("trixie", log, lambda files: rootfs.populate_alpine(mnt, files, log))


DEBIAN_PATH = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
#: debian:latest and the unversioned names follow the current stable release
LATEST = "trixie"


def _specs() -> Dict[str, ImageSpec]:
    V = toolchains.VERSIONS
    specs: Dict[str, ImageSpec] = {}

    def add(key, *names, **kw):
        specs[key] = ImageSpec(names or (key,), **kw)

    for rel, n in rootfs.RELEASES.items():
        latest = rel == LATEST
        add(f"debian:{rel}", f"debian:{rel}", f"debian:{n}", *(("debian:latest", "debian")
            if latest else ()), kind="rootfs", release=rel,
            populate=partial(rootfs.populate_debian, release=rel),
            note=f"debootstrap minbase of {rel}",
            config=["--env", DEBIAN_PATH, "--cmd", "bash"])
        add(f"debian:{rel}-slim", f"debian:{rel}-slim", f"debian:{n}-slim",
            *(("debian:stable-slim",) if latest else ()), kind="rootfs", release=rel,
            populate=partial(rootfs.populate_debian_slim, release=rel),
            note=f"debootstrap minbase of {rel} without docs, man pages, locales",
            config=["--env", DEBIAN_PATH, "--cmd", "bash"])
        add(f"localhost/realbuild/files:{rel}", kind="containerfile", release=rel,
            containerfile=toolchains.files(rel), deps=(f"debian:{rel}",))
        for flavour in ("static", "base", "cc"):
            ref = f"gcr.io/distroless/{flavour}-debian{n}"
            aliases = (f"gcr.io/distroless/{flavour}",) if rel == "bookworm" else ()
            add(ref, ref, *aliases, kind="rootfs",
                release=rel, populate=partial(_distroless, flavour=flavour, release=rel),
                config=["--env", DEBIAN_PATH.replace(":/sbin:/bin", ""), "--workingdir", "/"],
                deps=(f"localhost/realbuild/files:{rel}",),
                note="the release's Debian files; not Google's build (no dpkg status.d)")
            # the :nonroot tags run as nonroot (65532) in its home, as the real ones do
            add(f"{ref}:nonroot", f"{ref}:nonroot", *(f"{a}:nonroot" for a in aliases),
                kind="containerfile", release=rel, deps=(ref,),
                containerfile=f"FROM {ref}\nUSER 65532:65532\nWORKDIR /home/nonroot\n",
                note=specs[ref].note)
        go, rs, cc, nd, py, jv = (V[k][rel] for k in ("go", "rust", "gcc", "node", "python",
                                                       "java"))
        bookworm = rel == "bookworm"
        add(f"buildpack-deps:{rel}-scm", f"buildpack-deps:{rel}-scm", f"buildpack-deps:{n}-scm",
            *(("buildpack-deps:stable-scm", "buildpack-deps:scm") if rel == LATEST else ()),
            kind="containerfile", release=rel, containerfile=toolchains.buildpack_deps_scm(rel),
            deps=(f"debian:{rel}",), note="Debian with buildpack-deps' curl and scm packages "
                                         "(git, ssh, curl, wget, Mercurial, Subversion, procps)")
        add(f"golang:{go}-{rel}", f"golang:{go}-{rel}", *((f"golang:{go}",) if bookworm else ()),
            kind="containerfile", release=rel, containerfile=toolchains.golang(rel),
            deps=(f"buildpack-deps:{rel}-scm",),
            note="Debian's golang-go on the buildpack-deps scm stand-in")
        if rel == LATEST:
            # a floating builder: golang:latest was trixie on the image data's date; a
            # tag of its own on the trixie stand-in, which keeps that image's recipe
            add("golang:latest", "golang:latest", "golang", kind="containerfile",
                release=rel, deps=(f"golang:{go}-{rel}",),
                containerfile=f"FROM docker.io/library/golang:{go}-{rel}\n",
                note=f"the golang:{go}-{rel} stand-in (Debian's Go {go}, not the newest Go)")
        add(f"rust:{rs}-{rel}", f"rust:{rs}-{rel}", *((f"rust:{rs}",) if bookworm else ()),
            kind="containerfile", release=rel, containerfile=toolchains.rust(rel),
            deps=(f"debian:{rel}",), note="Debian's rustc and cargo, no rustup")
        add(f"gcc:{cc}", f"gcc:{cc}", f"gcc:{cc}-{rel}", kind="containerfile", release=rel,
            containerfile=toolchains.gcc(rel), deps=(f"debian:{rel}",),
            note="Debian's gcc in /usr/bin, not GCC built into /usr/local; its libstdc++/"
                 "libgcc_s copied to /usr/local/lib64 as the official image keeps them")
        add(f"node:{nd}-{rel}", f"node:{nd}-{rel}", *((f"node:{nd}",) if bookworm else ()),
            kind="containerfile", release=rel, containerfile=toolchains.node(rel),
            deps=(f"debian:{rel}",), note="Debian's nodejs, npm and node-gyp")
        add(f"node:{nd}-{rel}-slim", f"node:{nd}-{rel}-slim",
            *((f"node:{nd}-slim",) if bookworm else ()), kind="containerfile", release=rel,
            containerfile=toolchains.node_slim(rel), deps=(f"debian:{rel}-slim",
                                                           f"node:{nd}-{rel}"),
            note="Debian's nodejs, npm's files from the full stand-in")
        add(f"python:{py}-{rel}", f"python:{py}-{rel}", *((f"python:{py}",) if rel != "bullseye"
                                                          else ()),
            kind="containerfile", release=rel, containerfile=toolchains.python(rel),
            deps=(f"debian:{rel}",),
            note="Debian's python3 laid out as in /usr/local, with git (buildpack-deps' scm "
                 "layer)")
        add(f"python:{py}-slim-{rel}", f"python:{py}-slim-{rel}",
            *((f"python:{py}-slim",) if rel != "bullseye" else ()), kind="containerfile",
            release=rel, containerfile=toolchains.python_slim(rel),
            deps=(f"debian:{rel}-slim",), note="Debian's python3 laid out as in /usr/local")
        if rel == LATEST:
            # a floating builder and its runner: python:3 was 3.14 on trixie on the image
            # data's date, and moves to each new X.Y; tags of their own on the trixie
            # stand-ins (Python 3.13), whose X.Y is not the data's, as a moved tag's is not
            for tag, of in (("3", f"{py}-{rel}"), ("3-slim", f"{py}-slim-{rel}")):
                add(f"python:{tag}", f"python:{tag}", kind="containerfile", release=rel,
                    deps=(f"python:{of}",), containerfile=f"FROM docker.io/library/python:{of}\n",
                    note=f"the python:{of} stand-in (Debian's Python {py}: not the image "
                         "data's X.Y for the tag, as when the tag has moved)")
            # the same for node: node:latest (and the bare name) and node:slim were Node 26
            # on trixie on the image data's date; tags of their own on the trixie stand-ins
            # (Debian's Node {nd}), the runners floating with them
            for tags, of in ((("latest", ""), f"{nd}-{rel}"), (("slim",), f"{nd}-{rel}-slim")):
                names = [f"node:{t}" if t else "node" for t in tags]
                add(names[0], *names, kind="containerfile", release=rel,
                    deps=(f"node:{of}",), containerfile=f"FROM docker.io/library/node:{of}\n",
                    note=f"the node:{of} stand-in (Debian's Node {nd}: not the major version "
                         "the image data names for the tag, as when the tag has moved)")
        if rel == "bullseye":  # its 17 is bookworm's tag
            continue
        add(f"eclipse-temurin:{jv}-jre", kind="containerfile", release=rel,
            containerfile=toolchains.temurin_jre(rel), deps=(f"debian:{rel}-slim",),
            note=f"Debian's OpenJDK {jv} JRE on {rel}-slim; the real image is Adoptium's on "
                 "Ubuntu (other glibc, /etc/os-release)")
    for rel, n in rootfs.UBUNTU_RELEASES.items():
        latest = rel == rootfs.UBUNTU_LATEST
        add(f"localhost/realbuild/ubuntu-minbase:{rel}", kind="rootfs", release=rel,
            populate=partial(rootfs.populate_ubuntu, release=rel),
            config=["--env", DEBIAN_PATH, "--cmd", "/bin/bash"])
        # the official images are made with the -updates and -security pockets'
        # versions, as the release's debootstrap is not
        add(f"ubuntu:{rel}", f"ubuntu:{rel}", f"ubuntu:{n}",
            *(("ubuntu:latest", "ubuntu") if latest else ()), kind="containerfile",
            release=rel, deps=(f"localhost/realbuild/ubuntu-minbase:{rel}",),
            # (xenial's minbase has makedev, whose scripts make /dev nodes, which fail in
            # a build; the official image has no makedev)
            containerfile=f"FROM localhost/realbuild/ubuntu-minbase:{rel}\n"
            "RUN if dpkg -s makedev >/dev/null 2>&1; then dpkg --purge makedev; fi "
            "&& apt-get update && DEBIAN_FRONTEND=noninteractive apt-get -y dist-upgrade "
            "&& rm -rf /var/lib/apt/lists/*\n",
            note=f"debootstrap minbase of Ubuntu {n} from archive.ubuntu.com, minimized as "
                 "the official image (dpkg excludes, no docs or man pages); not Canonical's "
                 "build (its package set is minbase's: Priority required and apt)")
    add("php:8.2-cli-bookworm", "php:8.2-cli-bookworm", "php:8.2-cli", "php:8.2",
        kind="containerfile", release="bookworm", containerfile=toolchains.php("bookworm"),
        deps=("debian:bookworm",),
        note="Debian's php-cli binary copied to /usr/local/bin/php (owned by no package) with "
             "docker-php-entrypoint, as the official image keeps PHP; Debian's package stays")
    # the official full image has buildpack-deps' default-libmysqlclient-dev (MariaDB's
    # Connector/C, its headers and its plugins); the python stand-in has none of it.  Tags
    # of their own (Debian bookworm's Python is 3.11.2), so the python stand-ins stay as
    # they are for every other sample
    add("python:3.11.2-bookworm", kind="containerfile", release="bookworm",
        containerfile="FROM docker.io/library/python:3.11-bookworm\n"
        + toolchains.apt_install("default-libmysqlclient-dev"), deps=("python:3.11-bookworm",),
        note="the python:3.11-bookworm stand-in with buildpack-deps' "
             "default-libmysqlclient-dev (libmariadb-dev, libmariadb3 and its plugins)")
    add("python:3.11.2-slim-bookworm", kind="containerfile", release="bookworm",
        containerfile="FROM docker.io/library/python:3.11-slim-bookworm\n",
        deps=("python:3.11-slim-bookworm",),
        note="the python:3.11-slim-bookworm stand-in under the pinned tag")
    # the official images carry pip, setuptools and wheel of their own in
    # /usr/local/lib/pythonX.Y/site-packages (and their scripts in /usr/local/bin), full and
    # slim alike; the full python stand-ins have them as Debian's packages, outside
    # that directory (the slim ones the release's pip wheel's, in it).  Tags of their own, as
    # python:3.11.2's above: the official 3.11.4 images' versions (pip 23.1.2, setuptools
    # 65.5.1, wheel 0.40.0) installed where those images have them
    add("python:3.11.4-bookworm", kind="containerfile", release="bookworm",
        containerfile="FROM docker.io/library/python:3.11-bookworm\n"
        + toolchains.official_site_packages(), deps=("python:3.11-bookworm",),
        note="the python:3.11-bookworm stand-in with the official image's own pip 23.1.2, "
             "setuptools 65.5.1 and wheel 0.40.0 in /usr/local/lib/python3.11/site-packages "
             "and their scripts in /usr/local/bin")
    add("python:3.11.4-slim-bookworm", kind="containerfile", release="bookworm",
        containerfile="FROM docker.io/library/python:3.11.4-bookworm AS full\n"
        "FROM docker.io/library/python:3.11-slim-bookworm\n"
        # in place of the slim stand-in's own (the release's pip, setuptools 79.0.1, wheel)
        "RUN rm -rf /usr/local/lib/python3.11/site-packages/* /usr/local/bin/pip* "
        "/usr/local/bin/wheel\n"
        "COPY --from=full /usr/local/lib/python3.11/site-packages "
        "/usr/local/lib/python3.11/site-packages\n"
        "COPY --from=full /usr/local/bin/ /usr/local/bin/\n",
        deps=("python:3.11-slim-bookworm", "python:3.11.4-bookworm"),
        note="the python:3.11-slim-bookworm stand-in with the same pip, setuptools and wheel "
             "in /usr/local/lib/python3.11/site-packages and /usr/local/bin as "
             "python:3.11.4-bookworm's")
    rb = V["ruby"]["bookworm"]
    add(f"ruby:{rb}-bookworm", f"ruby:{rb}-bookworm", kind="containerfile", release="bookworm",
        containerfile=toolchains.ruby("bookworm"), deps=("debian:bookworm",),
        note="Debian's ruby, ruby-dev and ruby-bundler laid out as the official image "
             "(GEM_HOME=/usr/local/bundle first on PATH), with buildpack-deps' compilers, git, "
             "libpq-dev and libsqlite3-dev (not all of buildpack-deps)")
    add(f"ruby:{rb}-slim-bookworm", f"ruby:{rb}-slim-bookworm", kind="containerfile",
        release="bookworm", containerfile=toolchains.ruby_slim("bookworm"),
        deps=("debian:bookworm-slim",),
        note="Debian's ruby and ruby-bundler on bookworm-slim, laid out as the official image, "
             "with Ruby's headers and libruby.so (the -dev package's files, not the package)")
    # the official full image has buildpack-deps' libmagic-dev (libmagic1, and libmagic-mgc
    # by its Depends); the ruby stand-in has none of it.  Tags of their own, as
    # python:3.11.2's above
    add("ruby:3.1.4-bookworm", kind="containerfile", release="bookworm",
        containerfile=f"FROM docker.io/library/ruby:{rb}-bookworm\n"
        + toolchains.apt_install("libmagic-dev"), deps=(f"ruby:{rb}-bookworm",),
        note=f"the ruby:{rb}-bookworm stand-in with buildpack-deps' libmagic-dev (libmagic1 "
             "and the data package it depends on, libmagic-mgc)")
    add("ruby:3.1.4-slim-bookworm", kind="containerfile", release="bookworm",
        containerfile=f"FROM docker.io/library/ruby:{rb}-slim-bookworm\n",
        deps=(f"ruby:{rb}-slim-bookworm",),
        note=f"the ruby:{rb}-slim-bookworm stand-in under the pinned tag")
    add("buildpack-deps:bookworm", "buildpack-deps:bookworm", "buildpack-deps:12",
        kind="containerfile", release="bookworm", containerfile=toolchains.buildpack_deps(
            "bookworm"), deps=("debian:bookworm",),
        note="Debian bookworm with curl, wget, git, build-essential and a few -dev libraries "
             "(libpq, libsqlite3, libssl, zlib), not all of buildpack-deps'")
    add("continuumio/miniconda3:24.5.0-0", "continuumio/miniconda3:24.5.0-0",
        kind="containerfile", release="bookworm", containerfile=toolchains.conda("bookworm"),
        deps=("debian:bookworm",),
        note="/opt/conda is a venv of Debian's python3 3.11 (the real image: Miniconda's "
             "Python 3.12 and conda) holding one package of its own; no conda command")
    add("example.org/acme/pyapp-base:1", "example.org/acme/pyapp-base:1",
        kind="containerfile", release="bookworm",
        containerfile=toolchains.unknown_python("bookworm"), deps=("debian:bookworm",),
        note="STAND-IN FOR AN IMAGE THE IMAGE KNOWLEDGE LACKS (a made-up name, in no image "
             "data): Debian bookworm with a venv of its python3 in /opt/acme first on PATH, "
             "WORKDIR /srv; the transpiler learns only from the Dockerfile's apt-get install "
             "that it is Debian-family (proven_family)")
    add("example.org/acme/pyapp-user-base:1", "example.org/acme/pyapp-user-base:1",
        kind="containerfile", release="bookworm",
        containerfile=toolchains.unknown_python_user("bookworm"),
        deps=("example.org/acme/pyapp-base:1",),
        note="STAND-IN FOR AN IMAGE THE IMAGE KNOWLEDGE LACKS: example.org/acme/pyapp-base:1 "
             "with USER acme (uid 1000) as its default user, as jupyter's images run as "
             "jovyan; nothing outside the image shows that user")
    add("maven:3.8-openjdk-17", "maven:3.8-openjdk-17", "maven:3-openjdk-17",
        kind="containerfile", release="bookworm", containerfile=toolchains.maven("bookworm"),
        deps=("debian:bookworm",),
        note="Debian's OpenJDK 17 and Maven 3.8 (the real image is Oracle Linux based)")
    add("nginx:1.22-bookworm", "nginx:1.22-bookworm", "nginx:1.22", "nginx:bookworm",
        kind="containerfile", release="bookworm", containerfile=toolchains.nginx("bookworm"),
        deps=("debian:bookworm-slim",), note="Debian's nginx laid out as the official image")
    go_alpine = V["go"][LATEST]
    add(f"golang:{go_alpine}-alpine3.20", f"golang:{go_alpine}-alpine3.20", kind="containerfile",
        release=LATEST, containerfile=toolchains.golang_alpine(LATEST),
        deps=("alpine:3.20", f"golang:{go_alpine}-{LATEST}"),
        note=f"Debian {LATEST}'s Go {go_alpine} (static binaries) in /usr/local/go on the "
             "alpine:3.20 stand-in, without gcc (cgo off, as in the official image)")
    add("nginx:alpine", "nginx:alpine", kind="containerfile", release="bookworm",
        containerfile=toolchains.nginx("bookworm"), deps=("debian:bookworm-slim",),
        note="STAND-IN OF ANOTHER DISTRIBUTION: Debian's nginx on bookworm-slim serves "
             "the files (glibc, not musl)")
    add("alpine:3.20", "alpine:3.20", "alpine:3.20.3", kind="rootfs", release="trixie",
        populate=_alpine, deps=("localhost/realbuild/files:trixie",),
        config=["--env", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "--cmd", "/bin/sh"],
        note="musl 1.2.5 and BusyBox from Debian trixie; adduser/addgroup in shell; no "
             "libssl/zlib; apk provides ca-certificates and tzdata only")
    return specs


SPECS: Dict[str, ImageSpec] = _specs()


def ensure(key: str, log: Path, force: bool = False) -> str:
    """Make image ``key`` (and what it is built on) unless an image of the same recipe exists;
    return its qualified name.  Within a run each image is checked once; processes sharing
    the image store take turns (one already checked here is not waited for: another
    process may hold the lock for many minutes making images this run does not need)."""
    if not force and key in _CHECKED:
        return qualify(SPECS[key].names[0])
    with process_lock(ROOT / "images.lock"):
        return _ensure(key, log, force, _present(_unchecked(key)))


def _unchecked(key: str) -> List[str]:
    """``key`` and what it is built on, less the images this run has checked."""
    out, todo = [], [key]
    while todo:
        k = todo.pop()
        if k not in _CHECKED and k not in out:
            out.append(k)
            todo.extend(SPECS[k].deps)
    return out


def tagged(name: str) -> str:
    """A qualified name as the store lists it (``...:latest`` when it names no tag)."""
    return name if ":" in name.rsplit("/", 1)[-1] else name + ":latest"


def _present(keys: List[str]) -> Dict[str, Tuple[str, frozenset]]:
    """For the images of ``keys`` in the store: qualified name -> (recipe label, every
    name of that image), from one ``podman image inspect`` (a missing one is left out,
    podman then exits non-zero).  Two commands per image and one per alias before."""
    refs = [qualify(SPECS[k].names[0]) for k in keys]
    proc = run(["podman", "image", "inspect", "--format",
                "{{index .Labels \"%s\"}} {{json .RepoTags}}" % RECIPE_LABEL, *refs],
               check=False)
    found = {}
    for line in proc.stdout.splitlines():
        label, _, names = line.partition(" ")
        try:
            names = frozenset(json.loads(names) or ())
        except ValueError:
            continue
        for ref in refs:
            if tagged(ref) in names:
                found[ref] = (label, names)
    return found


def _ensure(key: str, log: Path, force: bool = False,
            present: Optional[Dict[str, Tuple[str, frozenset]]] = None) -> str:
    spec = SPECS[key]
    ref = qualify(spec.names[0])
    if not force and key in _CHECKED:
        return ref
    present = {} if present is None else present
    for dep in spec.deps:
        _ensure(dep, log, False, present)
    want = spec.recipe_hash()
    label, names = present.get(ref) or (None, frozenset())
    if label is None and image_exists(ref):  # not in the listing: asked again, alone
        label, names = image_label(ref, RECIPE_LABEL), frozenset()
    made = force or label != want
    if made:
        _make(spec, ref, want, log)
    for alias in spec.names[1:]:
        if made or tagged(qualify(alias)) not in names:
            run(["buildah", "tag", ref, qualify(alias)])
    _CHECKED.add(key)
    return ref


_CHECKED: set = set()


def _make(spec: ImageSpec, ref: str, want: str, log: Path) -> None:
    if spec.kind == "rootfs":
        ctr = run(["buildah", "from", "scratch"]).stdout.strip()
        try:
            mnt = Path(run(["buildah", "mount", ctr]).stdout.strip())
            spec.populate(mnt, log)
            run(["buildah", "config", *spec.config, "--label", f"{RECIPE_LABEL}={want}", ctr])
            run(["buildah", "commit", "--rm", ctr, ref], nice=True, timeout=900, log=log)
            ctr = None
        finally:
            if ctr:
                run(["buildah", "rm", ctr], check=False)
        return
    with tempfile.TemporaryDirectory(dir=ROOT / "tmp") as ctx:
        cf = Path(ctx) / "Containerfile"
        cf.write_text(spec.containerfile + f'LABEL {RECIPE_LABEL}="{want}"\n')
        run(["buildah", "bud", "--isolation", "chroot", "--pull=never", "--layers",
             "-f", cf, "-t", ref, ctx], nice=True, timeout=1800, log=log)


def key_of(ref: str) -> Optional[str]:
    """The SPECS key of an image reference (any of its names), or None."""
    want = qualify(ref)
    for key, spec in SPECS.items():
        if any(qualify(n) == want for n in spec.names):
            return key
    return None


def note_of(ref: str) -> str:
    key = key_of(ref)
    return SPECS[key].note if key else ""


def ensure_all(keys=None, log: Optional[Path] = None) -> Dict[str, str]:
    log = log or (ROOT / "logs" / "images.log")
    return {k: ensure(k, log) for k in (keys or SPECS)}
