"""Files of the build context that the program may read at run time.

``COPY . .`` brings the whole context into the builder; the artifacts alone reach the
runner, so a program that reads ``conf/application.conf``, ``Rocket.toml``,
``templates/`` or ``migrations/`` relative to its working directory fails there.
Which files it reads cannot be seen in the Dockerfile, so the choice that works
either way is taken: the runner copies the same directory from the context again (the
build's outputs are not in the context; the artifacts come from the builder), unless
the build context is given and holds nothing but what a build consumes (sources,
project and build files, ``knowledge.filesystem``)."""

from __future__ import annotations

import dataclasses
import os
import posixpath
import shlex
import sys
from pathlib import Path
from typing import List, Optional

from ..analysis.file_writes import known_writes
from ..analysis.shell import program_name
from ..analysis.state import resolve_path
from ..analysis.variables import expand
from ..knowledge.references import split_reference
from ..knowledge.filesystem import (BUILD_DIRS, BUILD_FILES, BUILD_ONLY_DIRS, SOURCE_DIRS,
                                    SOURCE_SUFFIXES, SYSTEM_DIRS, TOOLING_DIRS)
from ..safe_files import check_regular
from ..tree import ast
from .decline import Decline
from .recipes.run_walk import path_arg, removals, steps
from ..analysis.paths import is_within, normal, within_any
from .root_staging import staged_onto_root


def runtime_input_copies(ctx, runner) -> List[ast.Instruction]:
    """The runner's copies of context directories the builder received whole."""
    det = ctx.detection
    if det.replaces_program:
        return []  # a web server serves the build output, nothing else
    # (the entry's own tree too: a program taken by name from the directory a make ran in
    # widens the entry to that directory, copied whole, ``guessed_program.carried``)
    trees = [a.path for a in (*det.artifacts, ctx.entry) if a is not None and a.tree and a.path]
    facts = {f.index: f for f in ctx.facts.instructions}
    out: List[ast.Instruction] = []
    for placement in ctx.placements:
        node = placement.node
        if placement.where != "builder" or not isinstance(node, (ast.Copy, ast.Add)) or \
                node.flag("from") is not None:
            continue
        whole = any(src in (".", "./") for src in node.sources)
        fact = facts[placement.index]
        target = copy_target(node, fact)
        into_dir = whole or copies_into_directory(node, fact, ctx.facts)
        named = [] if whole else [
            src for src in node.sources if _may_be_read(src, det.recipe) or
            (target is not None and _text_read_at_run_time(ctx, src, target, into_dir,
                                                           placement.index))]
        if named and target is not None:
            # (a file the recipe copies from the builder by name, ``/package.json`` of an
            # install in /, reaches the runner as the build left it already)
            carried = {a.path.rstrip("/") for a in det.artifacts if a.path}
            named = [src for src in named
                     if _landed(src, target, into_dir).rstrip("/") not in carried]
        if not whole and not named:
            continue
        if target is None:
            raise Decline(f"{node.name} at {ctx.line_of(node)} copies the build context to a "
                          "directory that is not known; the program may read files from it at "
                          "run time")
        if within_any(target, trees):
            continue  # the recipe carries that directory already
        if not whole and _build_place(ctx, target, det.recipe, placement.index) and \
                not _in_final_workdir(ctx, target) and not _in_final_project(ctx, target):
            continue  # a package manager's configuration, scratch, sources of a build
        if ctx.sent is not None and _only_build_inputs(ctx.sent):
            ctx.added.append(f"{node.name} at {ctx.line_of(node)} not repeated in the runner: "
                             "the build context holds only sources and build files")
            continue
        chown = node.flag("chown")
        owner = (chown.value or "").split(":")[0] if chown is not None else ""
        if owner and not owner.isdigit() and runner.known and owner not in runner.users:
            raise Decline(f"{node.name} at {ctx.line_of(node)} gives the context to user {owner}, "
                          f"which the runner {ctx.runner.image} does not have before its setup")
        absolute = target if target.endswith("/") or not into_dir else target + "/"
        artifacts = {a.path for a in det.artifacts if a.path}
        # (named files copied into a system directory, ``COPY entry.py /``: what lands
        # there is each file, not the directory, which holds the system)
        places = [_landed(src, target, True) for src in named] \
            if not whole and into_dir and (target.rstrip("/") or "/") in SYSTEM_DIRS else [target]
        written = [(place, _writer_in(ctx.facts, place, placement.index, artifacts))
                   for place in places]
        written = [(place, writer) for place, writer in written if writer is not None and
                   not _removed(ctx.facts, place, placement.index)]
        if written:
            writer = written[0][1]
            if any(place.rstrip("/") == "" for place, _ in written):
                # (the root as the build left it is the builder's whole system: a runner
                # made of it is the builder again, with the smaller image underneath)
                raise Decline(f"{node.name} at {ctx.line_of(node)} puts the build context in "
                              f"/, and {writer} writes there after the copy: what the program "
                              "may read of it is the root as the build left it, the builder's "
                              "whole system, which no smaller runner can be given apart")
            for place, _ in written:
                path = place.rstrip("/") or "/"
                out.append(ast.Copy(keyword="COPY", flags=(ast.Flag("from", "builder"),),
                                    paths=(path, path), leading=(ast.Comment(
                                        "# the directory as the build left it (files the "
                                        "program may read at run time, and what the build "
                                        "wrote there)"),)))
            path = ", ".join(place.rstrip("/") or "/" for place, _ in written)
            ctx.added.append(f"{node.name} at {ctx.line_of(node)}: {path} copied from the "
                             f"builder as the build left it: {writer} writes there after the "
                             "copy (generated assets, downloaded dependencies), which the "
                             "build context does not hold")
            continue
        if all(_surely_removed(ctx.facts, place, placement.index) for place in places):
            ctx.added.append(f"{node.name} at {ctx.line_of(node)} not repeated in the runner: "
                             f"the build removes {', '.join(p.rstrip('/') or '/' for p in places)} "
                             "afterwards, so the original has none of those files at run time")
            continue
        sources = node.paths[:-1] if whole else tuple(named)
        out.append(ast.replace(node.with_changes(paths=sources + (absolute,)),
                               leading=(ast.Comment("# files the program may read at run time "
                                                    "(config, templates, static files)"),)))
        ctx.added.append(f"{node.name} at {ctx.line_of(node)} repeated in the runner (to "
                         f"{absolute}): the program may read files of the build context at run "
                         "time, which only the builder had" +
                         ("" if ctx.context is not None else "; no build context was given to "
                          "tell which" if ctx.demoted is None else "; the build context given "
                          "is read as none, so none tells which"))
    return out


def replayed_places(node) -> List[str]:
    """Where a runtime input copy (``runtime_input_copies``) puts files in the runner,
    for what the runner then counts as present: its destination, except for files
    named into a system directory (``COPY entry.py /``, ``COPY defaults.yml /opt/``),
    which are the landed files, never the directory (which would stand for the whole
    system: every path present, every write of the build covered)."""
    dest = node.paths[-1] if node.paths else ""
    top = dest.rstrip("/") or "/"
    if dest.endswith("/") and top in SYSTEM_DIRS and node.flag("from") is None and \
            not any(src in (".", "./") for src in node.paths[:-1]):
        return [_landed(src, top, True) for src in node.paths[:-1]]
    return [dest]


def _landed(source: str, target: str, into_dir: bool) -> str:
    """Where a source a copy names lands: inside ``target`` under its own name when the
    copy puts its sources into a directory (``copies_into_directory``), else ``target``
    itself."""
    if into_dir:
        return posixpath.join(target, source.rstrip("/").rsplit("/", 1)[-1])
    return target.rstrip("/") or "/"


#: programs that, run in a copied directory, write nothing a program reads at run time
#: beyond the artifacts the recipes copy (compilers and build systems, whose outputs are
#: the artifacts; package managers of the OS; file and user housekeeping)
_NOT_WRITERS = frozenset({
    "go", "godep", "govendor", "glide", "dep", "gb", "go-wrapper", "cargo", "rustc", "rustup",
    "mvn", "mvnw", "gradle", "gradlew", "ant", "sbt", "dotnet", "javac", "make", "gmake",
    "cmake", "ninja", "meson", "configure", "autoreconf", "autogen.sh", "gcc", "g++", "cc",
    "c++", "clang", "clang++", "strip", "upx", "apk", "apt-get", "apt", "yum", "dnf",
    "dpkg", "rm", "mkdir", "ls", "echo", "cd", "chmod", "chown", "ln", "true", "false",
    "set", "export", "test", "[", "cat", "find", "touch", "useradd", "adduser", "groupadd",
    "addgroup", "pwd", "env", "which", "sleep", "update-ca-certificates", "ldconfig",
    "setcap", "git",
})


def _writer_in(facts, target: str, after: int, artifacts) -> Optional[str]:
    """A program other than a build tool that runs in ``target`` (or below it) after
    the copy at index ``after``: it may write files the program reads at run time
    (``npm install`` whose postinstall runs bower, an asset build, a download, a config
    made from its sample with ``cp``).  A copy to an artifact or out of ``target``
    writes nothing there that the runner lacks."""
    inside = lambda p: is_within(p, target)  # noqa: E731
    by_index = {f.index: f for f in facts.instructions}
    elsewhere = {}  # RUN index -> every write of the RUN is known and lies outside target
    for step in steps(facts):
        if step.index <= after or not step.argv or not inside(step.cwd):
            continue
        if step.index not in elsewhere:
            fact = by_index[step.index]
            writes, _ = known_writes(fact.node, fact.before.workdir, fact.before.variables())
            elsewhere[step.index] = writes is not None and not any(inside(w) for w in writes)
        if elsewhere[step.index]:
            continue  # sed -i on the installed prefix's config, run from the sources
        name = program_name(step.argv[0])
        if name in _FILE_COPIERS:
            words = [w for w in step.argv[1:] if not w.startswith("-")]
            # (``cp target/app.jar $APP``: the ENV names it)
            dest = path_arg(words[-1], step) if words else None
            if dest is not None and (not inside(dest) or dest in artifacts or any(
                    a.startswith(dest.rstrip("/") + "/") for a in artifacts)):
                continue
        elif name in _NOT_WRITERS:
            continue
        return f"`{name}` ({step.where})"
    return None


#: programs that write where their last argument says
_FILE_COPIERS = frozenset({"cp", "mv", "install", "ln", "rsync"})


def _removed(facts, target: str, after: int) -> bool:
    """Whether a builder step after index ``after`` removes ``target`` or a directory
    above it (the original then has nothing there: the builder has nothing to copy)."""
    top = target.rstrip("/")
    for step in steps(facts):
        if step.index <= after or not step.argv or program_name(step.argv[0]) != "rm":
            continue
        for arg in step.argv[1:]:
            if arg.startswith("-"):
                continue
            gone = resolve_path(step.cwd, arg) if step.cwd or arg.startswith("/") else None
            if gone is not None and "$" not in arg and any(c in arg for c in "*?["):
                # a pattern removes only below its literal directory (rm -rf
                # /var/lib/apt/lists/* leaves /se-scraper)
                fixed = posixpath.dirname(gone[:min(gone.find(c) for c in "*?[" if c in gone)])
                if not is_within(top, fixed):
                    continue
            if gone is None or "*" in arg or "$" in arg:
                return True  # not known: as if removed, the context copy stays
            gone = gone.rstrip("/") or "/"
            if is_within(top, gone):
                return True
    return False


def _surely_removed(facts, target: str, after: int) -> bool:
    """Whether a RUN after index ``after`` surely removes ``target`` or a directory
    above it (``run_walk.removals``: literal words, a known working directory) and no
    later command runs in ``target`` again."""
    top = target.rstrip("/")
    gone_at = next((i for i, path in removals(facts, after + 1, sure=True)
                    if within_any(top, [path])), None)
    return gone_at is not None and not any(
        s.index > gone_at and (s.cwd is None or is_within(s.cwd, top))
        for s in steps(facts))


#: recipes whose runner runs an interpreter over files the Dockerfile copies: a
#: directory named ``src`` or ``test`` may be the program itself or what it reads, not
#: sources compiled into an artifact (6e83d07a: `yarn start` in /app/website reads
#: ../docs, which a name-based guess left in the builder)
INTERPRETED_RECIPES = frozenset({"node", "python", "ruby"})


#: the places where a named copy holds nothing the program reads: scratch space, the
#: sources of libraries a build compiles, and a package manager's configuration
_BUILD_PLACES = ("/tmp", "/var/tmp", "/etc/apt", "/etc/apk", "/usr/src", "/usr/include")


def _system_place(target: str, recipe: str = "") -> bool:
    """Whether a named copy lands where no program's own files are: scratch space
    (/tmp), sources of libraries a build compiles (/usr/src), the directories only a
    build reads (/go/pkg's module cache, toolchains: ``BUILD_ONLY_DIRS``), or a package
    manager's configuration (which the runner's package setup handles).  A system
    directory as the destination (``COPY entry.py /``, ``COPY settings.yml /opt/``,
    ``COPY rootfs /``) is not one: what lands in it is the program's.  Nor is /usr/src
    to an interpreter: /usr/src/app is where Node and Python images' docs put the
    program, and a sibling there (``/usr/src/app/docs`` beside the site in
    ``/usr/src/app/website``, a ``/usr/src/shared`` on PYTHONPATH) is read at run time."""
    top = target.rstrip("/") or "/"
    places = _BUILD_PLACES + BUILD_ONLY_DIRS
    if recipe in INTERPRETED_RECIPES:
        places = tuple(p for p in places if p != "/usr/src")
    return within_any(top, places) or \
        top.startswith("/etc/yum")


def _build_place(ctx, target: str, recipe: str, index: int) -> bool:
    """Whether a named copy at ``index`` lands where only the build reads it
    (``_system_place``); to an interpreter, /usr/src is one only where a later command
    of the builder works in or names the place (``make -C /usr/src/libgreet install``)."""
    if _system_place(target, recipe):
        return True
    top = target.rstrip("/")
    if recipe not in INTERPRETED_RECIPES or not is_within(top, "/usr/src"):
        return False
    from .prebuild_files import read_or_removed_later  # (it reads the passes)

    builder = {p.index for p in ctx.placements if p.where == "builder"}
    later = [s for s in steps(ctx.facts) if s.index > index]
    return read_or_removed_later(top, later, builder)


def _in_final_workdir(ctx, target: str) -> bool:
    """Whether a copy lands in the directory the program runs in (or below it), which
    is the program's whatever the place is otherwise: a GOPATH-era Go program runs in
    its own source folder under /go/src and reads ``config/main.yml`` relative to it."""
    cwd = ctx.facts.final.workdir
    # (a program that runs in / does not make the whole image its own)
    return cwd is not None and normal(cwd) != "/" and is_within(target, cwd)


#: GOPATH's sources, where a GOPATH-era Go program's own repository lies
_GOPATH_SRC = "/go/src"


def _in_final_project(ctx, target: str) -> bool:
    """Whether a copy lands under GOPATH's /go/src while the final WORKDIR lies there
    too: a GOPATH-era program run in its own folder (``.../app/server``) reads its
    project's files beside that folder (``../config/app.yml``) or through $GOPATH, which
    the runner sets for that reason, as it reads those of its own folder
    (``_in_final_workdir``).  Where its repository ends is not in the path
    (``example.com/app`` or ``github.com/x/app``), so every such copy the name does not
    show to be sources (``_may_be_read``) is repeated: an extra file is harmless, a
    missing one breaks the program."""
    cwd = ctx.facts.final.workdir
    return cwd is not None and normal(cwd) != _GOPATH_SRC and \
        is_within(normal(cwd), _GOPATH_SRC) and is_within(target, _GOPATH_SRC)


#: names of the build context's text files (documents, lists, data), which the name alone
#: does not make build inputs: a requirements list feeds pip, a config.txt or a word list
#: is read by the program
_TEXT_SUFFIXES = (".txt", ".md", ".rst")


def _text_read_at_run_time(ctx, source: str, target: str, into_dir: bool, index: int) -> bool:
    """Whether a text file copied by name (``_TEXT_SUFFIXES``, which ``_may_be_read``
    counts with the sources) may be read by the program: unless a later command of the
    build reads or removes the place it lands (``pip install -r /requirements.txt``),
    nothing shows it serves the build, so it is repeated (an extra file is harmless, a
    missing one breaks the program: ``COPY docker/config.txt /etc/napalm/logs``)."""
    name = source.rstrip("/").rsplit("/", 1)[-1]
    if not name.endswith(_TEXT_SUFFIXES) or "://" in source or source.startswith("$") or \
            name in BUILD_FILES or name.startswith(("README", "Dockerfile")):
        return False
    from .prebuild_files import read_or_removed_later  # (it reads the passes)

    landed = _landed(source, target, into_dir)
    builder = {p.index for p in ctx.placements if p.where == "builder"}
    later = [s for s in steps(ctx.facts) if s.index > index]
    return not read_or_removed_later(landed, later, builder)


def copies_into_directory(node, fact, facts) -> bool:
    """Whether a context COPY/ADD puts its sources into its destination as a directory,
    as the builder reads the destination: several sources, a destination written as a
    directory (``/etc/app/``, ``.``, ``./``, ``conf/.``), or one the original surely
    has as a directory when the copy runs (a system directory, a WORKDIR made before,
    the destination of an earlier copy into it, a ``mkdir`` of it or below it), unless a
    RUN after that and before the copy removes or moves it or a directory above it
    (``RUN mkdir /app && rm -rf /app``, ``mv /app /srv``).  Otherwise ``COPY a.conf
    /etc/app`` writes the file /etc/app, and a replay keeps the path as written: the
    runner must not read ``/etc/app`` as a directory it happens to have, nor the other
    way round."""
    dest = node.destination or ""
    if len(node.sources) > 1 or dest.endswith("/") or dest in (".", "..") or \
            dest.endswith(("/.", "/..")):
        return True
    target = copy_target(node, fact)
    if target is None:
        return False
    top = target.rstrip("/") or "/"
    if top in SYSTEM_DIRS:
        return True
    # (each piece of evidence and each removal as its place in the stage: an
    # instruction's index, a RUN's commands in the order they run)
    made, gone = [], []
    for earlier in facts.instructions[:fact.index]:
        workdir = earlier.after.workdir if isinstance(earlier.node, ast.Workdir) else None
        if workdir and is_within(workdir, top):
            made.append((earlier.index, -1))
        if isinstance(earlier.node, (ast.Copy, ast.Add)) and earlier.node is not node:
            other = copy_target(earlier.node, earlier)
            if other and (other.rstrip("/") + "/").startswith(top.rstrip("/") + "/") and \
                    (other.rstrip("/") != top or copies_into_directory(earlier.node, earlier,
                                                                       facts)):
                made.append((earlier.index, -1))
    for order, step in enumerate(steps(facts)):
        if step.index >= fact.index or not step.argv:
            continue
        tool = program_name(step.argv[0])
        operands = [path_arg(w, step) for w in step.argv[1:] if not w.startswith("-")]
        if tool == "mkdir" and any(  # (``mkdir -p /etc/app`` before the copy)
                m and (m.rstrip("/") + "/").startswith(top.rstrip("/") + "/") for m in operands):
            made.append((step.index, order))
        elif tool in ("rm", "rmdir", "mv") and any(
                m and is_within(top, m.rstrip("/") or "/") for m in
                (operands if tool != "mv" else operands[:-1])):
            gone.append((step.index, order))
    return any(not any(g > m for g in gone) for m in made)


def _may_be_read(source: str, recipe: str = "") -> bool:
    """Whether a context path copied by name may hold what the program reads at run
    time (static/, templates/, config.yaml): anything but sources, project and build
    files, the tooling's directories, and, for a compiled program, the directories of
    its sources and of what its build makes again (``knowledge.filesystem``)."""
    if "://" in source or source.startswith("$"):
        return False  # a download or a path not known: not the context's files
    name = source.rstrip("/").rsplit("/", 1)[-1]
    compiled = recipe not in INTERPRETED_RECIPES
    if name in BUILD_FILES or name in TOOLING_DIRS or \
            compiled and (name in BUILD_DIRS or name in SOURCE_DIRS) or \
            name.endswith(SOURCE_SUFFIXES) or name.startswith(("Dockerfile", "README")):
        return False
    return name not in (".", "..", "")


def copy_target(node, fact):
    """The absolute destination of a COPY/ADD (None: a variable or directory not known)."""
    dest = expand(node.destination or "", fact.before.variables())
    return resolve_path(fact.before.workdir, dest.value) if dest.complete else None


def _only_build_inputs(sent) -> bool:
    """Whether every file of the context is something a build consumes, and one at
    least is what a build compiles or reads to build (a source, a project file): a
    context holding nothing of the sort (only the Dockerfile, documents, or nothing:
    the Dockerfile's own folder of ``docker build -f sub/Dockerfile .``) is not the one
    the build reads its sources from, so what it lacks says nothing of the build's
    (``foreign_context``), and the copy is repeated as without one.  An entry that
    is no file a program could read (a FIFO, socket or device, a link out of the context,
    a dangling or looping link) counts as absent, as every other read of the context
    treats it (safe_files); its size does not matter here: nothing is read.  A file
    the context's .dockerignore excludes is not in the build (``sent``)."""
    compiled = False
    root = Path(sent.root)
    for rel in sent.walk(skip=BUILD_DIRS):
        folder, name = os.path.split(os.path.join(root, rel))
        if name in BUILD_FILES or name.endswith(SOURCE_SUFFIXES) and \
                not _data_text(name, folder, root) or \
                name.startswith(("Dockerfile", "README", "CHANGELOG")):
            compiled = compiled or _build_input(name) and \
                _readable_entry(os.path.join(folder, name), root)
            continue
        if not _readable_entry(os.path.join(folder, name), root):
            continue
        return False
    return compiled


#: the context files a build consumes that no build compiles or builds from: the
#: container's own files, documents, and the VCS's and editors' settings
_NO_BUILD_INPUT = frozenset({"Dockerfile", "Containerfile", ".dockerignore", "LICENSE",
                             "COPYING", "NOTICE", "AUTHORS", ".gitignore", ".gitattributes",
                             ".editorconfig"})


def _build_input(name: str) -> bool:
    """Whether a file ``_only_build_inputs`` lets pass is one a build compiles or reads
    to build (``main.go``, ``go.mod``, ``pom.xml``), not a document or the container's
    own file."""
    if name in _NO_BUILD_INPUT or name.startswith(("Dockerfile", "README", "CHANGELOG")):
        return False
    return name in BUILD_FILES or not name.endswith((".md", ".rst", ".txt", ".patch", ".diff"))


#: the beginnings of the names of a project's documents (README.txt, LICENSE.txt)
_DOCUMENTS = ("readme", "changelog", "changes", "history", "license", "licence", "copying",
              "notice", "authors", "contributing", "contributors", "code_of_conduct",
              "security", "todo", "news")
#: the beginnings of the names of pip's requirement and constraint lists
_REQUIREMENT_LISTS = ("requirements", "constraints")


def _data_text(name: str, folder: str, root: Path) -> bool:
    """Whether a ``*.txt`` file of the context may be data the program reads (a word
    list, a config.txt, robots.txt): any but a project's documents and pip's
    requirement lists (also those in a ``requirements/`` folder), which only a build
    or a reader of the sources reads."""
    if not name.endswith(".txt"):
        return False
    low = name.lower()
    parts = Path(os.path.relpath(folder, root)).parts
    return not (low.startswith(_DOCUMENTS + _REQUIREMENT_LISTS) or
                any(p.lower().startswith(_REQUIREMENT_LISTS) for p in parts))


def _readable_entry(path: str, root: Path) -> bool:
    try:
        check_regular(path, sys.maxsize, within=root)
    except OSError:  # UnsafeFile included
        return False
    return True



#: images whose root file system is empty (``FROM scratch``): no /tmp, no /etc
EMPTY_ROOT = frozenset({"scratch"})
#: where the builder lays out what an empty root lacks, copied to the runner's / whole:
#: COPY keeps the mode of the entries below its source (/tmp's 1777), not always of the
#: directory it names (buildah creates that one 0755)
ROOT_STAGE = staged_onto_root("/opt/dtranspile-root")


def empty_root(image: str) -> bool:
    return split_reference(image)[0] in EMPTY_ROOT


def stage_empty_root(ctx) -> None:
    """For a runner whose root is empty (``--runtime scratch``), the builder lays out
    what every distribution image has and a program may need: a /tmp that any user may
    write (mode 1777: ``os.CreateTemp``, ``tempfile``, ``mkstemp``; without it "no such
    file or directory", or "permission denied" for a non-root user in a /tmp made 0755),
    and the builder's /etc/nsswitch.conf where it has one (the name-service order glibc
    and Go read to resolve names).  The runner copies it with ``empty_root_copy``."""
    if not empty_root(ctx.runner.image):
        return
    base = ctx.facts.base
    if not base.known or base.family is None:
        raise Decline(f"the runner {ctx.runner.image} has an empty root: its /tmp would be "
                      f"made in the builder, and {base.reference} is not known to have a shell "
                      "and mkdir")
    text = (f"mkdir -p {ROOT_STAGE}/tmp {ROOT_STAGE}/etc && chmod 1777 {ROOT_STAGE}/tmp && "
            f"{{ [ ! -e /etc/nsswitch.conf ] || cp /etc/nsswitch.conf {ROOT_STAGE}/etc/; }}")
    from .runner_setup import run_node

    node = run_node(text, f"/tmp (mode 1777) and /etc/nsswitch.conf for {ctx.runner.image}, "
                    "which has neither")
    ctx.detection = dataclasses.replace(
        ctx.detection, builder_additions=ctx.detection.builder_additions + (node,))


def empty_root_copy(ctx) -> List[ast.Instruction]:
    """The runner's copy of what ``stage_empty_root`` laid out."""
    if not empty_root(ctx.runner.image):
        return []
    from .context import CopiedFile  # the pipeline's context imports the recipes

    ctx.copies.append(CopiedFile(ROOT_STAGE + "/", "/", "/tmp (mode 1777) and the builder's "
                                 "/etc/nsswitch.conf"))
    ctx.added.append(f"/tmp (mode 1777) and the builder's /etc/nsswitch.conf in the runner: "
                     f"{ctx.runner.image} has an empty root, and the program may write "
                     "temporary files as any user and resolve names as the original did")
    return [ast.Copy(keyword="COPY", flags=(ast.Flag("from", ctx.builder_name),),
                     paths=(ROOT_STAGE + "/", "/"), leading=(ast.Comment(
                         f"# /tmp and /etc/nsswitch.conf, which {ctx.runner.image} lacks"),))]


def _setcap_commands(ctx):
    """(RUN, argv) of every ``setcap`` the builder runs."""
    from .runner_setup import builder_commands

    return [(node, argv) for node, argv in builder_commands(ctx.placements)
            if program_name(argv[0]) == "setcap"]


def capabilities_need_shell(ctx) -> bool:
    """Whether the runner repeats ``setcap`` (``file_capabilities``), so it needs a
    shell and a package manager: the build sets file capabilities and the container
    runs as a user other than root."""
    return bool(_setcap_commands(ctx)) and not _runs_as_root(ctx)


def _runs_as_root(ctx) -> bool:
    base = ctx.facts.base
    user = ctx.facts.final.user or (base.default_user if base.known else None)
    return user is not None and user.split(":")[0] in ("root", "0")


def file_capabilities(ctx) -> None:
    """File capabilities a build sets (``setcap cap_net_bind_service=+ep app``) live in
    the ``security.capability`` extended attribute, which ``COPY --from`` is not known
    to keep everywhere (buildah keeps it since 1.22, after losing it; BuildKit's copy
    between stages is not documented to).  They matter only to a user other than root:
    root's capabilities already hold all that a file can grant within the container's
    bounding set, so root is said and kept.  For another user the runner sets them
    again on its copy of the binary (libcap's setcap, from its package manager), which
    works whether the copy kept them or not; a runner without a shell and packages, or
    a binary the runner holds elsewhere, declines."""
    found = _setcap_commands(ctx)
    if not found:
        return
    node, argv = found[0]
    where = f"RUN at {ctx.line_of(node)}"
    if _runs_as_root(ctx):
        ctx.added.append(f"{where} sets file capabilities (`{' '.join(argv)}`); the container "
                         "runs as root, whose capabilities already hold what they grant, so "
                         "the copy need not keep them")
        return
    from ..knowledge import packages
    from ..knowledge.images import image_facts
    from .runner_setup import run_node

    runner = image_facts(ctx.runner.image)
    distro = packages.distro_of(runner.family, runner.release) \
        if runner.known and runner.shell and runner.family in ("debian", "ubuntu") else None
    why = (f"{where} sets file capabilities (`{' '.join(argv)}`) and the container runs as "
           f"{ctx.facts.final.user or 'a user that is not known'}: whether COPY --from keeps "
           "them depends on the builder (an extended attribute)")
    if distro is None:
        raise Decline(f"{why}, and the runner {ctx.runner.image} cannot set them again "
                      "(no shell and apt)")
    copied = {a.path for a in ctx.detection.artifacts
              if a.path and a.certain and a.destination in (None, a.path) and a.source is None}
    texts = []
    for _node, one in found:
        operands = [w for w in one[1:] if not w.startswith("-")]
        files = operands[1:]
        if not files or any(f not in copied for f in files):
            raise Decline(f"{why}, and `{' '.join(one)}` names a file the runner does not "
                          "hold at that path")
        texts.append(" ".join(shlex.quote(w) for w in one))
    install = packages.install_command(distro, ["libcap2-bin"])
    setup = run_node(f"{install} && " + " && ".join(texts),
                     "file capabilities set again on the runner's copy (COPY --from may not "
                     "keep them)", distro.record.packages.unpinned_rule)
    ctx.runner = dataclasses.replace(ctx.runner, setup_after=ctx.runner.setup_after + (setup,))
    ctx.added.append(f"{why}; the runner installs libcap2-bin and runs "
                     f"`{'; '.join(texts)}` again on its copy")


#: programs that generate locales into the C library's locale store, and where they go:
#: ``locale-gen`` and ``localedef`` write /usr/lib/locale/locale-archive (or a directory
#: per locale there with --no-archive), which glibc reads when a program calls
#: setlocale with that locale (``LANG=de_DE.UTF-8``, ``locale.setlocale``)
LOCALE_PROGRAMS = ("locale-gen", "localedef")
LOCALE_DIR = "/usr/lib/locale"


def generates_locales(facts, indexes=None) -> Optional[str]:
    """Where a RUN of the stage generates locales ("line N"), None when none does;
    ``indexes``: only those instructions (the RUNs left in the builder)."""
    for step in steps(facts):
        if indexes is not None and step.index not in indexes:
            continue
        if program_name(step.argv[0]) in LOCALE_PROGRAMS or \
                tuple(step.argv[:2]) == ("dpkg-reconfigure", "locales"):
            return step.where
    return None


def generated_locale_copies(ctx, runner) -> List[ast.Instruction]:
    """The builder's generated locales (``locale-gen`` after uncommenting de_DE.UTF-8
    in /etc/locale.gen): the runner installs the ``locales`` package again, not the
    locales the build generated, so ``setlocale`` fails there ("unsupported locale
    setting").  The store is copied whole from the builder, whose C library is the
    runner's (the same release; the archive's format follows glibc's version).  A
    runner with another or no known C library declines."""
    det = ctx.detection
    if det.replaces_program:
        return []  # a web server serves the build output, not the program
    builder_only = {p.index for p in ctx.placements if p.where == "builder"}
    where = generates_locales(ctx.facts, builder_only)
    if where is None:
        return []
    if not runner.known or runner.libc != "glibc" or ctx.facts.base.libc != "glibc":
        raise Decline(f"RUN at {where} generates locales into {LOCALE_DIR}, which the "
                      f"runner {ctx.runner.image} would need and can only take from a builder "
                      "of the same C library (glibc here and there)")
    from .context import CopiedFile  # the pipeline's context imports the recipes

    ctx.copies.append(CopiedFile(LOCALE_DIR, LOCALE_DIR, f"the locales the RUN at {where} "
                                 "generates"))
    ctx.added.append(f"{LOCALE_DIR} copied from the builder: the RUN at {where} generates "
                     f"locales there, which {ctx.runner.image} lacks (a program that sets "
                     "one fails with 'unsupported locale setting')")
    return [ast.Copy(keyword="COPY", flags=(ast.Flag("from", ctx.builder_name),),
                     paths=(LOCALE_DIR, LOCALE_DIR), leading=(ast.Comment(
                         f"# the locales the build generates (RUN at {where})"),))]
