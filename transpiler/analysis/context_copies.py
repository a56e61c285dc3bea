"""The COPY/ADD instructions that bring files from the build context, each read once:
where it lands and which of its sources are plain paths.

Several readers ask which context copy put a path in the image (the entry script, a
program the command names) or what a context copy makes (the files and directories a
post-condition may take as the builder's).  They share this reading, so a destination
with variables, a relative destination and a copy into a directory mean one thing
everywhere."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator, Tuple

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
