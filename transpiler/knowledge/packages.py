"""Native runtime dependencies: which OS packages a build installs, which of them are
toolchain (they stay in the builder), which runtime packages the runner needs instead
of the ``-dev`` packages, and the runner's install RUN.

A program linked against ``libpq`` needs ``libpq5`` in the runner, not ``libpq-dev``
(headers, static archives and the compiler stay behind).  The runtime package name
often depends on the distribution release (``libssl-dev`` -> ``libssl1.1`` on buster,
``libssl3`` on bookworm, ``libssl3t64`` on trixie after the 64-bit time_t transition),
so the mapping is per release (``package_maps``) and an unknown (package, release) pair
is reported as unknown: callers decline rather than guess.

Nothing here is tied to one ecosystem (C/C++, Rust, Go with cgo, Python wheels built
from source all use it); what differs per distribution is in its record
(``distributions``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence, Tuple

from .distributions import Distro, distro_of, installer_of
from ..analysis.shell import program_name

__all__ = ["Distro", "distro_of", "read_install", "kind_of", "runtime_of", "runtime_needs",
           "install_command", "RuntimeNeeds", "PackageInstall"]

# ----------------------------------------------------------------------------- reading

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
    while argv and program_name(argv[0]) in ("sudo", "env"):
        argv = argv[1:]
    if len(argv) < 2:
        return None
    found = installer_of(argv)
    if found is None:
        return None
    manager, verb_at = found[0].name, found[1]
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
    return distro.record.runtime_package(dev_package, distro.release)


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
        parts.append(distro.record.packages.install_command(pkgs))
    if ldconfig and distro.record.libc != "musl":  # musl searches /usr/local/lib itself
        parts.append("ldconfig")
    return " && ".join(parts)
