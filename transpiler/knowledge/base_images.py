"""What the analysis knows about a builder's base image: the config it brings (ENV,
WORKDIR) and its C library and Debian/Alpine release.

Only images whose configuration is documented by their official Dockerfiles are
listed; anything else is "unknown", and the passes decline when an answer depends on
it (for example the GOPATH of an unknown image)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, Optional

#: BuildKit's and Docker's default PATH for Linux when an image sets none
DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

DEBIAN_RELEASES = ("jessie", "stretch", "buster", "bullseye", "bookworm", "trixie")


@dataclass(frozen=True)
class BaseImage:
    reference: str
    known: bool
    env: Dict[str, str] = field(default_factory=dict)
    workdir: str = "/"
    libc: Optional[str] = None  # "glibc", "musl" or None (unknown)
    family: Optional[str] = None  # "debian", "alpine", "ubuntu", ...
    release: Optional[str] = None  # e.g. "stretch", "3.18"
    has_ca_certificates: bool = False
    has_go: bool = False
    has_gcc: bool = False


def split_reference(ref: str):
    """``registry/name:tag@digest`` -> (name without registry 'library/', tag)."""
    ref = ref.split("@", 1)[0]
    name, tag = ref, ""
    if ":" in ref.rsplit("/", 1)[-1]:
        name, tag = ref.rsplit(":", 1)
    if name.startswith("docker.io/"):
        name = name[len("docker.io/"):]
    if name.startswith("library/"):
        name = name[len("library/"):]
    return name, tag


def _debian_release(tag: str) -> Optional[str]:
    for rel in DEBIAN_RELEASES:
        if re.search(rf"(^|-){rel}($|-)", tag):
            return rel
    return None


def _alpine_release(tag: str) -> Optional[str]:
    m = re.search(r"alpine(\d+\.\d+)", tag)
    return m.group(1) if m else None


#: Rust images whose tag names no release: the Debian release of ``rust:1``/``latest``
#: today (a ``rust:1.NN`` tag without a release name is left unknown: it depends on when
#: that version was published)
RUST_DEFAULT_RELEASE = "trixie"
DOTNET_SDKS = ("mcr.microsoft.com/dotnet/sdk", "mcr.microsoft.com/dotnet/core/sdk",
               "microsoft/dotnet")


def _rust(ref: str, tag: str) -> BaseImage:
    env = {"PATH": "/usr/local/cargo/bin:" + DEFAULT_PATH, "CARGO_HOME": "/usr/local/cargo",
           "RUSTUP_HOME": "/usr/local/rustup"}
    if "alpine" in tag:
        return BaseImage(ref, True, env, "/", "musl", "alpine", _alpine_release(tag),
                         has_ca_certificates=True, has_gcc=True)
    release = _debian_release(tag)
    if release is None and re.fullmatch(r"(1|latest|stable|nightly)?(-slim)?", tag):
        release = RUST_DEFAULT_RELEASE
    return BaseImage(ref, True, env, "/", "glibc", "debian", release,
                     has_ca_certificates=True, has_gcc=True)


def describe(ref: str) -> BaseImage:
    """Facts about ``ref`` (a FROM image after ARG expansion)."""
    name, tag = split_reference(ref)
    if name == "golang":
        go_env = {"GOPATH": "/go",
                  "PATH": "/go/bin:/usr/local/go/bin:" + DEFAULT_PATH}
        if "alpine" in tag:
            return BaseImage(ref, True, go_env, "/go", "musl", "alpine", _alpine_release(tag),
                             has_ca_certificates=True, has_go=True, has_gcc=False)
        return BaseImage(ref, True, go_env, "/go", "glibc", "debian", _debian_release(tag),
                         has_ca_certificates=True, has_go=True, has_gcc=True)
    runtime = _runtime_image(ref, name, tag)
    if runtime is not None:
        return runtime
    if name in ("rust", "rustlang/rust"):
        return _rust(ref, tag)
    if name in ("gcc", "buildpack-deps"):
        # buildpack-deps (and gcc on top of it) carry compilers, libssl-dev, curl, git
        return BaseImage(ref, True, {"PATH": DEFAULT_PATH}, "/", "glibc", "debian",
                         _debian_release(tag), has_ca_certificates=True, has_gcc=True)
    if name in DOTNET_SDKS:
        alpine = "alpine" in tag
        return BaseImage(ref, True, {"PATH": DEFAULT_PATH, "DOTNET_RUNNING_IN_CONTAINER": "true"},
                         "/", "musl" if alpine else "glibc", "alpine" if alpine else
                         ("ubuntu" if any(u in tag for u in ("jammy", "noble", "focal")) else
                          "debian"), _alpine_release(tag) if alpine else _debian_release(tag),
                         has_ca_certificates=True)
    if name == "alpine":
        return BaseImage(ref, True, {"PATH": DEFAULT_PATH}, "/", "musl", "alpine",
                         tag if re.fullmatch(r"\d+\.\d+(\.\d+)?", tag) else None)
    if name == "debian":
        rel = _debian_release(tag)
        return BaseImage(ref, True, {"PATH": DEFAULT_PATH}, "/", "glibc", "debian", rel)
    if name == "ubuntu":
        return BaseImage(ref, True, {"PATH": DEFAULT_PATH}, "/", "glibc", "ubuntu", tag or None)
    return BaseImage(ref, False, {"PATH": DEFAULT_PATH}, "/")


#: official language images whose distribution the tag shows: (name, PATH, Debian-family
#: default when the tag names no distribution).  maven/gradle with eclipse-temurin and
#: eclipse-temurin itself are Ubuntu based; the others Debian based.
_RUNTIME_IMAGES = {
    "node": (DEFAULT_PATH, "debian"),
    "python": ("/usr/local/bin:" + DEFAULT_PATH, "debian"),
    "maven": ("/opt/java/openjdk/bin:" + DEFAULT_PATH, "ubuntu"),
    "gradle": ("/opt/java/openjdk/bin:" + DEFAULT_PATH, "ubuntu"),
    "eclipse-temurin": ("/opt/java/openjdk/bin:" + DEFAULT_PATH, "ubuntu"),
    "openjdk": ("/usr/local/openjdk/bin:" + DEFAULT_PATH, "debian"),
}
_UBUNTU_TAGS = {"focal": "20.04", "jammy": "22.04", "noble": "24.04"}


def _runtime_image(ref: str, name: str, tag: str) -> Optional[BaseImage]:
    """Node, Python and JDK images: C library and distribution release from the tag
    (``node:20-alpine3.19``, ``python:3.11-slim-bookworm``, ``maven:3-eclipse-temurin-17``).
    Their PATH is what their official Dockerfiles set; other config is not relied on."""
    if name not in _RUNTIME_IMAGES:
        return None
    path, default_family = _RUNTIME_IMAGES[name]
    env = {"PATH": path}
    if "alpine" in tag:
        return BaseImage(ref, True, env, "/", "musl", "alpine", _alpine_release(tag),
                         has_ca_certificates=True)
    if name in ("maven", "gradle") and re.search(r"(^|-)(jdk|openjdk)-?\d", tag):
        default_family = "debian"  # the older maven:3-jdk-8 / openjdk-based tags
    rel = _debian_release(tag)
    if rel:
        return BaseImage(ref, True, env, "/", "glibc", "debian", rel, has_ca_certificates=True)
    for codename, version in _UBUNTU_TAGS.items():
        if codename in tag:
            return BaseImage(ref, True, env, "/", "glibc", "ubuntu", version,
                             has_ca_certificates=True)
    if any(w in tag for w in ("corretto", "oracle", "ubi", "windows", "nanoserver")):
        return BaseImage(ref, False, env, "/")
    return BaseImage(ref, True, env, "/", "glibc", default_family, None,
                     has_ca_certificates=True)
