"""Reading what CMD, ENTRYPOINT and HEALTHCHECK run: their words, the program they
start and whether that needs a shell.  Shared by the entry pass, the recipes, the
runner stage and the post-conditions."""

from __future__ import annotations

import shlex
from typing import Optional, Tuple

from ..tree import ast
from .shell import every_command, program_name, split_commands, unwrap

SHELLS = {"sh", "bash", "ash", "dash", "zsh"}
#: the problem of a shell command of several programs (the same-image runner checks
#: each of them: multistage/entry_programs)
SEVERAL = "the shell command runs several programs"


def last(body, kind):
    """The last instruction of ``kind`` in ``body`` (the one in force), or None."""
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
    """(program, needs_shell, problem): the program a command starts, whether it runs
    through a shell, and why it cannot be read (None when it can)."""
    command = node.command
    if isinstance(command, ast.ExecForm):
        args = list(command.args)
        if not args:
            return None, False, f"{node.name} is empty"
        if program_name(args[0]) in SHELLS and len(args) >= 3 and args[1] == "-c":
            program, _, problem = _program_of_script(args[2])
            return program, True, problem
        return args[0], False, None
    if command is None:
        return None, False, f"{node.name} has no command"
    program, _, problem = _program_of_script(command.text)
    return program, True, problem


def _program_of_script(text: str):
    bracketed = _bracketed_word(text)
    if bracketed is not None:
        return None, True, (
            f"the command is written as a list but is no JSON array (JSON strings take "
            f"double quotes), so Docker runs it as shell text, whose first word `{bracketed}` "
            "(as the shell reads it) is what it runs, not the program the list names")
    script = split_commands(text)
    if script.complex:
        # (constructs and substitutions whose every program a checker can accept:
        # several programs, each checked; entry_programs.several_programs)
        problem = every_command(text).problem
        if problem is None:
            return None, True, SEVERAL
        return None, True, f"the shell command is too complex to follow ({problem})"
    commands = [unwrap(c) for c in script.commands]
    if len(commands) != 1 or not commands[0].argv:
        return None, True, SEVERAL
    return commands[0].argv[0], True, None


def _bracketed_word(text: str) -> Optional[str]:
    """The first word of shell text that begins like an exec-form list (``['npm',
    'start']``, a JSON array in single quotes that Docker's parser rejects and so hands
    to ``/bin/sh -c``), as the shell reads it (``[npm,``); None for anything else (``[``
    alone is ``test``, ``[[`` bash's test)."""
    stripped = text.lstrip()
    if not stripped.startswith("[") or stripped.startswith(("[ ", "[\t", "[[")):
        return None
    try:
        words = shlex.split(stripped, posix=True)
    except ValueError:
        return None
    if not words or words[0] in ("[", "[["):
        return None
    return words[0]
