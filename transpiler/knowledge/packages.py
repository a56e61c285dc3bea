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

import functools
import posixpath
import shlex
import re
from dataclasses import dataclass
from typing import Iterable, List, Mapping, Optional, Sequence, Tuple

from . import install_helpers, package_maps
from .distributions import (MANAGERS, Distro, distro_of, install_programs, installer_of, remover_of,
                            operands, verb_of)
from ..analysis.shell import program_name

__all__ = ["Distro", "distro_of", "read_install", "read_removal", "kept_installs", "kind_of", "runtime_of", "runtime_needs",
           "install_command", "install_rules", "installed_with_recommends", "RuntimeNeeds",
           "PackageInstall"]

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
    argv = tuple(argv)
    while argv and program_name(argv[0]) in ("sudo", "env"):
        argv = argv[1:]
    if not argv or program_name(argv[0]) not in _install_programs():
        return None  # (most commands: the readers ask for every command of every RUN)
    if program_name(argv[0]) in install_helpers.helper_programs():
        # (the image's own apt wrapper: what it reads as depends on the transpile's image)
        return _read_install(tuple(install_helpers.expanded(argv)))
    # (the same few installs are read again by every reader of the stage)
    return _read_install_once(argv)


def _read_install(argv: Tuple[str, ...]) -> Optional[PackageInstall]:
    """``read_install`` of a command that is a package manager's (no wrapper left)."""
    argv = list(argv)
    if len(argv) < 2:
        return None
    found = installer_of(argv)
    if found is None:
        return None
    manager, verb_at = found[0].name, found[1]
    packages = []
    virtual = None
    words = _fields(argv[1:verb_at] + argv[verb_at + 1:])
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
        packages.append(package_name(word) if not word.startswith(("/", "."))
                        else word)
        i += 1
    return PackageInstall(manager, tuple(p for p in packages if p), virtual)


#: the words alone decide (``_read_install``): the result is frozen and shared
_read_install_once = functools.lru_cache(maxsize=4096)(_read_install)


@functools.lru_cache(maxsize=None)
def _install_programs() -> frozenset:
    """The programs whose commands may install packages: the managers' and the image
    install helpers' (any other command is answered at once)."""
    return install_programs() | install_helpers.helper_programs()


#: where a version or constraint starts after a package's name
_PIN = re.compile(r"[=<>~]")


def package_name(word: str) -> str:
    """The package a word of an install or a replay list names, without the version
    or constraint written after it (``curl=7.88*``, ``libssl-dev>=3``, ``python3~3.11``):
    the readers compare names."""
    return _PIN.split(word, 1)[0]


def read_removal(argv: Sequence[str]) -> Optional[Tuple[str, ...]]:
    """The packages (or apk ``--virtual`` groups) ``argv`` removes, or None when it is
    not a removal (``apt-get purge``, ``apk del``, ``yum remove`` ...)."""
    argv = list(argv)
    while argv and program_name(argv[0]) in ("sudo", "env"):
        argv = argv[1:]
    found = remover_of(argv)
    if found is None:
        return None
    words = _fields(argv[found + 1:])
    return tuple(re.split(r"[=<>~:]", w, 1)[0] for w in words if not w.startswith("-"))


def _fields(words: Sequence[str]) -> List[str]:
    """The words of an install or removal command as the shell splits them: a word
    holding blanks is an unquoted variable's value the caller expanded
    (``ENV BUILDPKGS gcc libldap2-dev`` then ``apt-get install $BUILDPKGS``), which the
    shell splits into one package per field; no package name has a blank (a quoted
    one would make the installer fail on the original too).  A word still holding ``$``
    or a backquote (a command substitution's text) is kept whole: its fields are only
    known in the builder."""
    return [f for w in words
            for f in (w.split() if "$" not in w and "`" not in w and w.split() else [w])]


def kept_installs(argvs: Iterable[Sequence[str]]) -> Tuple[Tuple[str, ...], Tuple[str, ...]]:
    """(installed and still there, removed again) over the commands of a build, in
    order: a package removed after its install (by name or through the apk virtual
    group it was installed in) is not in the final image, so a runner must not get it."""
    kept: dict = {}
    groups: dict = {}
    removed = []
    for argv in argvs:
        got = read_install(argv)
        if got is not None:
            for pkg in got.packages:
                kept[pkg] = True
            if got.virtual:
                groups.setdefault(got.virtual, []).extend(got.packages)
            continue
        gone = read_removal(argv)
        for name in gone or ():
            for pkg in groups.pop(name, [name]):
                # (apk removes ``opencv-dev@testing`` by its name, ``opencv-dev``: the
                # tag names the repository it came from, not another package)
                for key in [k for k in kept if k == pkg or k.split("@", 1)[0] == pkg]:
                    kept.pop(key)
                    removed.append(key)
    return tuple(kept), tuple(removed)


def virtual_added_again(argvs: Iterable[Sequence[str]]) -> Optional[str]:
    """The apk ``--virtual`` name an install gives while a virtual package of that name
    is still installed (added before and not deleted), or None.  What apk makes of it
    depends on its version: the new virtual package replaces the old one (the packages
    only the old one required are removed) or is taken for the one installed (the new
    packages are not added), so which packages the image keeps is not known."""
    live = set()
    for argv in argvs:
        got = read_install(argv)
        if got is not None:
            if got.virtual and got.virtual in live:
                return got.virtual
            if got.virtual:
                live.add(got.virtual)
            continue
        live.difference_update(read_removal(argv) or ())
    return None


#: the options by which apk and yum install packages they cannot authenticate (an
#: unsigned index, a repository without its key); apt's are carried into the runner's
#: installs (``multistage.apt_config.authentication_overrides``), apk's named
#: repository with its ``--allow-untrusted`` too (``repository_options``)
_UNCARRIED_OVERRIDES = {"apk": ("--allow-untrusted",), "yum": ("--nogpgcheck",)}


def uncarried_override(argv: Sequence[str]) -> Optional[str]:
    """The authentication override of the apk or yum install ``argv`` (``apk add
    --allow-untrusted``, ``yum install --nogpgcheck``), or None: a runner installing its
    packages again without it stops where the original went on, so the replay declines
    (apk's ``-X URL --allow-untrusted``, whose repository the runner's install names
    with the same options, excepted)."""
    got = read_install(argv)
    if got is None:
        return None
    for word in _UNCARRIED_OVERRIDES.get(got.manager, ()):
        if word in argv:
            if got.manager == "apk" and any(w in ("-X", "--repository") or
                                            w.startswith(("--repository=", "-X"))
                                            and w != word for w in argv[1:]):
                return None
            return word
    return None


# ----------------------------------------------------------------------------- classes

#: compilers, build systems and fetch tools: needed to build, never to run a binary.
#: Not the debuggers and profilers (gdb, valgrind, strace): their use is to run a
#: program, which an image's own scripts do at run time (snakemake.scif's `scif run
#: valgrind` runs `valgrind --tool=massif snakemake`, corpus 9510b3c6), so they are
#: programs of unknown use like any other and reach the runner
TOOLCHAIN = frozenset({
    "build-essential", "build-base", "gcc", "g++", "cpp", "clang", "llvm", "lld", "make",
    "cmake", "ninja-build", "ninja", "meson", "autoconf", "automake", "libtool", "m4",
    "pkg-config", "pkgconf", "pkgconfig", "bison", "flex", "yasm", "nasm", "gfortran",
    "musl-dev", "libc-dev", "libc6-dev", "linux-headers", "linux-libc-dev", "binutils",
    "patch", "gettext", "scons", "ccache", "dpkg-dev", "fakeroot",
    "gcc-c++", "kernel-headers", "glibc-devel", "glibc-static", "libstdc++-dev",
    "musl-tools", "clang-dev", "llvm-dev", "cargo", "rust", "rustc", "golang", "go",
    "python3-dev", "python-dev", "python3-pip", "python-pip", "python3-setuptools",
    "python3-wheel", "devscripts", "debhelper", "upx", "upx-ucl", "protobuf-compiler",
    "golang-go", "alpine-sdk", "abuild", "default-jdk", "default-jdk-headless", "openjdk8",
    "openjdk11", "openjdk17", "openjdk21", "rpm-build",
})
#: the assemblers of TOOLCHAIN: build-only where a build step may run them, which a
#: Go build cannot (``multistage.assembler_use``)
ASSEMBLERS = frozenset({"nasm", "yasm"})
#: build tools besides the compilers: version control that fetches sources, the
#: language build tools, and what only sets up package repositories.  With TOOLCHAIN
#: and the -dev packages these are the packages known to serve the build only; every
#: other package the build installs (curl, wget, unzip, bash ...) may be used at run
#: time (a health check, a script, the program itself) and reaches the runner.
BUILD_TOOLS = frozenset({
    "git", "subversion", "mercurial", "bzr", "gnupg", "gnupg2", "gpg", "dirmngr",
    "software-properties-common", "apt-transport-https", "apt-utils", "lsb-release",
    "patchelf", "maven", "gradle", "ant", "sbt", "golang-glide", "glide", "go-dep",
})
#: the version-control clients of BUILD_TOOLS: they fetch sources for a build, and an
#: interpreted program may run them too (GitPython, a test reporter reading the commit)
VCS_CLIENTS = frozenset({"git", "subversion", "mercurial", "bzr"})
#: the build-only packages (TOOLCHAIN, BUILD_TOOLS) whose programs the program, or a
#: script it runs, may run at run time as well as the build: version control, gettext
#: (``envsubst``, in gettext-base on Debian and Ubuntu, which gettext depends on, and in
#: gettext itself on Alpine: ``envsubst < site.tpl > site.conf && exec nginx`` in an
#: entrypoint; msgfmt for Django's compilemessages), gnupg (``gpg``: python-gnupg, a
#: script verifying what it downloads) and lsb-release (``lsb_release``: a script naming
#: the release, Python's distro before 1.6).  Whether the program runs them is not in the
#: Dockerfile, so a runner that installs the original's packages again keeps them where
#: the original keeps them (``runner_packages.build_only``, one rule on every runner)
RUN_TIME_HELPERS = VCS_CLIENTS | frozenset({"gettext", "gnupg", "gnupg2", "gpg",
                                            "lsb-release"})
#: the old name of BUILD_TOOLS' kind ("helper")
HELPERS = BUILD_TOOLS
#: packages a runner may well need and that are small and harmless to carry over
CARRIED = frozenset({"ca-certificates", "tzdata"})
#: Debian and Ubuntu packages whose Recommends may bring ca-certificates (wget, git and
#: libcurl recommend it, curl depends on libcurl; apt installs the Recommends of the
#: dependencies it installs too): the candidates ``datagen/ca_certificates.py`` asks
#: each release's package indexes about; only the releases whose data says one brings
#: them (``knowledge.ca_certificates``) leave the runner without its own install
CA_RECOMMENDED_BY = frozenset({"wget", "curl", "git", "libcurl3", "libcurl4", "libcurl4t64",
                               "libcurl3-gnutls", "libcurl3t64-gnutls"})

def kind_of(package: str, distro: Distro) -> str:
    """"toolchain" (compilers, build systems: builder only), "helper" (version control,
    language build tools, repository setup: builder only), "dev" (headers of a library: the runner needs its runtime
    package), "runtime" (a library or data package worth carrying: ``lib*`` without
    ``-dev``, CA certificates, tzdata) or "other" (a program whose run-time use the
    Dockerfile does not show)."""
    if package in TOOLCHAIN or re.match(r"^(gcc|g\+\+|clang|llvm|cpp)-[0-9.]+$", package) or \
            re.match(r"^(golang-[0-9.]+(-go)?|openjdk-[0-9]+-jdk(-headless)?)$", package):
        return "toolchain"
    if package in HELPERS:
        return "helper"
    if package.endswith(("-dev", "-devel", "-headers", "-static")):
        return "dev"
    if package in CARRIED or re.match(r"^lib[a-z0-9.+-]*[0-9a-z]$", package) and \
            not package.endswith(("-doc", "-dbg", "-utils", "-bin", "-tools")):
        return "runtime"
    return "other"


def runtime_of(dev_package: str, distro: Distro) -> Optional[Tuple[str, ...]]:
    """The runtime packages behind ``dev_package`` on ``distro`` (``()``: header-only,
    nothing to carry; ``libboost-all-dev`` names each Boost library), or None when
    unknown.  With them, on Debian and Ubuntu, the libraries the runtime package loads
    with dlopen that only the -dev package depends on (``dlopen_packages``: libsdl2-dev
    -> libgl1, libegl1), which the original had through the -dev package."""
    found = distro.record.runtime_package(dev_package, distro.release)
    if found is None or distro.manager != "apt":
        return found
    from .dlopen_packages import loaded_with
    extra, _ = loaded_with(dev_package, distro.family, distro.release)
    return found + tuple(p for p in extra if p not in found)


def dlopen_notes(dev_packages: Iterable[str], distro: Distro) -> Tuple[str, ...]:
    """The explain lines saying which runtime packages ``runtime_of`` adds because a
    library loads them with dlopen (``dlopen_packages``)."""
    if distro.manager != "apt":
        return ()
    from .dlopen_packages import loaded_with
    notes = []
    for dev in dict.fromkeys(dev_packages):
        extra, what = loaded_with(dev, distro.family, distro.release)
        if extra and distro.record.runtime_package(dev, distro.release) is not None:
            notes.append(f"{' '.join(extra)} in the runner for {dev}: {what}, which the "
                         f"original had through {dev}'s dependencies (ldd does not show a "
                         "library loaded with dlopen)")
    return tuple(notes)


@dataclass(frozen=True)
class RuntimeNeeds:
    """``packages``: what the runner installs; ``unknown``: -dev packages with no known
    runtime package on this release; ``other``: programs whose run-time use is unknown;
    ``dropped``: toolchain and helpers that stay in the builder."""

    packages: Tuple[str, ...]
    unknown: Tuple[str, ...]
    other: Tuple[str, ...]
    dropped: Tuple[str, ...]


#: headers of an interpreter's library that TOOLCHAIN counts as build-only (a Python C
#: extension needs them to compile, not libpython to run) but that a program linking
#: the interpreter (cgo with go-python) needs the library of: callers that may link
#: them pass them as ``linked`` to ``runtime_needs``
INTERPRETER_HEADERS = frozenset({"python-dev", "python2-dev", "python2.7-dev", "python3-dev"})


def runtime_needs(packages: Iterable[str], distro: Distro,
                  linked: Iterable[str] = ()) -> RuntimeNeeds:
    """``linked``: packages mapped as ``-dev`` packages whatever their kind (the
    INTERPRETER_HEADERS a cgo program may link)."""
    linked = frozenset(linked)
    runtime, unknown, other, dropped = [], [], [], []
    for pkg in packages:
        kind = "dev" if pkg in linked else kind_of(pkg, distro)
        if kind in ("toolchain", "helper"):
            dropped.append(pkg)
        elif kind == "dev":
            mapped = runtime_of(pkg, distro)
            if mapped is None:
                unknown.append(pkg)
            else:
                runtime.extend(mapped)
        elif kind == "runtime":
            runtime.append(pkg)
        else:
            other.append(pkg)
    uniq = lambda xs: tuple(dict.fromkeys(xs))  # noqa: E731
    return RuntimeNeeds(uniq(runtime), uniq(unknown), uniq(other), uniq(dropped))


def carried_name(package: str, source: Distro, target: Distro) -> Optional[str]:
    """The name of ``package`` (installed on ``source``) in ``target``'s archive: the
    same in the same distribution at the same release, else the checked cross-family
    names; None when not known.  The same package manager is not enough: an archive's
    names are its release's (Ubuntu wily's php5-cli and module-init-tools, Debian
    stretch's python and libssl1.0.2 are in no Debian bookworm), so apt to apt of
    another distribution or release names nothing known."""
    if source.manager == target.manager:
        return package if (source.family, source.release) == (target.family, target.release) \
            else None
    if (source.manager, target.manager) == ("apt", "apk"):
        return package_maps.APT_TO_APK.get(package)
    if (source.manager, target.manager) == ("apk", "apt"):
        return package_maps.APK_TO_APT.get(package)
    return None


def installed_with_recommends(argvs: Iterable[Sequence[str]]) -> set:
    """The packages apt installed with their Recommends (no --no-install-recommends,
    no ``APT::Install-Recommends=false``): the original image has what they recommend."""
    out = set()
    for argv in argvs:
        got = read_install(argv)
        if got is not None and got.manager == "apt" and not any(
                w == "--no-install-recommends" or "Install-Recommends=false" in w or
                "Install-Recommends=0" in w for w in install_helpers.expanded(argv)):
            out.update(got.packages)
    return out


#: the package tools whose upgrade of everything the runner replays, by manager
_UPGRADING = {"apt-get": "apt", "apt": "apt", "apk": "apk", "yum": "yum", "dnf": "yum"}


def upgrade_verb(argvs: Iterable[Sequence[str]], manager: Optional[str] = None) -> str:
    """How the commands ``argvs`` upgrade the image's packages: "dist-upgrade" when one
    of them is apt's dist-upgrade or full-upgrade (it installs or removes packages to
    upgrade the held-back ones, which ``upgrade`` keeps back), "upgrade" for any other
    upgrade (``apt-get upgrade``, ``apk upgrade``, ``yum update``), "" for none; apt's
    verb is followed by the options of that command which change what it does
    (``--allow-remove-essential``, ``-o Dpkg::Options::=--force-confold``: without them
    the runner's upgrade could stop where the original's went on), not its prompts' and
    output's (``-y``, ``-qq``).  An upgrade naming packages upgrades (or, apt's,
    installs) those alone: it is none.  Only the tools of ``manager`` count when it is
    given: a runner of another manager has other packages.  The original's final image
    has the upgraded packages, so a runner that installs packages again replays it
    (``with_upgrade``)."""
    found = {}
    for a in argvs:
        tool = posixpath.basename(a[0]) if a else ""
        if len(a) < 2 or tool not in _UPGRADING or \
                manager not in (None, _UPGRADING[tool]) or operands(a):
            continue
        w = verb_of(a)
        if w in ("upgrade", "dist-upgrade", "full-upgrade") or \
                w == "update" and tool in ("yum", "dnf"):
            verb = "dist-upgrade" if w in ("dist-upgrade", "full-upgrade") else "upgrade"
            options = [x for x in a[1:] if x != w and not _QUIET_YES.fullmatch(x)] \
                if _UPGRADING[tool] == "apt" else []
            found.setdefault(verb, " ".join([verb] + [shlex.quote(x) for x in options]))
    return found.get("dist-upgrade") or found.get("upgrade") or ""


#: apt's options that only answer its prompts or quieten its output (``-y``, ``-qq``,
#: ``--assume-yes``, ``--quiet=2``): the runner's upgrade gives ``-y`` itself
_QUIET_YES = re.compile(r"-[yq]+|--(yes|assume-yes|quiet)(=\d+)?|-q=\d+")


#: apt's index fetch before the runner's installs, and the removal of the lists it
#: fetched after them (``PackageManager.fetch``, ``fetched_removal``)
APT_FETCH = MANAGERS["apt"].fetch + " && "
APT_LISTS_REMOVAL = MANAGERS["apt"].fetched_removal


def index_fetch(fetch: bool = True) -> str:
    """The shell text, ending in `` && ``, fetching apt's index before a runner's
    installs; "" where the runner installs from the lists its image holds (``fetch``
    False: ``multistage.package_index``)."""
    return APT_FETCH if fetch else ""


#: the command a runner's apt RUN starts with: no package asks (the builder ran as a
#: Dockerfile set it, or a tzdata prompt waited for an answer no build gives)
NONINTERACTIVE = "export DEBIAN_FRONTEND=noninteractive"


def upgrade_words(manager: str, verb: str) -> Tuple[str, ...]:
    """The words of the runner's upgrade of everything with ``manager`` as the
    original's ``verb`` (``upgrade_verb``, its options quoted) did; none for no verb."""
    if not verb:
        return ()
    return {"apt": ("apt-get",) + tuple(shlex.split(verb)) + ("-y",),
            "apk": ("apk", "upgrade", "--no-cache"), "yum": ("yum", "update", "-y")}[manager]


def replayed_upgrade(argv: Sequence[str]) -> bool:
    """Whether ``argv`` is an upgrade ``upgrade_words`` writes (of any verb)."""
    argv = tuple(argv)
    if argv[:1] == ("apt-get",):
        return len(argv) > 2 and argv[1] in ("upgrade", "dist-upgrade") and argv[-1] == "-y"
    return argv in (upgrade_words("apk", "upgrade"), upgrade_words("yum", "upgrade"))


def upgrade_prefix(manager: str, verb: str, fetch: bool = True) -> str:
    """The shell text, ending in `` && ``, of the runner's upgrade of everything with
    ``manager`` as the original's ``verb`` (``upgrade_verb``) did (``upgrade_words``);
    "" for no verb.  apt's upgrade runs after its index update, as the original's had
    to (none with ``fetch`` False: the lists the image holds)."""
    if not verb:
        return ""
    fetched = index_fetch(fetch) if manager == "apt" else ""
    return fetched + shlex.join(upgrade_words(manager, verb)) + " && "


def with_upgrade(text: str, manager: str, verb: str, fetch: bool = True) -> str:
    """The install text ``text`` of the runner (``install_command``) preceded by the
    upgrade ``upgrade_prefix`` gives, before the installs as in the original: apt's one
    index update serves both.  Only an install's text takes it: such a runner fetches
    the index already, so the upgrade adds no fetch that could fail where the original
    did not (a release whose index is gone from the mirror fails both alike)."""
    up = upgrade_prefix(manager, verb, fetch)
    if not up or not text:
        return text
    return up + (text[len(APT_FETCH):] if text.startswith(APT_FETCH) else text)


def install_command(distro: Distro, packages: Sequence[str], ldconfig: bool = False,
                    recommends: Iterable[str] = (),
                    options: Optional[Mapping[str, Sequence[str]]] = None,
                    upgrade: str = "", fetch: bool = True) -> str:
    """The shell text of the runner's install RUN (no cache left behind; no Recommends
    but for ``recommends``: the packages the original's apt installed with theirs,
    which a second ``apt-get install`` installs so, or the runner would lack what the
    original had, ffmpeg's codecs' recommended libraries).  ``ldconfig`` appends a cache
    refresh for libraries copied to /usr/local/lib.  Packages are sorted so the output
    is stable.  ``options``: package -> the apt options its install adds, as the
    original's had them (``--install-suggests``: ``apt_config``); packages with the same
    options are installed by one command.  ``install_rules`` names the hadolint rules
    the RUN ignores.  ``upgrade``: the original's upgrade of everything
    (``upgrade_verb``), replayed before the installs.  ``fetch`` False: apt installs
    from the lists the image holds, fetching none and keeping them
    (``multistage.package_index``)."""
    names = sorted(dict.fromkeys(packages))
    apt = distro.record.packages.name == "apt"
    rec = [p for p in names if p in set(recommends)] if apt else []
    plain = " ".join(p for p in names if p not in rec)
    removal = f" && {APT_LISTS_REMOVAL}" if fetch else ""
    parts = []
    if apt and options and any(options.get(p) for p in names):
        parts.append(index_fetch(fetch) + " && ".join(apt_installs(names, rec, options)) +
                     removal)
    elif rec:
        parts.append(index_fetch(fetch) +
                     (f"apt-get install -y --no-install-recommends {plain} && " if plain else "")
                     + f"apt-get install -y {' '.join(rec)}{removal}")
    elif names:
        parts.append(distro.record.packages.install_command(" ".join(names), fetch))
    if parts:
        parts[0] = with_upgrade(parts[0], distro.record.packages.name, upgrade, fetch)
    if ldconfig and distro.record.libc != "musl":  # musl searches /usr/local/lib itself
        parts.append("ldconfig")
    return " && ".join(parts)


def apt_installs(names: Sequence[str], recommends: Iterable[str] = (),
                 options: Optional[Mapping[str, Sequence[str]]] = None) -> List[str]:
    """The ``apt-get install`` commands of ``names``, one per set of options: without
    Recommends first, then those installed with theirs (``recommends``), each with the
    options ``options`` gives it (``apt_config``: what the original's install had)."""
    rec, options = set(recommends), options or {}
    groups: dict = {}
    for p in sorted(dict.fromkeys(names)):
        groups.setdefault((p in rec, tuple(options.get(p, ()))), []).append(p)
    return [" ".join(["apt-get install -y"] + ([] if with_rec else ["--no-install-recommends"])
                     + list(opts) + group)
            for (with_rec, opts), group in sorted(groups.items(), key=lambda g: g[0])]


def install_rules(distro: Distro, packages: Sequence[str], recommends: Iterable[str] = ()
                  ) -> str:
    """The hadolint rules ``install_command``'s RUN ignores: unpinned versions (the
    runner follows the builder's release), and DL3015 where Recommends are installed
    as the original did."""
    rec = distro.record.packages.name == "apt" and bool(set(packages) & set(recommends))
    return distro.record.packages.unpinned_rule + (",DL3015" if rec else "")
