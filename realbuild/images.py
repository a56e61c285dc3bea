"""The local image factory: every base image the sample Dockerfiles name, made offline
from Debian packages and tagged with the name Docker would resolve it to.

* ``debian:bookworm``: ``debootstrap --variant=minbase bookworm`` imported as one layer.
* ``debian:bookworm-slim``: the same rootfs without docs, man pages, info and locales
  (what the official slim variant drops).
* ``gcr.io/distroless/static-debian12``: distroless-like (not Google's image): CA
  bundle, tzdata, /etc/passwd with root/nonroot(65532)/nobody, /tmp, no shell, no libc.
* toolchains on top of ``debian:bookworm`` with Debian packages (``golang-go`` is Go 1.19
  on bookworm, so samples say ``golang:1.19-bookworm``; ``gcc:12`` is bookworm's gcc 12).
  Images that run package installs trust the machine's extra CA certificates (npm and
  PyPI are reached through a TLS-intercepting proxy).

Alpine images cannot be made here: no Debian package ships an Alpine root filesystem or
apk repository, and Alpine's mirrors are not reachable.  Cases whose default runner is
alpine pass ``--runtime`` with one of the images above.

Each image carries a label with a hash of its recipe; it is rebuilt when the recipe
changes and reused otherwise."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

from .env import ROOT, ROOTFS, run

RECIPE_LABEL = "dtranspile.realbuild.recipe"
SUITE = "bookworm"
EXTRA_CA_DIR = Path("/usr/local/share/ca-certificates")


def qualify(name: str) -> str:
    """Docker's normalisation: ``golang:1.19`` -> ``docker.io/library/golang:1.19``."""
    first = name.split("/", 1)[0]
    if "/" in name and ("." in first or ":" in first or first == "localhost"):
        return name
    return ("docker.io/" + name) if "/" in name else ("docker.io/library/" + name)


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


def debootstrap(log: Path) -> Path:
    """The minbase rootfs (made once; about 25 s)."""
    target = ROOTFS / f"{SUITE}-minbase"
    if not (target / "etc/debian_version").exists():
        tmp = ROOTFS / f"{SUITE}-minbase.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        run(["debootstrap", "--variant=minbase", SUITE, tmp, mirror()], nice=True, timeout=1200,
            log=log)
        shutil.rmtree(target, ignore_errors=True)
        tmp.rename(target)
    # what the official image does: no apt caches, no recommends
    for sub in ["var/lib/apt/lists", "var/cache/apt/archives"]:
        for p in (target / sub).glob("*"):
            if p.is_file():
                p.unlink()
    (target / "etc/apt/apt.conf.d/docker-no-recommends").write_text(
        'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n')
    (target / "etc/apt/apt.conf.d/docker-clean").write_text(DOCKER_CLEAN)
    return target


# the official debian images' apt hook: no package caches left in layers
DOCKER_CLEAN = """\
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
"""


def image_exists(ref: str) -> bool:
    return run(["podman", "image", "exists", ref], check=False).returncode == 0


def image_label(ref: str, label: str) -> Optional[str]:
    proc = run(["podman", "image", "inspect", "--format", "{{index .Labels \"%s\"}}" % label, ref],
               check=False)
    return proc.stdout.strip() if proc.returncode == 0 else None


def image_size(ref: str) -> int:
    return int(run(["podman", "image", "inspect", "--format", "{{.Size}}", ref]).stdout.strip())


@dataclass
class ImageSpec:
    names: Tuple[str, ...]  # tags, short form (qualified on tagging)
    kind: str  # "rootfs" (import a tree), "containerfile" (buildah bud)
    containerfile: str = ""
    populate: Optional[Callable[[Path, Path], None]] = None  # (mountpoint, log) for "rootfs"
    config: List[str] = field(default_factory=list)  # buildah config args for "rootfs"
    deps: Tuple[str, ...] = ()

    def recipe_hash(self) -> str:
        h = hashlib.sha256()
        h.update(repr((self.names, self.kind, self.containerfile, self.config, self.deps)).encode())
        if self.populate is not None:
            h.update(self.populate.__name__.encode())
            h.update((self.populate.__doc__ or "").encode())
        h.update(DOCKER_CLEAN.encode())
        for dep in self.deps:  # a rebuilt base makes its dependents stale
            h.update(SPECS[dep].recipe_hash().encode())
        h.update(b"v3")
        return h.hexdigest()[:16]


def _copy_tree(src: Path, dst: Path, exclude: Tuple[str, ...] = ()) -> None:
    args = ["cp", "-a", "--", f"{src}/.", str(dst)]
    if exclude:
        ex = []
        for e in exclude:
            ex += ["--exclude", e]
        args = ["tar", "-C", str(src), *ex, "-cf", "-", "."]
        import subprocess
        p1 = subprocess.Popen(args, stdout=subprocess.PIPE)
        subprocess.run(["tar", "-C", str(dst), "-xpf", "-"], stdin=p1.stdout, check=True)
        p1.stdout.close()
        if p1.wait() != 0:
            raise RuntimeError(f"tar of {src} failed")
        return
    run(args)


def _extra_cas(mnt: Path) -> None:
    dest = mnt / "usr/local/share/ca-certificates"
    dest.mkdir(parents=True, exist_ok=True)
    for crt in EXTRA_CA_DIR.glob("*.crt"):
        shutil.copy2(crt, dest / crt.name)


def populate_bookworm(mnt: Path, log: Path) -> None:
    """debootstrap minbase bookworm, whole (plus the machine's extra CA files, inert
    until ca-certificates is installed)."""
    _copy_tree(debootstrap(log), mnt)
    _extra_cas(mnt)


SLIM_EXCLUDE = ("./usr/share/doc/*", "./usr/share/man/*", "./usr/share/info/*",
                "./usr/share/locale/*", "./usr/share/lintian/*", "./usr/share/linda/*")


def populate_bookworm_slim(mnt: Path, log: Path) -> None:
    """debootstrap minbase bookworm without docs, man, info, locales (slim)."""
    _copy_tree(debootstrap(log), mnt, SLIM_EXCLUDE)
    _extra_cas(mnt)


DISTROLESS_PASSWD = ("root:x:0:0:root:/root:/sbin/nologin\n"
                     "nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n"
                     "nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n")
DISTROLESS_GROUP = "root:x:0:\nnobody:x:65534:\nnonroot:x:65532:\n"


def populate_static(mnt: Path, log: Path) -> None:
    """distroless-like static: CA bundle, tzdata, passwd/group, nsswitch, /tmp; no shell, no libc."""
    src = debootstrap(log)
    (mnt / "etc/ssl/certs").mkdir(parents=True)
    # minbase has no ca-certificates; the machine's bundle is bookworm's ca-certificates
    # plus its extra CAs
    shutil.copy2("/etc/ssl/certs/ca-certificates.crt", mnt / "etc/ssl/certs/ca-certificates.crt")
    zoneinfo = src / "usr/share/zoneinfo"
    if not zoneinfo.exists():
        zoneinfo = Path("/usr/share/zoneinfo")
    (mnt / "usr/share").mkdir(parents=True, exist_ok=True)
    _copy_tree(zoneinfo, _mkdir(mnt / "usr/share/zoneinfo"))
    (mnt / "etc/passwd").write_text(DISTROLESS_PASSWD)
    (mnt / "etc/group").write_text(DISTROLESS_GROUP)
    (mnt / "etc/nsswitch.conf").write_text("passwd: files\ngroup: files\nhosts: files dns\n")
    (mnt / "etc/os-release").write_text('PRETTY_NAME="Distroless-like (dtranspile realbuild, Debian 12 files)"\n')
    _mkdir(mnt / "tmp").chmod(0o1777)
    _mkdir(mnt / "home/nonroot").chmod(0o700)
    import os
    os.chown(mnt / "home/nonroot", 65532, 65532)
    _mkdir(mnt / "root").chmod(0o700)


def _mkdir(p: Path) -> Path:
    p.mkdir(parents=True, exist_ok=True)
    return p


DEBIAN_PATH = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

GOLANG = """\
FROM docker.io/library/debian:bookworm
RUN apt-get update \\
 && apt-get install -y --no-install-recommends ca-certificates golang-go gcc libc6-dev git make pkg-config \\
 && rm -rf /var/lib/apt/lists/*
ENV GOPATH=/go
ENV PATH=/go/bin:/usr/lib/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
# no module proxy is reachable here; samples take no dependencies
ENV GOPROXY=off
RUN mkdir -p /go/src /go/bin && chmod -R 1777 /go
WORKDIR /go
"""

GCC = """\
FROM docker.io/library/debian:bookworm
RUN apt-get update \\
 && apt-get install -y --no-install-recommends ca-certificates gcc g++ make libc6-dev \\
 && rm -rf /var/lib/apt/lists/*
CMD ["bash"]
"""

RUST = """\
FROM docker.io/library/debian:bookworm
RUN apt-get update \\
 && apt-get install -y --no-install-recommends ca-certificates rustc cargo gcc libc6-dev make pkg-config \\
 && rm -rf /var/lib/apt/lists/*
ENV CARGO_HOME=/usr/local/cargo
ENV PATH=/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
RUN mkdir -p /usr/local/cargo/bin && chmod -R 1777 /usr/local/cargo
"""

# Debian's nodejs 18 and npm 9; npm reaches the registry through a TLS-intercepting proxy,
# so node trusts the system bundle (which includes the machine's extra CAs).  The
# official images' docker-entrypoint.sh is not reproduced (it only execs its arguments).
NODE = """\
FROM docker.io/library/debian:bookworm
RUN apt-get update \\
 && apt-get install -y --no-install-recommends ca-certificates nodejs npm \\
 && rm -rf /var/lib/apt/lists/*
ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
CMD ["node"]
"""

# the slim runner: nodejs only (Debian's npm brings hundreds of node-* packages; the
# official slim image ships npm, so sizes here are a little smaller than real ones)
NODE_SLIM = """\
FROM docker.io/library/debian:bookworm-slim
RUN apt-get update \\
 && apt-get install -y --no-install-recommends nodejs \\
 && rm -rf /var/lib/apt/lists/*
CMD ["node"]
"""

# Debian's python3.11 laid out like the official python images, which install Python
# under /usr/local: pip (no PEP 668 marker) writes to /usr/local/lib/python3.11/site-packages
# (Debian's dist-packages is a symlink to it) and console scripts to /usr/local/bin;
# `python` and `pip` exist.  The slim runner has the same layout without pip.
PYTHON_LAYOUT = """\
RUN rm -f /usr/lib/python3.11/EXTERNALLY-MANAGED \\
 && mkdir -p /usr/local/lib/python3.11/site-packages \\
 && rm -rf /usr/local/lib/python3.11/dist-packages \\
 && ln -s site-packages /usr/local/lib/python3.11/dist-packages
ENV PYTHONDONTWRITEBYTECODE=1
CMD ["python3"]
"""
PYTHON = """\
FROM docker.io/library/debian:bookworm
RUN apt-get update \\
 && apt-get install -y --no-install-recommends ca-certificates python3 python3-pip python3-venv python-is-python3 gcc libc6-dev \\
 && rm -rf /var/lib/apt/lists/*
ENV PIP_CERT=/etc/ssl/certs/ca-certificates.crt
""" + PYTHON_LAYOUT
PYTHON_SLIM = """\
FROM docker.io/library/debian:bookworm-slim
RUN apt-get update \\
 && apt-get install -y --no-install-recommends ca-certificates python3 python-is-python3 \\
 && rm -rf /var/lib/apt/lists/*
""" + PYTHON_LAYOUT

# Debian's OpenJDK 17 and Maven 3.8.  Maven Central is not reachable here: Maven resolves
# from Debian's packaged repository (/usr/share/maven-repo, filled by the lib*-plugin-java
# packages) through a file:// mirror in the global settings, so a pom pins the plugin
# versions bookworm ships (compiler 3.10.1, resources 3.3.0, jar 3.3.0, surefire 2.22.3,
# install 3.1.0, clean 3.2.0).  Layout like the official maven images: mvn on PATH,
# MAVEN_HOME=/usr/share/maven, MAVEN_CONFIG=/root/.m2.
MAVEN_SETTINGS = (
    '<settings><mirrors><mirror><id>debian</id><mirrorOf>*</mirrorOf>'
    '<url>file:///usr/share/maven-repo</url></mirror></mirrors></settings>')
MAVEN = """\
FROM docker.io/library/debian:bookworm
RUN apt-get update \\
 && apt-get install -y --no-install-recommends ca-certificates openjdk-17-jdk-headless maven \\
    libmaven-compiler-plugin-java libmaven-resources-plugin-java libmaven-jar-plugin-java \\
    libsurefire-java libmaven-install-plugin-java libmaven-clean-plugin-java \\
 && rm -rf /var/lib/apt/lists/*
ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
ENV MAVEN_HOME=/usr/share/maven
ENV MAVEN_CONFIG=/root/.m2
RUN printf '%s\\n' '""" + MAVEN_SETTINGS + """' > /usr/share/maven/conf/settings.xml
# Maven gives a plugin that declares no plexus-utils the 1.1 one (PlexusUtilsInjector);
# Debian ships only 2.x/3.4.2: serve its jar under 1.1 too (maven-clean-plugin needs it)
RUN d=/usr/share/maven-repo/org/codehaus/plexus/plexus-utils/1.1 \\
 && mkdir -p $d \\
 && ln -s /usr/share/java/plexus-utils2.jar $d/plexus-utils-1.1.jar \\
 && printf '%s\\n' '<project><modelVersion>4.0.0</modelVersion><groupId>org.codehaus.plexus</groupId><artifactId>plexus-utils</artifactId><version>1.1</version></project>' > $d/plexus-utils-1.1.pom
CMD ["mvn"]
"""

# the JRE runner the Java recipe picks (eclipse-temurin:<major>-jre): Debian's headless
# JRE 17 on bookworm-slim, JAVA_HOME at /opt/java/openjdk like the official image
# (which is Ubuntu-based; this one is not Adoptium's build)
JRE = """\
FROM docker.io/library/debian:bookworm-slim
RUN mkdir -p /usr/share/man/man1 \\
 && apt-get update \\
 && apt-get install -y --no-install-recommends openjdk-17-jre-headless \\
 && rm -rf /var/lib/apt/lists/* \\
 && mkdir -p /opt/java \\
 && ln -s /usr/lib/jvm/java-17-openjdk-amd64 /opt/java/openjdk
ENV JAVA_HOME=/opt/java/openjdk
ENV PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
CMD ["jshell"]
"""

# nginx laid out like the official nginx image: Debian's nginx 1.22, the default server
# on port 80 serving /usr/share/nginx/html (not Debian's /var/www/html), logs to the
# container's stdout/stderr, `nginx -g 'daemon off;'`.  The static-site recipe's default
# runner is nginx:alpine, which cannot be made here; cases pass this one with --runtime.
NGINX_DEFAULT_CONF = (
    "server {\\n"
    "    listen 80;\\n"
    "    listen [::]:80;\\n"
    "    server_name localhost;\\n"
    "    location / {\\n"
    "        root /usr/share/nginx/html;\\n"
    "        index index.html index.htm;\\n"
    "    }\\n"
    "}\\n")
NGINX = """\
FROM docker.io/library/debian:bookworm-slim
RUN apt-get update \\
 && apt-get install -y --no-install-recommends nginx \\
 && rm -rf /var/lib/apt/lists/* \\
 && rm -f /etc/nginx/sites-enabled/default \\
 && printf '""" + NGINX_DEFAULT_CONF + """' > /etc/nginx/conf.d/default.conf \\
 && mkdir -p /usr/share/nginx/html \\
 && ln -sf /dev/stdout /var/log/nginx/access.log \\
 && ln -sf /dev/stderr /var/log/nginx/error.log
EXPOSE 80
STOPSIGNAL SIGQUIT
CMD ["nginx", "-g", "daemon off;"]
"""

SPECS: Dict[str, ImageSpec] = {
    "debian:bookworm": ImageSpec(("debian:bookworm", "debian:12", "debian:latest"), "rootfs",
                                 populate=populate_bookworm,
                                 config=["--env", DEBIAN_PATH, "--cmd", "bash"]),
    "debian:bookworm-slim": ImageSpec(("debian:bookworm-slim", "debian:12-slim"), "rootfs",
                                      populate=populate_bookworm_slim,
                                      config=["--env", DEBIAN_PATH, "--cmd", "bash"]),
    "gcr.io/distroless/static-debian12": ImageSpec(
        ("gcr.io/distroless/static-debian12", "gcr.io/distroless/static"), "rootfs",
        populate=populate_static, config=["--env", DEBIAN_PATH, "--workingdir", "/"]),
    "golang:1.19-bookworm": ImageSpec(("golang:1.19-bookworm", "golang:1.19"), "containerfile",
                                      containerfile=GOLANG, deps=("debian:bookworm",)),
    # bookworm's rustc is 1.63; crates.io is not reachable here, samples take no crates
    "rust:1.63-bookworm": ImageSpec(("rust:1.63-bookworm", "rust:1.63"), "containerfile",
                                    containerfile=RUST, deps=("debian:bookworm",)),
    "node:18-bookworm": ImageSpec(("node:18-bookworm", "node:18"), "containerfile",
                                  containerfile=NODE, deps=("debian:bookworm",)),
    "node:18-bookworm-slim": ImageSpec(("node:18-bookworm-slim", "node:18-slim"), "containerfile",
                                       containerfile=NODE_SLIM, deps=("debian:bookworm-slim",)),
    "python:3.11-bookworm": ImageSpec(("python:3.11-bookworm", "python:3.11"), "containerfile",
                                      containerfile=PYTHON, deps=("debian:bookworm",)),
    "python:3.11-slim-bookworm": ImageSpec(("python:3.11-slim-bookworm", "python:3.11-slim"),
                                           "containerfile", containerfile=PYTHON_SLIM,
                                           deps=("debian:bookworm-slim",)),
    "gcc:12": ImageSpec(("gcc:12", "gcc:12-bookworm"), "containerfile", containerfile=GCC,
                        deps=("debian:bookworm",)),
    "maven:3.8-openjdk-17": ImageSpec(("maven:3.8-openjdk-17", "maven:3-openjdk-17"),
                                      "containerfile", containerfile=MAVEN,
                                      deps=("debian:bookworm",)),
    "eclipse-temurin:17-jre": ImageSpec(("eclipse-temurin:17-jre",), "containerfile",
                                        containerfile=JRE, deps=("debian:bookworm-slim",)),
    "nginx:1.22-bookworm": ImageSpec(("nginx:1.22-bookworm", "nginx:1.22", "nginx:bookworm"),
                                     "containerfile", containerfile=NGINX,
                                     deps=("debian:bookworm-slim",)),
}


def ensure(key: str, log: Path, force: bool = False) -> str:
    """Make image ``key`` (and what it is built on) unless an image of the same recipe exists;
    return its qualified name."""
    spec = SPECS[key]
    for dep in spec.deps:
        ensure(dep, log, force=False)
    ref = qualify(spec.names[0])
    want = spec.recipe_hash()
    if not force and image_exists(ref) and image_label(ref, RECIPE_LABEL) == want:
        return ref
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
    else:
        with tempfile.TemporaryDirectory(dir=ROOT / "tmp") as ctx:
            cf = Path(ctx) / "Containerfile"
            cf.write_text(spec.containerfile + f'LABEL {RECIPE_LABEL}="{want}"\n')
            run(["buildah", "bud", "--isolation", "chroot", "--pull=never", "--layers",
                 "-f", cf, "-t", ref, ctx], nice=True, timeout=1800, log=log)
    for alias in spec.names[1:]:
        run(["buildah", "tag", ref, qualify(alias)])
    return ref


def ensure_all(keys=None, log: Optional[Path] = None) -> Dict[str, str]:
    log = log or (ROOT / "logs" / "images.log")
    return {k: ensure(k, log) for k in (keys or SPECS)}
