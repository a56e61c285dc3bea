"""Find what the container runs (the last ENTRYPOINT, else the last CMD) and tie it
to a build artifact: in a single-stage file the thing the container runs is the build
output.  When the build's own naming is uncertain the command decides (with a
warning); when nothing matches, the transpiler declines.  Gate, part 3: a command
that needs the toolchain (``go run`` ...) keeps the single stage."""

from __future__ import annotations

import posixpath
from typing import List, Optional, Tuple

from ...tree import ast
from ...analysis.shell import split_commands, unwrap
from ...analysis.state import resolve_path
from ..recipes.base import Artifact
from ..context import Context, Decline

SHELLS = {"sh", "bash", "ash", "dash", "zsh"}


def last(body, kind):
    found = None
    for node in body:
        if isinstance(node, kind):
            found = node
    return found


def command_words(node) -> Tuple[Tuple[str, ...], bool]:
    """(words, shell_form) of a CMD/ENTRYPOINT/HEALTHCHECK command."""
    command = node.command
    if command is None:
        return (), False
    if isinstance(command, ast.ExecForm):
        return tuple(command.args), False
    script = split_commands(command.text)
    words = tuple(w for c in script.commands for w in c.argv)
    return words, True


def program_of(node) -> Tuple[Optional[str], bool, Optional[str]]:
    """(program, needs_shell, problem)."""
    command = node.command
    if isinstance(command, ast.ExecForm):
        args = list(command.args)
        if not args:
            return None, False, f"{node.name} is empty"
        if posixpath.basename(args[0]) in SHELLS and len(args) >= 3 and args[1] == "-c":
            program, _, problem = _program_of_script(args[2])
            return program, True, problem
        return args[0], False, None
    if command is None:
        return None, False, f"{node.name} has no command"
    program, _, problem = _program_of_script(command.text)
    return program, True, problem


def _program_of_script(text: str):
    script = split_commands(text)
    if script.complex:
        return None, True, f"the shell command is too complex to follow ({script.problem})"
    commands = [unwrap(c) for c in script.commands]
    if len(commands) != 1 or not commands[0].argv:
        return None, True, "the shell command runs several programs"
    return commands[0].argv[0], True, None


def run(ctx: Context) -> None:
    body = ctx.facts.stage.body
    entrypoint = last(body, ast.Entrypoint)
    cmd = last(body, ast.Cmd)
    if entrypoint is None and cmd is None:
        raise Decline("no CMD or ENTRYPOINT: what the container runs (the artifact) is unknown")
    for node in (entrypoint, cmd):
        if node is not None:
            words, _ = command_words(node)
            reason = ctx.recipe.needs_toolchain(words)
            if reason:
                raise Decline(f"{node.name} at {ctx.line_of(node)}: {reason}")
    main = entrypoint if entrypoint is not None else cmd
    program, needs_shell, problem = program_of(main)
    if problem:
        raise Decline(f"{main.name} at {ctx.line_of(main)}: {problem}")
    ctx.needs_shell = needs_shell or any(
        node is not None and isinstance(node.command, ast.ShellForm) for node in (entrypoint, cmd))
    # the HEALTHCHECK's command is checked (and curl/wget installed) with the runner
    final = ctx.facts.final
    artifact, how = None, ""
    entry_for = getattr(ctx.recipe, "entry_for", None)
    if entry_for is not None:  # the recipe knows interpreters its runner provides
        words, _ = command_words(main)
        if entrypoint is not None and cmd is not None:
            words = words + command_words(cmd)[0]
        found = entry_for(program, words, ctx.facts, ctx.detection)
        if isinstance(found, str):
            raise Decline(f"{main.name} at {ctx.line_of(main)}: {found}")
        if found is not None:
            artifact, how = found, "exact"
    if artifact is None:
        artifact, how = match_artifact(program, final.workdir, final.path_dirs,
                                       ctx.detection.artifacts)
    if artifact is None:
        raise Decline(f"{main.name} runs `{program}`, which no recognised build step produces")
    if how.startswith("guess"):
        ctx.warnings.append(f"{main.name} runs `{program}`; the build does not show the binary's "
                            f"name for sure ({artifact.how}), so the name is taken from "
                            f"{main.name}")
    ctx.entry = artifact
    ctx.entry_reference = "name" if "/" not in program else "path"


def match_artifact(program: str, workdir: Optional[str], path_dirs, artifacts: List[Artifact]):
    """(artifact, how) for the program a command starts; the artifact is a copy whose
    name is fixed when it was only guessed."""
    if "/" in program:
        target = resolve_path(workdir, program)
        if target is None:
            return None, ""
        candidates = [(posixpath.dirname(target), posixpath.basename(target))]
    else:
        candidates = [(d.rstrip("/") or "/", program) for d in path_dirs]
    for directory, name in candidates:
        for art in artifacts:
            if art.directory == directory and art.name == name and art.certain:
                return art, "exact"
    for directory, name in candidates:
        for art in artifacts:
            if art.tree and art.path and art.certain and \
                    (directory + "/").startswith(art.path.rstrip("/") + "/"):
                return art, "exact"  # a program inside a copied directory (a venv's bin/)
    for directory, name in candidates:
        for art in artifacts:
            if art.directory == directory and (art.name == name or not art.certain) \
                    and not art.tree:
                fixed = Artifact(directory, name, art.how, art.index, True)
                return fixed, "exact" if art.name == name else "guess"
    return None, ""
