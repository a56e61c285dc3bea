"""What a RUN does outside the copied directories, measured in the builder and copied
to the runner, instead of guessed or repeated.

A RUN after the build may run a program whose writes cannot be read from its words
(``python manage.py collectstatic``, ``python -m nltk.downloader punkt``, a setup
script, ``git clone`` of data into /opt): repeating it in the runner needs what the
builder has (the toolchain, the sources, build-only packages), and running it in the
builder alone loses what it wrote elsewhere.  So it runs in the builder, where the
original ran it, and the builder records what changed:

- **before** the first such RUN, a listing of the file system (path, type, mode,
  owner, size, modification time to the second, link target) and of the files the OS
  packages own;
- **after** the last RUN of the builder, the same listing again.  Every entry that is
  new or changed (outside the trees the runner copies anyway, the pseudo file systems,
  the package manager's database and caches, and the accounts files) is packed with
  its parent directories (so modes and owners of each directory are those of the
  builder, which are the runner's: same image or its slim sibling of the same
  release) into ``CAPTURED``, at its absolute path; entries that existed before and
  are gone are listed for the runner to remove too.

The listing compares modification times, not status-change times: a layer restored
from a cache keeps mtimes and gets new ctimes, so a ctime marker would see every file
as new.

**Packages.**  Files of the packages installed (or upgraded) in between are the package
replay's business (the runner installs the runtime packages itself): they are left
out unless ``dpkg --verify`` shows the RUNs changed them after the install (a ``sed -i``
of a config), and a package file the RUNs deleted (``rm .../sites-enabled/default``)
is removed in the runner too.  A file gone with its package (a purge, an upgrade's
renamed library) is not removed in the runner: its own packages are its own.

Packages a script installs (``./install.sh`` running ``apt-get install``; no RUN's
words name them) have no replay: the builder lists the packages installed in between
that apt marks as asked for (``apt-mark showmanual``; their dependencies follow) less
those the words name, and the runner installs them after the captured tree (which
brings the repository files and keys a script added), then unpacks again the package
files the RUNs changed.  A package apt cannot find there (a local ``.deb``) fails the
runner's build rather than leaving its files out.

**Libraries.**  The captured executables and shared objects load libraries through
the builder's loader; each one from the system's library directories (not glibc's:
the runner's glibc is the one its loader belongs to) is copied along, and the runner
adds those its loader cache does not list, as full_image_libraries does for the slim
sibling.  ``ldconfig`` then runs in the runner (the loader cache is the runner's own).

**Alpine.**  An Alpine builder (alpine:X.Y and the images the data shows are built on
it: python:*-alpine, node:*-alpine ...) does the same with its own tools
(``apk_capture``: BusyBox find and stat, the apk database's digests instead of ``dpkg
--verify``, /etc/apk/world instead of apt's manual marks, musl's ldd and loader
directories instead of ldconfig).  A floating tag (``alpine``, ``alpine:latest``,
``ruby:alpine``) needs a runner that floats with it: the same reference.

**When not.**  Only where the listing tools are known (GNU find and tar, ``dpkg
--verify``: Debian from jessie, Ubuntu from 14.04; Alpine from 3.7, whose BusyBox
configuration was read) and the runner is of the builder's distribution release and C
library, with a shell (it removes, merges, runs ldconfig).  Accounts (/etc/passwd,
/etc/group, their shadows) are never copied whole: the runner has its own, made by its
own package installs and the setup RUNs it repeats, possibly numbered otherwise, so a
captured entry not owned by root is given to its owner by name there (a name the runner
lacks fails the build).  What the captured RUNs do to the accounts (users, groups,
memberships, passwords) is recorded entry by entry and merged into the runner's
(``account_capture``)."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

from ...analysis import StageFacts
from ...analysis.run_text import run_text
from ...knowledge import packages
from ...knowledge.images import image_facts
from ...knowledge.references import same_reference
from ...tree import ast
from ..runner_setup import run_node
from .runner_policy import digest_decline, digest_release_unknown
from ..root_staging import staged_onto_root

#: the builder's record and the captured tree (absolute paths kept under it)
WORK = "/var/lib/dtranspile/capture"
CAPTURED = staged_onto_root(WORK + "/root", system=True)
BEFORE = WORK + "/before"
#: inside the captured tree: the paths the runner removes, and the libraries it merges
REMOVED = "/var/lib/dtranspile/capture-removed"
#: owner (by name), mode and path of each captured entry not owned by root: the runner's
#: own package installs and setup RUNs may number its accounts differently
OWNERS = "/var/lib/dtranspile/capture-owners"
LIBRARIES = "/var/lib/dtranspile/capture-libraries"
#: the packages the captured RUNs asked for (apt's manual marks) that no RUN's words name:
#: a script (``./install.sh``) installed them, so no replay installs them, and the
#: package files the capture leaves out would be missing; the runner installs them
PACKAGES = "/var/lib/dtranspile/capture-packages"
#: the package files the RUNs changed after their install, packed again: the runner's
#: install of PACKAGES overwrites the copies the captured tree brought
MODIFIED = "/var/lib/dtranspile/capture-modified.tar"

#: never listed: pseudo and per-container file systems (not /run: a RUN has no tmpfs
#: there, neither under BuildKit, whose default mounts leave it out since
#: moby/buildkit#429, nor under the classic builder, so what a RUN writes there stays in
#: the original's image: ``mkdir /var/run/sshd``, the runtime directory ``service
#: apache2 restart`` makes, which ``apache2 -D FOREGROUND`` needs), the package
#: manager's own database and caches, our own work, the loader cache (rebuilt in the runner), the
#: accounts files (see the module docstring), the alternatives (the runner's own
#: package installs set them for what it has), and the download caches of the
#: language tools (build input; not the rest of ~/.cache, where torch hub and
#: Hugging Face keep the models a build step fetched for run time)
PRUNED = ("/proc", "/sys", "/dev", "/var/lib/dtranspile", "/tmp/dtranspile-stage",
          "/var/lib/dpkg", "/var/lib/apt", "/var/cache/apt", "/var/cache/debconf",
          "/var/cache/ldconfig", "/etc/alternatives", "/etc/ld.so.cache", "/etc/hosts",
          "/etc/hostname", "/etc/resolv.conf", "/etc/mtab", "/etc/passwd", "/etc/passwd-",
          "/etc/group", "/etc/group-", "/etc/shadow", "/etc/shadow-", "/etc/gshadow",
          "/etc/gshadow-", "/etc/subuid", "/etc/subgid", "/.dockerenv", "/root/.cache/pip",
          "/root/.cache/go-build", "/root/.cache/yarn",
          "/root/.npm", "/root/.node-gyp", "/usr/local/share/.cache", "/root/.m2",
          "/root/.gradle", "/root/.cargo/registry", "/go/pkg/mod", "/root/go/pkg/mod")

#: PRUNED's entries of Debian's package manager and loader (an Alpine listing has none)
APT_PRUNED = ("/var/lib/dpkg", "/var/lib/apt", "/var/cache/apt", "/var/cache/debconf",
              "/var/cache/ldconfig", "/etc/alternatives", "/etc/ld.so.cache")
#: releases whose dpkg has no ``--verify`` (before 1.17)
_OLD_DPKG = {"debian": {"etch", "lenny", "squeeze", "wheezy", "4", "5", "6", "7"},
             "ubuntu": {"precise", "quantal", "raring", "saucy", "12.04", "12.10", "13.04",
                        "13.10", "10.04", "lucid"}}
#: glibc's libraries (the runner's glibc is the one its loader belongs to)
_GLIBC = r"^(libc|libm|libdl|libpthread|librt|libresolv|libutil|libnsl|libanl|libcrypt|" \
         r"libmvec|libBrokenLocale|libthread_db|ld-linux[^.]*)[.]so"


@dataclass(frozen=True)
class Capture:
    """The builder RUNs whose effect is captured (stage body indices) and why each."""

    indices: Tuple[int, ...]
    reasons: Tuple[str, ...]


def unsupported(facts: StageFacts) -> Optional[str]:
    """Why the builder's effects cannot be captured (None: they can).  An image the data
    does not know is captured when the original's own apt install, run as root
    (``AptProof.user_known``), proves it Debian-family (``release_unknown``): its dpkg
    is tested at build time, unless its tag names a release whose dpkg is older
    (``resin/rpi-raspbian:wheezy``): that test would fail the build.  Why that test is
    safe there and not on Alpine: a Debian or Ubuntu release whose dpkg lacks --verify
    (wheezy, Ubuntu 13.10 and older) has left the archive its image points apt at, so
    the original's own apt-get install fails too; Alpine keeps every old release's
    packages (v3.0 onwards) where its images point apk, so the original builds on Alpine
    3.2 as on 3.20, and a build-time test of the release would fail only the rewrite.
    An image proven Alpine whose release the data does not know is declined."""
    base = facts.base
    if release_unknown(facts):
        if _proven_family(facts) == "alpine":
            return _unknown_alpine(base.reference)
        return _old_release_tag(base.reference) or _archived_sources(facts)
    if base.known and base.family == "alpine":
        return _alpine_unsupported(base)
    if not base.known or base.family not in ("debian", "ubuntu") or base.libc != "glibc":
        return (f"the builder {base.reference} is not a known Debian, Ubuntu or Alpine image, "
                "where the builder could list what the RUN changed (GNU find, tar, dpkg "
                "--verify; BusyBox and the apk database)")
    if (base.release or "") in _OLD_DPKG[base.family]:
        return (f"{base.reference} ({base.family} {base.release}) has a dpkg without "
                "--verify, which tells the packages' files apart from what the RUN changed")
    return None


def _old_release_tag(reference: str) -> Optional[str]:
    """Why an image the data does not know cannot be captured although its own apt
    install proves it Debian-family (None: it can): a word of its tag, or of its name
    (``ooyala/quantal64-ruby1.9.3``: the word may carry the machine's bits), names a
    Debian or Ubuntu release whose dpkg has no ``--verify`` (by code name only: a number
    in a private image's tag may count anything).  A decline, never a rewrite: the test
    of dpkg at build time would fail a build the original passes."""
    from ...knowledge.references import split_reference
    name, tag = split_reference(reference)
    places = (("tag names", set(re.split(r"[-_.]", (tag or "").lower()))),
              ("name carries the code name of", {re.sub(r"\d+$", "", w) for w in
                        re.split(r"[-_.]", name.rsplit("/", 1)[-1].lower())}))
    for place, words in places:
        for family, releases in _OLD_DPKG.items():
            old = sorted(r for r in releases & words if r.isalpha())
            if old:
                return (f"the builder {reference} is not an image the data knows, and its "
                        f"{place} {family} {old[0]}, whose dpkg has no --verify, which "
                        "tells the packages' files apart from what the RUN changed (the test "
                        "of it at build time would fail the build)")
    return None


#: the archives of the Debian and Ubuntu releases gone from the mirrors: apt pointed
#: there builds on a release whose dpkg may predate --verify (wheezy, Ubuntu 13.10)
_ARCHIVES = ("archive.debian.org", "old-releases.ubuntu.com")


def _archived_sources(facts: StageFacts) -> Optional[str]:
    """Why an image the data does not know, proven Debian-family, cannot be captured
    (None: it can): a RUN of the stage names an archive of releases gone from the
    mirrors, so the original's apt works on such a release, where the test of dpkg at
    build time could fail the rewrite alone."""
    for fact in facts.instructions:
        node = fact.node
        if not isinstance(node, ast.Run):
            continue
        text = " ".join([run_text(node)] + [h.content for h in node.heredocs])
        found = next((a for a in _ARCHIVES if a in text), None)
        if found:
            line = node.span.line if node.span else fact.index + 1
            return (f"the builder {facts.base.reference} is not an image the data knows, and "
                    f"the RUN at line {line} points apt at {found}, the archive of releases "
                    "gone from the mirrors, whose dpkg may have no --verify (which tells the "
                    "packages' files apart from what the RUN changed): the original builds "
                    "there, where the test of it at build time would fail the build")
    return None


def _unknown_alpine(reference: str) -> str:
    """The decline of an image proven Alpine by its own apk add whose release the data
    does not know (see ``unsupported``)."""
    from .apk_capture import OLDEST
    return (f"the builder {reference} is not an image the data knows, so its Alpine "
            "release is not known, nor whether its BusyBox has what lists what the RUN "
            f"changed (read for Alpine {OLDEST[0]}.{OLDEST[1]} and later): the original builds "
            "on an older release too (Alpine keeps their packages), where the capture "
            "would fail the build")


def _alpine_unsupported(base) -> Optional[str]:
    """Why an Alpine builder's effects cannot be captured (None: they can): the release
    must be one whose BusyBox is known to have what the listing uses (``apk_capture``)."""
    from .apk_capture import OLDEST
    release = base.release or ""
    if base.libc != "musl":
        return f"{base.reference} is an Alpine image without musl ({base.libc or 'unknown'})"
    if release == "edge":
        return _old_edge(base)
    parts = release.split(".")
    if len(parts) < 2 or not all(p.isdigit() for p in parts[:2]):
        return (f"the Alpine release of the builder {base.reference} is not known "
                f"({release or 'none in the image data'}), so neither is its BusyBox, which "
                "lists what the RUN changed")
    if (int(parts[0]), int(parts[1])) < OLDEST:
        return (f"the builder {base.reference} is Alpine {release}, older than "
                f"{OLDEST[0]}.{OLDEST[1]}, the first release whose BusyBox configuration "
                "was read: that the applets listing what the RUN changed (stat -c, comm, "
                "find -print0, tar --no-recursion) are there is not known")
    return None


def _old_edge(base) -> Optional[str]:
    """Why an Alpine ``edge`` builder cannot be captured (None: it can): edge is the
    release in the making, so its BusyBox is that of the day it was built; one built
    before ``alpine:3.7`` was first published (the official data's first listing) is
    older than the first release whose BusyBox configuration was read.  The official
    ``alpine:edge``, still published, is today's."""
    from . import apk_capture
    from ...knowledge import official
    if base.current:
        return None
    floor = "%d.%d" % apk_capture.OLDEST
    doc = official.family("alpine")
    first = doc["tags"].get(floor, [None])[0] if doc else None
    if base.date and first and base.date >= first:
        return None
    return (f"the builder {base.reference} is Alpine edge as built on "
            f"{base.date or 'a day the image data does not know'}, before alpine:{floor} was "
            f"first published ({first or 'not in the image data'}): its BusyBox is older than "
            f"that of Alpine {floor}, the first release whose BusyBox configuration was read")


def manager(facts: StageFacts) -> str:
    """The builder's package manager as the capture scripts know them: "apk" on Alpine
    (an image the data does not know too, when the original's own apk add proves it
    Alpine: ``proven_family``), "apt" on Debian and Ubuntu."""
    return "apk" if facts.base.family == "alpine" or _proven_family(facts) == "alpine" \
        else "apt"


def _proven_family(facts: StageFacts) -> Optional[str]:
    """The family the original's own install proves an unknown builder image to be
    (``proven_family``), or None."""
    from .proven_family import proven_unknown
    proof = proven_unknown(facts) if not facts.base.known else None
    return proof.family if proof is not None else None


def builder_distro(facts: StageFacts) -> Optional[packages.Distro]:
    """The builder's distribution as the package tables key it: the image data's, or,
    for an image it does not know that the original's own apt install (apk add) proves
    Debian-family (Alpine) (``proven_family``), that family at no known release (kinds
    by name only, no release table)."""
    distro = packages.distro_of(facts.base.family, facts.base.release)
    family = _proven_family(facts) if distro is None else None
    if family is not None:
        return packages.distro_of(family, None)
    return distro


def release_unknown(facts: StageFacts) -> bool:
    """Whether the builder is an image the data does not know whose own apt install
    (apk add) proves it Debian-family (Alpine): its dpkg's age is tested at build time
    (an Alpine one is declined: ``unsupported``)."""
    from .proven_family import proven_unknown
    proof = proven_unknown(facts) if not facts.base.known else None
    return proof is not None and proof.user_known


def dpkg_tested(facts: StageFacts) -> bool:
    """Whether the builder's first capture RUN tests the image's dpkg (Alpine release)
    before it lists: an image the data does not know (``release_unknown``), or one it
    knows as Debian or Ubuntu without the release (``gcc:5.3.0``, whose tag names none
    and whose Dockerfile the data did not read): whether its dpkg has --verify is not
    known either, and an older one fails the build instead of a capture that cannot
    tell the packages' files apart."""
    base = facts.base
    return release_unknown(facts) or (
        base.known and base.family in ("debian", "ubuntu") and not base.release)


def very_image(facts: StageFacts, image: str) -> bool:
    """Whether ``image`` is the builder's very image (its reference, or its FROM as
    written through global ARGs: ``proven_family.same_image``) where the builder is an
    image the data does not know, captured on its family's proof (``release_unknown``):
    whatever it holds, the runner holds the same."""
    from .proven_family import same_image
    return release_unknown(facts) and same_image(facts, image)


def runner_fits(facts: StageFacts, runner: str) -> Optional[str]:
    """Why ``runner`` cannot take the captured files (None: it can): they were made by
    and for the builder's release (binaries, paths, the packages' file layout)."""
    if very_image(facts, runner):
        return None  # (the very image: whatever its release, it is the builder's)
    target, base = image_facts(runner), facts.base
    if digest_release_unknown(base) and not same_reference(runner, base.reference):
        return digest_decline(base, f"{runner}, whose release must be the builder's").reason
    if not target.known or target.shell is None:
        return f"{runner} is not known to have a shell"
    if (target.family, target.release, target.libc) != (base.family, base.release, base.libc):
        def said(image):  # (a release the data does not show is not named)
            return " ".join(p for p in (image.family or "unknown", image.release) if p)
        return (f"{runner} is {said(target)} ({target.libc or 'unknown C library'}), not "
                f"the builder's {said(base)} ({base.libc or 'unknown C library'})")
    if base.family == "alpine" and base.release_moves and runner != base.reference:
        # (Debian's floating tags name a release word the slim sibling shares)
        return (f"the builder {base.reference} floats (Alpine {base.release} on "
                f"{base.data_date or 'the data date'}), and {runner} does not float with it: "
                "the captured files would land on another release when the tag moves")
    return None


def _listing(out: str, trees: Sequence[str]) -> str:
    """Shell text writing the sorted listing of the file system to ``out``."""
    pruned = " -o ".join(f"-path {shlex.quote(p)}" for p in tuple(PRUNED) + tuple(trees))
    # path, then what tells a change apart; the mtime's fraction is cut (a layer
    # restored from a cache may keep whole seconds only)
    return (f"find / -xdev \\( {pruned} \\) -prune -o -printf '%p\\t%y %m %U %G %s %T@\\t%l\\n'"
            f" > {out}.raw && awk -F '\\t' 'BEGIN {{ OFS = \"\\t\" }} {{ sub(/[.][0-9]*$/, \"\", $2); "
            f"print }}' {out}.raw > {out} && rm {out}.raw && LC_ALL=C sort -o {out} {out}")


def kept_and_removed(w: str, before: str, owned: str, captured: str, removed: str,
                     libraries: str) -> List[str]:
    """The capture script's steps shared by dpkg and apk images, once each knows the
    changed ``paths``, the package files it changed (``modified``), those gone
    (``gone``, ``missing``) and the files the new packages own (``new.owned``): what to
    keep (changed, not an untouched package file), what was removed by hand (gone, and
    not with its package; ``owned``: the package manager's text writing ``{w}/owned``),
    each kept entry with its parent directories, relative for tar, and the directories
    of the captured tree."""
    return [
        f"LC_ALL=C comm -23 {w}/new.owned {w}/modified > {w}/untouched",
        f"LC_ALL=C comm -23 {w}/paths {w}/untouched > {w}/keep",
        # removed by hand: gone, and not with its package (owned before, owned by none now)
        owned,
        f"LC_ALL=C comm -23 {before}.owned {w}/owned > {w}/unpackaged",
        f"LC_ALL=C comm -23 {w}/gone {w}/unpackaged > {w}/removed",
        f"cat {w}/missing >> {w}/removed",
        # each kept entry with its parent directories (their modes and owners)
        f"awk -F/ '{{ p = \"\"; for (i = 2; i < NF; i++) {{ p = p \"/\" $i; print p }} "
        f"print }}' {w}/keep > {w}/with-parents",
        f"LC_ALL=C sort -u -o {w}/with-parents {w}/with-parents",
        f"sed -e 's|^/||' -e '/^$/d' {w}/with-parents > {w}/relative",
        f"mkdir -p {captured}{removed.rsplit('/', 1)[0]} {captured}{libraries}",
    ]


def _owned(out: str, lists: str = "/var/lib/dpkg/info/*.list") -> str:
    """Shell text writing to ``out`` the files the packages own (their paths as listed,
    and under /usr for the usr-merged /bin, /sbin and /lib)."""
    return (f"cat {lists} > {out}.raw && sed -n 's|^/\\(bin\\|sbin\\|lib[^/]*\\)/|/usr/\\1/|p' "
            f"{out}.raw > {out}.usr && LC_ALL=C sort -u -o {out} {out}.raw {out}.usr && "
            f"rm {out}.raw {out}.usr")


#: the first dpkg with ``--verify`` (Debian jessie, Ubuntu 14.04)
DPKG_VERIFY = "1.17.2"
#: the test of the builder's dpkg on an image whose release is not known
#: (``release_unknown``): an older one fails the build
DPKG_TEST = (f"dpkg --compare-versions \"$(dpkg-query -W -f '${{Version}}' dpkg)\" ge "
             f"{DPKG_VERIFY}")


def snapshot_run(trees: Sequence[str], manager: str = "apt",
                 test_dpkg: bool = False, keep_files: bool = False,
                 accounts: bool = False) -> ast.Run:
    """The builder RUN before the first captured RUN (``manager``: ``manager(facts)``).
    ``test_dpkg``: the image's release is not known (``release_unknown``), so the RUN
    first tests that its dpkg has ``--verify``, which tells the packages' files apart
    from what the RUNs changed; an older one fails the build (an Alpine image of unknown
    release is declined instead: ``unsupported``).  ``keep_files``:
    the captured RUNs install a package file (``package_files``), which a dpkg hook
    keeps for the runner."""
    if manager == "apk":
        from . import apk_capture
        text = apk_capture.snapshot_text(WORK, BEFORE, trees)
    else:
        text = (f"mkdir -p {WORK} && touch {BEFORE}.mark && {_listing(BEFORE, trees)} && "
                f"{_owned(BEFORE + '.owned')}")
        if test_dpkg:
            text = f"{DPKG_TEST} && {text}"
        if keep_files:
            from . import package_files
            text = f"{text} && {package_files.hook_text()}"
    if accounts:
        from .account_capture import snapshot_text as accounts_text
        text = f"{text} && {accounts_text(WORK)}"
    why = ("what the file system holds before the RUNs whose effect outside the copied "
           "directories is captured for the runner")
    if accounts:
        why += " (and its accounts files)"
    if keep_files and manager != "apk":
        why += (", and a dpkg hook keeping the package files they install (.deb files "
                "other than apt's downloads), which the runner installs itself")
    if test_dpkg and manager != "apk":
        why = (f"the image's dpkg must have --verify (dpkg {DPKG_VERIFY} or later; its release "
               "is not known), and " + why)
    # (the hook's script is written as it reads: its $1 and $PPID are not this RUN's)
    return run_node(text, why, "SC2016" if keep_files and manager != "apk" else "")


def words_named(facts: StageFacts) -> Tuple[str, ...]:
    """The package names the builder's RUNs name in their own words (the replay's
    business, installed in the runner or left in the builder as build-only)."""
    from .run_walk import expanded_argv, steps
    names = set()
    for step in steps(facts):
        read = packages.read_install(expanded_argv(step))
        for pkg in (read.packages if read else ()):
            name = pkg.split("=", 1)[0]
            if "$" not in name and "/" not in name:
                names.add(name.split(":", 1)[0])
        if read is not None and read.virtual and "$" not in read.virtual:
            names.add(read.virtual)  # (apk's --virtual name, in the world file beside them)
    return tuple(sorted(names))


def linked_paths(facts: StageFacts, captured: Sequence[int]) -> Tuple[str, ...]:
    """The absolute paths the captured RUNs make symbolic links at (``ln -s[f] TARGET
    LINK``).  Why: a link replacing a file of a package the window installs
    (``rm /usr/bin/python3 && ln -s python3.6 /usr/bin/python3``) is a package file the
    RUNs changed, but ``dpkg --verify`` checks regular files' digests only, so it would be
    taken for the package's own and left to the runner's install, which may not install
    that package at all: such paths are counted as changed package files, whatever dpkg
    says, and reach the runner (``capture_run``)."""
    from .run_walk import steps
    out = []
    for step in steps(facts):
        argv = step.argv
        if step.index not in captured or not argv or argv[0] != "ln":
            continue
        flags = [a for a in argv[1:] if a.startswith("-")]
        if not any("s" in a for a in flags if not a.startswith("--")) and \
                "--symbolic" not in flags:
            continue
        words = [a for a in argv[1:] if not a.startswith("-")]
        if len(words) != 2 or "$" in "".join(words) or not words[1].startswith("/"):
            continue
        link = words[1]
        if link.endswith("/"):
            link += words[0].rstrip("/").rsplit("/", 1)[-1]
        out.append(link)
    return tuple(dict.fromkeys(out))


#: the short options of chown and chgrp, and of chmod (GNU and BusyBox), that take no
#: word of their own: ``-R`` is the recursive one (chmod's ``-x``, ``-w``, ``-rwx`` are
#: modes)
_CHOWN_FLAGS = re.compile(r"^-[RcfvhHLP]+$")
_CHMOD_FLAGS = re.compile(r"^-[Rcfv]+$")
_GLOB = re.compile(r"[*?\[]")


def mode_changed_paths(facts: StageFacts, captured: Sequence[int]) -> Tuple[str, ...]:
    """The paths whose owner, group or mode the captured RUNs change (``chown``,
    ``chgrp``, ``chmod``; ``sudo`` before them read through), each as ``e PATH`` (that
    entry) or ``r PATH`` (it and everything under it: ``-R``, or the directory above a
    glob's first pattern word, which holds whatever the pattern matches).  Why: ``chown
    -R nginx:www-data /var/lib/nginx`` or ``chmod 0600 /etc/nanorc`` after the window
    installs the package changes only the owner or mode of the package's own files, and
    neither ``dpkg --verify`` (a regular file's digest) nor the apk database's digests
    see it: the files were taken for the package's own and left to the runner's
    install, which makes them as the package ships them.  Counted as package files the
    RUNs changed, they come with the captured tree with the builder's owner and mode,
    whatever the command did to them (copying an unchanged package file changes
    nothing).  A word that is not known (a variable the walk cannot expand, a relative
    path in a directory not known, ``~``) is left out; a pattern's directory may list
    more than the command changed, which is copied unchanged."""
    from .run_walk import expanded_argv, steps
    import posixpath
    out = []
    for step in steps(facts):
        if step.index not in captured or not step.argv:
            continue
        argv = list(expanded_argv(step))
        while argv and argv[0] == "sudo":
            argv = argv[1:]
        tool = argv[0].rsplit("/", 1)[-1] if argv else ""
        if tool not in ("chown", "chgrp", "chmod"):
            continue
        recursive, reference, words = False, False, []
        for arg in argv[1:]:
            if arg == "--recursive":
                recursive = True
            elif arg.startswith("--reference"):
                reference = True
            elif arg.startswith("--"):
                continue
            elif (_CHMOD_FLAGS if tool == "chmod" else _CHOWN_FLAGS).match(arg):
                recursive = recursive or "R" in arg
            else:
                words.append(arg)
        for word in words[0 if reference else 1:]:
            whole = recursive
            if "$" in word or "`" in word or word.startswith("~"):
                continue
            if not word.startswith("/"):
                if step.cwd is None:
                    continue
                word = posixpath.join(step.cwd, word)
            parts = word.split("/")
            glob_at = next((i for i, p in enumerate(parts) if _GLOB.search(p)), None)
            if glob_at is not None:
                word, whole = "/".join(parts[:glob_at]) or "/", True
            word = posixpath.normpath(word)
            if word == "/":
                continue
            for path in (word, "/usr" + word) if re.match(r"^/(bin|sbin|lib)(/|$)", word) \
                    else (word,):
                out.append(("r " if whole else "e ") + path)
    return tuple(dict.fromkeys(out))


def _changed_by_words(w: str, linked: Sequence[str], mode_changed: Sequence[str],
                      apk: bool = False) -> List[str]:
    """The capture's steps adding to ``{w}/modified`` the paths the captured RUNs' words
    say they changed where the package manager's check does not see it (``linked_paths``,
    ``mode_changed_paths``).  On Alpine the links go through the same filter as the
    owners and modes (BusyBox tar fails on a listed path that is gone; GNU tar is told to
    read past it)."""
    if apk:
        mode_changed = tuple(f"e {p}" for p in linked) + tuple(mode_changed)
        linked = ()
    return ([f"printf '%s\\n' {' '.join(shlex.quote(p) for p in linked)} >> {w}/modified"]
            if linked else []) + ([mode_changed_text(w, mode_changed)] if mode_changed else [])


def mode_changed_text(w: str, paths: Sequence[str]) -> str:
    """Shell text adding to ``{w}/modified`` the files of the packages installed in the
    window (``{w}/new.owned``) that ``paths`` name (``mode_changed_paths``) and the
    listing after the RUNs holds (``new.owned`` names a /bin file at /usr/bin too, where
    only one of them may be)."""
    return (f"printf '%s\\n' {' '.join(shlex.quote(p) for p in paths)} > {w}/mode-changed && "
            "awk 'FILENAME == ARGV[1] { if (substr($0, 1, 1) == \"r\") r[substr($0, 3)] = 1; "
            "else e[substr($0, 3)] = 1; next } FILENAME == ARGV[2] { a[$0] = 1; next } "
            "!($0 in a) { next } { p = $0; k = (($0 in e) || ($0 in r)); "
            "while (!k && sub(/\\/[^\\/]*$/, \"\", p) && p != \"\") k = (p in r); "
            f"if (k) print }}' {w}/mode-changed {w}/after.paths {w}/new.owned >> {w}/modified")


def capture_run(trees: Sequence[str], named: Sequence[str] = (),
                manager: str = "apt", keep_files: bool = False,
                accounts: Optional[Sequence[str]] = None,
                any_library_directory: bool = False, linked: Sequence[str] = (),
                mode_changed: Sequence[str] = ()) -> ast.Run:
    """The builder RUN after the last RUN of the builder: the captured tree, the list
    of removed paths and the libraries the captured files load (see the module
    docstring; ``apk_capture`` for an Alpine builder).  No pipe and no loop (sh has no
    pipefail; the recipes read the builder's RUNs again), so every step that fails
    fails the build.  ``keep_files``: the dpkg hook of ``snapshot_run`` kept package
    files, which are selected for the runner (``package_files``).  ``accounts``: the
    names the captured RUNs' user tools create, where the builder records what the RUNs
    did to the accounts files (``account_capture``; None: they did nothing to them).
    ``any_library_directory``: the builder's image keeps files of its own and is the
    runner (``image_base``), whose package sources may install libraries outside /lib
    and /usr/lib (NVIDIA's CUDA packages under /usr/local/cuda-X, found through their
    ld.so.conf.d file): every library the captured files load but glibc's is copied, and
    the runner adds those its loader cache lacks (those of its own, gcc's /usr/local/lib64,
    it has).  ``linked``: the paths the captured RUNs make links at (``linked_paths``),
    and ``mode_changed``: those whose owner or mode they change (``mode_changed_paths``),
    counted as package files the RUNs changed (on Alpine too: apk's digests see neither)."""
    from .account_capture import records_text
    records = [] if accounts is None else [records_text(WORK, CAPTURED, accounts)]
    if manager == "apk":
        from . import apk_capture
        return run_node(apk_capture.capture_text(
            WORK, BEFORE, trees, named, CAPTURED, REMOVED, OWNERS, LIBRARIES, PACKAGES,
            MODIFIED, records, _changed_by_words(WORK, linked, mode_changed, apk=True)), _CAPTURE_WHY)
    w = WORK
    # (where a library the captured files load is copied from: /lib and /usr/lib, or
    # anywhere on an image of its own)
    where = "" if any_library_directory else "(usr\\/)?lib\\/"
    from . import package_files
    parts = [
        *((package_files.unhook_text(),) if keep_files else ()),
        _listing(f"{w}/after", trees),
        # new or changed entries; entries gone
        f"LC_ALL=C comm -13 {BEFORE} {w}/after > {w}/changed",
        f"cut -f1 {w}/changed > {w}/paths",
        f"cut -f1 {BEFORE} > {w}/before.paths",
        f"cut -f1 {w}/after > {w}/after.paths",
        f"LC_ALL=C sort -o {w}/paths {w}/paths",
        f"LC_ALL=C sort -o {w}/before.paths {w}/before.paths",
        f"LC_ALL=C sort -o {w}/after.paths {w}/after.paths",
        f"LC_ALL=C comm -23 {w}/before.paths {w}/after.paths > {w}/gone",
        # the packages installed or upgraded meanwhile: their files, less what the RUNs
        # changed after the install (dpkg --verify: "??5?????? c /etc/x", "missing   /x")
        f"find /var/lib/dpkg/info -name '*.list' -newer {BEFORE}.mark > {w}/lists",
        f"sed 's|.*/||; s|[.]list$||' {w}/lists > {w}/packages",
        f": > {w}/new.owned.raw",
        f"xargs -r cat < {w}/lists >> {w}/new.owned.raw",
        f"sed -n 's|^/\\(bin\\|sbin\\|lib[^/]*\\)/|/usr/\\1/|p' {w}/new.owned.raw "
        f"> {w}/new.owned.usr",
        f"LC_ALL=C sort -u -o {w}/new.owned {w}/new.owned.raw {w}/new.owned.usr",
        f"{{ xargs -r dpkg --verify < {w}/packages > {w}/verify 2>/dev/null || true; }}",
        f"sed -n '/^missing/!s|^[^/]*||p' {w}/verify > {w}/modified",
        f"sed -n 's|^missing[^/]*||p' {w}/verify > {w}/missing",
        *_changed_by_words(w, linked, mode_changed),
        f"LC_ALL=C sort -u -o {w}/modified {w}/modified",
        *kept_and_removed(w, BEFORE, _owned(f"{w}/owned"), CAPTURED, REMOVED, LIBRARIES),
        f"tar -C / -cf {w}/captured.tar --no-recursion --numeric-owner -T {w}/relative",
        f"tar -C {CAPTURED} -xpf {w}/captured.tar --numeric-owner",
        f"cp {w}/removed {CAPTURED}{REMOVED}",
        *records,
        # packages a script installed (asked for, new, named by no RUN's words), and the
        # package files the RUNs changed, unpacked again after the runner installs them
        f"sed 's/:.*//' {w}/packages > {w}/new-names",
        f"LC_ALL=C sort -u -o {w}/new-names {w}/new-names",
        f"apt-mark showmanual > {w}/manual.raw",
        f"sed 's/:.*//' {w}/manual.raw > {w}/manual",
        f"LC_ALL=C sort -u -o {w}/manual {w}/manual",
        (f"printf '%s\\n' {' '.join(shlex.quote(n) for n in named)} > {w}/named" if named
         else f": > {w}/named"),
        f"LC_ALL=C sort -u -o {w}/named {w}/named",
        f"LC_ALL=C comm -12 {w}/new-names {w}/manual > {w}/new-manual",
        *((f"LC_ALL=C comm -23 {w}/new-manual {w}/named > {w}/unnamed",
           *package_files.selection_parts(w, CAPTURED),
           f"LC_ALL=C comm -23 {w}/unnamed {w}/debs.names > {CAPTURED}{PACKAGES}")
          if keep_files else
          (f"LC_ALL=C comm -23 {w}/new-manual {w}/named > {CAPTURED}{PACKAGES}",)),
        f"sed -e 's|^/||' -e '/^$/d' {w}/modified > {w}/modified.relative",
        f"tar -C / -cf {CAPTURED}{MODIFIED} --no-recursion --numeric-owner "
        f"--ignore-failed-read -T {w}/modified.relative",
        *owners_by_name(w, f"{CAPTURED}{OWNERS}"),
        # the libraries the captured ELF files load from the system's directories
        f"find {CAPTURED} -path {CAPTURED}{LIBRARIES} -prune -o -type f \\( -name '*.so' "
        f"-o -name '*.so.*' -o -perm -u+x \\) -exec ldd {{}} \\; > {w}/ldd 2>/dev/null",
        f"awk '$2 == \"=>\" && $3 ~ /^\\/{where}/ && "
        f"$1 !~ /{_GLIBC}/ && !seen[$1]++ "
        f"{{ print $3 }}' {w}/ldd > {w}/libs",
        f"LC_ALL=C sort -u -o {w}/libs {w}/libs",  # cp refuses a file named twice
        f"xargs -r cp -L -t {CAPTURED}{LIBRARIES} < {w}/libs",
        f"rm -f {w}/captured.tar",
    ]
    return run_node(" && ".join(parts), _CAPTURE_WHY)


_CAPTURE_WHY = ("what the RUNs since the listing changed outside the copied directories, at "
                f"its absolute paths under {CAPTURED}, for the runner (package files only "
                "where the RUNs changed them)")


def runner_nodes(builder: str, manager: str = "apt", keep_files: bool = False,
                 accounts: bool = False, fetch: bool = True) -> Tuple[ast.Instruction, ...]:
    """The runner's copy of the captured tree and its RUN: the removed paths removed,
    the libraries its loader lacks added, the loader cache rebuilt (``apk_capture``'s
    on Alpine, whose musl loader has no cache).  ``keep_files``: the package files the
    builder kept are installed first (``package_files``).  ``accounts``: the builder's records
    of the accounts are merged into this image's before the captured files are given
    to their owners (``account_capture``).  ``fetch`` False: apt installs from the lists
    the image holds (``package_index.image_lists``)."""
    from .account_capture import merge_text
    merge = f"{merge_text()} && " if accounts else ""
    copy = ast.Copy(keyword="COPY", flags=(ast.Flag("from", builder),), paths=(
        CAPTURED + "/", "/"), leading=(ast.Comment(
            "# what the builder's RUNs changed outside the copied directories (captured "
            "there)"),))
    if manager == "apk":
        from . import apk_capture
        return copy, apk_capture.runner_run(apk_capture.runner_text(
            REMOVED, OWNERS, LIBRARIES, PACKAGES, MODIFIED, merge), accounts)
    from . import package_files
    installs = package_files.runner_install_text(PACKAGES, MODIFIED, fetch) if keep_files \
        else (f"if [ -s {PACKAGES} ]; then export DEBIAN_FRONTEND=noninteractive && "
              f"{packages.index_fetch(fetch)}xargs -r apt-get install -y -o "
              f"Dpkg::Options::=--force-confold < {PACKAGES} && tar -C / -xpf {MODIFIED} "
              f"--numeric-owner{' && ' + packages.APT_LISTS_REMOVAL if fetch else ''}; fi")
    work = f" {package_files.DEBS} {package_files.DEBS_LIST}" if keep_files else ""
    text = (f"{installs} && {merge}"
            f"xargs -r -d '\\n' rm -rf -- < {REMOVED} && "
            "while IFS=\"$(printf '\\t')\" read -r owner mode path; do "
            "chown -h \"$owner\" \"$path\" && { [ -L \"$path\" ] || chmod \"$mode\" \"$path\"; } "
            f"|| exit 1; done < {OWNERS} && ldconfig -p > /tmp/ld.so.list && "
            f"for path in {LIBRARIES}/*; do lib=\"${{path##*/}}\"; [ ! -e \"$path\" ] || "
            "grep -q \"^[[:space:]]*$lib \" /tmp/ld.so.list || mv \"$path\" /usr/local/lib/ || "
            f"exit 1; done && rm -rf {REMOVED} {OWNERS} {LIBRARIES} {PACKAGES} {MODIFIED}"
            f"{work} /tmp/ld.so.list && ldconfig")
    why = ("the packages a script among those RUNs installed, installed here too; what those "
           "RUNs removed, removed here too; " + (ACCOUNTS_WHY if accounts else "") +
           "the captured files given to their owners by name; the libraries the captured "
           "programs load that this image lacks")
    if keep_files:
        why = ("the package files those RUNs installed, installed here from the files the "
               "builder kept (their dependencies from the archive); " + why)
        # (apt-get install -f installs their dependencies with apt's default Recommends,
        # as the original's apt install of a package file does)
        return copy, run_node(text, why, "DL3015", lists_kept=not fetch)
    return copy, run_node(text, why)


#: what the runner's merge of the builder's records of the accounts does
ACCOUNTS_WHY = ("the users, groups, memberships and passwords those RUNs made or changed, "
                "merged into this image's accounts with the builder's numbers; ")


#: package kinds known to serve the build only (as runner_packages counts them); a
#: -dev package's headers serve the build only, its library (``runtime_of``) does not
_BUILD_ONLY = ("toolchain", "helper")


def _window_installs(facts: StageFacts, first: int):
    """(the packages the stage installs and keeps, those the RUNs from index ``first``
    on install)."""
    from .run_walk import expanded_argv, steps
    # (with the variables the walk knows expanded, as the window's check reads them:
    # ``apt-get install $runtimeDeps`` after ``runtimeDeps='graphviz make'``)
    kept, _removed = packages.kept_installs([expanded_argv(s) for s in steps(facts)])
    window = set()
    for step in steps(facts):
        read = packages.read_install(expanded_argv(step)) if step.index >= first else None
        if read is not None:
            window.update(read.packages)
    return kept, window


def window_packages(facts: StageFacts, first: int, installed,
                    keep=lambda package: False,
                    build_only=lambda package: False) -> Tuple[str, ...]:
    """The packages the RUNs from index ``first`` on install and keep that the runner
    does not install already (``installed``: the names its setup installs) and that
    are not known to serve the build only, or that ``keep`` (the build's language:
    ``python3-pip`` for a Python build) keeps although the tables call them build tools,
    less those ``build_only`` says the build's language leaves behind (``gcc-multilib``).
    A -dev package gives the runtime packages the table of the image's fixed release names
    (``libyaml-dev`` -> ``libyaml-0-2``: what the captured build's compiled files link,
    which the original has); one no table names is left to the recipe (``build_capture``
    reads its library's owner in the builder).  The capture leaves their files out
    (they are the package replay's business), so the runner installs them before it
    copies the captured tree."""
    kept, window = _window_installs(facts, first)
    distro = builder_distro(facts)
    names = set(installed)
    out = []
    for pkg in kept:
        name = pkg.split("=", 1)[0]
        if pkg not in window or name in names or "$" in pkg or "/" in pkg:
            continue
        kind = packages.kind_of(name, distro) if distro is not None else None
        # (a version-control client, or another of packages.RUN_TIME_HELPERS, the
        # original keeps stays on every runner: the program may run it as the build
        # did, ``runner_packages.build_only``)
        kept_too = keep(name) or name in packages.RUN_TIME_HELPERS
        if kind in _BUILD_ONLY and not kept_too or build_only(name) and not kept_too:
            continue
        if kind == "dev" and not keep(name):
            # (a tag that moves, or a digest on a floating tag naming no release
            # (``runner_policy.digest_release_unknown``), may be of another release)
            if not facts.base.release_moves and not digest_release_unknown(facts.base):
                out.extend(p for p in packages.runtime_of(name, distro) or () if p not in names)
            continue
        out.append(pkg)
    return tuple(dict.fromkeys(out))


def window_left_out(facts: StageFacts, first: int, installed) -> Tuple[str, ...]:
    """The packages the RUNs from index ``first`` on install and the original keeps
    that the runner does not install (``installed``: every name it installs): those
    ``window_packages`` leaves out as build-only."""
    kept, window = _window_installs(facts, first)
    names = set(installed)
    return tuple(dict.fromkeys(p.split("=", 1)[0] for p in kept if p in window and
                               p.split("=", 1)[0] not in names and "$" not in p and
                               "/" not in p))


def install_node(facts: StageFacts, pkgs: Sequence[str],
                 fetch: bool = True) -> Optional[ast.Run]:
    """The runner's install of ``pkgs`` (window_packages) with the builder's release's
    package manager (the runner is of that release), each with its Recommends where the
    original's apt installed it with them.  ``fetch`` False: from the lists the image
    holds (``package_index.image_lists``)."""
    distro = builder_distro(facts)
    if not pkgs or distro is None:
        return None
    from ..apt_config import apt_choices
    choices = apt_choices(facts)
    choices.check(pkgs)
    recommends = choices.with_runtime(distro)
    from .run_walk import upgrade_of
    return run_node(packages.install_command(distro, pkgs, recommends=recommends,
                                             options=choices.options,
                                             upgrade=upgrade_of(facts, distro), fetch=fetch),
                    "packages the RUNs whose effect is captured install, installed here (the "
                    "capture leaves the packages' own files out)",
                    packages.install_rules(distro, pkgs, recommends), lists_kept=not fetch)


def owners_by_name(w: str, out: str) -> Tuple[str, ...]:
    """The commands writing to ``out`` each kept entry (``{w}/keep``, its stat line in
    ``{w}/changed``) owned by a user or group other than root, by name (``user:group``,
    mode, path): the runner's package installs and setup RUNs may have numbered its
    accounts differently.  Shared by the apt and apk captures."""
    return (
        f"awk -F: '$3 != 0 && !seen[$3]++ {{ print $3 \"\\t\" $1 }}' /etc/passwd > {w}/new-users",
        f"awk -F: '$3 != 0 && !seen[$3]++ {{ print $3 \"\\t\" $1 }}' /etc/group > {w}/new-groups",
        f"awk -F '\\t' 'FILENAME == ARGV[1] {{ u[$1] = $2; next }} "
        f"FILENAME == ARGV[2] {{ g[$1] = $2; next }} FILENAME == ARGV[3] {{ k[$1] = 1; next }} "
        f"($1 in k) {{ split($2, m, \" \"); if ((m[3] in u) || (m[4] in g)) "
        f"print ((m[3] in u) ? u[m[3]] : m[3]) \":\" ((m[4] in g) ? g[m[4]] : m[4]) "
        f"\"\\t\" m[2] \"\\t\" $1 }}' {w}/new-users {w}/new-groups {w}/keep {w}/changed "
        f"> {out}")
