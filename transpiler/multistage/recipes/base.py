"""The recipe interface: one module per ecosystem says whether a stage builds
something, which files the build produces, which instructions only matter to the
build, and which runner image fits what it produced.

A recipe never edits the tree; it returns facts (``Detection``) that the passes use.
Problems it cannot resolve go into ``Detection.problems`` and make the transpiler
decline with that reason."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Callable, FrozenSet, List, Optional, Protocol, Tuple

from ...analysis import StageFacts


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
    #: a directory (venv, node_modules + dist, an app's source tree): a program found
    #: anywhere under it is "in" the artifact, and it is copied whole
    tree: bool = False
    #: where the runner gets it when not at the same path (``pip --prefix=/install``
    #: -> ``/usr/local``); None = the same path
    destination: Optional[str] = None
    #: the program comes with the runner image (``node``, ``python``, ``java``): the
    #: command needs no copy of its own, only the recipe's other artifacts
    provided: bool = False
    #: the image directory whose project files name the artifact when ``certain`` is
    #: False (the module root of ``go build .``); read with ``--context``
    source_dir: Optional[str] = None

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
    #: RUNs that must run in the runner as well (``npm install -g pm2``): the runtime
    #: depends on what they install
    runtime_indices: Tuple[int, ...] = ()
    #: instructions appended to the builder (``RUN npm prune --omit=dev``)
    builder_additions: Tuple[object, ...] = ()
    #: instructions put first in the runner (install of runtime libraries)
    runner_setup: Tuple[object, ...] = ()
    #: the runner runs this instead of the original program (a static site served by
    #: nginx); the original CMD/ENTRYPOINT, USER, runtime ENV and EXPOSE are replaced
    replace_command: Optional[Tuple[str, ...]] = None
    expose: Optional[Tuple[str, ...]] = None  # EXPOSE in the runner when replaced
    #: the final image's properties the rewrite changes on purpose (checked names:
    #: "CMD", "ENTRYPOINT", "EXPOSE", "USER", "WORKDIR", "ENV")
    allowed_changes: FrozenSet[str] = frozenset()
    warnings: List[str] = field(default_factory=list)
    added: List[str] = field(default_factory=list)


def name_artifacts(detection: "Detection", name_of: Callable[[Artifact], Optional[str]],
                   why: str) -> "Detection":
    """Name the artifacts the build command leaves unnamed (``certain`` false) with
    ``name_of(artifact)`` (from the build context's project files; None: still
    unknown); ``why`` is added to how each named one was found."""
    fixed = []
    for art in detection.artifacts:
        name = name_of(art) if not art.certain else None
        if name:
            art = dataclasses.replace(art, name=name, certain=True, how=f"{art.how}; {why}")
        fixed.append(art)
    detection.artifacts = fixed
    return detection


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

    # optional: ``entry_for(program, words, facts, detection) -> Artifact | str | None``
    # ties a command whose program no build step writes (an interpreter the runner
    # provides, a script in a venv) to the recipe's artifacts; a string declines.
