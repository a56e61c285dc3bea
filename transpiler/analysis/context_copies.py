"""The COPY/ADD instructions that bring files from the build context, each read once:
where it lands and which of its sources are plain paths.

Several readers ask which context copy put a path in the image (the entry script, a
program the command names) or what a context copy makes (the files and directories a
post-condition may take as the builder's).  They share this reading, so a destination
with variables, a relative destination and a copy into a directory mean one thing
everywhere."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional, Tuple

from ..tree import ast
from .state import InstructionFacts, resolve_path
from .variables import expand


@dataclass(frozen=True)
class ContextCopy:
    fact: InstructionFacts
    #: the destination with the variables in force expanded, as written (a trailing /
    #: kept: it says the sources land inside)
    destination: str
    #: the destination made absolute against the WORKDIR in force at the copy
    target: str
    #: the sources that name a path: no URL, glob or variable (what they match is the
    #: context's, or unknown)
    sources: Tuple[str, ...]

    @property
    def into_directory(self) -> bool:
        """The sources land inside ``target`` under their own names (a destination
        ending in / or several sources), rather than as ``target`` itself."""
        return self.destination.endswith("/") or len(self.fact.node.sources) > 1


def context_copies(instructions: Iterable[InstructionFacts]) -> Iterator[ContextCopy]:
    """The copies from the build context among ``instructions``, in order, whose
    destination is known (variables all set, a WORKDIR known for a relative one)."""
    for fact in instructions:
        node = fact.node
        if not isinstance(node, (ast.Copy, ast.Add)) or node.flag("from") is not None:
            continue
        dest = expand(node.destination or "", fact.before.variables())
        if not dest.complete:
            continue
        target = resolve_path(fact.before.workdir, dest.value)
        if target is None:
            continue
        yield ContextCopy(fact, dest.value, target, tuple(
            src for src in node.sources if "://" not in src and not any(c in src for c in "*?[$")))


def context_path(src: str, to: str, into_dir: bool, target: str) -> Optional[str]:
    """The context path of ``target`` when ``COPY src to`` puts it there (``into_dir``:
    the sources land inside ``to``, ``ContextCopy.into_directory``), or None when that
    copy does not put it there: every reader of which context file a path of the image
    is (the entry script, the post-conditions) maps it here."""
    src = src.rstrip("/") if src not in ("/",) else src
    base = "" if src in (".", "./", "") else src[2:] if src.startswith("./") else src
    to = to.rstrip("/") or "/"
    if base == "" or src.endswith("/."):
        # the whole context (or a directory's content) into ``to``
        if target.startswith(to.rstrip("/") + "/"):
            rel = target[len(to.rstrip("/")) + 1:]
            return posixpath.join(base, rel) if base else rel
        return None
    if to == target and not into_dir:
        return base
    if posixpath.join(to, posixpath.basename(base)) == target:
        return base
    if target.startswith(to.rstrip("/") + "/") and not into_dir and to != "/":
        # COPY dir /app: the directory's content lands in /app
        return posixpath.join(base, target[len(to.rstrip("/")) + 1:])
    if to == "/" and into_dir and "." not in posixpath.basename(base) and "*" not in base:
        # ADD config /: a directory's content laid over the root (rootfs/, config/);
        # a name without a dot copied to a destination written as a directory is taken
        # for such a directory (a file would land at /config): the file may come from
        # there
        return posixpath.join(base, target[1:])
    return None
