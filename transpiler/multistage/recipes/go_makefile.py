"""A Go project built by its own Makefile on a Go toolchain image (``RUN make all`` in
the directory the Dockerfile filled, ``CMD bin/batten``): the Makefile is not in the
Dockerfile, so which files it writes, under which names, and whether they are static
are not known.  What works either way: when the command's program lies inside the
directory the build ran in, that directory is copied whole to a runner with the
builder's own C library (Debian slim of the builder's release, alpine of its Alpine
release), so the program finds every file the Makefile left beside it and the C
library it may be linked against; slim rather than distroless, since the program the
Makefile left may be a script.

Declined where that reasoning does not hold: a program outside the directory (the
Makefile may have put it, and what it reads, anywhere: ``make -e OUTPUTFLAGS="-o
/x"``), a program found through PATH (the runner's PATH is not the builder's), an
``install`` target (it writes outside the directory by name: left to the C/C++
recipe, whose reading of ``make install`` on an image that searches /go/bin first
declines), makes in directories apart from each other, ``-f`` (another Makefile;
left to the other recipes too), a directory of the system
(``/usr/local``: not the build's own) or a C library installed for the build (the
runtime package behind it is not known)."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from typing import List, Optional, Tuple

from ...analysis import StageFacts
from ...analysis.shell import program_name
from ...analysis.state import resolve_path
from ...knowledge.filesystem import SYSTEM_DIRS
from .artifacts import Artifact
from ...analysis.variables import expand
from .base import Decline
from .run_walk import steps

MAKE_PROGRAMS = frozenset({"make", "gmake"})
#: options of make that take a value as the next word (``-j``/``-l`` take one only when
#: it is a number, which is then no target)
_VALUED = {"-C", "-f", "-I", "-o", "-W", "--directory", "--file", "--makefile",
           "--include-dir", "--old-file", "--what-if", "--assume-old", "--assume-new",
           "--new-file"}


@dataclass(frozen=True)
class MakefileBuild:
    """``tree``: the directory the makes ran in (copied whole); ``indices``: their RUNs;
    ``where``: the first make, for messages; ``problem``: why the build cannot be
    taken this way although it is one."""

    tree: str
    indices: Tuple[int, ...]
    where: str
    problem: Optional[str] = None


def makefile_build(facts: StageFacts) -> Optional[MakefileBuild]:
    """The Makefile build of the stage, or None when no ``make`` runs in a directory
    the transpiler can name (the other recipes may read it then)."""
    dirs: List[str] = []
    indices: List[int] = []
    first = None
    problem = None
    for step in steps(facts):
        if not step.argv or program_name(step.argv[0]) not in MAKE_PROGRAMS:
            continue
        directory, targets, unknown = _read(step)
        if unknown or directory is None:
            return None
        if step.problem and problem is None:
            problem = (f"{step.where}: make inside a shell construct the transpiler cannot "
                       f"follow ({step.problem})")
        if any("install" in t for t in targets):
            return None  # writes outside the directory: the C/C++ recipe's reading declines
        dirs.append(directory.rstrip("/") or "/")
        if step.index not in indices:
            indices.append(step.index)
        first = first or step.where
    if not dirs:
        return None
    tree = min(dirs, key=len)
    if any(d != tree and not d.startswith(tree + "/") for d in dirs):
        return None
    if tree in SYSTEM_DIRS:
        problem = problem or (f"{first}: make runs in {tree}, a directory of the system, not one "
                              "of the build's own that could be copied whole")
    return MakefileBuild(tree, tuple(indices), first, problem)


def _read(step) -> Tuple[Optional[str], List[str], bool]:
    """(directory, targets, unknown) of one make command: ``-C`` moves the directory,
    ``-f`` names another Makefile (unknown: left to the other recipes)."""
    args = list(step.argv[1:])
    directory = step.cwd
    targets: List[str] = []
    i = 0
    while i < len(args):
        word = args[i]
        if word.startswith(("-f", "--file", "--makefile")):
            return None, [], True
        moved = None
        if word in ("-C", "--directory"):
            moved = args[i + 1] if i + 1 < len(args) else None
            i += 1
        elif word.startswith("--directory="):
            moved = word.partition("=")[2]
        elif word.startswith("-C"):
            moved = word[2:]
        elif word in _VALUED:
            i += 1
        elif not word.startswith("-") and "=" not in word and not word.isdigit():
            targets.append(word)
        if moved is not None:
            exp = expand(moved, step.env)
            directory = resolve_path(directory, exp.value) if exp.complete and directory else None
            if directory is None:
                return None, [], True
        i += 1
    return directory, targets, False


def tree_artifact(build: MakefileBuild) -> Artifact:
    return Artifact(posixpath.dirname(build.tree) or "/", posixpath.basename(build.tree),
                    f"{build.where}: make builds with a Makefile the Dockerfile does not show, "
                    f"in {build.tree}, which is copied whole", build.indices[-1], True, tree=True)


def entry(program: str, facts: StageFacts, build: MakefileBuild,
          artifact: Artifact) -> Artifact:
    """The tree when the command's program lies in it; declines otherwise."""
    what = (f"make ({build.where}) builds with a Makefile the Dockerfile does not show, in "
            f"{build.tree}")
    if "$" in program or "`" in program:
        raise Decline(f"runs a program named by a variable (`{program}`); {what}")
    if "/" not in program:
        raise Decline(f"runs `{program}`, found through PATH: {what}, which may have put it in "
                      "any directory of the PATH, and the runner's PATH is not the builder's")
    path = resolve_path(facts.final.workdir, program)
    if path is None:
        raise Decline(f"runs `{program}` in a directory that is not known; {what}")
    if not path.startswith(build.tree.rstrip("/") + "/"):
        raise Decline(f"runs `{program}`, outside {build.tree}: {what}, which may put its "
                      "program, and what the program reads, anywhere; only a program inside "
                      "the directory the build ran in is taken with that directory whole")
    return artifact
