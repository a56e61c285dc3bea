"""The recipe interface: one module per ecosystem says whether a stage builds
something, which files the build produces, which instructions only matter to the
build, and which runner image fits what it produced.

A recipe never edits the tree; it returns facts (``Detection``) that the passes use.
Problems it cannot resolve go into ``Detection.problems`` and make the transpiler
decline with that reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import FrozenSet, List, Optional, Protocol, Tuple

from ..analysis import StageFacts


@dataclass(frozen=True)
class Artifact:
    """A file a build step writes.  ``name`` is None when it cannot be known from the
    Dockerfile alone (e.g. ``go build`` in module mode names the binary after go.mod);
    the CMD/ENTRYPOINT target then decides."""

    directory: Optional[str]
    name: Optional[str]
    how: str
    index: int  # index in the stage body of the instruction that writes it
    certain: bool = True

    @property
    def path(self) -> Optional[str]:
        if self.directory is None or self.name is None:
            return None
        return self.directory.rstrip("/") + "/" + self.name


@dataclass(frozen=True)
class Cgo:
    """Whether the binaries need the C library they were linked against."""

    needed: bool
    static_already: bool
    evidence: Tuple[str, ...] = ()


@dataclass
class Detection:
    recipe: str
    build_indices: Tuple[int, ...]
    artifacts: List[Artifact]
    cgo: Cgo
    problems: List[str] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)
    build_only_env: FrozenSet[str] = frozenset()
    extra_build_indices: Tuple[int, ...] = ()  # later RUNs that are still build work
    #: instructions the runner needs after the artifact COPYs (``RUN ldconfig`` once
    #: libraries are copied to /usr/local/lib); ``runner_setup`` comes before them
    runner_setup_after: Tuple[object, ...] = ()


@dataclass(frozen=True)
class RunnerChoice:
    image: str
    reason: str
    static: bool


class Recipe(Protocol):
    name: str

    def detect(self, facts: StageFacts) -> Optional[Detection]:
        """None when the stage has no build step this recipe knows."""

    def needs_toolchain(self, words: Tuple[str, ...]) -> Optional[str]:
        """A reason when a CMD/ENTRYPOINT needs the build tools at run time."""

    def choose_runner(self, detection: Detection, facts: StageFacts,
                      needs_shell: bool) -> RunnerChoice | str:
        """The runner image, or a reason string when none fits."""
