"""Native runtime dependencies: which OS packages a build installs, which of them are
toolchain (they stay in the builder), which runtime packages the runner needs instead
of the ``-dev`` packages, and the runner's install RUN.

A program linked against ``libpq`` needs ``libpq5`` in the runner, not ``libpq-dev``
(headers, static archives and the compiler stay behind).  The runtime package name
often depends on the distribution release (``libssl-dev`` -> ``libssl1.1`` on buster,
``libssl3`` on bookworm, ``libssl3t64`` on trixie after the 64-bit time_t transition),
so the mapping is per release and an unknown (package, release) pair is reported as
unknown: callers decline rather than guess.

Nothing here is tied to one ecosystem (C/C++, Rust, Go with cgo, Python wheels built
from source all use it).  API:

- ``read_install(argv)``: the packages one apt-get/apt/apk/yum/dnf command installs.
- ``Distro`` / ``distro_of(family, release)``: a distribution release as the tables key it.
- ``kind_of(package, distro)``: "toolchain", "dev", "runtime", "helper" or "other".
- ``runtime_needs(packages, distro)``: ``RuntimeNeeds`` (runtime packages, unknown -dev
  packages, packages whose run-time use cannot be known).
- ``install_command(distro, packages, ldconfig=False)``: the runner's RUN shell text.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from typing import Dict, Iterable, Optional, Sequence, Tuple, Union

# ----------------------------------------------------------------------------- distros

DEBIAN_ORDER = ("jessie", "stretch", "buster", "bullseye", "bookworm", "trixie")
UBUNTU_CODENAMES = {"14.04": "trusty", "16.04": "xenial", "18.04": "bionic",
                    "20.04": "focal", "22.04": "jammy", "24.04": "noble"}
UBUNTU_ORDER = ("trusty", "xenial", "bionic", "focal", "jammy", "noble")


@dataclass(frozen=True)
class Distro:
    """``family`` is "debian", "ubuntu" or "alpine" (also "rhel" for yum/dnf reading);
    ``release`` a Debian/Ubuntu codename or an Alpine "3.x"."""

    family: str
    release: Optional[str]

    @property
    def manager(self) -> str:
        return {"debian": "apt", "ubuntu": "apt", "alpine": "apk"}.get(self.family, "yum")


def distro_of(family: Optional[str], release: Optional[str]) -> Optional[Distro]:
    """A ``Distro`` from base image facts (Ubuntu version numbers become codenames);
    None for families the tables do not know."""
    if family == "ubuntu" and release:
        release = UBUNTU_CODENAMES.get(release.split("-")[0], release)
        if release not in UBUNTU_ORDER:
            release = None
    if family == "debian" and release not in DEBIAN_ORDER:
        release = None
    if family not in ("debian", "ubuntu", "alpine"):
        return None
    return Distro(family, release)


# ----------------------------------------------------------------------------- reading

_INSTALL_VERBS = {("apt-get", "install"): "apt", ("apt", "install"): "apt",
                  ("aptitude", "install"): "apt", ("apk", "add"): "apk",
                  ("yum", "install"): "yum", ("dnf", "install"): "yum",
                  ("microdnf", "install"): "yum"}
#: options of the installers that take a value as the next word
_VALUE_OPTIONS = {"-t", "--target-release", "-o", "--option", "-c", "--config-file",
                  "-X", "--repository", "--virtual", "-t", "--root", "-p", "--arch",
                  "--enablerepo", "--disablerepo"}


@dataclass(frozen=True)
class PackageInstall:
    manager: str  # "apt", "apk" or "yum"
    packages: Tuple[str, ...]  # names without version pins
    virtual: Optional[str] = None  # apk add --virtual NAME (removed later as a group)


def read_install(argv: Sequence[str]) -> Optional[PackageInstall]:
    """The packages ``argv`` installs, or None when it is not an install command.
    Version pins (``pkg=1.2``, ``pkg>=1``) are dropped; local ``.deb``/``.rpm`` files
    and words with variables are kept as written (they classify as "other")."""
    argv = list(argv)
    while argv and posixpath.basename(argv[0]) in ("sudo", "env"):
        argv = argv[1:]
    if len(argv) < 2:
        return None
    tool = posixpath.basename(argv[0])
    verb_at = next((i for i, w in enumerate(argv[1:], 1) if not w.startswith("-")), None)
    if verb_at is None:
        return None
    manager = _INSTALL_VERBS.get((tool, argv[verb_at]))
    if manager is None:
        return None
    packages = []
    virtual = None
    words = argv[1:verb_at] + argv[verb_at + 1:]
    i = 0
    while i < len(words):
        word = words[i]
        if word.startswith("-"):
            if word in _VALUE_OPTIONS and "=" not in word:
                if word in ("--virtual", "-t") and manager == "apk" and i + 1 < len(words):
                    virtual = words[i + 1]
                i += 2
                continue
            if word.startswith("--virtual="):
                virtual = word.split("=", 1)[1]
            i += 1
            continue
        packages.append(re.split(r"[=<>~]", word, 1)[0] if not word.startswith(("/", "."))
                        else word)
        i += 1
    return PackageInstall(manager, tuple(p for p in packages if p), virtual)


# ----------------------------------------------------------------------------- classes

#: compilers, build systems and fetch tools: needed to build, never to run a binary
TOOLCHAIN = frozenset({
    "build-essential", "build-base", "gcc", "g++", "cpp", "clang", "llvm", "lld", "make",
    "cmake", "ninja-build", "ninja", "meson", "autoconf", "automake", "libtool", "m4",
    "pkg-config", "pkgconf", "pkgconfig", "bison", "flex", "yasm", "nasm", "gfortran",
    "musl-dev", "libc-dev", "libc6-dev", "linux-headers", "linux-libc-dev", "binutils",
    "patch", "gettext", "scons", "ccache", "gdb", "valgrind", "dpkg-dev", "fakeroot",
    "gcc-c++", "kernel-headers", "glibc-devel", "glibc-static", "libstdc++-dev",
    "musl-tools", "clang-dev", "llvm-dev", "cargo", "rust", "rustc", "golang", "go",
    "python3-dev", "python-dev", "python3-pip", "python-pip", "python3-setuptools",
    "python3-wheel", "devscripts", "debhelper", "upx", "upx-ucl", "protobuf-compiler",
})
#: tools that fetch or unpack sources, or manage repositories: they stay in the builder
HELPERS = frozenset({
    "git", "curl", "wget", "unzip", "xz-utils", "xz", "bzip2", "tar", "gzip", "zip",
    "gnupg", "gnupg2", "gpg", "dirmngr", "software-properties-common",
    "apt-transport-https", "apt-utils", "lsb-release", "subversion", "mercurial", "file",
    "sudo", "vim", "nano", "less", "ssh", "openssh-client", "rsync", "patchelf",
})
#: packages a runner may well need and that are small and harmless to carry over
CARRIED = frozenset({"ca-certificates", "tzdata"})

# Debian/Ubuntu runtime package per -dev package.  A string = the same name on every
# release the tables know; a dict = per release (missing release = unknown).
_T64 = {"trixie", "noble"}  # releases after the 64-bit time_t library renames


def _per_release(old: Dict[str, Iterable[str]], default: Optional[str] = None,
                 t64: Optional[str] = None) -> Dict[str, str]:
    out: Dict[str, str] = {}
    for name, releases in old.items():
        for rel in releases:
            out[rel] = name
    for rel in DEBIAN_ORDER + UBUNTU_ORDER:
        if rel in _T64 and t64:
            out[rel] = t64
        elif rel not in out and default:
            out[rel] = default
    return out


_APT_RUNTIME: Dict[str, Union[str, Dict[str, str]]] = {
    "libpq-dev": "libpq5",
    "libxml2-dev": "libxml2",
    "libxslt1-dev": "libxslt1.1",
    "libxslt-dev": "libxslt1.1",
    "zlib1g-dev": "zlib1g",
    "libsqlite3-dev": "libsqlite3-0",
    "libyaml-dev": "libyaml-0-2",
    "libgmp-dev": "libgmp10",
    "libexpat1-dev": "libexpat1",
    "uuid-dev": "libuuid1",
    "libbz2-dev": "libbz2-1.0",
    "liblzma-dev": "liblzma5",
    "libzstd-dev": "libzstd1",
    "liblz4-dev": "liblz4-1",
    "libpcre3-dev": "libpcre3",
    "libpcre2-dev": "libpcre2-8-0",
    "libjansson-dev": "libjansson4",
    "libsystemd-dev": "libsystemd0",
    "libudev-dev": "libudev1",
    "libusb-1.0-0-dev": "libusb-1.0-0",
    "libzmq3-dev": "libzmq5",
    "libsodium-dev": "libsodium23",
    "libcap-dev": "libcap2",
    "libseccomp-dev": "libseccomp2",
    "libfreetype6-dev": "libfreetype6",
    "libfreetype-dev": "libfreetype6",
    "libmagic-dev": _per_release({}, "libmagic1", t64="libmagic1t64"),
    "libuv1-dev": _per_release({}, "libuv1", t64="libuv1t64"),
    "libglib2.0-dev": _per_release({}, "libglib2.0-0", t64="libglib2.0-0t64"),
    "libpng-dev": _per_release({"libpng12-0": ("jessie", "trusty", "xenial")}, "libpng16-16",
                               t64="libpng16-16t64"),
    "libjpeg-dev": _per_release({"libjpeg8": UBUNTU_ORDER}, "libjpeg62-turbo"),
    "libjpeg62-turbo-dev": "libjpeg62-turbo",
    "libjpeg-turbo8-dev": "libjpeg-turbo8",
    "libssl-dev": _per_release({"libssl1.0.0": ("jessie", "trusty", "xenial"),
                                "libssl1.1": ("stretch", "buster", "bullseye", "bionic",
                                              "focal"),
                                "libssl3": ("bookworm", "jammy")}, t64="libssl3t64"),
    "libffi-dev": _per_release({"libffi6": ("jessie", "stretch", "buster", "trusty", "xenial",
                                            "bionic"),
                                "libffi7": ("bullseye", "focal"),
                                "libffi8": ("bookworm", "jammy", "trixie", "noble")}),
    "libcurl4-openssl-dev": _per_release({"libcurl3": ("jessie", "trusty", "xenial")},
                                         "libcurl4", t64="libcurl4t64"),
    "libreadline-dev": _per_release({"libreadline6": ("jessie", "trusty", "xenial"),
                                     "libreadline7": ("stretch", "buster", "bionic")},
                                    "libreadline8", t64="libreadline8t64"),
    "libevent-dev": _per_release({"libevent-2.0-5": ("jessie", "stretch", "trusty", "xenial"),
                                  "libevent-2.1-6": ("buster", "bionic")},
                                 "libevent-2.1-7", t64="libevent-2.1-7t64"),
    "libjson-c-dev": _per_release({"libjson-c2": ("jessie", "trusty"),
                                   "libjson-c3": ("stretch", "xenial", "bionic"),
                                   "libjson-c4": ("focal",)}, "libjson-c5"),
    "default-libmysqlclient-dev": _per_release({"libmysqlclient18": ("jessie",),
                                                "libmariadbclient18": ("stretch",),
                                                "libmysqlclient20": ("xenial", "bionic"),
                                                "libmysqlclient21": ("focal", "jammy")},
                                               "libmariadb3", t64="libmariadb3"),
    "libmysqlclient-dev": {"xenial": "libmysqlclient20", "bionic": "libmysqlclient20",
                           "focal": "libmysqlclient21", "jammy": "libmysqlclient21",
                           "noble": "libmysqlclient21"},
}

#: Alpine -dev packages whose runtime package is not the name without ``-dev``
_APK_RUNTIME = {
    "jpeg-dev": "libjpeg-turbo",
    "libjpeg-turbo-dev": "libjpeg-turbo",
    "postgresql-dev": "libpq",
    "mariadb-dev": "mariadb-connector-c",
    "mariadb-connector-c-dev": "mariadb-connector-c",
    "openssl-dev": "openssl",
    "libressl-dev": "libressl",
    "curl-dev": "libcurl",
    "libxml2-dev": "libxml2",
    "ncurses-dev": "ncurses-libs",
    "readline-dev": "readline",
    "sqlite-dev": "sqlite-libs",
    "zlib-dev": "zlib",
    "libffi-dev": "libffi",
    "libpq-dev": "libpq",
    "boost-dev": "boost",
    "protobuf-dev": "protobuf",
    "icu-dev": "icu-libs",
    "krb5-dev": "krb5-libs",
    "glib-dev": "glib",
    "gmp-dev": "gmp",
    "yaml-dev": "yaml",
    "pcre-dev": "pcre",
    "pcre2-dev": "pcre2",
    "libevent-dev": "libevent",
    "libuv-dev": "libuv",
    "libsodium-dev": "libsodium",
    "zeromq-dev": "libzmq",
    "libxslt-dev": "libxslt",
    "libpng-dev": "libpng",
    "freetype-dev": "freetype",
    "zstd-dev": "zstd-libs",
    "lz4-dev": "lz4-libs",
    "xz-dev": "xz-libs",
    "bzip2-dev": "libbz2",
    "expat-dev": "expat",
    "util-linux-dev": "libuuid",
    "libcap-dev": "libcap",
    "libseccomp-dev": "libseccomp",
    "jansson-dev": "jansson",
    "hiredis-dev": "hiredis",
    "json-c-dev": "json-c",
    "libusb-dev": "libusb",
}


def kind_of(package: str, distro: Distro) -> str:
    """"toolchain" (compilers, build systems: builder only), "helper" (fetch/unpack
    tools: builder only), "dev" (headers of a library: the runner needs its runtime
    package), "runtime" (a library or data package worth carrying: ``lib*`` without
    ``-dev``, CA certificates, tzdata) or "other" (a program whose run-time use the
    Dockerfile does not show)."""
    if package in TOOLCHAIN or re.match(r"^(gcc|g\+\+|clang|llvm|cpp)-[0-9.]+$", package):
        return "toolchain"
    if package in HELPERS:
        return "helper"
    if package.endswith(("-dev", "-devel", "-headers", "-static")):
        return "dev"
    if package in CARRIED or re.match(r"^lib[a-z0-9.+-]*[0-9a-z]$", package) and \
            not package.endswith(("-doc", "-dbg", "-utils", "-bin", "-tools")):
        return "runtime"
    return "other"


def runtime_of(dev_package: str, distro: Distro) -> Optional[str]:
    """The runtime package behind ``dev_package`` on ``distro``, or None when unknown."""
    if distro.family == "alpine":
        if dev_package in _APK_RUNTIME:
            return _APK_RUNTIME[dev_package]
        return None
    if distro.family in ("debian", "ubuntu"):
        entry = _APT_RUNTIME.get(dev_package)
        if isinstance(entry, str):
            return entry
        if isinstance(entry, dict) and distro.release:
            return entry.get(distro.release)
        return None
    if distro.family == "rhel" and dev_package.endswith("-devel"):
        base = dev_package[:-len("-devel")]
        return {"openssl": "openssl-libs", "postgresql": "libpq"}.get(base, base)
    return None


@dataclass(frozen=True)
class RuntimeNeeds:
    """``packages``: what the runner installs; ``unknown``: -dev packages with no known
    runtime package on this release; ``other``: programs whose run-time use is unknown;
    ``dropped``: toolchain and helpers that stay in the builder."""

    packages: Tuple[str, ...]
    unknown: Tuple[str, ...]
    other: Tuple[str, ...]
    dropped: Tuple[str, ...]


def runtime_needs(packages: Iterable[str], distro: Distro) -> RuntimeNeeds:
    runtime, unknown, other, dropped = [], [], [], []
    for pkg in packages:
        kind = kind_of(pkg, distro)
        if kind in ("toolchain", "helper"):
            dropped.append(pkg)
        elif kind == "dev":
            mapped = runtime_of(pkg, distro)
            (runtime if mapped else unknown).append(mapped or pkg)
        elif kind == "runtime":
            runtime.append(pkg)
        else:
            other.append(pkg)
    uniq = lambda xs: tuple(dict.fromkeys(xs))  # noqa: E731
    return RuntimeNeeds(uniq(runtime), uniq(unknown), uniq(other), uniq(dropped))


def install_command(distro: Distro, packages: Sequence[str], ldconfig: bool = False) -> str:
    """The shell text of the runner's install RUN (hadolint-clean: no recommends, no
    cache left behind).  ``ldconfig`` appends a cache refresh for libraries copied to
    /usr/local/lib.  Packages are sorted so the output is stable."""
    pkgs = " ".join(sorted(dict.fromkeys(packages)))
    parts = []
    if pkgs:
        if distro.manager == "apt":
            parts.append("apt-get update && apt-get install -y --no-install-recommends "
                         f"{pkgs} && rm -rf /var/lib/apt/lists/*")
        elif distro.manager == "apk":
            parts.append(f"apk add --no-cache {pkgs}")
        else:
            parts.append(f"yum install -y {pkgs} && yum clean all")
    if ldconfig and distro.family != "alpine":  # musl searches /usr/local/lib itself
        parts.append("ldconfig")
    return " && ".join(parts)
