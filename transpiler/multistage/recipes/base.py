"""The recipe contract: one stateless module per ecosystem reads a stage and returns
values, never edits shared state.

- ``detect(facts) -> Detection | None``: the build steps, what they write, how the
  program links; a frozen value.  None: no build step this recipe knows.
- ``with_context(detection, facts, project) -> Detection``: the same, refined from the
  build context's project files (go.mod, Cargo.toml, pom.xml, package.json).
- ``entry_for(program, words, facts, detection) -> (Artifact | None, Detection) | None``:
  what the container runs, when the recipe knows more than the generic artifact match (an
  interpreter its runner provides, a jar the command names); an Artifact of None leaves
  the match to the generic rule with the refined Detection.
- ``with_entry(detection, facts, entry) -> Detection``: the same, once the artifact the
  command runs is known (the Rust recipe reads the libraries of exactly the binaries
  the runner copies).
- ``plan_runner(detection, facts, runner=None, needs_shell=False) -> RunnerPlan``: the
  runner image (``runner`` when ``--runtime`` chose it), why, the setup before and
  after the artifact copies, and what it changes on purpose.

Every method may raise ``Decline``: the one error path.  The refinements have defaults
here, so the passes call them on every recipe and never ask which recipe they run."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Callable, FrozenSet, Optional, Sequence, Tuple

from ...analysis import StageFacts
from ...tree import ast
from ..decline import Decline
from .artifacts import Artifact

__all__ = ["Artifact", "Decline", "Detection", "Linking", "Note", "Recipe", "RunnerPlan",
           "chosen", "feature_of", "name_artifacts", "first_problem", "without_feature"]


class Note(str):
    """A note (an ``added`` or ``warnings`` text) tagged with the feature it tells of
    (``feature``: a constant of the module that writes it), so a later step that takes
    the feature back drops its notes by that tag, never by searching their wording.  It
    renders as its text: the report is the same whatever the tag."""

    feature: str

    def __new__(cls, text: str, feature: str) -> "Note":
        note = super().__new__(cls, text)
        note.feature = feature
        return note

    def __getnewargs__(self):  # (copy and pickle keep the tag)
        return str(self), self.feature


def feature_of(note: str) -> Optional[str]:
    """The feature a ``Note`` tells of; None for an untagged text."""
    return getattr(note, "feature", None)


def without_feature(notes: Sequence[str], feature: str) -> Tuple[str, ...]:
    """``notes`` without those tagged ``feature``."""
    return tuple(n for n in notes if feature_of(n) != feature)


@dataclass(frozen=True)
class Linking:
    """Whether the binaries need the C library they were linked against (``dynamic``),
    with the evidence, in the ecosystem's words (``phrase``: "cgo is needed")."""

    dynamic: bool
    evidence: Tuple[str, ...] = ()
    phrase: str = "the program links the C library dynamically"


@dataclass(frozen=True)
class LibraryScan:
    """The builder RUN gathering the libraries the files it copies load, which the slim
    runner may lack (``full_image_libraries.scan_run``), as the data it is written from:
    ``where``, the paths it reads as shell words, and ``dev_packages``, the -dev packages
    whose linked files it takes too.  Passes widen it or take it back by these fields
    (``full_image_libraries.with_paths_scanned``, ``for_runner``), never by its text."""

    where: Tuple[str, ...]
    dev_packages: Tuple[str, ...] = ()
    #: the runner is the builder's own image (``full_image_libraries.for_runner``): the
    #: RUN's comment says what that image may lack, not what a slim one does
    own_image: bool = False


@dataclass(frozen=True)
class Detection:
    """What a recipe read from the stage.  A recipe that reads more (the jar pom.xml
    names, package.json) declares a frozen subclass with those fields."""

    recipe: str
    build_indices: Tuple[int, ...]
    artifacts: Tuple[Artifact, ...]
    linking: Linking
    build_only_env: FrozenSet[str] = frozenset()
    #: PATH entries of the toolchain: an ENV PATH naming one only serves the build
    toolchain_paths: Tuple[str, ...] = ()
    #: programs whose RUNs after the build are more build work (``go``, ``godep``)
    build_programs: FrozenSet[str] = frozenset()
    extra_build_indices: Tuple[int, ...] = ()  # later RUNs that are still build work
    #: instructions put first in the builder (``ENV CGO_ENABLED=0``) and appended to it
    #: (``RUN npm prune --omit=dev``)
    builder_prelude: Tuple[ast.Instruction, ...] = ()
    builder_additions: Tuple[ast.Instruction, ...] = ()
    #: runtime packages the build's OS packages need in the runner (the builder's
    #: distribution names them); ``plan_runner`` installs them
    runtime_packages: Tuple[str, ...] = ()
    #: the runner runs its own program instead of the original (a static site served
    #: by nginx): the original CMD/ENTRYPOINT, USER, runtime ENV and EXPOSE are dropped
    replaces_program: bool = False
    #: why the runner must be the builder's own image rather than a smaller sibling
    #: (what the command runs was not read and may use a program only that image has);
    #: None: the recipe's choice
    full_image: Optional[str] = None
    warnings: Tuple[str, ...] = ()
    added: Tuple[str, ...] = ()
    #: the library gathering among ``builder_additions`` (``full_image_libraries``)
    library_scan: Optional[LibraryScan] = None
    #: the binaries whose RPATH libraries the builder copies, the RUN among
    #: ``builder_additions`` being written from them
    #: (``full_image_libraries.with_private_libraries``, which reads them again by this)
    private_binaries: Tuple[str, ...] = ()

    def with_messages(self, warnings: Sequence[str] = (), added: Sequence[str] = ()) -> "Detection":
        return dataclasses.replace(self, warnings=self.warnings + tuple(warnings),
                                   added=self.added + tuple(added))


@dataclass(frozen=True)
class RunnerPlan:
    image: str
    reason: str
    setup: Tuple[ast.Instruction, ...] = ()  # before the artifact COPYs
    setup_after: Tuple[ast.Instruction, ...] = ()  # after them (``RUN ldconfig``)
    #: the runner's own program and port when it replaces the original
    command: Optional[Tuple[str, ...]] = None
    expose: Optional[Tuple[str, ...]] = None
    #: the final image's properties changed on purpose (checked names: "CMD",
    #: "ENTRYPOINT", "EXPOSE", "USER", "ENV", "HEALTHCHECK")
    allowed_changes: FrozenSet[str] = frozenset()
    #: True: ``setup`` installs what the build's OS packages need at run time (the
    #: recipe read them); False: the runner stage carries every package the build
    #: installed that is not known to serve the build only
    os_packages: bool = False
    added: Tuple[str, ...] = ()
    warnings: Tuple[str, ...] = ()
    #: ``setup`` installs what apt needs to read https sources itself, from the
    #: distribution's own sources (``node_distribution.https_prerequisites``): the
    #: recipe that put it there says so (``runner_packages`` adds no second one)
    https_prepared: bool = False


def chosen(runner: str, **plan) -> RunnerPlan:
    """The plan of a runner ``--runtime`` chose: the recipe's setup, not its image."""
    return RunnerPlan(runner, "chosen with --runtime", **plan)


def first_problem(problems: Sequence[str]) -> None:
    """Raise the first problem a reading found (detect reads the whole stage first, so
    the reason is the same whichever problem was seen first)."""
    if problems:
        raise Decline(problems[0])


def name_artifacts(detection: Detection, name_of: Callable[[Artifact], Optional[str]],
                   why: str) -> Detection:
    """Name the artifacts the build command leaves unnamed (``certain`` false) with
    ``name_of(artifact)`` (from the build context's project files; None: still
    unknown); ``why`` is added to how each named one was found."""
    fixed = []
    for art in detection.artifacts:
        name = name_of(art) if not art.certain else None
        if name:
            art = dataclasses.replace(art, name=name, certain=True, how=f"{art.how}; {why}")
        fixed.append(art)
    return dataclasses.replace(detection, artifacts=tuple(fixed))


class Recipe:
    """The defaults of the optional refinements; ``detect`` and ``plan_runner`` are
    each recipe's own."""

    name: str = ""
    #: what the program is, for the report ("a Go program")
    program_kind: str = "the program"

    def detect(self, facts: StageFacts) -> Optional[Detection]:
        raise NotImplementedError

    def needs_toolchain(self, words: Tuple[str, ...]) -> Optional[str]:
        """A reason when a CMD/ENTRYPOINT needs the build tools at run time."""
        return None

    def carries_tool(self, words: Tuple[str, ...], detection: Detection) -> bool:
        """Whether the runner gets the build tool a command ``needs_toolchain`` named,
        with what the detection copies (``pipenv run`` where pipenv and its virtualenvs
        are copied): then the command does not keep the single stage."""
        return False

    def with_context(self, detection: Detection, facts: StageFacts, project) -> Detection:
        return detection

    def settled(self, detection: Detection, facts: StageFacts) -> Detection:
        """The detection once the build context has been read, or not given: what the
        recipe assumed pending a project file it did not get is taken back here."""
        return detection

    def entry_for(self, program: str, words: Tuple[str, ...], facts: StageFacts,
                  detection: Detection) -> Optional[Tuple[Optional[Artifact], Detection]]:
        return None

    def with_entry(self, detection: Detection, facts: StageFacts,
                   entry: Artifact) -> Detection:
        """The detection once the artifact the command runs is known (``entry``: named
        by the command, or where a ``mv`` after the build put it): what the builder
        reads about the binaries the runner copies can name them exactly."""
        return detection

    def plan_runner(self, detection: Detection, facts: StageFacts,
                    runner: Optional[str] = None, needs_shell: bool = False) -> RunnerPlan:
        raise NotImplementedError
