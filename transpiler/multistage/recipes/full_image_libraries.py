"""Libraries a full interpreter image has and its slim sibling lacks (issue 18 class 2).

``python:3.x`` and ``node:X`` are built on buildpack-deps: libpq, libxml2, libjpeg,
libmariadb, gcc's libgomp and many more are installed there, so a compiled module the
build makes (psycopg2 from source, uwsgi, a Node addon) links them and the slim runner
fails at import with ``libxml2.so.2: cannot open shared object file``.  Which of them a
module loads is decided by what the build produced, not by the Dockerfile: the builder
reads the ELF NEEDED entries of everything it is about to copy (``ldd``, resolved
through its own loader cache, as the official slim images find theirs) and gathers
those libraries in one directory; the runner adds to /usr/local/lib the ones whose
soname its loader does not know (its own copies of the same release stay in use), so
it works whether or not a module needs one, and needs no package index (EOL releases
have none online).
glibc's own libraries are never taken: the runner's glibc is the one it runs with."""

from __future__ import annotations

import dataclasses
import posixpath
import re
import shlex
from typing import Tuple

from ...analysis import StageFacts
from ...analysis.shell import program_name
from ...knowledge.packages import package_name
from ...knowledge.references import same_reference, split_reference
from ...tree import ast
from ..runner_setup import run_node
from .artifacts import Artifact
from .base import Decline, Detection, LibraryScan, Note, without_feature
from .floating_site import shell_word
from .run_walk import steps
from ..root_staging import staged_onto_root

#: where the builder gathers the libraries, laid out as the root they are copied onto
GATHERED = "/opt/runtime-libraries"
#: the tags (``base.Note``) of the notes of the gathered libraries, of git's copy and of
#: the libraries found through an RPATH: taking a feature back drops its notes by tag
GATHERING = "full image: libraries gathered"
GIT_COPY = "full image: git copied"
#: the tag of the note of the libraries gathered for the builder's own image as the runner
#: (``_own_image_dev_libraries``), which the merge step's comment follows
OWN_IMAGE = "own image: -dev libraries gathered"
PRIVATE_LIBRARIES = "libraries outside the system's directories copied"
ARTIFACT = Artifact("/opt", "runtime-libraries", "libraries the compiled modules load that "
                    "the slim runner may lack (ELF NEEDED, resolved by ldd in the builder)",
                    -1, tree=True)
#: the same directory where the runner is the builder's own image (``for_runner``), which
#: has what the full image has and lacks only what the build installed
OWN_ARTIFACT = Artifact("/opt", "runtime-libraries", "libraries of the -dev packages no "
                        "table maps and those the compiled modules load, which the "
                        "builder's own image lacks where the build installed them (ELF "
                        "NEEDED, resolved by ldd in the builder)", -1, tree=True)
#: glibc's libraries (the runner's glibc is the one its loader belongs to)
_GLIBC = r"^(libc|libm|libdl|libpthread|librt|libresolv|libutil|libnsl|libanl|libcrypt|" \
         r"libmvec|libBrokenLocale|libthread_db|ld-linux[^.]*)[.]so"


def applies(facts: StageFacts) -> bool:
    """Whether the runner is the slim sibling of a full glibc builder image (the tag
    shows neither slim nor alpine), the case where the runner has fewer libraries; not
    for a full image pinned by a digest on a floating tag, whose runner is that very
    image (``runner_policy.digest_on_floating_tag``)."""
    from .runner_policy import digest_on_floating_tag

    tag = split_reference(facts.base.reference)[1] or "latest"
    return "slim" not in tag and "alpine" not in tag and facts.base.libc != "musl" and \
        not digest_on_floating_tag(facts.base)


#: where, inside ``GATHERED``, the builder lays out the other files of each gathered
#: library's package (``.files/<library>/<absolute path>``): a dot name, which the runner's
#: ``*`` over the libraries does not match
PACKAGE_FILES = f"{GATHERED}/.files"
#: what of a package's file list does not decide whether a program runs (documentation,
#: translations of its messages, which the slim images leave out of their own packages)
_NOT_RUN_TIME = ("/usr/share/doc/*", "/usr/share/man/*", "/usr/share/info/*",
                 "/usr/share/lintian/*", "/usr/share/bug/*", "/usr/share/locale/*")
#: the awk program reading the builder's dpkg database (``/var/lib/dpkg/status``), then
#: ``{work}.owners`` (``dpkg-query --search``'s lines), and writing the data packages each
#: owner of a gathered library depends on: one ``owner package`` line each.  A dependency
#: (Depends, Pre-Depends; the first alternative installed, a virtual name through its
#: installed provider) counts when its file list (``/var/lib/dpkg/info/NAME[:ARCH].list``)
#: names no program (``/bin``, ``/sbin``, ``/usr/bin``, ``/usr/sbin``) and no library in
#: the loader's directories: what a library reads by path at run time from another
#: package (libfontconfig1's fontconfig-config, /etc/fonts, and through it a font
#: package; libmagic1's libmagic-mgc, magic.mgc).  A library package comes by its NEEDED
#: entry where loaded, a program package (debconf, ucf) is no library's run-time data.
#: The data packages' own dependencies are read the same way (fontconfig-config ->
#: fonts-dejavu-core); one the builder lacks is left out (the original lacks it too).
#: Line by line, as every awk reads (mawk 1.3.3 of the old releases too): dpkg writes a
#: package's Package field first and its Status second, before the fields read here
_DATA_PACKAGES = (
    "'BEGIN { info = \"/var/lib/dpkg/info/\" } "
    "FILENAME != ARGV[1] { o = $0; sub(/[:,].*/, \"\", o); owner[o] = 1; next } "
    "/^Package: / { n = $2; on = 0; next } "
    "/^Status: / { on = $0 ~ / installed$/; if (on) ok[n] = 1; next } "
    "!on { next } "
    "/^Architecture: / { arch[n] = $2 } "
    "/^(Pre-)?Depends: / { deps[n] = deps[n] \",\" substr($0, index($0, \":\") + 2) } "
    "/^Provides: / { k = split(substr($0, 11), v, \",\"); for (j = 1; j <= k; j++) { "
    "gsub(/[(][^)]*[)]|:[^ ]*| /, \"\", v[j]); "
    "if (v[j] != \"\" && !(v[j] in by)) by[v[j]] = n } } "
    "function plain(p, f, line, r, got) { f = info p \".list\"; "
    "if ((r = (getline line < f)) < 0) { f = info p \":\" arch[p] \".list\"; "
    "r = (getline line < f) } "
    "got = r >= 0; while (r > 0) { if (line ~ \"^/(usr/)?s?bin/\" || "
    "line ~ \"^/(usr/)?lib[^/]*/([^/]*-linux-gnu[^/]*/)?lib[^/]*[.]so\") got = 0; "
    "r = (getline line < f) } close(f); return got } "
    "function follow(o, p, g, a, k, j, m, d, i) { k = split(deps[p], g, \",\"); "
    "for (j = 1; j <= k; j++) { m = split(g[j], a, \"|\"); d = \"\"; "
    "for (i = 1; i <= m && d == \"\"; i++) { gsub(/[(][^)]*[)]|:[^ ]*| /, \"\", a[i]); "
    "if (a[i] in ok) d = a[i]; else if (a[i] in by) d = by[a[i]] } "
    "if (d != \"\" && !((o, d) in seen)) { seen[o, d] = 1; "
    "if (!(d in kind)) kind[d] = plain(d); "
    "if (kind[d]) { print o, d; follow(o, d) } } } } "
    "END { for (o in owner) if (o in ok) follow(o, o) }'")
#: the awk program keeping, from ldd's output, the libraries of the system's library
#: directories other than glibc's, one path per soname
_SYSTEM_LIBRARIES = (f"'$2 == \"=>\" && $3 ~ /^\\/(usr\\/)?lib\\// && $1 !~ /{_GLIBC}/ && "
                     "!seen[$1]++ { print $3 }'")

#: the awk program naming, from ``dpkg-query --search``'s lines, the first package owning
#: the library ``p`` (a diversion's line names none, a shared file several, "a, b: path";
#: the path as the package may name it, /usr or not)
_OWNER = ('BEGIN { sub("^/usr", "", p) } !/^diversion / && '
          'substr($0, length($0) - length(p) + 1) == p { sub(/[:,].*/, ""); print; exit }')


def _double_quoted(script: str) -> str:
    """``script`` as one double-quoted shell word (``sh -c "..."``): the same text reaches
    the child shell, and no single-quoted ``$`` reads to hadolint's shellcheck as an
    expansion meant (SC2016)."""
    for char in ("\\", '"', "$", "`"):
        script = script.replace(char, "\\" + char)
    return f'"{script}"'


def scan_run(scan: LibraryScan) -> ast.Run:
    """The builder RUN gathering, for every ELF file under ``scan.where`` (shared
    objects, Node addons, executables), the libraries it loads from the system's library
    directories into ``GATHERED``, one file per soname.  ``find -exec ... \\;`` ignores
    ldd's status on a file that is no ELF; no pipe (sh has no pipefail), and the child
    shell's loops end it on a copy that fails, so a library that cannot be copied fails
    the build.  ``scan.dev_packages``: -dev packages whose runtime package no table names;
    the files their ``.so`` links point to are gathered too (a library loaded through
    ctypes or dlopen has no NEEDED entry), and those of the -dev packages they depend on,
    transitively, as ``distribution_runner``'s scan reads them (``dev_libraries``: the rule
    of the runtime-package table, which a release the table covers would have answered;
    a metapackage such as xorg-dev, or libsdl2-dev's libgl-dev, has its libraries only
    in its dependencies).

    With each library, the other files of the package that owns it (``dpkg-query
    --search``, then ``dpkg -L``; documentation left out, and the package's other
    libraries beside it, which NEEDED entries bring where used) are laid out under
    ``PACKAGE_FILES``: a library the slim runner lacks comes without what it loads from
    fixed paths at run time otherwise, which no NEEDED entry shows.  libmariadb3's
    authentication plugins (``libmariadb3/plugin/caching_sha2_password.so``, loaded with
    dlopen when a MySQL 8 server asks for its default authentication) are in the same
    package as libmariadb.so.3, as ImageMagick's coder modules are with libMagickCore.
    The libraries those files load are gathered too (one level).  The runner merges a
    library's files only where it adds the library (``merge_run``).

    With the package's own files come those of the data packages it depends on
    (``_DATA_PACKAGES``, read from the builder's dpkg database): a library reads files
    another package ships, which an apt install of the library would bring by its
    Depends and a copy of the library does not (2e55541a, PhantomJS on node:5 run on
    node:5-slim: libfontconfig.so.1 without fontconfig-config's /etc/fonts and a font
    package's fonts; libmagic.so.1 without libmagic-mgc's magic.mgc from Debian 9 on)."""
    from .distribution_runner import dev_libraries
    where, dev_packages = " ".join(scan.where), scan.dev_packages
    work = "/tmp/dtranspile-ldd"
    skip = "|".join(_NOT_RUN_TIME)
    # (one child shell per batch of libraries, its loops in its own text: the builder's
    # RUN this joins reads as the build it was, a list of commands)
    # (no "#" in the text, as ${lib##*/} would have: a text with one is not joined to
    # the RUN before it without a reading of the whole, ``shell_join.joins_whole``)
    each = ("for lib do "
            'name="$(basename "$lib")"; '
            # (``_OWNER``)
            f'pkg="$(awk -v p="$lib" {_double_quoted(_OWNER)} {work}.owners)"; '
            '[ -n "$pkg" ] || continue; '
            'here="$(readlink -f "${lib%/*}")"; '
            f'dpkg -L "$pkg" > {work}.pkg || exit 1; '
            # (and the data packages it depends on, ``_DATA_PACKAGES``)
            f"awk -v p=\"$pkg\" '$1 == p {{ print $2 }}' {work}.data > {work}.deps && "
            f'xargs -r -a {work}.deps dpkg -L >> {work}.pkg || exit 1; '
            "while read -r f; do "
            # (files and links to files: /lib, a directory of a merged /usr, is a link)
            '[ ! -d "$f" ] && { [ -f "$f" ] || [ -L "$f" ]; } || continue; '
            f'case "$f" in {skip}) continue ;; esac; '
            'd="$(readlink -f "${f%/*}")"; '
            '[ "$d" != "$here" ] || continue; '
            f'mkdir -p "{PACKAGE_FILES}/$name$d" && cp -a "$f" "{PACKAGE_FILES}/$name$d/" '
            f"|| exit 1; done < {work}.pkg; done")
    files = (f" && mkdir -p {PACKAGE_FILES}"
             # (the owners of every library in one read of dpkg's lists: a pattern each,
             # whichever of /lib and /usr/lib the package names; one not found is left out)
             f" && sed -e 's|^/usr/|/|' -e 's|^/|*/|' {work}.libs > {work}.pat"
             # (the lists as xargs' -a: a word of the command naming the transpiler's own
             # file, as ``node_system_dir`` tells its additions from the build's commands)
             f" && {{ xargs -r -a {work}.pat dpkg-query --search > {work}.owners 2>/dev/null || :; }}"
             # (no dpkg database: no owner either, ``{work}.owners`` is empty)
             f" && {{ test ! -f /var/lib/dpkg/status || awk {_DATA_PACKAGES} "
             f"/var/lib/dpkg/status {work}.owners; }} > {work}.data"
             f" && xargs -r -a {work}.libs sh -c {_double_quoted(each)} sh"
             f" && find {PACKAGE_FILES} -type f -name '*.so*' -exec ldd {{}} \\; > {work}.files "
             f"2>/dev/null && awk {_SYSTEM_LIBRARIES} {work}.files >> {work}.libs")
    text = (f"mkdir -p {GATHERED} && find {where} -type f \\( -name '*.so' -o -name '*.so.*' "
            "-o -name '*.node' -o \\( -perm -u+x ! -name '*.js' ! -name '*.py' ! -name '*.sh' "
            f"\\) \\) -exec ldd {{}} \\; > {work} 2>/dev/null"
            f" && awk {_SYSTEM_LIBRARIES} {work} > {work}.libs"
            + (" && " + dev_libraries("apt", dev_packages, work + ".dev", work + ".devso",
                                      work + ".libs") if dev_packages else "")
            + files
            # (one file per name: cp refuses a file named twice)
            + f" && awk -F/ '!seen[$NF]++' {work}.libs > {work}.names"
            + f" && xargs -r cp -L -t {GATHERED} < {work}.names"
            + f" && rm -f {work} {work}.libs {work}.names {work}.pat {work}.owners {work}.pkg "
            f"{work}.files {work}.data {work}.deps"
            + (f" {work}.dev* {work}.devso" if dev_packages else ""))
    return ast.Run(keyword="RUN", command=ast.ShellForm(text), leading=(
        ast.Comment("# the libraries of the build's -dev packages and those the compiled "
                    "modules load, which the builder's own image lacks where the build "
                    "installed them" if scan.own_image else
                    "# the libraries the compiled modules load, which the slim runner may lack"),))


def gathered(artifacts) -> bool:
    """Whether ``artifacts`` hold the gathered libraries (for a slim runner or the
    builder's own image)."""
    return ARTIFACT in artifacts or OWN_ARTIFACT in artifacts


def with_paths_scanned(detection: Detection, paths: Tuple[str, ...]) -> Detection:
    """The detection whose builder scan (``scan_run``, when it gathers libraries) reads
    ``paths`` too: programs a later pass carries to the runner (``path_programs``)."""
    if not gathered(detection.artifacts) or not paths:
        return detection
    scan = detection.library_scan
    wider = dataclasses.replace(scan, where=scan.where + tuple(shlex.quote(p) for p in paths))
    return dataclasses.replace(detection, library_scan=wider,
                               builder_additions=_with_scan(detection, wider))


def _with_scan(detection: Detection, scan) -> Tuple[ast.Instruction, ...]:
    """``detection.builder_additions`` with its library scan (``detection.library_scan``)
    replaced by ``scan``'s RUN, or left out when ``scan`` is None."""
    old = scan_run(detection.library_scan)
    if old not in detection.builder_additions:
        raise AssertionError("the library scan is not among the builder's additions")
    new = (scan_run(scan),) if scan is not None else ()
    return tuple(m for n in detection.builder_additions for m in (new if n == old else (n,)))


def merge_run(own_image: bool = False) -> ast.Instruction:
    """The runner RUN moving the gathered libraries whose soname its loader cache does
    not list into /usr/local/lib (on the loader's path): its own stay in use.
    ``own_image``: the runner is the builder's own image (``_own_image_dev_libraries``)."""
    return run_node(f"ldconfig -p > /tmp/ld.so.list && for path in {GATHERED}/*; do "
                    'lib="${path##*/}"; [ ! -e "$path" ] || '
                    'grep -q "^[[:space:]]*$lib " /tmp/ld.so.list || '
                    '{ mv "$path" /usr/local/lib/ && '
                    f'{{ [ ! -d "{PACKAGE_FILES}/$lib" ] || cp -a "{PACKAGE_FILES}/$lib/." /; }}; }} '
                    '|| exit 1; done && '
                    f"rm -rf {GATHERED} /tmp/ld.so.list && ldconfig",
                    "libraries of the -dev packages' runtime packages and those the compiled "
                    "modules load, where this image has none of its own" if own_image else
                    "libraries of the full builder image the compiled modules load, where "
                    "the slim runner has none of its own")


def with_full_image_libraries(detection: Detection, facts: StageFacts,
                              dev_packages: Tuple[str, ...] = ()) -> Detection:
    """The detection with the builder's scan of what it copies and the gathered
    directory among the artifacts, when the runner is the slim sibling."""
    if not applies(facts):
        return detection
    _no_hand_made_link(facts)
    copied, git_added = _checkout_git(detection, facts)
    paths = tuple(dict.fromkeys(a.pattern or a.path for a in copied
                                if a.path and not a.provided and a != ARTIFACT))
    if not paths:
        return detection
    scan = LibraryScan(tuple(shell_word(p) for p in paths), tuple(dev_packages))
    return dataclasses.replace(
        detection, artifacts=copied + (ARTIFACT,), library_scan=scan,
        builder_additions=detection.builder_additions + (scan_run(scan),),
        added=detection.added + (Note(
            f"the libraries the copied modules and programs load (ELF NEEDED, read by ldd in "
            f"the builder) gathered in {GATHERED}, each with the other files of the package that "
            f"owns it (what it loads by path at run time: plugins, modules, data; documentation "
            f"left out) and of the data packages that package depends on (configuration, "
            f"fonts, databases: no program, no library); the runner adds those its loader does "
            f"not know, with their files: "
            f"{facts.base.reference} has libraries its slim sibling lacks", GATHERING),)
        + git_added)


#: git's files in a Debian image (the ``git`` package: the program, the helpers it runs,
#: the templates ``git init``/``clone`` copy); the libraries they load are gathered with
#: the rest
GIT_FILES = (Artifact("/usr/bin", "git", "git of the full builder image", -1),
             Artifact("/usr/lib", "git-core", "git's helper programs (remote transports, "
                      "merge, pull)", -1, tree=True),
             Artifact("/usr/share", "git-core", "git's templates", -1, tree=True))


def _checkout_git(detection: Detection, facts: StageFacts):
    """(the detection's artifacts, added): with git's files and the whole checkout, .git
    and all (``interpreted.with_checkout``), where the program runs in its own git checkout
    (``interpreted.program_checkout``: the final WORKDIR is in a clone whose .git stays)
    and the full builder image has git of its own (buildpack-deps' scm layer) while its
    slim sibling has none: a program that runs git on itself (``git pull`` to update,
    ``git describe`` for its version) would fail in the runner.  Copied from the builder
    rather than installed, as the libraries are: an archived release has no package
    index to install from, and the copy is the very git the original ran."""
    from .interpreted import checkout_copied, program_checkout, with_checkout
    checkout = program_checkout(facts)
    if checkout is None or any(a.path in (g.path for g in GIT_FILES)
                               for a in detection.artifacts) or \
            any(package_name(p) in ("git", "git-core")
                for p in detection.runtime_packages or ()):
        # (the runner installs git again: the build's own apt install)
        return detection.artifacts, ()
    copied = tuple(with_checkout(list(detection.artifacts), checkout, -1))
    whole = ", which the runner gets whole with its .git," if \
        checkout_copied(copied, checkout) else " (the runner copies none of it),"
    return copied + GIT_FILES, (Note(
        f"git copied from the builder ({', '.join(g.path for g in GIT_FILES)}): the program "
        f"runs in {checkout}, a git checkout the build cloned{whole} and "
        f"{facts.base.reference} has git, which the slim runner lacks (the program may run "
        "git on its checkout)", GIT_COPY),)


#: an unversioned shared-library name (``libyajl.so``): what a linker's ``-lyajl`` and
#: ``ctypes.util.find_library`` look for, never what a compiled file's NEEDED names
_DEV_LINK = re.compile(r"^lib[^/]*\.so$")
#: the distribution's library directories (/usr/local/lib is the builds' own: the
#: runner gets it with ldconfig, whose cache find_library reads)
_LIBRARY_DIRS = re.compile(r"^/(usr/)?lib(32|64)?(/[^/]+-linux-gnu[^/]*)?/?$")


def _no_hand_made_link(facts: StageFacts) -> None:
    """Declines a build that links a library into a system library directory under its
    unversioned name by hand (``ln -s /yajl/.../libyajl.so.2.1.1
    /usr/lib/x86_64-linux-gnu/libyajl.so``, e8b05007): only a linker or a program that
    loads the library by name at run time (``ctypes.util.find_library('yajl')``, cffi's
    ``dlopen``) uses that name, and how such a name resolves depends on what the full
    image has and the slim runner lacks (find_library asks gcc and objdump when the
    loader's cache does not list the library): no ELF NEEDED entry shows the use."""
    for step in steps(facts):
        if not step.argv or program_name(step.argv[0]) not in ("ln", "cp", "install"):
            continue
        operands = [w for w in step.argv[1:] if not w.startswith("-")]
        if len(operands) < 2:
            continue
        dest = operands[-1]
        name = posixpath.basename(dest.rstrip("/"))
        folder = posixpath.dirname(dest.rstrip("/")) if _DEV_LINK.match(name) else dest
        names = [name] if _DEV_LINK.match(name) else \
            [posixpath.basename(o) for o in operands[:-1] if _DEV_LINK.match(posixpath.basename(o))]
        if names and _LIBRARY_DIRS.match(folder or ""):
            raise Decline(f"RUN at {step.where} puts {names[0]} into {folder} by hand: that "
                          "unversioned name is what a program loading the library by name at "
                          "run time looks for (ctypes.util.find_library, dlopen), and how it "
                          f"resolves depends on what {facts.base.reference} has and its slim "
                          "sibling lacks (gcc, objdump, the loader's cache)")


def on_full_image(detection: Detection, why: str) -> Detection:
    """The detection whose runner is to be the builder's own image (``full_image``).
    The gathering (and git's copy) stays until the runner is settled
    (``for_runner``): ``--runtime`` may still name the slim sibling, which lacks
    what the full image has."""
    return dataclasses.replace(detection, full_image=why)


def gathers(detection: Detection) -> bool:
    """Whether the detection gathers the full image's libraries or copies its git."""
    return gathered(detection.artifacts) or any(g in detection.artifacts for g in GIT_FILES)


def same_image(image: str, facts: StageFacts) -> bool:
    """Whether ``image`` (the runner settled) is the builder's own image, however its
    reference spells Docker Hub (``docker.io/library/python:3.11`` is ``python:3.11``)."""
    return same_reference(image, facts.base.reference)


def runner_is_own_image(detection: Detection, runtime, facts: StageFacts) -> bool:
    """Whether the runner will be the builder's own full image: the detection keeps it
    (``full_image``) and no ``--runtime`` names another image.  Checks made before the
    runner is settled (the command's programs, its scripts) may rely on the full image's
    programs only then: a forced slim runner lacks them as the recipe's slim sibling does."""
    return bool(detection.full_image) and (not runtime or same_image(runtime, facts))


def for_runner(detection: Detection, image: str, facts: StageFacts) -> Detection:
    """The detection for the runner ``image`` settled (the recipe's or ``--runtime``'s):
    without the gathering and git's copy when it is the builder's own image, which
    has them (``full_image``, or ``--runtime`` naming the builder); unchanged when it
    is any other image (the slim sibling, an unrelated one), which may lack them.  A
    scan that also carries unmapped -dev packages' libraries stays on the builder's own
    image too (``_own_image_dev_libraries``): the image has what it had, not those."""
    if not gathers(detection) or not same_image(image, facts):
        return detection
    scan = detection.library_scan
    if scan is not None and scan.dev_packages:
        return _own_image_dev_libraries(detection, scan)
    return dataclasses.replace(
        detection,
        artifacts=tuple(a for a in detection.artifacts if a != ARTIFACT and a not in GIT_FILES),
        builder_additions=_with_scan(detection, None) if detection.library_scan is not None
        else detection.builder_additions, library_scan=None,
        added=without_feature(without_feature(detection.added, GATHERING), GIT_COPY))


def _own_image_dev_libraries(detection: Detection, scan: LibraryScan) -> Detection:
    """The detection for the builder's own image as the runner where the scan also
    takes the libraries of -dev packages no table maps to a runtime package
    (``scan.dev_packages``, python's ``_unmapped_dev``): the recipe left those out of
    the runner's packages because the scan carries their libraries, and the full image
    need not have them (c67ea64c: libqt4-dev's libQtCore.so.4, which gaia and essentia
    load, is not in python:3.6.8-stretch).  The gathering stays; the merge adds only
    the libraries the runner's loader does not know, which on the builder's own image
    are those of the packages the build installed.  Git's copy goes: the image has git."""
    names = ", ".join(scan.dev_packages)
    own = dataclasses.replace(scan, own_image=True)
    return dataclasses.replace(
        detection, artifacts=tuple(OWN_ARTIFACT if a == ARTIFACT else a
                                   for a in detection.artifacts if a not in GIT_FILES),
        library_scan=own, builder_additions=_with_scan(detection, own),
        added=without_feature(without_feature(without_feature(
            detection.added, GATHERING), GIT_COPY), OWN_IMAGE) + (Note(
            f"the libraries of {names} (no table names the runtime package) and those the "
            f"copied modules and programs load (ELF NEEDED, read by ldd in the builder) "
            f"gathered in {GATHERED}, each with the other files of the package that owns it; "
            "the runner, the builder's own image, adds those its loader does not know, with "
            "their files: the runtime packages of those -dev packages are not "
            "installed again, and the image need not have them", OWN_IMAGE),))


def runner_setup(detection: Detection) -> Tuple[ast.Instruction, ...]:
    """The runner's merge step when the detection gathered libraries."""
    own = any(getattr(n, "feature", None) == OWN_IMAGE for n in detection.added)
    return (merge_run(own),) if gathered(detection.artifacts) else ()


#: where the builder gathers the libraries a binary loads from outside the system's
#: library directories, laid out under their own absolute paths (copied onto /)
PRIVATE = staged_onto_root("/opt/dtranspile-private-libraries")
#: the directories whose libraries a runner of the builder's release has or installs
#: (system, multiarch, /usr/local/lib): anything else was found through an RPATH or
#: RUNPATH the link wrote (wasmer-go's libwasmer.so under /go/pkg/mod) and is only in
#: the builder
_SYSTEM_LIBRARY_DIRS = r"^\/(usr\/)?(local\/)?lib(32|64|x32)?\/"


def private_libraries_run(binaries: Tuple[str, ...]) -> ast.Run:
    """The builder RUN copying, for each of ``binaries``, the shared libraries its
    loader resolves outside the system's library directories to the same path under
    ``PRIVATE`` (``cp --parents``), so the runner has them where the RPATH looks.  A
    static binary has none (``ldd`` fails, its output is empty)."""
    work = "/tmp/dtranspile-private"
    reads = " ".join(f"ldd {shlex.quote(b)} || true;" for b in binaries)
    text = (f"mkdir -p {PRIVATE} && {{ {reads} }} > {work} 2>/dev/null && awk '$2 == \"=>\" && $3 ~ /^\\// && $3 !~ /{_SYSTEM_LIBRARY_DIRS}/ "
            f"&& !seen[$3]++ {{ print $3 }}' {work} > {work}.libs && "
            f"xargs -r cp --parents -L -t {PRIVATE} < {work}.libs && rm -f {work} {work}.libs")
    return ast.Run(keyword="RUN", command=ast.ShellForm(text), leading=(
        ast.Comment("# the libraries the binary loads through its RPATH, outside the system's "
                    "directories"),))


PRIVATE_ARTIFACT = Artifact(posixpath.dirname(PRIVATE), posixpath.basename(PRIVATE),
                            "libraries the binary loads from outside the system's library "
                            "directories (an RPATH into the module cache), at their own paths",
                            -1, tree=True, destination="/")


def with_private_libraries(detection: Detection, facts: StageFacts) -> Detection:
    """The detection with the builder's scan of the binaries it copies for libraries
    found through an RPATH (cgo linking a library a Go module ships: wasmer-go's
    libwasmer.so, loaded from /go/pkg/mod where the build left it), when the program
    is linked dynamically on a glibc builder (GNU cp's --parents)."""
    if PRIVATE_ARTIFACT in detection.artifacts:  # read again (the context named binaries)
        old = private_libraries_run(detection.private_binaries)
        if old not in detection.builder_additions:
            raise AssertionError("the RPATH read is not among the builder's additions")
        detection = dataclasses.replace(
            detection, artifacts=tuple(a for a in detection.artifacts if a != PRIVATE_ARTIFACT),
            builder_additions=tuple(n for n in detection.builder_additions if n != old),
            private_binaries=(), added=without_feature(detection.added, PRIVATE_LIBRARIES))
    if not detection.linking.dynamic or facts.base.libc != "glibc":
        return detection
    binaries = tuple(dict.fromkeys(a.path for a in detection.artifacts
                                   if a.path and a.certain and not a.tree and not a.provided))
    if not binaries:
        return detection
    return dataclasses.replace(
        detection, artifacts=detection.artifacts + (PRIVATE_ARTIFACT,),
        builder_additions=detection.builder_additions + (private_libraries_run(binaries),),
        private_binaries=binaries, added=detection.added + (Note(
            f"the libraries the binary loads from outside the system's library directories "
            f"(an RPATH, read by ldd in the builder) copied to the runner at their own paths "
            f"(from {PRIVATE}); none when it loads only system libraries", PRIVATE_LIBRARIES),))
