"""Same-distribution runners: a build on a plain distribution image (``ubuntu:16.04``,
``debian:bullseye``, ``alpine:3.12``) whose language runtime comes from the
distribution's own packages (``apt-get install python3``, ``apk add nodejs``) runs in
the same image, with the same packages installed again minus those that only build.

Why the same image: the program runs on the interpreter (and the libraries) the
distribution packaged, so no language version needs to be known: the runner's
package manager installs the very same package from the very same archive.  What the
build compiled (extensions, addons) loads libraries of the builder; those are read from
the files themselves in the builder (ELF NEEDED, resolved by the loader, then the
package owning each resolved file), the way the official slim images find theirs, so no
table has to name them.

API (stable; used by the Python and Node recipes):

- ``plain_base(facts) -> PlainBase | None``: the builder is a plain distribution image
  (its /usr/local holds nothing of its own): the runner image (the same reference, or
  its smaller sibling of the same release), the ``Distro`` whose package names and
  -dev maps apply, and the package manager.
- ``image_base(facts) -> PlainBase | None``: the builder is an image of a known Debian,
  Ubuntu or Alpine release (the image data says which) that keeps files of its own
  (/usr/local of php or ruby, /opt/conda): the runner is that very image, and
  ``own_trees`` names the trees whose changes are staged by a marker.  With it,
  ``marker_run(base)`` is the builder's first RUN (the marker and a listing of those
  trees), ``staging_run`` stages what is newer than the marker, and
  ``removal_run()`` removes in the runner what the build removed there.
- ``full_image_needed(facts, base) -> PlainBase``: the builder's own image as the runner
  when the build sets up a locale (the slim sibling drops the translations).
- ``replay_packages(facts, base, before, keep=..., runtime_of_dev=..., drop=...)
  -> PackageReplay``:
  the OS packages installed by the RUNs before index ``before``, split into what the
  runner installs again, what stays in the builder, and the -dev packages whose runtime
  package no table names (their libraries' owners are read in the builder).  Declines
  (``Decline``) where an install cannot be replayed (a package file the build
  downloaded, a repository named on the command line).
- ``scan_run(base, trees, dev_packages=(), names=("*.so*",)) -> ast.Run``: the builder RUN
  (appended after the build) that writes ``PACKAGE_LIST``: the packages owning every
  library the shared objects and executables (a compiled ``uwsgi``) under ``trees``
  load (libraries resolved inside the trees are the trees' own), plus the owners of
  the libraries ``dev_packages`` link to.  A library that no package owns fails the build, not the
  container.
- ``staging_run(interpreter, roots, base) -> ast.Run``: the builder RUN (a Python
  program, so no X.Y is needed and no shell loop hides it) copying into ``STAGING``,
  with absolute paths kept, exactly the files under ``roots`` (globs; a root that is a
  symbolic link, /bin on a usr-merged system, is skipped) that the build created or
  replaced (not owned by an OS package, or named by a pip ``RECORD``);
  ``STAGED`` is the artifact that copies ``STAGING`` to ``/`` in the runner; with it,
  the packages' files the build removed are listed (``GONE``), and
  ``gone_removal_run()`` removes them in the runner after the copies.
- ``runner_plan(base, replay, scanned, what, runner=None, after=(), before_copies=(),
  recommends=False) -> RunnerPlan``: the runner (``runner``: the one ``--runtime`` chose, which must be of
  the same distribution release) and its setup: the replayed packages and the list the
  scan wrote, installed in one RUN with the runner's own package manager.
- ``run_replays(facts, base, replay, boundary, trees, build_step) -> RunReplays``: the
  builder RUNs whose effect lies outside the copied directories (``locale-gen``, a
  ``sed -i`` of a config, ``rm`` of a package's file), repeated in the runner where they
  stand (``runner_repeats_indices``: classify places them in both stages, the runner
  stage runs them in the directory they ran in); declines for a script whose effect is
  not read (``./x.sh``, ``sh x.sh``, ``python3 x.py``: the recipe captures it instead)
  or a tool that stays behind.
  ``check_runner_runs(facts, replay, boundary)``: the RUNs after the build run in the
  runner (a recipe says so with a ``runner_repeats_runs`` detection field, which
  classify reads).
- ``same_image_runs(facts, base, replay, boundary, trees, build_step) -> RunReplays``:
  the three above together, as every recipe of a same-distribution runner needs them
  (the RUNs before the build repeated or captured, the repeated ones checked to find
  their programs, the RUNs after it run in the runner or captured: ``captured``
  holds both); ``SameImageDetection`` holds what classify and the runner plan read of
  it, and ``installs_on_kept_lists(facts, build)`` says whether the runner's setup
  keeps the package lists for a later RUN's install (``runner_plan``'s ``keep_lists``).
"""

from __future__ import annotations

import dataclasses
import json
import posixpath
import re
import shlex
from dataclasses import dataclass
from typing import Callable, Iterable, Optional, Sequence, Tuple
from ...analysis.paths import is_within, within_any

from ...knowledge.packages import package_name
from ...knowledge.distributions import verb_of
from ...analysis.commands import shell_command_string
from ...analysis.shell import program_name
from ...analysis import StageFacts, downloads
from ...analysis.scripts import script_file
from ...knowledge import build_programs, packages
from ...knowledge.images import image_facts
from ...knowledge.references import pinned_by_digest, split_reference
from ...knowledge.debian_suites import SUITES
from ...tree import ast
from ..runner_setup import run_node
from .artifacts import Artifact
from . import cuda_runtime, effect_capture, image_user
from .base import Decline, Detection, Note, RunnerPlan, chosen
from .run_walk import expanded_argv, kept_installs, path_arg, steps
from .runner_policy import digest_release_unknown
from ..root_staging import staged_onto_root

__all__ = ["PACKAGE_LIST", "STAGING", "STAGED", "PlainBase", "PackageReplay", "RunReplays",
           "plain_base", "image_base", "marker_run", "removal_run", "full_image_needed",
           "replay_packages", "scan_run", "staging_run",
           "runner_plan", "run_replays", "check_runner_runs", "check_repeats",
           "same_image_runs", "SameImageDetection", "installs_on_kept_lists",
           "installed_trees"]

#: where the builder writes the packages its scan found (outside every copied tree)
PACKAGE_LIST = "/var/lib/dtranspile/runtime-packages"
#: the runner's copy of the list while it installs
RUNNER_LIST = "/tmp/dtranspile-runtime-packages"
#: how the runner's apt install ends, unless a later RUN installs on the lists it fetched
LISTS_REMOVAL = packages.APT_LISTS_REMOVAL
#: the tag (``base.Note``) of ``runner_plan``'s note on the packages read by the scan
LIBRARY_SCAN = "distribution: library packages scanned"
#: the builder's folder holding, at their absolute paths, the files the installs created
STAGING = staged_onto_root("/var/lib/dtranspile/staging", system=True)
STAGED = Artifact(posixpath.dirname(STAGING), posixpath.basename(STAGING),
                  "the files the installs created among the distribution's own (pip's "
                  "RECORD files and every file no OS package owns), at their absolute paths",
                  -1, tree=True, destination="/")

#: plain distribution images by name -> their distribution record.  Their /usr/local is
#: empty, and their /usr holds only what the package manager installed.  CentOS and
#: Fedora are RPM distributions (the ``rhel`` record): no package index of theirs is read
#: here, so every run-time package of theirs is named by the original or read in the
#: builder (``PlainBase.reads_runtime``)
PLAIN_IMAGES = {"debian": "debian", "ubuntu": "ubuntu", "alpine": "alpine",
                "centos": "rhel", "fedora": "rhel"}
#: how the builder names the package owning each library file (written to
#: ``{work}.packages``, one name a line; a file no package owns fails the query)
_OWNER_QUERY = {
    # a path pattern (``*lib/...``) matches the usr-merged and the /lib path alike; the
    # owner is the text before the first colon (``libpq5:amd64: /usr/lib/...``)
    "apt": ("sed -e 's|^/usr/|/|' -e 's|^/|*|' {libs} > {libs}.pat && "
            "xargs -r dpkg-query --search < {libs}.pat > {work}.owners && "
            "cut -d: -f1 {work}.owners > {work}.packages"),
    # ``/usr/lib/libpq.so.5 is owned by libpq-16.1-r0``: the name before -<ver>-r<n>
    "apk": ("xargs -r apk info --who-owns < {libs} > {work}.owners && "
            "sed -e 's/.* is owned by //' -e 's/-[^-]*-r[0-9]*$//' {work}.owners "
            "> {work}.packages"),
}
#: the -dev packages the named ones depend on, transitively, as installed in the builder
#: (an awk over one ``dpkg-query`` listing: package, status, source, dependencies): the
#: rule of the runtime-package table (``datagen/runtime_packages.py``) for the packages it
#: leaves open, a metapackage (``xorg-dev``) above all, which has no ``.so`` link of its
#: own and whose libraries are those of the -dev packages it pulls in.  The C library's
#: and the compiler's -dev packages (their source is ``glibc``, ``gcc-N``, ``linux``) are
#: not followed, as the table does not: their ``.so`` files are linker scripts of the
#: toolchain.  An alternative or virtual name not installed is not followed either, nor
#: listed: a named package that is not installed under that name (``libmysqlclient-dev``,
#: which apt installed a provider of) is no package ``dpkg -L`` knows; its library's
#: NEEDED entry is read, its links are not
_DEV_CLOSURE_AWK = (
    "BEGIN { FS = \"\\t\" } FILENAME == ARGV[1] { q[++n] = $1; next } "
    "$2 ~ / installed$/ { s = $3; sub(/ .*/, \"\", s); if (s == \"\") s = $1; "
    "if (s !~ /^(gcc-[0-9]+([.][0-9]+)?|gcc-defaults|glibc|eglibc|linux)$/) ok[$1] = 1; "
    "d[$1] = $4 } "
    "END { for (i = 1; i <= n; i++) { p = q[i]; if (p in seen) continue; seen[p] = 1; "
    "if (!(p in d)) continue; print p; m = split(d[p], a, /[,|]/); for (j = 1; j <= m; j++) { x = a[j]; "
    "sub(/^ +/, \"\", x); sub(/[ :(].*/, \"\", x); "
    "if (x ~ /-dev$/ && (x in ok) && !(x in seen)) q[++n] = x } } }")
#: the same closure on Alpine, over the apk database (``/lib/apk/db/installed``: a
#: package's ``P:`` name, its ``D:`` dependencies, space-separated, with version
#: constraints): an installed -dev dependency is followed, ``so:``/``pc:``/``cmd:``
#: names and conflicts (``!``) are not, nor the C library's (musl-dev, libc-dev).  On
#: Alpine it matters beyond metapackages: community/sdl2 (2.26.5) has
#: ``depends_dev="$pkgname directfb-dev mesa-dev"`` and its sdl2-dev no ``.so`` link of
#: its own (its ``dev()`` moves libSDL2.so back to sdl2 "so things can dlopen it"), while
#: SDL opens libGL/libEGL with dlopen (``dlopen_packages``): mesa-dev's links name the
#: packages the original has them from (main/mesa 24.2.5: its -dev subpackage, made
#: first, takes the ``.so`` links, gl() and egl() the libGL.so.*/libEGL.so.* of mesa-gl
#: and mesa-egl), which neither ldd nor sdl2 shows
_APK_DEV_CLOSURE_AWK = (
    "FILENAME == ARGV[1] { q[++n] = $1; next } /^P:/ { p = substr($0, 3); ok[p] = 1 } "
    "/^D:/ { d[p] = substr($0, 3) } "
    "END { for (i = 1; i <= n; i++) { x = q[i]; if (x in seen) continue; seen[x] = 1; "
    "print x; m = split(d[x], a, \" \"); for (j = 1; j <= m; j++) { y = a[j]; "
    "sub(/[<>=~].*/, \"\", y); if (y ~ /-dev$/ && (y in ok) && y != \"musl-dev\" && "
    "y != \"libc-dev\" && !(y in seen)) q[++n] = y } } }")
_DEV_FILES = {
    # only the .so links (``readlink -f`` of a linker script, ``libncurses.so`` on Debian,
    # would name the -dev package itself; a listed file that is missing is no link either);
    # the test runs in ``sh -c`` so that the RUN stays a plain command list, which joins
    # the build's RUN before it
    "apt": ("dpkg-query -W -f '${{Package}}\\t${{Status}}\\t${{Source}}\\t"
            "${{Pre-Depends}}, ${{Depends}}\\n' > {work}.db && printf '%s\\n' {pkgs} > "
            "{work}.roots && awk "
            + shlex.quote(_DEV_CLOSURE_AWK).replace("{", "{{").replace("}", "}}")
            + " {work}.roots {work}.db "
            "> {work}.closure && xargs -r dpkg -L < {work}.closure > {work}.devfiles && "
            "sed -n '/[.]so$/p' {work}.devfiles > {work}.devnames && "
            "xargs -r sh -c 'find \"$@\" -maxdepth 0 -type l 2>/dev/null || :' sh < {work}.devnames"),
    "apk": ("printf '%s\\n' {pkgs} > {work}.roots && awk "
            + shlex.quote(_APK_DEV_CLOSURE_AWK).replace("{", "{{").replace("}", "}}")
            + " {work}.roots /lib/apk/db/installed > {work}.closure && "
            "xargs -r apk info -L < {work}.closure > {work}.devfiles && "
            "sed -n 's|^\\([^ ]*[.]so\\)$|/\\1|p' {work}.devfiles"),
}


def dev_links(manager: str, dev_packages: Sequence[str], work: str) -> str:
    """The shell text printing the ``.so`` links of ``dev_packages`` and of the -dev
    packages they depend on, transitively (``_DEV_FILES``), one a line; its
    scratch files are ``work`` and ``work.*``."""
    return _DEV_FILES[manager].format(pkgs=" ".join(shlex.quote(p) for p in dev_packages),
                                      work=work)


def dev_libraries(manager: str, dev_packages: Sequence[str], work: str, links: str,
                  libs: str) -> str:
    """The shell text appending to the list ``libs`` the files the ``.so`` links of
    ``dev_packages`` and of the -dev packages they depend on point to (``dev_links``,
    written to ``links``), as every library scan reads them: this module's ``scan_run``,
    ``full_image_libraries.scan_run`` and ``native_staging.libraries_command``."""
    return (f"{dev_links(manager, dev_packages, work)} > {links}"
            f" && xargs -r -n1 readlink -f < {links} >> {libs}")


@dataclass(frozen=True)
class PlainBase:
    """A builder that is a plain distribution image and the runner of the same
    release.  ``image``: the runner's reference; ``distro``: the release the package
    names and -dev maps follow; ``manager``: "apt" or "apk"."""

    builder: str
    image: str
    distro: packages.Distro
    manager: str
    why: str
    #: the tag names no release (``debian``, ``ubuntu:latest``, ``alpine:edge``): the
    #: release the tables would name runtime packages for is the data's, not the one
    #: the build will pull, so the -dev packages' runtime packages are read in the builder
    release_floats: bool = False
    #: the trees the builder image fills with files of its own where a build may write
    #: (/usr/local of php or nvidia/cuda, /opt/conda): empty for a plain image, whose
    #: /usr/local is copied whole.  Set, the runner is the builder's own image and what
    #: the build changed there is staged by a status-change-time marker (``image_base``)
    own_trees: Tuple[str, ...] = ()
    #: the program the runner installs with (``yum`` or ``dnf``: the one the original
    #: ran; "" for apt and apk, whose manager is the program)
    installer: str = ""
    #: the builder's own image, which keeps files of its own (``image_base``), is the
    #: runner of a build captured whole (``build_capture``): its package sources may put
    #: libraries outside the system's directories, which the capture copies too
    own_image: bool = False
    #: the runner installs from the package lists this image holds, fetching none
    #: (``package_index.image_lists``: an image the data does not know, where the
    #: original fetched no index); only where the runner is this very image
    image_lists: bool = False

    def fetches(self, runner: Optional[str]) -> bool:
        """Whether the runner (``runner``, else ``image``) fetches apt's index before its
        installs: not on this very image's own lists (``image_lists``)."""
        return not (self.image_lists and (runner or self.image) in (self.builder, self.image))

    @property
    def reads_runtime(self) -> bool:
        """Whether every -dev package's runtime package is read in the builder (the
        owners of the libraries it links to) rather than taken from a table: the tag
        names no release, or the distribution is an RPM one, whose package indexes are
        not read here (``-devel`` minus the suffix is not always the library's package:
        CentOS 7's postgresql-devel links to postgresql-libs)."""
        return self.release_floats or self.manager == "yum"


#: tags whose release moves (the first word of the tag): Debian's suites
#: (``knowledge.debian_suites.SUITES``: stable, oldstable, oldoldstable, testing,
#: unstable) and the other distributions' moving names
_MOVING = frozenset({"", "latest", "sid", "rolling", "devel", "edge"}) | SUITES


def plain_base(facts: StageFacts) -> Optional[PlainBase]:
    """The builder as a plain distribution image, or None (another image, or a
    distribution whose package queries are not written here)."""
    reference = facts.base.reference
    name, tag = split_reference(reference)
    if pinned_by_digest(reference) or name not in PLAIN_IMAGES:
        return None
    from ...knowledge.official import resolve, slim_twin  # data read only when transpiling
    resolved = resolve(reference)
    family = PLAIN_IMAGES[name]
    release = (resolved.release if resolved is not None else None) or facts.base.release
    distro = packages.distro_of(family, release)
    if distro is not None and distro.manager == "yum":
        from . import rpm_runner
        return rpm_runner.rpm_base(facts, name, tag, release, distro)
    if distro is None or distro.manager not in _OWNER_QUERY:
        return None
    from ..runner_packages import packages_origin, repository_lines
    # (a PPA, NodeSource's script: not the distribution's packages alone)
    origin = packages_origin(facts, own="the distribution's packages")
    runs_on = (f"the program runs on {origin}, installed again from the same "
               + ("sources" if repository_lines(facts) else "archive"))
    image, why = reference, f"the builder's own image {reference}: {runs_on}"
    slim = dict(resolved.siblings).get("slim") if resolved is not None else None
    if slim and resolve(slim) is not None and resolve(slim).release == resolved.release:
        image = slim
        why = (f"{slim}, the slim image of the builder's {family} release "
               f"({resolved.release}): {runs_on}")
        twin = slim_twin(resolved.name, resolved.tag)
        if twin is not None:
            why = (f"{slim}, the slim image that floats with the builder's tag: "
                   f"{resolved.name}:{resolved.tag} has no slim tag of its own, and it and "
                   f"{resolved.name}:{twin['as']} named the same {family} release in all "
                   f"{twin['versions']} versions of the official manifest that listed both "
                   f"({twin['since']} to {twin['until']}: each of the {twin['moves']} new "
                   "releases moved both in one commit), so the runner moves to a new release "
                   f"with the builder ({resolved.release} on the image data's date): {runs_on}")
    moving = (tag or "latest").split("-", 1)[0] in _MOVING
    return PlainBase(reference, image, distro, distro.manager, why, moving)


#: the directories a distribution's own PATH lists: a PATH entry elsewhere (/opt/conda/bin)
#: is a tree the image fills itself
_SYSTEM_PATH = frozenset({"/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin",
                          "/bin"})
#: the builder's marker (written first: what is newer, the build wrote) and its listing
#: of the image's own trees before the build (what is missing after, the build removed).
#: Not in /tmp, which builds empty (``rm -rf /tmp/*``)
MARKER = "/var/lib/dtranspile/marker"
BEFORE = "/var/lib/dtranspile/before"
#: the list of the image's files the build removed, carried in the staged tree
REMOVED = "/var/lib/dtranspile/removed"


def image_base(facts: StageFacts,
               sibling_blocker: Optional[Callable[[StageFacts], Optional[str]]] = None,
               ) -> Optional[PlainBase]:
    """The builder as an image of a known Debian, Ubuntu or Alpine release that keeps
    files of its own (php, ruby, java, buildpack-deps, phusion/baseimage, continuumio),
    with the builder's own image as the runner, or None.

    Why the same image: the program runs on what that image holds (its /usr/local, an
    interpreter in /opt/conda), which no other image is known to hold; the image data
    says which distribution release it is built on, so the original's packages can be
    installed again there by name.  An image the data does not know (a private image,
    one whose sources were not read) stays None: its distribution is a guess.  An
    image whose default user is not root (the data's USER) is taken only where the
    original set ``USER root`` before running anything (``image_user``): the builder's
    marker and the runner's setup then run as root, as the original's did.

    A devel image with a ``runtime`` sibling (``nvidia/cuda``, ``cuda_runtime``) runs
    the program on that sibling when ``sibling_blocker`` (the recipe's reading of what
    the program uses) gives no reason against it; without a blocker the runner stays the
    builder's own image."""
    reference = facts.base.reference
    name, _tag = split_reference(reference)
    if name in PLAIN_IMAGES or "$" in reference:
        return None
    base = facts.base
    if not base.known or base.family not in ("debian", "ubuntu", "alpine") or \
            base.current is None:
        return None  # (current is None: the generated data does not know the tag)
    image_user.check_root_first(facts, reference)
    release = base.release
    distro = packages.distro_of(base.family, release)
    if distro is None or distro.manager not in _OWNER_QUERY:
        return None
    # (a digest on a floating tag naming no release: the data's release is the tag's,
    # not necessarily the digest's, so the runtime packages are read in the builder)
    moving = base.release_moves or not release or digest_release_unknown(base)
    trees = ["/usr/local"]
    for d in base.effective_path.split(":"):
        d = d.rstrip("/")
        if not d.startswith("/") or d in _SYSTEM_PATH or d.startswith("/usr/local/") or \
                d.startswith(("/usr/", "/bin", "/sbin", "/lib", "/etc", "/var", "/proc")):
            continue
        top = posixpath.dirname(d) if posixpath.basename(d) in ("bin", "sbin") else d
        if top not in ("", "/") and top not in trees:
            trees.append(top)
    shown = f"{base.family} {release}" if release else base.family
    why = (f"the builder's own image {reference} ({shown}, from the image data): what it "
           f"keeps outside the distribution's packages (in {', '.join(trees)} and elsewhere) "
           "no other image is known to hold, so the runner is that image with the "
           "original's run-time packages installed again; it saves the build-only packages "
           "and caches, not the base image")
    image = reference
    sibling = cuda_runtime.runtime_sibling(facts)
    if sibling is not None:
        reason = cuda_runtime.digest_blocker(facts, sibling) or (
            sibling_blocker(facts) if sibling_blocker is not None else
            "the recipe does not read what the program uses")
        if reason is None:
            image = sibling
            why = (f"{sibling}, the runtime image of the builder's CUDA version ({shown}, "
                   "from the image data): the CUDA libraries the program loads without the "
                   "compiler, headers and static libraries of the devel image, with the "
                   "original's run-time packages installed again and what the build added "
                   f"to {', '.join(trees)} and the distribution's files copied")
        else:
            why += f" (not its runtime sibling {sibling}: {reason})"
    return PlainBase(reference, image, distro, distro.manager, why, moving,
                     tuple(trees))


def marker_run(base: PlainBase) -> ast.Run:
    """The builder's first RUN on an image of its own trees (``image_base``): the marker
    (what has a newer status-change time, the build wrote: ctime is set by the kernel
    and kept by no copy or archive tool) and the listing of those trees."""
    trees = " ".join(shlex.quote(t) for t in base.own_trees)
    # (a PATH entry of the image may name a directory it does not have: nothing of it
    # can be removed, so find's complaint about it is not the build's failure)
    return run_node(f"mkdir -p {posixpath.dirname(MARKER)} && touch {MARKER} && "
                    f"{{ find {trees} > {BEFORE} 2>/dev/null || true; }}",
                    "what the build writes or removes in the image's own "
                    f"{', '.join(base.own_trees)} is found against this marker and listing "
                    "(staged for the runner after the build)")


def removal_run() -> ast.Run:
    """The runner RUN removing what the build removed from the image's own trees (a
    ``pip install -U`` over a module the image had): a copy cannot carry a removal."""
    return run_node(f"xargs -0 -r rm -rf < {REMOVED} && rm -f {REMOVED}",
                    "what the build removed from the image's own files, removed here too")


#: what only the full image keeps: the slim images leave the packages' message
#: translations out (/usr/share/locale), which a program run under a generated locale
#: shows
_LOCALE_PROGRAMS = ("locale-gen", "localedef", "update-locale")
#: packages installed for their documentation: the slim images' dpkg leaves
#: /usr/share/man and /usr/share/info out, so `man` there finds no page
_DOCUMENTATION = re.compile(r"^(man-db|man|manpages(-.*)?|info|pinfo)$")


def full_image_needed(facts: StageFacts, base: PlainBase) -> PlainBase:
    """``base`` with the builder's own image as the runner when the build sets up a
    locale other than C (the slim sibling drops the translations that locale shows)."""
    if base.image == base.builder:
        return base
    langs = [v for k, v in facts.final.variables().items()
             if k in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES") and v]
    local = [v for v in langs if not re.match(r"^(C|POSIX)([.:]|$)", v)]
    made = [s for s in steps(facts) if posixpath.basename(s.argv[0]) in _LOCALE_PROGRAMS or
            s.argv[:3] == ("dpkg-reconfigure", "locales")]
    kept, _removed = kept_installs(facts)
    docs = sorted(p for p in kept if _DOCUMENTATION.match(package_name(p)))
    if docs:
        why = (f"the builder's own image {base.builder}, not its slim sibling: the build "
               f"installs {', '.join(docs)}, and the slim image leaves the manual pages out")
        return dataclasses.replace(base, image=base.builder, why=why)
    if not local and not made:
        return base
    why = (f"the builder's own image {base.builder}, not its slim sibling: the build sets up "
           "a locale, and the slim image leaves the packages' translations out")
    return dataclasses.replace(base, image=base.builder, why=why)


def prebuild_package_file(facts: StageFacts, before: int):
    """The first step before stage index ``before`` that installs a package file with
    dpkg or rpm (``dpkg -i tool.deb``, ``rpm -ivh URL``), or None: its package is in no
    archive, so a runner that installs the packages of those RUNs again by name cannot
    (``package_files`` keeps such files, but only for RUNs whose effect is captured)."""
    for step in steps(facts):
        if step.index >= before:
            continue
        argv = expanded_argv(step)
        if argv and program_name(argv[0]) in ("dpkg", "rpm") and any(
                a in ("-i", "--install", "-U", "-ivh", "-Uvh") for a in argv[1:]):
            return step
    return None


@dataclass(frozen=True)
class PackageReplay:
    """``install``: what the runner installs (kept packages and the runtime packages of
    the -dev ones); ``dropped``: what stays in the builder; ``unmapped_dev``: -dev
    packages whose runtime package no table names (the builder reads the owners of the
    libraries they link to)."""

    install: Tuple[str, ...]
    dropped: Tuple[str, ...]
    unmapped_dev: Tuple[str, ...]
    added: Tuple[str, ...]
    #: the original upgrades the image's packages (``apt-get upgrade``, ``apk upgrade``):
    #: the runner does too, so its base packages are as new as the builder's; the apt
    #: verb it used ("upgrade", or "dist-upgrade" when one of its upgrades installs or
    #: removes packages to upgrade the held-back ones too); "" = no upgrade
    upgrade: str = ""
    #: packages of ``install`` the original installed with apt's Recommends (no
    #: ``--no-install-recommends``): the runner installs them with theirs too
    #: (tesseract-ocr recommends its English data)
    recommends: Tuple[str, ...] = ()
    #: the runner's distribution release: which programs the dropped packages bring
    #: there (``stays_in_builder``)
    distro: Optional[packages.Distro] = None
    #: keys the original imported into the RPM database (``rpm --import``): the runner
    #: imports them before it installs (``rpm_runner``)
    keys: Tuple[str, ...] = ()
    #: packages of ``install`` the original's apk took from a repository its install
    #: command named, with those options (``repository_installs``)
    repositories: Tuple[Tuple[str, Tuple[str, ...]], ...] = ()
    #: package -> the apt options its runner install adds, as the original's install
    #: had them (``apt_config``: --install-suggests, --install-recommends)
    options: Tuple[Tuple[str, Tuple[str, ...]], ...] = ()
    #: the packages the builder's library scan lists are installed with their
    #: Recommends: the original's apt installed a -dev package with its Recommends
    #: (``AptChoices.scan_recommends``)
    scan_recommends: bool = False
    #: packages of ``install`` the original's apt installed with their Recommends that
    #: the runner installs without them: build tools kept for the program (python3-pip,
    #: whose Recommends are the compilers and headers of a build)
    unrecommended: Tuple[str, ...] = ()


def replay_packages(facts: StageFacts, base: PlainBase, before: int,
                    keep: Callable[[str], bool] = lambda p: False,
                    runtime_of_dev: Callable[[str], Optional[str]] = lambda p: None,
                    drop: Callable[[str], bool] = lambda p: False) -> PackageReplay:
    """The packages the RUNs before index ``before`` install and do not remove.
    ``keep(package)``: a package the ecosystem needs at run time although the tables
    call it a build tool (``python3-pip`` brings the interpreter, setuptools'
    pkg_resources and distutils); ``runtime_of_dev(package)``: the ecosystem's runtime
    package of one of its -dev packages (``python3-dev`` -> ``python3``); ``drop(package)``:
    a package the ecosystem knows the program does not use at run time although the
    tables do not call it build-only (Debian's ``npm`` when the command runs ``node``)."""
    replayed = [s for s in steps(facts) if s.index < before]
    argvs = [expanded_argv(s) for s in replayed]
    step = prebuild_package_file(facts, before)
    if step is not None:
        argv = expanded_argv(step)
        # (only in the RUNs whose effect is captured does the builder keep package
        # files for the runner: ``package_files``; a recipe that can capture its build
        # does so first, ``python._on_distribution``)
        raise Decline(f"{step.where}: `{' '.join(argv[:3])}` installs a package file in "
                      "the RUNs before the build, whose packages the runner installs "
                      "again by name from the archive, which does not have it" +
                      ("" if base.manager == "apt" else
                       f" (the builder keeps package files for the runner only on apt "
                       f"images, whose dpkg hands them over; this one's packages are "
                       f"{base.manager}'s)"))
    #: package -> the repository options of the install that named it (apk -X)
    from_repository = {}
    untrusted = {}  # package -> why an install with an override not carried declines
    for step, argv in zip(replayed, argvs):
        got = packages.read_install(argv)
        if got is None:
            continue
        override = packages.uncarried_override(argv)
        if override is not None:
            for pkg in got.packages:
                untrusted.setdefault(pkg, f"{step.where}: `{' '.join(argv[:2])}` installs "
                                     f"{pkg} with {override}, a package it cannot "
                                     "authenticate: the runner's install of it again is "
                                     "not given that override here, and would stop")
        options = repository_options(argv)
        if options and base.manager != "apk":
            raise Decline("a package comes from a repository named on the install command "
                          "(apk -X/--repository): the runner's install cannot be replayed")
        for pkg in got.packages:
            if from_repository.get(pkg, options) != options:
                raise Decline(f"{step.where}: {pkg} is installed again from another "
                              "repository than before: which one the original's is not "
                              "known")
            from_repository[pkg] = options
    keys: Tuple[str, ...] = ()
    if base.manager == "yum":
        from . import rpm_runner
        keys = rpm_runner.check_commands(argvs)
    kept, _removed = packages.kept_installs(argvs)
    from ..apt_config import apt_choices
    choices = apt_choices(facts)
    # (the runtime packages of -dev packages the original installed with their
    # Recommends get theirs too: ``AptChoices.with_runtime``)
    with_recommends = set(choices.with_runtime(base.distro) if base.manager == "apt"
                          else choices.recommends)
    # (the verb wherever the options stand: ``apt-get -qq -y dist-upgrade``)
    upgrade = packages.upgrade_verb(argvs)
    install, dropped, unmapped, unrecommended = [], [], [], []
    for pkg in kept:
        if "$" in pkg or "/" in pkg or pkg.endswith((".deb", ".rpm", ".apk")):
            raise Decline(f"the build installs {pkg}, which names a package file or a "
                          "variable: the runner's install cannot be replayed")
        name = package_name(pkg)
        if name.startswith("@"):  # a group: Development Tools (``rpm_runner``)
            dropped.append(pkg)
            continue
        if keep(name) or name in packages.RUN_TIME_HELPERS:
            # (a version-control client the original keeps, or another of
            # packages.RUN_TIME_HELPERS, may be what the program runs, as the build did:
            # ``runner_packages.build_only``, one rule on every runner)
            install.append(pkg)
            if packages.kind_of(name, base.distro) == "toolchain":
                # pip recommends the compilers; git (kept for the program) and the
                # interpreter keep theirs: ca-certificates, which `git clone https://`
                # and Python's ssl read, comes to the original only as a Recommends
                if pkg in with_recommends:
                    unrecommended.append(pkg)
                with_recommends.discard(pkg)
            continue
        if drop(name):
            dropped.append(pkg)
            continue
        own = runtime_of_dev(name)
        kind = packages.kind_of(name, base.distro)
        options = from_repository.get(pkg)
        if options and kind == "dev" and own is None and not base.reads_runtime:
            # an Alpine -dev subpackage comes from its aport's APKBUILD with the runtime
            # subpackages of the same name (geos-dev, geos): the same repository
            stem = name[:-len("-dev")] if name.endswith("-dev") else None
            mapped = packages.runtime_of(name, base.distro) or ()
            if stem and mapped and all(package_name(m).startswith(stem) for m in mapped):
                for m in mapped:
                    from_repository.setdefault(m, options)
            elif mapped:
                raise Decline(f"the build installs {pkg} from the repository its install "
                              f"names ({' '.join(options)}): its runtime packages "
                              f"({' '.join(mapped)}) are not known to be there")
        elif options and own is not None:
            raise Decline(f"the build installs {pkg} from the repository its install names "
                          f"({' '.join(options)}): the runtime package the runner would "
                          f"install in its place ({own}) is not known to be there")
        if own is not None:
            dropped.append(pkg)
            install.append(own)
            if kind == "dev" and not base.reads_runtime:
                # the interpreter's library too where the table names it (``libpython2.7-dev``
                # -> ``libpython2.7``, which the original has): a program may link it (an
                # embedding, a uwsgi plugin); TOOLCHAIN's python3-dev and python-dev are
                # headers only
                install.extend(packages.runtime_of(name, base.distro) or ())
            continue
        if kind in ("toolchain", "helper"):
            dropped.append(pkg)
        elif kind == "dev":
            dropped.append(pkg)
            mapped = None if base.reads_runtime else packages.runtime_of(name, base.distro)
            if mapped is not None:
                install.extend(mapped)
            else:
                unmapped.append(name)
        else:
            install.append(pkg)
    uniq = lambda xs: tuple(dict.fromkeys(xs))  # noqa: E731
    install_t, dropped_t = uniq(install), uniq(p for p in dropped if p not in install)
    added = []
    if dropped_t:
        added.append("compilers, build tools and -dev packages stay in the builder ("
                     + ", ".join(dropped_t) + ")")
    if install_t:
        added.append(f"the packages the original installs are installed again in the runner "
                     f"with {base.installer or base.manager}: {' '.join(sorted(install_t))}")
    if unmapped:
        why = (f"{base.builder} names no release, so the table of one release does not "
               "name them") if base.release_floats else (
            "no package index of the RPM distribution is read here") \
            if base.manager == "yum" else "no table names them"
        added.append(f"the runtime packages of {', '.join(unmapped)} ({why}) are "
                     "read in the builder: the packages owning the libraries their .so links "
                     "point to, and those of the -dev packages they depend on, transitively "
                     "(a metapackage such as xorg-dev has no .so link of its own)")
    if not base.reads_runtime:
        added.extend(packages.dlopen_notes(
            (package_name(p) for p in dropped_t
             if packages.kind_of(package_name(p), base.distro) == "dev"), base.distro))
    if upgrade:
        added.append("the original upgrades the image's packages: the runner does too")
    for pkg in install_t:
        if pkg in untrusted:
            raise Decline(untrusted[pkg])
    if base.manager == "apt":
        choices.check(install_t)
    recommends = tuple(p for p in install_t if p in with_recommends)
    if recommends:
        added.append("installed with their Recommends, as the original did: "
                     + " ".join(sorted(recommends)))
    if unrecommended:
        added.append("installed again without their Recommends, which the original's apt "
                     f"installed with them: {' '.join(sorted(unrecommended))} (a build "
                     "tool's Recommends serve the build: pip's are the compilers and "
                     "headers, which stay in the builder)")
    if keys:
        added.append(f"the keys the original imports into the RPM database imported in the "
                     f"runner before its install: {' '.join(keys)}")
    repositories = tuple((p, from_repository[p]) for p in install_t if from_repository.get(p))
    if repositories:
        added.append("installed from the repository the original's install names, as it "
                      "did: " + "; ".join(f"{p} ({' '.join(o)})" for p, o in repositories))
    options = tuple((p, choices.options[p]) for p in install_t if p in choices.options)
    return PackageReplay(install_t, dropped_t, uniq(unmapped), tuple(added), upgrade,
                         recommends, base.distro, keys, repositories, options,
                         base.manager == "apt" and choices.scan_recommends(kept, base.distro),
                         uniq(unrecommended))


#: apk's options that add a repository for one command (``-X URL``, ``--repository
#: URL``, ``--repository=URL``) and that accept its unsigned index (``--allow-untrusted``)
_REPOSITORY_OPTIONS = ("-X", "--repository")


def repository_options(argv: Sequence[str]) -> Tuple[str, ...]:
    """The options of the install command ``argv`` naming a repository for that
    command alone, normalised (``--repository URL`` each, then ``--allow-untrusted``),
    or () where it names none."""
    out = []
    for i, w in enumerate(argv):
        if w in _REPOSITORY_OPTIONS and i + 1 < len(argv):
            out.append(f"--repository {argv[i + 1]}")
        elif w.startswith("--repository="):
            out.append(f"--repository {w.split('=', 1)[1]}")
        elif w.startswith("-X") and len(w) > 2:
            out.append(f"--repository {w[2:]}")
    if out and "--allow-untrusted" in argv:
        out.append("--allow-untrusted")
    return tuple(out)


def repository_installs(replay: "PackageReplay") -> Tuple[str, ...]:
    """The runner's ``apk add`` commands of the packages the original installed from a
    repository its install command named (``apk add -X URL geos``), each with the same
    options, after the install of the others: run without them, apk would not find the
    package."""
    groups = {}
    for pkg, options in replay.repositories:
        groups.setdefault(options, []).append(pkg)
    return tuple(f"apk add --no-cache {' '.join(o)} {' '.join(sorted(p))}"
                 for o, p in groups.items())


def _changed_since_marker(manager: str, paths: str, out: str) -> str:
    """The step writing to ``out`` the files of the list ``paths`` whose status changed
    since ``MARKER`` was written (what the build made or replaced).  GNU find's
    ``-cnewer``; BusyBox's find (Alpine) has only ``-newer``, the modification time,
    which apk and pip keep from their archives, so there both times are read with
    ``stat -c %Z`` (seconds: a file of the marker's second counts as changed, which only
    asks apk for one more owner)."""
    if manager != "apk":
        return f"xargs -r -I{{}} find {{}} -maxdepth 0 -cnewer {MARKER} < {paths} > {out}"
    return (f"stat -c %Z {MARKER} > {out}.marker && xargs -r stat -c '%Z %n' < {paths} > "
            f"{out}.ctime && awk 'FILENAME == ARGV[1] {{ m = $1; next }} $1 >= m {{ "
            f"sub(/^[0-9]+ /, \"\"); print }}' {out}.marker {out}.ctime > {out} && "
            f"rm -f {out}.marker {out}.ctime")


def scan_run(base: PlainBase, trees: Sequence[str], dev_packages: Sequence[str] = (),
             names: Sequence[str] = ("*.so*",)) -> ast.Run:
    """The builder RUN writing ``PACKAGE_LIST`` (see the module docstring).  ``names``:
    the file name patterns of the compiled files (a Node addon is ``*.node``).  One step
    per file and no pipe, so an owner query that fails fails the build (sh has no
    pipefail).  Executables count (pip builds ``uwsgi``), scripts fail ldd and drop
    out: ``find -exec ldd {} ;`` leaves files that are not ELF objects out (ldd's
    failure is only find's test there).  A NEEDED library that the builder does
    not have either (an optional plugin of a wheel) is left out: the original image
    lacks it too."""
    trees = tuple(dict.fromkeys(t.rstrip("/") or "/" for t in trees))
    if base.manager == "yum":
        from . import rpm_runner
        return rpm_runner.scan_run(base, trees, dev_packages, names)
    work = "/tmp/dtranspile-scan"
    # on an image of its own trees (``image_base``) that is the runner, a library there
    # is the image's (in the runner too) or the build's (staged): no package is asked
    # for it.  On a smaller sibling as the runner (nvidia/cuda's runtime image), the
    # image's own libraries there (older than the marker) are asked for by owner too
    sibling = bool(base.own_trees) and base.image != base.builder
    own = tuple(t.rstrip("/") for t in base.own_trees)

    def pattern(dirs):
        return "|".join(re.sub(r"([.+*?()|\[\]{}^$])", r"[\1]", t).replace("/", "\\/")
                        for t in dirs)

    inside = pattern(trees + (() if sibling else own))
    awk = "$2 == \"=>\" && $3 ~ /^\\// && $3 !~ /^(" + inside + ")\\// { print $3 }"
    if sibling:
        awk = ("$2 == \"=>\" && $3 ~ /^\\// && $3 !~ /^(" + inside + ")\\// { if ($3 ~ /^(" +
               pattern(own) + f")\\//) print $3 > \"{work}.own\"; else print $3 }}")
    which = " -o ".join(f"-name {shlex.quote(n)}" for n in names)
    parts = [f"mkdir -p {posixpath.dirname(PACKAGE_LIST)}"]
    if trees:
        parts += ["find " + " ".join(shlex.quote(t) for t in trees) +
                  f" -type f '(' {which} -o -perm -100 ')' -exec ldd {{}} ';' > {work} "
                  "2>/dev/null", f"awk {shlex.quote(awk)} {work} > {work}.libs"]
    else:  # no copied tree to scan (a find without a path would scan the builder's cwd)
        parts.append(f": > {work}.libs")
    if dev_packages:
        parts.append(dev_libraries(base.manager, dev_packages, work, f"{work}.devso",
                                   f"{work}.libs"))
    parts.append(f"LC_ALL=C sort -u -o {work}.libs {work}.libs")
    if sibling:
        # the image's own libraries (older than the marker) by their real path (the
        # package owns /usr/local/cuda-9.0/..., not the /usr/local/cuda link); the
        # build's (newer) are staged
        parts.append(f"touch {work}.own")
        parts.append(f"xargs -r -I{{}} find {{}} -maxdepth 0 ! -cnewer {MARKER} < {work}.own "
                     f"> {work}.old")
        parts.append(f"xargs -r -n1 readlink -f < {work}.old >> {work}.libs")
        parts.append(f"LC_ALL=C sort -u -o {work}.libs {work}.libs")
    elif base.own_trees:
        # a library the image had before the build (older than the marker) is in the
        # runner, the same image, whether a package owns it or not (the CUDA libraries)
        parts.append(_changed_since_marker(base.manager, f"{work}.libs", f"{work}.new"))
        parts.append(f"mv {work}.new {work}.libs")
    parts.append(_OWNER_QUERY[base.manager].format(libs=f"{work}.libs", work=work))
    parts.append(f"LC_ALL=C sort -u -o {PACKAGE_LIST} {work}.packages")
    parts.append(f"rm -f {work}*")
    what = "the packages owning the libraries the compiled files load (ELF NEEDED, resolved " \
           "by ldd)"
    if dev_packages:
        what += (f" and the libraries of {', '.join(dev_packages)} and of the -dev packages "
                 "they depend on")
    return run_node(" && ".join(parts), what + ", for the runner")


#: how the staging program reads the files the OS packages own, per package manager.
#: Every file the program reads (dpkg's lists, apk's database, rpm's output, pip's
#: records, the listing taken before the build) is read as bytes and decoded by
#: ``name``, as os.walk decodes names (kept as bytes on Python 2): opened as text, a
#: Python 3.6 or older in the C locale (a RUN sets no LANG; 3.7 coerces it to UTF-8)
#: reads them as ASCII and fails at the first non-ASCII name (ubuntu:18.04's python3
#: 3.6 on a dpkg list: UnicodeDecodeError, the build stopped)
_OWNED = {
    "apt": ('d = "/var/lib/dpkg/info"\n'
            'for f in os.listdir(d):\n'
            '    if f.endswith(".list"):\n'
            '        for l in open(os.path.join(d, f), "rb"):\n'
            '            owned.add(name(l.rstrip(b"\\n")))'),
    "apk": ('top = ""\n'
            'for l in map(name, open("/lib/apk/db/installed", "rb")):\n'
            '    if l.startswith("F:"):\n'
            '        top = "/" + l[2:].strip()\n'
            '    elif l.startswith("R:"):\n'
            '        owned.add(top + "/" + l[2:].strip())'),
    # (rpm's names are bytes: as bytes on Python 2, whose os.walk gives bytes too, and
    # decoded as os.walk decodes them on Python 3, so a non-ASCII name matches either way)
    "yum": ('out = subprocess.check_output(["rpm", "-qa", "--qf", "[%{FILENAMES}\\n]"])\n'
            'owned.update(name(out).split("\\n"))'),
}
#: the staging program: ``roots``, the package manager and the destination are
#: substituted; Python 2 and 3 alike (the builder's interpreter is the distribution's, of
#: any age), double quotes only (the RUN holds it in single quotes)
_STAGE = r"""
import glob, os, shutil, subprocess
roots, dest = ROOTS, DEST
os.makedirs(dest)
def name(b):
    return b if str is bytes else os.fsdecode(b)
owned = set()
OWNED
made = set()
def by_pip(info):
    f = os.path.join(info, "INSTALLER")
    return os.path.isfile(f) and open(f).read().strip() == "pip" and os.path.isfile(os.path.join(info, "RECORD"))
for root in [r for g in roots for r in sorted(glob.glob(g)) if not os.path.islink(r)]:
    for top, dirs, files in os.walk(root):
        for f in files + [x for x in dirs if os.path.islink(os.path.join(top, x))]:
            p = os.path.join(top, f)
            if p not in owned and os.path.realpath(p) not in owned and not (p.startswith("/usr/") and p[4:] in owned) and not (os.path.islink(p) and os.readlink(p).startswith("/etc/alternatives/")):
                made.add(p)
        for x in dirs:
            if x.endswith(".dist-info") and by_pip(os.path.join(top, x)):
                for l in map(name, open(os.path.join(top, x, "RECORD"), "rb")):
                    rel = l.rsplit(",", 2)[0]
                    if rel:
                        made.add(os.path.normpath(os.path.join(top, rel)))
def source_made(p):
    head, f = os.path.split(p)
    return os.path.basename(head) != "__pycache__" or os.path.join(os.path.dirname(head), f.split(".")[0] + ".py") in made
for p in sorted(made):
    if not os.path.lexists(p) or not source_made(p):
        continue
    out = dest + p
    if not os.path.isdir(os.path.dirname(out)):
        os.makedirs(os.path.dirname(out))
    if os.path.islink(p):
        os.symlink(os.readlink(p), out)
    elif os.path.isfile(p):
        shutil.copy2(p, out)
"""
#: on an image of its own trees (``image_base``): only what is newer than the marker
#: counts as made (the image's own files stay out), and what the listing taken with the
#: marker holds and the build removed is written, NUL-separated, for the runner
_SINCE = (("made = set()\n", "made = set()\nsince = os.lstat(MARK).st_ctime\n"),
          ('startswith("/etc/alternatives/")):', 'startswith("/etc/alternatives/")) and '
           'os.lstat(p).st_ctime > since:'),
          ("                    if rel:\n                        made.add(",
           "                    if rel and os.path.lexists(os.path.join(top, rel)) and "
           "os.lstat(os.path.join(top, rel)).st_ctime > since:\n"
           "                        made.add("))
_REMOVED = r"""
gone = [l.rstrip(b"\n") for l in open(BEFORE, "rb") if not os.path.lexists(l.rstrip(b"\n"))]
out = dest + REMOVED
if not os.path.isdir(os.path.dirname(out)):
    os.makedirs(os.path.dirname(out))
open(out, "wb").write(b"".join(p + b"\0" for p in gone))
"""


#: on a plain distribution image, where pip writes among the distribution's files: an
#: upgrade of pip or setuptools removes the packaged version's files (rpm's and apk's pip
#: its own; on Debian and Ubuntu, whose pip leaves the distribution's packages alone, the
#: upgraded pip's next install: realbuild python-debian-upgraded-setuptools), and the
#: runner installs the same packages again: the packages' files under the roots that the
#: builder no longer has, written one a line for the runner (``gone_removal_run``)
GONE = r"""
gone = set()
for root in [r for g in roots for r in sorted(glob.glob(g)) if not os.path.islink(r)]:
    gone.update(p for p in owned if p.startswith(root + "/") and not os.path.lexists(p))
out = dest + REMOVED
if not os.path.isdir(os.path.dirname(out)):
    os.makedirs(os.path.dirname(out))
data = "".join(p + "\n" for p in sorted(gone))
open(out, "wb").write(data if str is bytes else os.fsencode(data))
"""


def gone_removal_run() -> ast.Run:
    """The runner RUN removing the packages' files the build removed among the
    distribution's (``GONE``): a copy cannot carry a removal.  The shell reads the
    list (a Fedora base image may have no xargs)."""
    return run_node(f"while IFS= read -r f; do rm -rf \"$f\"; done < {REMOVED} && "
                    f"rm -f {REMOVED}", "the packages' files the build removed (a pip "
                    "upgrade over a packaged module), removed here too")


#: where the distribution's Python has the prefix /usr (apk's, rpm's; Debian's and
#: Ubuntu's pip and ``setup.py install`` write under /usr/local, copied whole), the
#: record a legacy install keeps (pip without ``wheel``: pip before 23.1 ran ``setup.py
#: install --record`` for a package it could not build a wheel of, writing the
#: ``.egg-info``'s installed-files.txt, relative to that folder, and no INSTALLER): the
#: files it names are the install's, its ``data_files`` under /usr/share or /etc among
#: them, which the roots' walk does not reach.  Inserted after the RECORD loop
_LEGACY = r"""
            elif x.endswith(".egg-info") and os.path.isfile(os.path.join(top, x, "installed-files.txt")):
                for l in map(name, open(os.path.join(top, x, "installed-files.txt"), "rb")):
                    rel = os.path.join(x, l.rstrip("\n"))
                    if l.strip():
                        made.add(os.path.normpath(os.path.join(top, rel)))"""
_RECORD_END = "                        made.add(os.path.normpath(os.path.join(top, rel)))\n"


def staging_run(interpreter: str, roots: Sequence[str], base: PlainBase) -> ast.Run:
    """The builder RUN staging what the installs created under ``roots`` (see the
    module docstring).  A file counts as created when no OS package owns it (a pip or
    ``setup.py install``'s module, an egg, an ``easy-install.pth``, a console script) or
    when a pip ``RECORD`` names it (an upgrade over a packaged module) or, with apk and
    yum, a legacy install's installed-files.txt does (``_LEGACY``); a ``.pyc`` only
    with its created source, so the distribution's byte-code caches stay out.  The
    program is one ``exec`` of an escaped string: a RUN line has no newlines, and
    buildah's RUN has no heredocs."""
    roots = list(roots) + [t for t in base.own_trees if t not in roots]
    code = _STAGE.strip()
    legacy = base.manager in ("apk", "yum")
    if legacy:
        assert _RECORD_END in code
        code = code.replace(_RECORD_END, _RECORD_END + _LEGACY.lstrip("\n") + "\n", 1)
    if base.own_trees:
        # (the legacy records' files count, as RECORD's, only when newer than the marker)
        since = _SINCE + ((_SINCE[2][0].replace("if rel:", "if l.strip():"),
                           _SINCE[2][1].replace("if rel and", "if l.strip() and")),) \
            if legacy else _SINCE
        for old, new in since:
            assert old in code
            code = code.replace(old, new, 1)
        code = code.replace("MARK", json.dumps(MARKER), 1)
        code += _REMOVED.rstrip().replace("BEFORE", json.dumps(BEFORE), 1) \
            .replace("REMOVED", json.dumps(REMOVED), 1)
    else:
        code += GONE.rstrip().replace("REMOVED", json.dumps(REMOVED), 1)
    code = code.replace("ROOTS", json.dumps(roots), 1) \
        .replace("OWNED", _OWNED[base.manager], 1).replace("DEST", json.dumps(STAGING), 1)
    literal = code.replace("\\", "\\\\").replace("\n", "\\n")
    text = f"{interpreter} -c 'exec(\"\"\"{literal}\"\"\")'"
    return ast.Run(keyword="RUN", command=ast.ShellForm(text), leading=(
        ast.Comment("# the files the installs created among the distribution's own, at "
                    f"their absolute paths under {STAGING}, for the runner"),))


def runner_plan(base: PlainBase, replay: PackageReplay, scanned: bool, what: str,
                runner: Optional[str] = None,
                after: Tuple[ast.Instruction, ...] = (),
                before_copies: Tuple[ast.Instruction, ...] = (),
                recommends: bool = False, keep_lists: bool = False,
                list_checks: Tuple[str, ...] = (), list_why: str = "",
                around: Tuple[Tuple[str, ...], Tuple[str, ...]] = ((), ())) -> RunnerPlan:
    """The runner of ``base``'s release installing ``replay.install`` and, when
    ``scanned``, the list ``scan_run`` wrote, in one RUN of its package manager.
    On an RPM image, ``list_checks`` are commands that RUN runs after the installs,
    before the list is removed, and ``list_why`` its comment instead of the usual one
    (``java_rpm``: ``java`` is the listed JRE package's).
    ``after``: instructions after the artifact copies (``RUN ldconfig``);
    ``before_copies``: after the install, before the artifact copies (context COPYs
    repeated in the runner, which the builder's versions then override);
    ``recommends``: every package is installed with its Recommends, as the original's
    ``apt-get install`` without ``--no-install-recommends`` did (Debian's nodejs
    recommends ca-certificates, which its TLS reads); ``keep_lists``: a RUN after the
    build installs with apt in the runner as the original did, on the package lists the
    original's update left (``apt install ffmpeg`` with no update of its own), so the
    setup keeps the lists it fetched.  ``around``: commands the install RUN of a runner
    without the scan's list runs first and last (``java_distribution``: the man1
    directory the JRE's scripts link into, then the check that ``java`` is there)."""
    if recommends:
        replay = dataclasses.replace(replay, recommends=replay.install)
    # (the scan's list with its Recommends where the original's apt installed a -dev
    # package with them: ``AptChoices.scan_recommends``)
    listed = "" if recommends or replay.scan_recommends else " --no-install-recommends"
    if runner is not None and base.own_trees and runner != base.image:
        raise Decline(f"{what} runs on {base.builder} and the files it keeps of its own in "
                      f"{', '.join(base.own_trees)}, of which the runner gets only what the "
                      f"build changed: {runner} is not that image")
    if runner is not None and not (runner == base.image and
                                   not image_facts(base.builder).known and
                                   not image_facts(runner).known):
        # (the builder's very image, unknown to the data: ``proven_family``'s base, whose
        # image is the builder's FROM as written, through global ARGs or not)
        target = image_facts(runner)
        ours = image_facts(base.image)
        if not target.known or target.shell is None or target.family != ours.family or \
                (target.release or None) != (ours.release or None) and \
                split_reference(runner)[0] != split_reference(base.builder)[0]:
            raise Decline(f"{what} runs on the packages of {base.builder} ({base.distro.family} "
                          f"{base.distro.release or ''}), installed again with their names "
                          f"there; {runner} is not an image of that release with a shell")
    setup = []
    named_repository = {p for p, _ in replay.repositories}
    pkgs = " ".join(sorted(p for p in replay.install if p not in named_repository))
    rec = " ".join(sorted(replay.recommends))
    manager = base.distro.record.packages
    rules = manager.unpinned_rule + (",DL3015" if rec else "")
    # (the lists a later RUN's apt install reads stay: hadolint's DL3009 does not apply)
    keep_lists = keep_lists and base.manager == "apt"
    if keep_lists:
        rules += ",DL3009"
    # (on the image's own lists: no index fetched, the lists kept)
    fetch = base.manager != "apt" or base.fetches(runner)
    # apt's install RUN first exports packages.NONINTERACTIVE: as the builder ran them (a
    # Dockerfile sets it, or a tzdata prompt waits for an answer no build gives), no
    # package asks
    frontend = (packages.NONINTERACTIVE,) if base.manager == "apt" else ()
    if base.manager == "yum":
        from . import rpm_runner
        setup.extend(rpm_runner.setup(base, replay, scanned, rules, list_checks, list_why))
    elif scanned:
        setup.append(ast.Copy(keyword="COPY", flags=(ast.Flag("from", "builder"),),
                              paths=(PACKAGE_LIST, RUNNER_LIST)))
        # on a smaller sibling (nvidia/cuda's runtime image) the list names the image's
        # own library packages too (cuda-cublas-9-0, a held libcudnn7): the sibling has
        # the same versions already, which stay as they are
        upgrade = " --no-upgrade" if base.own_trees and base.image != base.builder else ""
        if base.manager == "apt":
            text = (packages.NONINTERACTIVE + " && " +
                    (packages.upgrade_prefix("apt", replay.upgrade, fetch) or
                     packages.index_fetch(fetch)) +
                    "".join(f"{c} && " for c in packages.apt_installs(
                        replay.install, replay.recommends, dict(replay.options))) +
                    f"xargs -r apt-get install -y{listed}{upgrade} < {RUNNER_LIST} && "
                    + ("rm -f " if keep_lists or not fetch else LISTS_REMOVAL + " ") +
                    RUNNER_LIST)
        elif named_repository:
            # the packages read in the builder that the installs from the named repository
            # already brought are not asked for again without it (a dependency of theirs
            # may be in that repository alone); one that is in it and was not brought
            # fails the install, not the container
            text = (packages.upgrade_prefix("apk", replay.upgrade) +
                    (f"apk add --no-cache {pkgs} && " if pkgs else "") +
                    "".join(f"{c} && " for c in repository_installs(replay)) +
                    f"while read -r pkg; do apk info -e \"$pkg\" > /dev/null || "
                    f"echo \"$pkg\"; done < {RUNNER_LIST} > {RUNNER_LIST}.left && "
                    f"xargs -r apk add --no-cache < {RUNNER_LIST}.left && "
                    f"rm {RUNNER_LIST} {RUNNER_LIST}.left")
        else:
            text = (packages.upgrade_prefix("apk", replay.upgrade) +
                    (f"apk add --no-cache {pkgs} && " if pkgs else "") +
                    f"xargs -r apk add --no-cache < {RUNNER_LIST} && rm {RUNNER_LIST}")
        setup.append(run_node(text, "the packages the original installs for run time, and "
                              "those owning the libraries the build's compiled files load",
                              rules, lists_kept=not fetch))
    elif pkgs or replay.upgrade or named_repository:
        # (every apt text ends in the lists' removal, but where they stay)
        removal = fetch and not keep_lists
        text = manager.install_command(pkgs, removal) if pkgs else ""
        if text and fetch and keep_lists:
            text = packages.index_fetch() + text
        if named_repository:
            text = " && ".join((text,) * bool(text) + repository_installs(replay))
        if base.manager == "apt" and (rec or replay.options):
            text = packages.index_fetch(fetch) + " && ".join(packages.apt_installs(
                [p for p in replay.install if p not in named_repository], replay.recommends,
                dict(replay.options))) + (" && " + LISTS_REMOVAL if removal else "")
        if replay.upgrade:
            text = packages.with_upgrade(text, base.manager, replay.upgrade, fetch) if text \
                else packages.upgrade_prefix(base.manager, replay.upgrade, fetch) + (
                    (LISTS_REMOVAL if removal else "") if base.manager == "apt" else "true")
            text = text.removesuffix(" && ")
        first, last = around
        setup.append(run_node(" && ".join(frontend + first + (text,) + last),
                              "the packages the original installs for run time", rules,
                              lists_kept=not fetch))
    setup.extend(before_copies)
    added = replay.added
    if base.manager == "yum" and setup:
        from . import rpm_runner
        added += (rpm_runner.REPOSITORIES_COPIED,)
    if before_copies:
        added += (f"{len(before_copies)} COPY/ADD of build inputs outside the app directory "
                  "repeated in the runner (the program may read them at run time)",)
    if scanned:
        added += (Note(f"the packages owning the libraries the compiled files load are read in "
                       f"the builder (ldd, then the package owning each file) into "
                       f"{PACKAGE_LIST} and installed in the runner" + (
                           ", with their Recommends, as the original's apt installed the "
                           "-dev packages they stand for with theirs (which brings those of "
                           "their dependencies)" if replay.scan_recommends and not recommends
                           and base.manager == "apt" else ""), LIBRARY_SCAN),)
    if runner is not None:
        return chosen(runner, setup=tuple(setup), setup_after=after, added=added,
                      os_packages=True)
    return RunnerPlan(base.image, base.why, tuple(setup), after, added=added, os_packages=True)


def installed_trees(trees: Iterable[Optional[str]]) -> Tuple[str, ...]:
    """Absolute directories, each once, none inside another listed one."""
    out = sorted({t.rstrip("/") or "/" for t in trees if t})
    return tuple(t for t in out if not any(t != o and t.startswith(o.rstrip("/") + "/")
                                            for o in out))


# ----------------------------------------------------------------------------- the RUNs
# On a same-image runner, what a builder RUN did outside the copied directories (a
# locale generated, a config edited, a user created, data downloaded) is not there.
# Such a RUN is repeated in the runner after the copies when everything it runs is
# there too; a RUN whose effect is confined to the copied directories (a clone into
# the app, a make install into /usr/local) needs nothing.  Anything else declines.

#: commands with no lasting effect the runner could miss (a file written through a
#: redirection makes the RUN one to repeat)
NEUTRAL = frozenset({"true", "false", "ls", "echo", "printf", "which", "env", "sleep",
                     "set", "pwd", "id", "whoami", "uname", "date", "cat", "test", "[", "sync",
                     "hash", "type", "command", "exit", "unset", "source", ".", "alias", "[[",
                     "grep", "sha256sum", "sha512sum", "sha1sum", "md5sum"})
#: package manager commands: replayed by the runner's install (``replay_packages``);
#: repository setup is carried as the builder's repository files
PACKAGING = frozenset({"apt-get", "apt", "aptitude", "apk", "yum", "dnf", "microdnf",
                       "apt-key", "add-apt-repository", "apt-add-repository", "gpg",
                       "apt-cache", "dpkg-query", "rpm", "yum-config-manager",
                       # its answers: the runner stage copies the debconf database
                       # before the runner's installs (runner_stage._debconf_answers)
                       "debconf-set-selections"})
#: commands that write (or remove: ``rm /etc/nginx/sites-enabled/default`` takes away a
#: file the package installed again would bring back) where their arguments and
#: directory say, checked against the copied directories; their program must still be
#: in the runner to repeat them
WRITES_HERE = frozenset({"git", "wget", "curl", "tar", "unzip", "cp", "mv", "make", "cmake",
                         "ninja", "gcc", "g++", "cc", "c++", "npm", "yarn", "bower", "bunzip2",
                         "gunzip", "mkdir", "chmod", "chown", "touch", "ln", "install", "patch",
                         "sed", "rm", "find"})
#: NEUTRAL commands that write a file through a redirection
WRITERS = frozenset({"echo", "printf", "cat", "grep", "sha256sum", "sha512sum", "sha1sum",
                     "md5sum"})
#: shell text that adds package repositories (runner_packages copies the builder's
#: repository files, so writing them needs no repeat)
REPOSITORY_MARKERS = ("apt/sources.list", "apk/repositories", "yum.repos.d")
#: WRITES_HERE commands that write into their directory whatever their arguments
_BUILDS_HERE = frozenset({"make", "cmake", "ninja", "gcc", "g++", "cc", "c++", "npm", "yarn",
                          "bower", "wget", "curl", "tar", "unzip", "bunzip2", "gunzip",
                          "patch"})
#: programs of the toolchain packages that stay in the builder
TOOL_PROGRAMS = frozenset({"gcc", "g++", "cc", "c++", "make", "cmake", "ninja", "meson", "git",
                           "svn", "hg", "bzr", "ld", "as", "autoreconf", "autoconf", "automake",
                           "libtool", "pkg-config", "cargo", "rustc", "go", "javac", "mvn",
                           "gradle", "patch", "python3-config", "python-config", "gfortran",
                           "swig", "cython", "cython3", "stack", "cabal", "ghc",
                           # (bundles the interpreter: it needs the shared libpython of
                           # the -dev packages, which pip's Recommends bring, and binutils)
                           "pyinstaller"})
#: task runners whose tasks are a file of the build context (tasks.py, fabfile.py,
#: dodo.py, pavement.py, Rakefile, tox.ini), which is not read: what a task runs (a
#: compiler, a pip install into a fresh environment) is not known
TASK_RUNNERS = frozenset({"invoke", "inv", "fab", "doit", "paver", "rake", "tox", "nox",
                          "detox"})
#: programs that run another program (apt-key runs gpg): running one needs what
#: brings the other
RUNS_PROGRAM = {"apt-key": "gpg"}
#: repository setup programs and the packages that bring them (or what they run: apt-key
#: and gpg need gnupg), for the releases the generated data does not cover
#: (``stays_in_builder``)
REPOSITORY_PROGRAMS = {
    "add-apt-repository": ("software-properties-common", "python-software-properties",
                           "python3-software-properties"),
    "apt-add-repository": ("software-properties-common", "python-software-properties",
                           "python3-software-properties"),
    "apt-key": ("gnupg", "gnupg2", "gnupg1", "gpg"),
    "gpg": ("gnupg", "gnupg2", "gnupg1", "gpg"),
}
#: where a build may write without the runner missing it, besides the copied trees
SCRATCH = ("/tmp", "/var/tmp", "/root/.cache", "/var/cache", "/usr/local", "/var/lib/apt/lists",
           "/var/log")


def _setup_confined(confined):
    """The trees where a directory or file a setup command makes (``mkdir -p
    /var/log/column && touch /var/log/column/column.log``) needs no repeat: /var/log
    holds the package tools' logs, which nothing reads, but a directory made there for
    the program's own log is where it writes at run time (a missing one stops it).
    Where only builds read (``BUILD_ONLY_DIRS``: ``cd /usr/include/openssl && ln -s
    ../x86_64-linux-gnu/openssl/opensslconf.h .`` beside a pip install) a link or
    directory prepares the build, and the runner, without the -dev package, has no such
    directory to make it in (as ``runner_setup`` keeps a RUN of that setup alone in the
    builder).  Not /usr/src, where applications live too (``/usr/src/app``)."""
    from ...knowledge.filesystem import BUILD_ONLY_DIRS
    return tuple(c for c in confined if c != "/var/log") + \
        tuple(d for d in BUILD_ONLY_DIRS if d != "/usr/src")


def stays_in_builder(program: str, replay: PackageReplay) -> bool:
    """Whether running ``program`` needs a package the runner leaves out: a toolchain
    program (TOOL_PROGRAMS: also those only ``update-alternatives`` makes, ``cc``), a
    dropped package named as the program (``git``), or, on the releases the generated
    data covers, a dropped package bringing the program there (``add-apt-repository``
    from software-properties-common, ``gpg`` from gnupg, ``pkg-config``, ``strip`` from
    binutils through build-essential; ``knowledge.build_programs``); on the others, the
    repository programs' hand list (REPOSITORY_PROGRAMS)."""
    if program in TOOL_PROGRAMS:
        return True
    dropped = {package_name(p) for p in replay.dropped}
    if program in dropped:
        return True
    wanted = {program, RUNS_PROGRAM.get(program, program)}
    distro = replay.distro
    if distro is not None and build_programs.covers(distro.family, distro.release):
        return any(wanted & build_programs.programs_of(distro.family, distro.release, p)
                   for p in dropped)
    return bool(dropped & set(REPOSITORY_PROGRAMS.get(program, ())))


@dataclass(frozen=True)
class RunReplays:
    """``indices``: the builder RUNs (stage body indices) the runner repeats where they
    stand among its runtime instructions (a recipe hands them to classify as
    ``runner_repeats_indices``); ``runs``: RUNs written for the runner from commands a
    build RUN ran beside the build, after the copies; ``added``: why, for the report."""

    runs: Tuple[ast.Run, ...]
    added: Tuple[str, ...]
    indices: Tuple[int, ...] = ()
    #: builder RUNs whose effect is captured instead (``effect_capture``), with why:
    #: the runner could not repeat them
    captured: Tuple[Tuple[int, str], ...] = ()
    #: setup RUNs before the build whose links lie in the copied trees: the builder
    #: alone runs them, the copies carry what they made
    carried: Tuple[int, ...] = ()
    #: (index, note) of each RUN in ``indices``: its note in ``added``, which the report
    #: drops where classify moves that RUN into the capture window after all
    repeat_notes: Tuple[Tuple[int, str], ...] = ()


def _written_paths(step) -> Tuple[Optional[str], ...]:
    """The absolute paths a WRITES_HERE command names (options' ``=/x`` values too),
    and its directory; None where one is not known.  ``cp`` writes its destination only
    (the sources are read)."""
    from .run_walk import path_arg
    head = posixpath.basename(step.argv[0])
    args = list(step.argv[1:])
    if head == "cp":
        named = [a for a in args if not a.startswith("-")]
        target = next((b for a, b in zip(args, args[1:]) if a in ("-t", "--target-directory")),
                      None) or next((a.split("=", 1)[1] for a in args
                                     if a.startswith("--target-directory=")), None)
        if target is None and len(named) >= 2:
            target = named[-1]
        return (path_arg(target, step),) if target else (None,)
    # the directory counts for a build in it, and for a relative path
    relative = head in _BUILDS_HERE or any(
        not a.startswith(("-", "/", "$")) and "://" not in a for a in args)
    # an archive unpacked into a named directory (unzip -d DIR, tar -C DIR) with every
    # other word absolute writes there, not where it runs
    into = {"unzip": "-d", "tar": "-C"}.get(head)
    if into and into in args[:-1] and all(
            a.startswith(("-", "/")) for i, a in enumerate(args) if i != args.index(into) + 1) \
            and args[args.index(into) + 1].startswith("/"):
        relative = False
    out = [step.cwd] if relative else []
    if head == "git" and args[:1] == ["clone"]:
        named = [a for a in args[1:] if not a.startswith("-")]
        if len(named) >= 2:
            out.append(path_arg(named[1], step))
        elif named:
            out.append(path_arg(posixpath.basename(named[0].rstrip("/"))[:-4]
                                if named[0].endswith(".git") else
                                posixpath.basename(named[0].rstrip("/")), step))
        return tuple(out)
    for a in args:
        value = a.split("=", 1)[1] if a.startswith("-") and "=/" in a else a
        if value.startswith("/") or value.startswith("$"):
            out.append(path_arg(value, step))
    return tuple(out)


def run_replays(facts: StageFacts, base: PlainBase, replay: PackageReplay, boundary: int,
                trees: Sequence[str], build_step: Callable[[object], bool],
                kept_programs: Callable[[str], bool] = lambda p: True,
                build_only: Sequence[str] = ()) -> RunReplays:
    """The builder RUNs up to index ``boundary`` to repeat in the runner (see above).
    ``trees``: the directories the runner gets from the builder; ``build_step(step)``:
    the ecosystem's install steps (their outputs are copied); ``kept_programs(name)``:
    False for a program the runner lacks besides TOOL_PROGRAMS; ``build_only``: trees
    only the build reads (Maven's repository), where a write needs no repeat.  RUNs
    after the boundary go to the runner as they are (``check_runner_runs``)."""
    from ..passes.classify import RUNTIME_SETUP, _only
    from .interpreted import NOT_APP_DIRS
    confined = tuple(trees) + SCRATCH + tuple(build_only)
    # the program's own trees the runner copies (not /usr/local nor a system directory,
    # which the distribution's programs name as their own places)
    owned = tuple(t for t in trees if t not in NOT_APP_DIRS and not within_any(t, SCRATCH))
    dropped = {package_name(p) for p in replay.dropped}
    all_steps = list(steps(facts))
    by_index = {}
    for step in all_steps:
        if step.index <= boundary:
            by_index.setdefault(step.index, []).append(step)
    runs, added, indices, captured, links_carried = [], [], [], [], []
    repeat_notes = []
    for fact in facts.instructions[:boundary + 1]:
        node = fact.node
        if not isinstance(node, ast.Run):
            continue
        if _only(node, RUNTIME_SETUP):
            # a RUN of users and directories alone is repeated as it is, unless the
            # copies carry what it made (its links in the copied trees)
            if _setup_carried(by_index.get(fact.index, []), trees):
                links_carried.append(fact.index)
                added.append(f"the links the RUN at {by_index[fact.index][0].where} makes lie "
                             "in what the runner copies from the builder: not made again there")
            continue
        text = node.command.text if isinstance(node.command, ast.ShellForm) else ""
        writes_file = bool(re.search(r"(^|[^-=>])>>?\s*[^&\s]", text)) or " tee " in text
        repeat, setup, build, why, ours = [], [], False, None, False
        repository = any(m in text for m in REPOSITORY_MARKERS)
        for step in by_index.get(fact.index, []):
            head = posixpath.basename(step.argv[0])
            ours = ours or any(own in a for a in step.argv for own in ("/var/lib/dtranspile",
                                                                      "/tmp/dtranspile-"))
            if ours:
                continue  # the staging and the scan this module appends to the builder
            if build_step(step):
                build = True
            elif head in PACKAGING or head in ("cd", "export") or \
                    head in NEUTRAL and (head not in WRITERS or not writes_file or
                                         _redirects_into(step, build_only)) or \
                    repository and head in ("echo", "printf", "cat", "tee", "sed", "cp", "mv"):
                continue  # (repository lines are carried as the builder's repository files)
            elif head in WRITES_HERE and all(within_any(p, confined if head not in RUNTIME_SETUP
                                                     else _setup_confined(confined))
                                             for p in _written_paths(step)):
                continue
            elif _removes_own_downloads(step, [s for s in by_index[fact.index][
                    :by_index[fact.index].index(step)]]):
                continue
            elif head in ("wget", "curl", "git") and _consumed(step, all_steps, build_step):
                continue
            elif head in RUNTIME_SETUP:
                setup.append(step)
            else:
                repeat.append(step)
            if step.problem:
                why = step.problem
        carried = [st for st in by_index.get(fact.index, []) if st in setup or st in repeat]
        user = (fact.before.user or "root").split(":")[0]
        if user in ("root", "0"):
            # (`sudo -Hu iris mkdir -p /home/iris/var`: a repeat without the sudo would make
            # the directory root's)
            user = next((st.as_user for st in carried if st.as_user), user)
        if carried and user not in ("root", "0") and effect_capture.unsupported(facts) is None:
            captured.append((fact.index, f"it runs as user {user}, which a repeat in the "
                             "runner would not"))
            continue
        if carried and user not in ("root", "0"):
            raise Decline(f"RUN at {carried[0].where} runs as user {user} before the build, "
                          "with an effect outside the copied directories: repeating it in the "
                          "runner would not run it as that user")
        if build and carried and not repeat:
            # users, directories and links made beside the build: those commands alone
            runs.append(_setup_run(carried, facts, why))
            added.append(f"the user, directory and link commands of the RUN at "
                         f"{carried[0].where} repeated in the runner after the copies")
            continue
        repeat = repeat + setup if repeat else repeat
        if not repeat:
            continue
        first = repeat[0]
        name = posixpath.basename(first.argv[0])
        what = f"RUN at {first.where} runs `{' '.join(first.argv[:3])}`"
        try:
            if why:
                raise Decline(f"{what} inside a shell construct the transpiler cannot follow "
                              f"({why}); its effect outside the copied directories is not "
                              "known")
            if build:
                raise Decline(f"{what} besides the build, with an effect outside the copied "
                              "directories: the RUN cannot be repeated in the runner without "
                              "the build")
            _check_repeatable(repeat, replay, kept_programs)
            _check_not_into_copies(repeat, owned)
            _check_no_unzip_prompt(repeat, trees)
            _check_no_second_append(text, by_index.get(fact.index, []), trees)
            installs_dropped = [p for s in by_index.get(fact.index, [])
                                for p in (packages.read_install(s.argv).packages
                                          if packages.read_install(s.argv) else ())
                                if package_name(p) in dropped]
            if installs_dropped:
                raise Decline(f"{what}, whose effect outside the copied directories the "
                              "runner would miss, and repeating the RUN there needs "
                              f"{', '.join(installs_dropped)}, which stays in the builder")
        except Decline as exc:
            cannot = effect_capture.unsupported(facts)
            if cannot is not None:
                raise Decline(f"{exc.reason}; its effect cannot be captured in the builder "
                              f"either: {cannot}")
            captured.append((fact.index, _uncapitalised_cause(exc.reason)))
            continue
        indices.append(fact.index)
        note = (f"the RUN at {first.where} (`{name}`) repeated in the runner: its effect "
                "outside the copied directories is needed at run time")
        added.append(note)
        repeat_notes.append((fact.index, note))
    return RunReplays(tuple(runs), tuple(added), tuple(indices), tuple(captured),
                      tuple(links_carried), tuple(repeat_notes))


def _redirects_into(step, dirs: Sequence[str]) -> bool:
    """Whether the command writes through redirections only, every one into ``dirs``
    (``printf ... > $d/x.pom`` in Maven's repository, which only the build reads): no
    repeat is needed for it."""
    redirects = step.command.redirects if step.command is not None else ()
    # (``> ~/.bashrc`` is in the home, not in a directory named ``~`` where it runs)
    return bool(redirects) and all(not r.startswith("~") and within_any(path_arg(r, step), dirs)
                                   for r in redirects)


def _uncapitalised_cause(reason: str) -> str:
    """A decline's reason as the cause of a capture (the report's wording): its text up
    to the first ": " outside parentheses and backquotes (a shell construct's own
    ``(`if` at 1:148: ...)`` stays whole)."""
    depth, quoted, cut = 0, False, len(reason)
    for pos, char in enumerate(reason):
        if char == "`":
            quoted = not quoted
        elif not quoted and char == "(":
            depth += 1
        elif not quoted and char == ")":
            depth = max(depth - 1, 0)
        elif not quoted and not depth and reason.startswith(": ", pos):
            cut = pos
            break
    cause = reason[:cut]
    return re.sub(r"^RUN at (line \d+|instruction \d+) ", "it ", cause)


def _download_targets(step) -> Optional[Tuple[str, ...]]:
    """The files (absolute) a ``wget``/``curl`` step writes (``analysis.downloads``), ()
    when it writes only to its standard output, None where one is not known."""
    got = downloads.read(step.argv)
    if got is None or not got.known:
        return None
    paths = tuple(path_arg(f, step) for f in got.files)
    return None if None in paths else paths


def _removes_own_downloads(step, earlier) -> bool:
    """Whether ``step`` is an ``rm`` of files only that a download of the same RUN
    (``earlier``: its steps before this one) wrote (``curl -SLO .../node.tar.gz && tar
    ... && rm node.tar.gz``): nothing of the image is removed."""
    if posixpath.basename(step.argv[0]) != "rm":
        return False
    made = {p for s in earlier for p in _download_targets(s) or ()}
    words = [a for a in step.argv[1:] if not a.startswith("-")]
    return bool(words) and all(path_arg(w, step) in made for w in words)


def _consumed(step, all_steps, build_step) -> bool:
    """Whether what a download or clone writes is only build input: ``curl`` to its
    output, a file that a later command runs or removes (``get-pip.py``), a clone that
    a later install builds from without linking back to it (not ``pip install -e``,
    not ``setup.py develop``)."""
    argv = list(step.argv)
    head = posixpath.basename(argv[0])
    named = [a for a in argv[1:] if not a.startswith("-")]
    if head == "git":
        if argv[1:2] != ["clone"] or not named[1:]:
            return False
        targets: Optional[Tuple[str, ...]] = (_written_paths(step)[-1],)
    else:
        got = downloads.read(argv)
        if got is not None and got.stdout and not got.writes_file:
            return True  # to standard output (a pipe)
        targets = _download_targets(step) or None
    if targets is None or None in targets:
        return False
    later = all_steps[next(i for i, s in enumerate(all_steps) if s is step) + 1:]
    return all(_consumed_later(target, later, build_step) for target in targets)


def _consumed_later(target: str, later, build_step) -> bool:
    """Whether a step of ``later`` consumes ``target`` (``_consumed``)."""
    from .run_walk import path_arg
    for other in later:
        words = [path_arg(a, other) for a in other.argv[1:] if not a.startswith("-")]
        inside = is_within(other.cwd, target) or target in words
        if not inside:
            continue
        if any(a in ("-e", "--editable", "develop") for a in other.argv):
            return False
        if build_step(other) or posixpath.basename(other.argv[0]) in ("rm", "sh", "bash") or \
                script_file(other.argv, shells=False) is not None or \
                other.argv[:2] in (("make", "install"),) or "install" in other.argv[1:2]:
            return True
    return False


def _check_repeatable(repeat, replay: PackageReplay, kept_programs) -> None:
    """Decline when a command to repeat in the runner is a script whose effect is not
    read, or a program that stays in the builder."""
    script = next((s for s in repeat if s.argv[0].endswith(".sh") or
                   s.argv[0].startswith(("./", "../")) or
                   posixpath.basename(s.argv[0]) in ("sh", "bash") and len(s.argv) > 1 and
                   not s.argv[1].startswith("-")), None)
    if script is not None:
        raise Decline(f"RUN at {script.where} runs the script `{' '.join(script.argv[:2])}`, "
                      "whose effect outside the copied directories is not known (its text "
                      "is not read): it cannot be carried to the runner")
    interpreted = next((s for s in repeat if script_file(s.argv, shells=False) is not None),
                       None)
    if interpreted is not None:
        # (``python distribute_setup.py`` before ``python get-pip.py`` and the pip
        # installs: repeated after the runner's copy of /usr/local it would install
        # over what the later steps left there, in the reverse order)
        name = posixpath.basename(interpreted.argv[0])
        raise Decline(f"RUN at {interpreted.where} runs the script "
                      f"`{name} {script_file(interpreted.argv, shells=False)}`, whose effect "
                      "outside the copied directories is not known (its text is not read): "
                      "repeated in the runner after the copies, it would run over what the "
                      "later build steps left")
    # (a gem's native extension compiles only with ruby's headers, which ruby-dev or
    # ruby-full brings: without them the original installed no such gem either)
    gems = next((s for s in repeat if _installs_gems(s)), None)
    ruby_headers = re.compile(r"ruby[0-9.]*-dev|ruby-full")
    headers = any(ruby_headers.fullmatch(package_name(p))
                  for p in replay.install + replay.dropped)
    compilers = [p for p in (package_name(d) for d in replay.dropped)
                 if packages.kind_of(p, replay.distro) == "toolchain" or
                 ruby_headers.fullmatch(p)]
    if gems is not None and headers and compilers:
        raise Decline(f"RUN at {gems.where} runs `{' '.join(gems.argv[:3])}`, whose effect "
                      "outside the copied directories the runner would miss, and repeating "
                      "it there would compile the gems' native extensions without "
                      f"{', '.join(dict.fromkeys(compilers))}, which stays in the builder")
    missing = [s for s in repeat if stays_in_builder(posixpath.basename(s.argv[0]), replay)
               or not kept_programs(posixpath.basename(s.argv[0]))]
    if missing:
        names = ", ".join(dict.fromkeys(posixpath.basename(s.argv[0]) for s in missing))
        raise Decline(f"RUN at {missing[0].where} runs `{' '.join(missing[0].argv[:3])}`, "
                      "whose effect outside the copied directories the runner would miss, "
                      f"and repeating it there needs {names}, which stays in the builder")


def _installs_gems(step) -> bool:
    """Whether the command installs Ruby gems (``gem install``, ``bundle install``),
    which may compile native extensions with the C toolchain and ruby's headers."""
    from .system_gems import gem_installs_argv
    return gem_installs_argv(step.argv)


def _setup_carried(steps_, trees) -> bool:
    """Whether a setup RUN (links, directories, users) made only links inside the trees
    the runner copies from the builder (``ln -s /usr/bin/python3.6
    /usr/local/bin/python3`` with /usr/local copied or staged): the copy carries them,
    and the RUN, repeated after the copy, would fail (``File exists``), so the builder
    alone runs it.  A RUN that also does other setup with such a link declines: neither
    repeating it nor leaving it out gives the original.  ``ln -f`` is repeatable."""
    inside, other = [], []
    for step in steps_:
        (inside if _links_into(step, trees) else other).append(step)
    if inside and other:
        step = inside[0]
        raise Decline(f"RUN at {step.where} runs `{' '.join(step.argv)}`, a link in what the "
                      "runner copies from the builder, beside other setup the runner repeats: "
                      "repeated after the copy, the link fails (the file exists)")
    return bool(inside)


def _links_into(step, trees) -> bool:
    """Whether the step is an ``ln`` (without -f) whose link lies in ``trees``."""
    opts = "".join(a[1:] for a in step.argv[1:] if a.startswith("-") and not a.startswith("--"))
    args = [a for a in step.argv[1:] if not a.startswith("-")]
    if posixpath.basename(step.argv[0]) != "ln" or len(args) < 2 or "f" in opts or \
            "--force" in step.argv[1:]:
        return False
    path = path_arg(args[-1], step) if args[-1].startswith("/") else None
    return path is not None and within_any(path, trees)


def _check_not_into_copies(repeat, trees) -> None:
    """Decline when a command to repeat names a path in a tree the runner copies from
    the builder (``meteor bundle --directory /rrequest``): repeated after the copy, it
    would write there again over what the build left, undoing what later build steps
    changed (a module replaced, a file removed)."""
    for step in repeat:
        for word in step.argv[1:]:
            value = word.split("=", 1)[1] if word.startswith("-") and "=/" in word else word
            if value.startswith("/") and within_any(path_arg(value, step), trees):
                raise Decline(f"RUN at {step.where} runs `{' '.join(step.argv[:3])}`, which "
                              f"names {value} in a directory the runner copies from the "
                              "builder: repeated there after the copy, it would write over "
                              "what the build left")
        if posixpath.basename(step.argv[0]) != "rm":
            continue
        for word in step.argv[1:]:
            # ``rm -rf /.src`` before a COPY into /.src: repeated after the runner's copy
            # of /.src/requirements.txt, it would remove what the copy brought
            removed = path_arg(word, step) if not word.startswith("-") else None
            inner = [t for t in trees if removed and is_within(t, removed)]
            if inner:
                raise Decline(f"RUN at {step.where} removes {word}, which holds "
                              f"{inner[0]}, copied from the builder: repeated in the runner "
                              "after the copy, it would remove what the build left there")


def _check_no_unzip_prompt(repeat, trees) -> None:
    """Decline when a command to repeat is an ``unzip`` (without -o or -n) into a tree the
    runner copies from the builder (``unzip terraform.zip -d /usr/local/bin/`` after the
    copy of /usr/local): the files it unpacks are there already, and unzip asks whether
    to replace them; with no terminal it reads end of input, replaces nothing and exits
    1, which fails the runner's build."""
    for step in repeat:
        if posixpath.basename(step.argv[0]) != "unzip":
            continue
        args = list(step.argv[1:])
        letters = "".join(a[1:] for a in args if a.startswith("-") and not a.startswith("--")
                          and a != "-d")
        if "o" in letters or "n" in letters:
            continue
        into = args[args.index("-d") + 1] if "-d" in args[:-1] else None
        where = path_arg(into, step) if into is not None else step.cwd
        if where is None:
            raise Decline(f"RUN at {step.where} runs `unzip` in a directory that is not "
                          "known, repeated in the runner after its copies from the builder: "
                          "where the files it unpacks are there already, unzip (without -o) "
                          "stops at its prompt to replace them and fails the build")
        if within_any(where, trees):
            raise Decline(f"RUN at {step.where} runs `unzip` into {where}, which the runner "
                          "copies from the builder before repeating it: the files are there "
                          "already, and unzip (without -o) stops at its prompt to replace "
                          "them and fails the build")
        held = [t for t in trees if is_within(t, where)]
        if held:
            raise Decline(f"RUN at {step.where} runs `unzip` into {where}, which holds "
                          f"{held[0]}, a tree the runner copies from the builder before "
                          "repeating it: what the archive holds is not known, and where its "
                          "files are there already, unzip (without -o) stops at its prompt "
                          "to replace them and fails the build")


def _check_no_second_append(text: str, run_steps, trees) -> None:
    """Decline when a RUN to repeat appends (``>>``) to a file in a tree the runner
    copies from the builder (``echo 'python webapp.py' >> run.sh`` in the app's
    directory): the copy brings the file with the builder's lines, and the repeat would
    append them a second time.  (A redirection's operator is read from the RUN's text:
    ``>>`` right before the target as written.)"""
    for step in run_steps:
        for target in (step.command.redirects if step.command is not None else ()):
            if not re.search(r">>\s*[\"']?" + re.escape(target), text):
                continue
            path = None if target.startswith("~") else path_arg(target, step)
            if path is None or within_any(path, trees):
                where = (f"{path}, in a tree the runner copies from the builder" if path
                         else f"{target}, a file whose place is not known")
                raise Decline(f"RUN at {step.where} appends to {where}: repeated in the "
                              "runner after the copies, it would append its lines a second "
                              "time")


def _setup_run(setup, facts: StageFacts, why) -> ast.Run:
    """A runner RUN of the user, directory and link commands a build RUN ran beside
    the build, written again from their words (no glob either: its quoting is gone) (no variable in them: the runner's ENV comes
    later; run in the directory they ran in)."""
    if why or any(c in w for s in setup for w in s.argv for c in "$`*?["):
        raise Decline(f"RUN at {setup[0].where} creates users, directories or links beside "
                      "the build with words the transpiler cannot write again "
                      f"({why or 'a variable'})")
    parts = []
    for step in setup:
        text = " ".join(shlex.quote(w) for w in _again(step.argv))
        relative = any(not w.startswith(("-", "/")) for w in step.argv[1:])
        if relative and step.cwd is None:
            raise Decline(f"RUN at {step.where} runs `{text}` in a directory that is not known")
        parts.append(f"cd {shlex.quote(step.cwd)} && {text}" if relative else text)
    return run_node(" && ".join(parts), f"what the RUN at {setup[0].where} did beside the "
                    "build outside the copied directories, for the runner")


def _again(argv):
    """A directory or link command as the runner runs it after the copies, where the
    directory or link may exist already (the runner's WORKDIR, a staged link): ``mkdir``
    gets -p and ``ln`` gets -f, which change nothing where the original made them anew
    (``RUN mkdir /locust`` after ``WORKDIR /locust`` failed the runner's build)."""
    argv = list(argv)
    flags = [w for w in argv[1:] if w.startswith("-") and not w.startswith("--")]
    name = posixpath.basename(argv[0]) if argv else ""
    if name == "mkdir" and "--parents" not in argv and not any("p" in f for f in flags):
        argv.insert(1, "-p")
    if name == "ln" and "--force" not in argv and not any("f" in f for f in flags):
        argv.insert(1, "-f")
    return argv


def check_runner_runs(facts: StageFacts, replay: PackageReplay, boundary: int,
                      kept_programs: Callable[[str], bool] = lambda p: True,
                      build_step: Callable[[object], bool] = lambda s: False,
                      trees: Sequence[str] = ()) -> Tuple[Tuple[int, str], ...]:
    """The RUNs after the build run in the runner as they are (the same image with the
    original's packages), except one that needs a program that stays in the builder,
    or that reads what a clone or download before the build wrote outside the copied
    ``trees`` (which only the builder has): that one runs in the builder and its effect
    is captured (``effect_capture``; the RUNs after it then run there too), with why;
    where capture is not possible, declined."""
    dropped = {package_name(p) for p in replay.dropped}
    out = {}
    fetched = _builder_fetches(facts, boundary, trees)
    for step in steps(facts):
        head = posixpath.basename(step.argv[0])
        read = _reads_fetched(step, fetched) if step.index > boundary else None
        if read is not None and step.index not in out:
            _capturable(facts, step, f"reads {read}, which a clone or download before the "
                        "build wrote and only the builder has (the runner copies the "
                        "build's output alone)")
            out[step.index] = (f"it reads {read}, which a clone or download before the "
                               "build wrote and only the builder has")
            continue
        if step.index > boundary and step.index not in out and dropped and build_step(step):
            # (``python setup.py install`` after the pip installs: a build, which may
            # need the -dev packages and compilers the runner leaves out; what it
            # writes is copied or captured)
            _capturable(facts, step, f"installs with `{' '.join(step.argv[:3])}`, which "
                        "needs the build tools that stay in the builder")
            out[step.index] = (f"it installs with `{' '.join(step.argv[:3])}`, a build that "
                               "needs the tools that stay in the builder")
            continue
        if step.index > boundary and step.index not in out and dropped and \
                head in TASK_RUNNERS:
            # (``invoke build``: the tasks are the build context's tasks.py, not read
            # here, and may compile with the tools that stay in the builder)
            _capturable(facts, step, f"runs `{head}`, whose tasks (a file of the build "
                        "context) are not read: they may use the build tools that stay in "
                        "the builder")
            out[step.index] = (f"it runs `{head}`, whose tasks (a file of the build context) "
                               "are not read and may use the tools that stay in the builder")
            continue
        if step.index > boundary and step.index not in out and dropped and \
                shell_command_string(step.argv) is not None:
            # (``bash -c "mkvirtualenv app && pip install -r dev.txt"``: the script is
            # one word, whose commands are not read here, and may build with the tools
            # that stay in the builder)
            _capturable(facts, step, f"hands a script to `{head} -c`, whose commands are "
                        "not read: they may use the build tools that stay in the builder")
            out[step.index] = (f"it hands a script to `{head} -c`, whose commands are not "
                               "read and may use the tools that stay in the builder")
            continue
        if step.index > boundary and step.index not in out and (
                stays_in_builder(head, replay) or not kept_programs(head)):
            _capturable(facts, step, f"runs `{head}`, which stays in the builder; the RUN "
                        "sets up the runtime in the runner")
            out[step.index] = f"it runs `{head}`, which stays in the builder"
    return tuple(out.items())


def _capturable(facts: StageFacts, step, what: str) -> None:
    """Decline when the RUN at ``step`` after the build, which ``what`` says must run in
    the builder, cannot have its effect captured there."""
    cannot = effect_capture.unsupported(facts)
    if cannot is not None:
        raise Decline(f"RUN at {step.where} after the build {what}, and its effect cannot "
                      f"be captured in the builder: {cannot}")


def _builder_fetches(facts: StageFacts, boundary: int,
                     trees: Sequence[str]) -> Tuple[str, ...]:
    """What the clones (``git clone URL DIR``) and downloads (``wget``, ``curl -o``) of
    the RUNs up to ``boundary`` wrote outside the copied ``trees``: the runner, which
    gets only those trees, lacks them."""
    out = []
    for step in steps(facts):
        if step.index > boundary:
            break
        head = posixpath.basename(step.argv[0])
        if head == "git" and list(step.argv[1:2]) == ["clone"]:
            target = _written_paths(step)[-1]
        elif head in downloads.TOOLS:
            out.extend(t for t in _download_targets(step) or ()
                       if t and t != "/" and not within_any(t, trees))
            continue
        else:
            continue
        if target and target not in ("-", "/") and not within_any(target, trees):
            out.append(target)
    return tuple(dict.fromkeys(out))


def _reads_fetched(step, fetched: Sequence[str]) -> Optional[str]:
    """The first of ``fetched`` that ``step`` runs in or names (a path argument inside
    it), or None; a removal (``rm -rf /src``) reads nothing."""
    from .run_walk import path_arg
    if not fetched or posixpath.basename(step.argv[0]) in ("rm", "rmdir"):
        return None  # (a cleanup: what it removes the runner does not have either)
    if within_any(step.cwd, fetched):
        return next(f for f in fetched if is_within(step.cwd, f))
    for a in step.argv[1:]:
        if a.startswith("-") or "://" in a:
            continue
        path = path_arg(a, step)
        hit = next((f for f in fetched if is_within(path, f)), None)
        if hit is not None:
            return hit
    return None


def check_repeats(facts: StageFacts, indices, replay: PackageReplay) -> None:
    """A builder RUN the runner repeats runs there whole: every command in it must have
    its program in the runner (``make install && ldconfig`` repeated for the ldconfig
    would run make, which stays in the builder)."""
    for step in steps(facts):
        head = posixpath.basename(step.argv[0])
        if step.index in indices and stays_in_builder(head, replay):
            raise Decline(f"RUN at {step.where} is repeated in the runner for its effect "
                          f"outside the copied directories, and it runs `{head}`, which "
                          "stays in the builder")


def same_image_runs(facts: StageFacts, base: PlainBase, replay: PackageReplay, boundary: int,
                    trees: Sequence[str], build_step: Callable[[object], bool],
                    kept_programs: Callable[[str], bool] = lambda p: True,
                    late_build_step: Callable[[object], bool] = lambda s: False,
                    build_only: Sequence[str] = ()) -> RunReplays:
    """What becomes of the stage's RUNs on a same-distribution runner (the runner gets
    the copied ``trees`` and the packages installed again, nothing else of the
    builder): the RUNs up to ``boundary`` whose effect lies outside those trees
    (``locale-gen``, a ``sed -i`` of my.cnf, ``a2enmod``, ``>> /etc/environment``) are
    repeated in the runner or their effect captured (``run_replays``), and the RUNs
    after it run in the runner as they are, or are captured where they need a program
    that stays in the builder (``check_runner_runs``); ``captured`` holds both.
    ``build_step(step)``: the ecosystem's install and build commands, whose output the
    runner copies; ``kept_programs(name)``: False for a program the runner lacks besides
    the build tools and the programs of the packages that stay in the builder;
    ``late_build_step(step)``: a build after ``boundary`` that needs the tools that stay
    in the builder (``python setup.py install`` after the pip installs); ``build_only``:
    trees only the build reads (Maven's repository), whose writes need no repeat."""
    repeated = run_replays(facts, base, replay, boundary, trees, build_step, kept_programs,
                           build_only)
    late = check_runner_runs(facts, replay, boundary, kept_programs, late_build_step, trees)
    check_repeats(facts, repeated.indices, replay)
    return dataclasses.replace(repeated, captured=repeated.captured + late)


def installs_on_kept_lists(facts: StageFacts, build: int) -> bool:
    """Whether a RUN after the build (index ``build``) installs packages without
    fetching the package lists itself (it relied on the lists an earlier RUN left):
    only then does the runner's setup keep the lists it fetched.  A RUN that runs
    ``apt-get update`` first fetches its own, and lists kept for it would only weigh on
    the image (~45 MB on bookworm: the sample python-distribution-capture-window grew
    past its original)."""
    updated = set()
    for s in steps(facts):
        if s.argv[:1] in (("apt-get",), ("apt",)) and verb_of(s.argv) == "update":
            updated.add(s.index)
        elif s.index > build and s.index not in updated and \
                packages.read_install(s.argv) is not None:
            return True
    return False


@dataclass(frozen=True)
class SameImageDetection(Detection):
    """A detection whose runner is the builder's distribution image with the original's
    packages installed again (``plain_base``, ``image_base``): what classify reads of
    it (by these names) and the runner plan uses."""

    #: the builder's distribution and the runner image (None: another runner)
    distribution: Optional[PlainBase] = None
    replay: Optional[PackageReplay] = None
    #: context COPY/ADDs of the build whose files land outside every copied tree
    #: (``COPY scheduler.py .`` in /, ``COPY app.ini /etc/app/``), repeated in the runner
    context_copies: Tuple[ast.Instruction, ...] = ()
    #: RUNs written for the runner after the copies (``RunReplays.runs``)
    repeated_runs: Tuple[ast.Instruction, ...] = ()
    #: builder RUNs the runner repeats where they stand (classify reads it)
    runner_repeats_indices: Tuple[int, ...] = ()
    #: (index, note in ``added``) of each of those RUNs (``RunReplays.repeat_notes``):
    #: the builder stage drops the note of one classify captured after all
    runner_repeat_notes: Tuple[Tuple[int, str], ...] = ()
    #: the runner is the builder's image with its packages: RUNs after the build that
    #: set up the runtime run there as they are (classify reads it)
    runner_repeats_runs: bool = False
    #: builder RUNs whose effect outside the copied directories is captured (with why:
    #: the runner could not repeat them; effect_capture, classify reads it)
    captured_runs: Tuple[Tuple[int, str], ...] = ()
    #: setup RUNs the copies carry (``RunReplays.carried``): the builder alone runs them
    #: (classify reads it)
    carried_setup_indices: Tuple[int, ...] = ()

    def with_runs(self, runs: RunReplays) -> "SameImageDetection":
        """The same with ``same_image_runs``'s answer in the fields classify reads."""
        return dataclasses.replace(self, repeated_runs=self.repeated_runs + runs.runs,
                                   runner_repeats_indices=runs.indices,
                                   runner_repeat_notes=runs.repeat_notes,
                                   runner_repeats_runs=True, captured_runs=runs.captured,
                                   carried_setup_indices=runs.carried,
                                   added=self.added + runs.added)
