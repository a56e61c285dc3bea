"""Reading what CMD, ENTRYPOINT and HEALTHCHECK run: their words, the program they
start and whether that needs a shell.  Shared by the entry pass, the recipes, the
runner stage and the post-conditions."""

from __future__ import annotations

import shlex
from typing import List, Optional, Sequence, Tuple

from ..tree import ast
from .shell import every_command, program_name, split_commands, unwrap, unwrap_words, \
    wrapper_problem

SHELLS = {"sh", "bash", "ash", "dash", "zsh"}
#: the problem of a shell command of several programs (the same-image runner checks
#: each of them: multistage/entry_programs)
SEVERAL = "the shell command runs several programs"
#: a shell's options that take the next word as their argument: ``bash --init-file
#: prelim.sh`` reads the file before its prompt (an interactive shell, corpus 525435bb's
#: pantheon toolbox), ``sh -o pipefail run.sh`` runs run.sh, not a script `pipefail`;
#: ``o`` and ``O`` take it also inside a group (``bash -eo pipefail -c``)
SHELL_OPTION_ARGUMENTS = frozenset({"-o", "+o", "-O", "+O", "--init-file", "--rcfile"})


def shell_operands(args: Sequence[str]) -> List[str]:
    """``args`` (a shell's words after its name) from its first operand on, as the shell
    reads them: options are skipped, single letters alone or joined (``-l``, ``-eux``,
    ``+x``, ``--login``), with the argument ``o``/``O``/``--rcfile`` take; when one of
    them is ``c`` (``-c``, ``-lc``, ``-xc``, ``-cx``, ``-euxc``: ``c`` anywhere in a
    group) the first operand is the command string, and the answer starts with ``-c``
    (``["-c", "make && ./app", "$0" ...]``); ``--`` (or ``-``) ends the options and is
    left out.  [] when every word is an option."""
    rest, command = list(args), False
    while rest:
        word = rest[0]
        if word in ("--", "-"):
            rest = rest[1:]
            break
        if word in SHELL_OPTION_ARGUMENTS:
            rest = rest[2:]
        elif word.startswith("--"):
            rest = rest[1:]
        elif len(word) > 1 and word[0] in "-+" and word[1:].isalpha():
            command = command or (word[0] == "-" and "c" in word)
            rest = rest[1 + sum(word[1:].count(o) for o in "oO"):]
        else:
            break
    return (["-c"] if command else []) + rest


def shell_command_string(argv: Sequence[str]) -> Optional[str]:
    """The command string a shell's words run (``bash -lc 'make && ./app'``, ``sh -e -c
    '...'``), or None: not a shell, or a shell running a script or a prompt."""
    if not argv or program_name(argv[0]) not in SHELLS:
        return None
    operands = shell_operands(argv[1:])
    return operands[1] if operands[:1] == ["-c"] and len(operands) > 1 else None


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


def entry_words(node) -> Tuple[str, ...]:
    """The words of the command a CMD/ENTRYPOINT starts, wrappers left out as
    ``program_of`` leaves them (``CMD exec sh start.sh``: ``sh start.sh``); its words as
    written when a wrapper starts nothing.  The readers of what one command runs take its
    words from here (the entry pass unwraps the ENTRYPOINT's and CMD's words together,
    with the same ``unwrap_words``), so ``exec`` or ``env`` never hides a script or a
    program."""
    words, _ = command_words(node)
    return unwrap_words(words)[0] or words


def program_of(node) -> Tuple[Optional[str], bool, Optional[str]]:
    """(program, needs_shell, problem): the program a command starts, whether it runs
    through a shell, and why it cannot be read (None when it can).  Wrappers are
    transparent (``exec sh start.sh``, ``["env", "A=b", "python", "app.py"]``: the
    program is sh, python; ``unwrap_words``), as in ``entry_words``."""
    command = node.command
    if isinstance(command, ast.ExecForm):
        args = list(command.args)
        if not args:
            return None, False, f"{node.name} is empty"
        problem = wrapper_problem(args)
        if problem:
            return None, False, f"{problem}: the program it starts is not followed"
        args = list(unwrap_words(args)[0]) or args  # (``["env", "A=b", "app"]``: app)
        script = shell_command_string(args)
        if script is not None:
            program, _, problem = _program_of_script(script)
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
    problem = wrapper_problem(commands[0].argv)
    if problem:
        return None, True, f"{problem}: the program it starts is not followed"
    return commands[0].argv[0], True, None


def shell_string_words(program: str, words: Sequence[str]) -> Tuple[str, ...]:
    """The words of the one command an exec-form shell string runs (``["sh", "-c", "java
    $JAVA_OPTS -jar /app.jar"]``: ``java $JAVA_OPTS -jar /app.jar``), its wrappers left
    out as ``program_of`` leaves them, where ``program`` is that command's (``program_of``
    read it there, in ``_program_of_script``); ``words`` themselves for anything else
    (``ENTRYPOINT ["bash", "-c"]`` with the string in the CMD: the program is the
    shell).  The readers of the program's arguments (the jar ``java -jar`` runs, the
    script an interpreter runs) must see its words, as they do for the same command in
    shell form."""
    text = shell_command_string(words)
    if text is None:
        return tuple(words)
    commands = split_commands(text).commands
    if len(commands) != 1:
        return tuple(words)
    inner = tuple(unwrap(commands[0]).argv)
    return inner if inner[:1] == (program,) else tuple(words)


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
