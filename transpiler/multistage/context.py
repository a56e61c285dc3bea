"""The state passed along the pipeline.  Each pass reads what earlier passes put here
and adds its own part; ``Decline`` stops the pipeline with a reason the user sees."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional, Set, Tuple

from ..analysis import StageFacts
from ..tree import ast
from ..buildkit.dockerignore import SentContext
from .decline import Decline
from .recipes.base import Artifact, Detection, Recipe, RunnerPlan

__all__ = ["Context", "CopiedFile", "Decline", "Placement"]


@dataclass(frozen=True)
class Placement:
    """Where an original instruction goes and why (shown by --explain)."""

    index: int
    node: ast.Instruction
    where: str  # "builder", "runner", "both", "dropped"
    reason: str


@dataclass(frozen=True)
class CopiedFile:
    source: str  # absolute path in the builder
    destination: str  # absolute path in the runner
    reason: str
    #: how the output names both where the image decides the name (``Artifact.pattern``)
    pattern: Optional[str] = None


@dataclass
class Context:
    text: str
    tree: ast.Dockerfile
    runtime: Optional[str] = None
    context: Optional[str] = None  # the build context directory (--context), if known
    #: what of ``context`` BuildKit sends (its .dockerignore applied): every reader of
    #: the context asks it whether a file is there; None exactly when ``context`` is
    sent: Optional[SentContext] = None
    #: the Dockerfile's own path (its ``<name>.dockerignore`` beside it), if known
    dockerfile: Optional[str] = None
    #: why the context given is read as none (``foreign_context``): the declines that
    #: would ask for ``--context`` say so instead
    demoted: Optional[str] = None
    facts: Optional[StageFacts] = None
    recipe: Optional[Recipe] = None
    detection: Optional[Detection] = None
    entry: Optional[Artifact] = None
    entry_reference: str = ""  # "name" (looked up on PATH) or "path"
    needs_shell: bool = False
    #: the runner takes the builder's /etc/passwd and /etc/group (it has no shell to
    #: create the users the build creates)
    copy_accounts: bool = False
    #: shell tests the runner runs after its setup: programs the command (or its entry
    #: script) runs that are taken for the runner's own (entry_programs)
    runner_checks: List[str] = field(default_factory=list)
    #: programs builder-only RUNs put on the PATH by hand, carried to the runner and
    #: tested there (``path_programs``)
    carried_programs: List[str] = field(default_factory=list)
    #: (program, where) of an entry script or package.json script that is not read and
    #: was let through because the runner leaves out no package the original keeps;
    #: a later pass that leaves one out (the capture's install) declines on it
    unread_entry: Optional[Tuple[str, str]] = None
    #: what those programs need of the runner (kind, value, program): ("package", name),
    #: ("family", distribution), ("libc", C library); entry_programs.check_runner
    runner_requirements: List[tuple] = field(default_factory=list)
    placements: List[Placement] = field(default_factory=list)
    #: the builder RUNs whose effect outside the copied directories is captured
    #: (``recipes.effect_capture``): from the first of them on, the builder lists what
    #: changes, and the runner gets it
    captured: List[int] = field(default_factory=list)
    #: (stage body index, why) of each captured RUN (the --explain report)
    capture_notes: List[Tuple[int, str]] = field(default_factory=list)
    #: why the runner takes the original's time zone from the builder (``timezone``);
    #: None when it does not
    timezone: Optional[str] = None
    #: (name, value) of the base image's variables the shell-form command names in its
    #: program (``$GOPATH/bin/x``), which the runner sets (command_variables)
    command_image_env: List[Tuple[str, str]] = field(default_factory=list)
    runner: Optional[RunnerPlan] = None
    #: (bin directory, installer RUN index, conda root) of a conda activation the command ran
    #: before the program being read (``conda_activation``), else None
    activated: Optional[Tuple[str, int, str]] = None
    #: (installer RUN index, conda root, where) of each activation a program was found
    #: after: the runner must get that root as the build left it (checked once the
    #: capture window is known: ``conda_activation.check_root_reaches_runner``)
    activation_roots: List[Tuple[int, str, str]] = field(default_factory=list)
    copies: List[CopiedFile] = field(default_factory=list)
    added: List[str] = field(default_factory=list)
    warnings: List[str] = field(default_factory=list)
    builder_name: str = "builder"
    builder_stage: Optional[ast.Stage] = None
    runner_stage: Optional[ast.Stage] = None
    new_tree: Optional[ast.Dockerfile] = None
    #: final-image instructions changed on purpose before the recipes ran (a ``go run``
    #: CMD rewritten to run the binary built in the builder)
    allowed_changes: Set[str] = field(default_factory=set)

    def line_of(self, node: ast.Instruction) -> str:
        return f"line {node.span.line}" if node.span else "(new)"

    def command_at(self, node: ast.Run, command) -> str:
        """"line L, column C" of ``command`` (a ``split_commands`` command, its line and
        column in the text of the RUN's shell form) in the Dockerfile, whose lines that
        text joins (continuations, comments), or the RUN's line (``line_of``) when it
        cannot be placed."""
        span = getattr(node.command, "span", None)
        if command is None or not command.line or span is None or not node.span:
            return self.line_of(node)
        text = node.command.text
        lines = text.split("\n")
        at = sum(len(l) + 1 for l in lines[:command.line - 1]) + command.column - 1
        source, i, j = self.text, span.offset, 0
        while j < at and i < len(source):
            if source[i] == text[j]:
                j += 1
            i += 1
        while i < len(source) and source[i] != text[j:j + 1]:
            i += 1  # (a continuation before the command's first word)
        if j < at or i >= len(source):
            return self.line_of(node)
        line = source.count("\n", 0, i) + 1
        column = i - (source.rfind("\n", 0, i) + 1) + 1
        return f"line {line}, column {column}"
