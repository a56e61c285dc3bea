"""One record per distribution and per package manager: the C library, how packages
are installed and removed, which user tools the image has (shadow's ``useradd`` and
Debian's ``adduser``, or BusyBox's), the users every image of it has, its releases and
its ``-dev`` -> runtime package names.

Adding a distribution is one ``Distribution`` record (and a ``PackageManager`` when it
brings a new one); image families (``images``) name their distribution, and everything
else (runner choice, runtime packages, user creation in the runner, the HEALTHCHECK's
curl) follows from the record."""

from __future__ import annotations

import functools

from dataclasses import dataclass
from typing import Callable, Dict, FrozenSet, List, Optional, Sequence, Tuple

from ..analysis.shell import program_name
from . import package_maps, releases, runtime_packages


@dataclass(frozen=True)
class PackageManager:
    name: str
    #: (program, verb) pairs that install packages / remove them
    installs: Tuple[Tuple[str, str], ...]
    removes: Tuple[Tuple[str, str], ...]
    #: the runner's install command (hadolint-clean: no recommends, no cache left)
    template: str
    #: the hadolint rule about unpinned versions: the runner's packages follow the
    #: builder's release, so they are not pinned
    unpinned_rule: str
    #: the command fetching the package index before the install, and the one
    #: removing what it fetched after (apt's lists); "" where the manager needs neither
    fetch: str = ""
    fetched_removal: str = ""

    def install_command(self, packages: str, fetch: bool = True) -> str:
        """The runner's install of ``packages``; ``fetch`` False: from the package
        index the image holds (no fetch, nothing of it removed: ``package_index``)."""
        parts = (self.fetch, self.template.format(packages=packages),
                 self.fetched_removal) if fetch else (self.template.format(packages=packages),)
        return " && ".join(p for p in parts if p)


MANAGERS: Dict[str, PackageManager] = {m.name: m for m in (
    PackageManager("apt", (("apt-get", "install"), ("apt", "install"), ("aptitude", "install")),
                   (("apt-get", "remove"), ("apt-get", "purge"), ("apt-get", "autoremove"),
                    ("apt", "remove"), ("apt", "purge")),
                   "apt-get install -y --no-install-recommends {packages}", "DL3008",
                   "apt-get update", "rm -rf /var/lib/apt/lists/*"),
    PackageManager("apk", (("apk", "add"),), (("apk", "del"),),
                   "apk add --no-cache {packages}", "DL3018"),
    PackageManager("yum", (("yum", "install"), ("dnf", "install"), ("microdnf", "install")),
                   (("yum", "remove"), ("dnf", "remove"), ("microdnf", "remove")),
                   "yum install -y {packages} && yum clean all", "DL3033"),
)}

_ALPINE_USERS = frozenset({"root", "bin", "daemon", "adm", "lp", "sync", "shutdown", "halt",
                           "mail", "news", "uucp", "operator", "man", "postmaster", "cron",
                           "ftp", "sshd", "at", "squid", "xfs", "games", "cyrus", "vpopmail",
                           "ntp", "smmsp", "guest", "nobody"})
_DEBIAN_USERS = frozenset({"root", "daemon", "bin", "sys", "sync", "games", "man", "lp", "mail",
                           "news", "uucp", "proxy", "www-data", "backup", "list", "irc",
                           "gnats", "nobody"})
_RHEL_USERS = frozenset({"root", "bin", "daemon", "adm", "lp", "sync", "shutdown", "halt",
                         "mail", "operator", "games", "ftp", "nobody"})


Runtime = Optional[Tuple[str, ...]]


def _apt_runtime(distribution: str) -> Callable[[str, Optional[str]], Runtime]:
    """The generated data's answer for the releases it covers (read from their package
    indexes); the hand table ``package_maps.APT`` for the archived releases it does not."""
    def runtime(dev: str, release: Optional[str]) -> Runtime:
        if not release:
            return None
        if release in runtime_packages.covered(distribution):
            return runtime_packages.runtime_packages(distribution, release, dev)
        if release not in package_maps.ARCHIVED:
            return None
        entry = package_maps.APT.get(dev)
        if isinstance(entry, dict):
            entry = entry.get(release)
        return (entry,) if entry else None
    return runtime


def _apk_runtime(dev: str, release: Optional[str]) -> Runtime:
    found = package_maps.APK.get(dev)
    return (found,) if found else None


def _rpm_runtime(dev: str, release: Optional[str]) -> Runtime:
    if not dev.endswith("-devel"):
        return None
    base = dev[:-len("-devel")]
    return (package_maps.RPM.get(base, base),)


@dataclass(frozen=True)
class Distribution:
    name: str
    libc: str  # "glibc" or "musl"
    manager: str  # a MANAGERS key
    #: the user tools' flavour: "debian" (shadow useradd + Debian's adduser), "alpine"
    #: (BusyBox adduser/addgroup), "rhel" (shadow only)
    user_tools: str
    users: FrozenSet[str]
    #: the releases the tables know, oldest first; () = any release is taken as given
    releases: Tuple[str, ...]
    #: (-dev package, release) -> the runtime packages carrying its libraries (``()``:
    #: header-only), None when not known
    runtime_package: Callable[[str, Optional[str]], Optional[Tuple[str, ...]]]
    #: version numbers that name a release (Ubuntu's 22.04 -> jammy)
    versions: Tuple[Tuple[str, str], ...] = ()
    #: the shells every image of it has (bash is Essential in Debian and Ubuntu and in
    #: every RHEL base image; Alpine and Wolfi have BusyBox's sh only)
    shells: Tuple[str, ...] = ("/bin/sh",)
    #: the shell /bin/sh is, whose ``echo`` a RUN runs: dash in Debian (since 6.0) and
    #: Ubuntu (since 6.10), bash in RHEL, BusyBox's ash in Alpine and Wolfi; dash's
    #: ``echo`` turns ``\n`` into a newline, the others print it as written
    sh: str = ""

    @property
    def packages(self) -> PackageManager:
        return MANAGERS[self.manager]

    def release_of(self, release: Optional[str]) -> Optional[str]:
        """``release`` as the tables key it; None when it is not one they know."""
        if not release:
            return None
        if self.versions:
            release = dict(self.versions).get(release.split("-")[0], release)
        if self.releases and release not in self.releases:
            # a release the generated package data covers is known too (ubuntu:26.04,
            # ubuntu:latest as resolute)
            covered = runtime_packages.covered(self.name) if self.manager == "apt" else {}
            by_version = {v: c for c, v in covered.items()}
            release = by_version.get(release.split("-")[0], release)
            return release if release in covered else None
        return release


_BASH = ("/bin/sh", "/bin/bash")
DISTRIBUTIONS: Dict[str, Distribution] = {d.name: d for d in (
    Distribution("debian", "glibc", "apt", "debian", _DEBIAN_USERS, releases.DEBIAN,
                 _apt_runtime("debian"), shells=_BASH, sh="dash"),
    Distribution("ubuntu", "glibc", "apt", "debian", _DEBIAN_USERS, releases.UBUNTU,
                 _apt_runtime("ubuntu"), tuple(releases.UBUNTU_VERSIONS.items()), shells=_BASH,
                 sh="dash"),
    Distribution("alpine", "musl", "apk", "alpine", _ALPINE_USERS, (), _apk_runtime,
                 sh="busybox"),
    # Wolfi (Chainguard): glibc with apk and BusyBox user tools; no -dev map yet, so a
    # build that installs -dev packages declines rather than guess the runtime names
    Distribution("wolfi", "glibc", "apk", "alpine", frozenset({"root", "nobody", "nonroot"}),
                 (), lambda dev, release: None, sh="busybox"),
    Distribution("rhel", "glibc", "yum", "rhel", _RHEL_USERS, (), _rpm_runtime, shells=_BASH,
                 sh="bash"),
)}


def distribution(name: Optional[str]) -> Optional[Distribution]:
    return DISTRIBUTIONS.get(name or "")


@dataclass(frozen=True)
class Distro:
    """A distribution at one release, as the package tables key it (``release`` None:
    the image does not show it)."""

    family: str
    release: Optional[str]

    @property
    def record(self) -> Distribution:
        return DISTRIBUTIONS[self.family]

    @property
    def manager(self) -> str:
        return self.record.manager


def distro_of(family: Optional[str], release: Optional[str]) -> Optional[Distro]:
    """A ``Distro`` from image facts (Ubuntu version numbers become codenames); None for
    distributions without a record."""
    record = distribution(family)
    if record is None:
        return None
    return Distro(record.name, record.release_of(release))


def installer_of(argv: Sequence[str]) -> Optional[Tuple[PackageManager, int]]:
    """(package manager, index of the verb) when ``argv`` (sudo/env already removed)
    installs packages; the verb is the first word that is not an option."""
    return _manager_verb(argv, "installs")


def remover_of(argv: Sequence[str]) -> Optional[int]:
    """The index of the verb when ``argv`` removes packages (``apt-get purge``, ``apk
    del``), else None."""
    found = _manager_verb(argv, "removes")
    return found[1] if found is not None else None


#: apt's upgrades, which install the packages they name when those are not installed
#: (apt 1.1 and later: ``apt-get upgrade git`` is handled as ``install`` of git, held to
#: upgrades of the rest); with no package named they only upgrade what is there
_APT_UPGRADES = frozenset({("apt-get", "upgrade"), ("apt-get", "dist-upgrade"),
                           ("apt-get", "full-upgrade"), ("apt", "upgrade"),
                           ("apt", "full-upgrade"), ("apt", "dist-upgrade")})


@functools.lru_cache(maxsize=None)
def _tools(kind: str) -> frozenset:
    """The programs of every manager's ``kind`` pairs (and apt's upgrades): a command
    of any other program is answered at once (the readers ask for every command of
    every RUN)."""
    return frozenset(tool for manager in MANAGERS.values() for tool, _verb in
                     getattr(manager, kind)) | {tool for tool, _verb in _APT_UPGRADES}


def install_programs() -> frozenset:
    """The programs that may install packages with a distribution's package manager
    (``apt-get``, ``apk``, ``yum`` ..., apt's upgrades, which install the packages they
    name): ``installer_of`` answers None at once for a command of any other program, so
    a reader called for every command of every RUN tests this set first.  The images'
    own install wrappers are ``install_helpers.helper_programs``."""
    return _tools("installs")


#: the options of each package tool that take the next word as their value when given
#: before the verb (``apt-get -o Dpkg::Options::=--force-confold install``, ``apt-get -t
#: bookworm-backports install``): that word is not the verb
_VALUE_OPTIONS = {
    "apt": frozenset({"-o", "--option", "-c", "--config-file", "-t", "--target-release",
                      "--default-release", "-a", "--host-architecture", "-P",
                      "--build-profiles", "--solver"}),
    "apk": frozenset({"-X", "--repository", "-p", "--root", "--arch", "--cache-dir",
                      "--keys-dir", "--repositories-file"}),
    "yum": frozenset({"-c", "--config", "-d", "--debuglevel", "-e", "--errorlevel", "-R",
                      "--randomwait", "-x", "--exclude", "--installroot", "--releasever",
                      "--setopt", "--enablerepo", "--disablerepo", "--repo", "--repoid"}),
}
_TOOL_FAMILY = {"apt-get": "apt", "apt": "apt", "aptitude": "apt", "apk": "apk",
                "yum": "yum", "dnf": "yum", "microdnf": "yum"}


def apt_options(argv: Sequence[str]) -> Tuple[Tuple[str, Optional[str]], ...]:
    """apt's options in the command ``argv``, in their order: ``("-o", setting)`` for a
    configuration setting in any of its spellings (``-o Name=value``, ``-oName=value``,
    ``--option Name=value``, ``--option=Name=value``), ``(word, None)`` for any other
    option (``--force-yes``, ``--no-install-recommends``).  The one reading of apt's
    command line: what a setting means is the caller's (Recommends, authentication), and
    the later of two options wins where they disagree, as in apt."""
    out: List[Tuple[str, Optional[str]]] = []
    words = list(argv[1:])
    i = 0
    while i < len(words):
        w = words[i]
        if w in ("-o", "--option"):
            if i + 1 < len(words):
                out.append(("-o", words[i + 1]))
            i += 2
            continue
        if w.startswith("--option="):
            out.append(("-o", w.split("=", 1)[1]))
        elif w.startswith("-o") and len(w) > 2:
            out.append(("-o", w[2:]))
        elif w.startswith("-") and w != "-":
            out.append((w, None))
        i += 1
    return tuple(out)


def verb_index(argv: Sequence[str]) -> Optional[int]:
    """The index of a package tool's verb in ``argv`` (sudo/env already removed): the
    first word that is neither an option nor the value of one given before it (``apt-get
    -q -y -o Acquire::Retries=3 dist-upgrade``: 5); None when there is none."""
    values = _VALUE_OPTIONS.get(_TOOL_FAMILY.get(program_name(argv[0]) if argv else "", ""),
                                frozenset())
    i = 1
    while i < len(argv):
        word = argv[i]
        if not word.startswith("-") or word == "-":
            return i
        i += 2 if word in values else 1
    return None


def operands(argv: Sequence[str]) -> Tuple[str, ...]:
    """The words after a package tool's verb that are neither options nor their values
    (``apt-get upgrade -o Dpkg::Options::=--force-confold -y git``: ``git``): the
    packages the command names."""
    at = verb_index(argv) if argv and program_name(argv[0]) in _TOOL_FAMILY else None
    if at is None:
        return ()
    values = _VALUE_OPTIONS[_TOOL_FAMILY[program_name(argv[0])]]
    out, i = [], at + 1
    while i < len(argv):
        word = argv[i]
        if word.startswith("-") and word != "-":
            i += 2 if word in values else 1
            continue
        out.append(word)
        i += 1
    return tuple(out)


def verb_of(argv: Sequence[str]) -> Optional[str]:
    """The verb of a package tool's command (``apt-get -qq -y dist-upgrade``:
    ``dist-upgrade``), or None: wherever options come first."""
    at = verb_index(argv) if argv and program_name(argv[0]) in _TOOL_FAMILY else None
    return argv[at] if at is not None else None


def _manager_verb(argv: Sequence[str], kind: str) -> Optional[Tuple[PackageManager, int]]:
    if len(argv) < 2:
        return None
    tool = program_name(argv[0])
    if tool not in _tools(kind):
        return None
    verb_at = verb_index(argv)
    if verb_at is None:
        return None
    for manager in MANAGERS.values():
        if (tool, argv[verb_at]) in getattr(manager, kind):
            return manager, verb_at
    if kind == "installs" and (tool, argv[verb_at]) in _APT_UPGRADES and \
            any(not w.startswith("-") for w in argv[verb_at + 1:]):
        return MANAGERS["apt"], verb_at
    return None
