"""The build state in force at each instruction of a stage: WORKDIR, ENV, ARG, USER,
SHELL.  Every FROM starts from the base image's configuration, so each stage is
walked on its own; the result is what later passes query instead of re-deriving it."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field, replace
from typing import Dict, List, Optional, Tuple

from ..tree import ast
from ..knowledge.images import ImageFacts, image_facts
from .variables import expand

DEFAULT_SHELL = ("/bin/sh", "-c")


@dataclass(frozen=True)
class State:
    """What is in force *before* an instruction runs.

    ``env`` holds expanded ENV values (base image config included); ``args`` the ARGs
    declared in the stage with their values (None = declared without a value);
    ``workdir`` is absolute, or None when it could not be resolved."""

    workdir: Optional[str]
    env: Dict[str, str] = field(default_factory=dict)
    args: Dict[str, Optional[str]] = field(default_factory=dict)
    user: Optional[str] = None
    shell: Tuple[str, ...] = DEFAULT_SHELL
    unresolved: Tuple[str, ...] = ()  # why something could not be expanded

    def variables(self) -> Dict[str, str]:
        """Values visible to expansion: ARGs with values, then ENV (ENV wins)."""
        out = {k: v for k, v in self.args.items() if v is not None}
        out.update(self.env)
        return out

    @property
    def path_dirs(self) -> Tuple[str, ...]:
        return tuple(p for p in self.env.get("PATH", "").split(":") if p)


@dataclass(frozen=True)
class InstructionFacts:
    index: int
    node: ast.Instruction
    before: State
    after: State


@dataclass(frozen=True)
class StageFacts:
    stage: ast.Stage
    base: ImageFacts
    instructions: Tuple[InstructionFacts, ...]
    final: State
    global_args: Dict[str, Optional[str]]


def resolve_path(cwd: Optional[str], path: str) -> Optional[str]:
    """``path`` made absolute against ``cwd`` (None when cwd is unknown)."""
    if path.startswith("/"):
        return posixpath.normpath(path) if path != "/" else "/"
    if cwd is None:
        return None
    return posixpath.normpath(posixpath.join(cwd, path))


def global_args(tree: ast.Dockerfile) -> Dict[str, Optional[str]]:
    out: Dict[str, Optional[str]] = {}
    for node in tree.preamble:
        if isinstance(node, ast.Arg):
            for decl in node.args:
                value = None
                if decl.value is not None:
                    value = expand(decl.value, {k: v for k, v in out.items() if v is not None},
                                   ).value
                out[decl.name] = value
    return out


def base_image(stage: ast.Stage, globals_: Dict[str, Optional[str]]) -> ImageFacts:
    image = stage.from_.image or ""
    known = {k: v for k, v in globals_.items() if v is not None}
    exp = expand(image, known)
    return image_facts(exp.value if exp.complete else image)


def analyze_stage(stage: ast.Stage, globals_: Dict[str, Optional[str]],
                  base: Optional[ImageFacts] = None, escape: str = "\\") -> StageFacts:
    base = base or base_image(stage, globals_)
    state = State(workdir=base.workdir, env=dict(base.env))
    facts: List[InstructionFacts] = []
    for index, node in enumerate(stage.body):
        after = step(state, node, globals_, escape)
        facts.append(InstructionFacts(index, node, state, after))
        state = after
    return StageFacts(stage, base, tuple(facts), state, dict(globals_))


#: the instructions ``step`` reads
_STATEFUL = (ast.Env, ast.Arg, ast.Workdir, ast.User, ast.Shell)


def step(state: State, node: ast.Instruction, globals_, escape: str = "\\") -> State:
    """The state after ``node``."""
    if not isinstance(node, _STATEFUL):
        return state  # (RUN, COPY ... change none of it)
    variables = state.variables()
    if isinstance(node, ast.Env):
        env = dict(state.env)
        unresolved = list(state.unresolved)
        for pair in node.pairs:
            exp = expand(pair.value, {**variables, **env}, escape)
            if not exp.complete:
                unresolved.append(f"ENV {pair.key} uses undefined {', '.join(sorted(exp.unknown))}")
            env[pair.key] = exp.value
        return replace(state, env=env, unresolved=tuple(unresolved))
    if isinstance(node, ast.Arg):
        args = dict(state.args)
        for decl in node.args:
            if decl.value is not None:
                args[decl.name] = expand(decl.value, variables, escape).value
            else:
                args[decl.name] = globals_.get(decl.name)
        return replace(state, args=args)
    if isinstance(node, ast.Workdir):
        exp = expand(node.value, variables, escape)
        if not exp.complete:
            return replace(state, workdir=None,
                           unresolved=state.unresolved + (f"WORKDIR {node.value} is not resolvable",))
        return replace(state, workdir=resolve_path(state.workdir, exp.value))
    if isinstance(node, ast.User):
        exp = expand(node.value, variables, escape)
        return replace(state, user=exp.value if exp.complete else node.value)
    if isinstance(node, ast.Shell) and isinstance(node.command, ast.ExecForm):
        return replace(state, shell=tuple(node.command.args))
    return state
