"""What a RUN's commands do to built files after the build: copy, move, install or link
them elsewhere, and which directory a build tool was pointed at (``make -C dir``,
``cmake --build dir``).

A recipe that knows ``make`` wrote ``build/app`` needs to know that ``mv build/app
/usr/local/bin/`` put it where CMD runs it, or that ``(cd build && make)`` and ``make -C
build`` build in ``build``.  This module reads the options of ``mv``/``cp``/``install``/
``ln`` and the build tools as GNU coreutils and the tools document them, and reports the
words as written (``$VAR`` unexpanded, paths relative): the caller expands them with the
directory and variables in force at the command (see ``recipes.run_walk``).  A command
whose options it does not know is reported with ``known=False`` rather than guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, List, Optional, Tuple

from .shell import ShellScript, SimpleCommand, program_name, unwrap

#: options of each tool that take a value as the next word (short) or after `=` (long)
_VALUED = {
    "mv": {"-t", "-S", "--target-directory", "--suffix", "--backup"},
    "cp": {"-t", "-S", "--target-directory", "--suffix", "--backup", "--preserve",
           "--no-preserve", "--sparse", "--reflink"},
    "install": {"-t", "-m", "-o", "-g", "-S", "--target-directory", "--mode", "--owner",
                "--group", "--suffix", "--backup", "--strip-program", "--context"},
    "ln": {"-t", "-S", "--target-directory", "--suffix", "--backup"},
}
#: short flags (no value) each tool accepts; anything else makes the command unknown
_FLAGS = {
    "mv": set("finuvTbZ"),
    "cp": set("aRrpfinuvTdHLPlsxbZ"),
    "install": set("bcCdDpsTvZ"),
    "ln": set("sfinvTrbLPF"),
}


@dataclass(frozen=True)
class Move:
    """``tool`` copied/moved/installed/linked ``sources`` to ``target``.

    ``into_directory``: ``target`` is a directory the sources land in under their own
    names (``-t``, several sources, or a target written with a trailing ``/``); False:
    ``target`` may still be an existing directory, which only the file system can say.
    ``symbolic``: ``ln -s``.  ``known``: every option was understood (False: sources and
    target are a best reading, do not rely on them)."""

    tool: str
    sources: Tuple[str, ...]
    target: Optional[str]
    into_directory: bool
    command: SimpleCommand
    symbolic: bool = False
    known: bool = True


@dataclass(frozen=True)
class BuildDirectory:
    """``tool`` builds in ``directory`` (as written, relative to the command's cwd)."""

    tool: str
    directory: str
    command: SimpleCommand


def command_moves(command: SimpleCommand) -> Iterator[Move]:
    """The moves of one simple command (a walk's step): ``moves`` of it alone, for the
    readers that follow a RUN command by command with its directory."""
    return moves(ShellScript((command,), False))


def moves(script: ShellScript) -> Iterator[Move]:
    """Every ``mv``/``cp``/``install``/``ln`` of ``script`` in run order (``install -d``,
    which only creates directories, is not one)."""
    for raw in script.commands:
        cmd = unwrap(raw)
        if not cmd.argv:
            continue
        tool = program_name(cmd.argv[0])
        if tool in _VALUED and _system_program(cmd.argv[0]):
            move = _read_move(tool, cmd)
            if move is not None:
                yield move


def build_directories(script: ShellScript) -> Iterator[BuildDirectory]:
    """``make -C dir``/``--directory``, ``ninja -C dir``, ``meson compile -C dir`` and
    ``cmake --build dir``: the build runs in ``dir``, not in the cwd."""
    for raw in script.commands:
        cmd = unwrap(raw)
        if not cmd.argv:
            continue
        tool = program_name(cmd.argv[0])
        directory = None
        if tool in ("make", "gmake", "ninja") or (tool == "meson" and cmd.argv[1:2] == ("compile",)):
            directory = _dash_c(cmd.argv[1:])
        elif tool == "cmake" and "--build" in cmd.argv:
            pos = cmd.argv.index("--build")
            directory = cmd.argv[pos + 1] if pos + 1 < len(cmd.argv) else None
        if directory is not None:
            yield BuildDirectory(tool, directory, cmd)


def _system_program(word: str) -> bool:
    """``install`` or ``/usr/bin/install``, not a project's own ``./install`` script."""
    return "/" not in word or word.startswith(_SYSTEM_DIRS)


_SYSTEM_DIRS = ("/bin/", "/usr/bin/", "/usr/local/bin/", "/sbin/", "/usr/sbin/")


def _dash_c(args: Tuple[str, ...]) -> Optional[str]:
    found = None
    for pos, word in enumerate(args):
        if word == "-C" and pos + 1 < len(args):
            # make applies several -C in turn: `-C a -C b` is a/b
            found = _join(found, args[pos + 1])
        elif word.startswith("-C") and len(word) > 2 and not word.startswith("--"):
            found = _join(found, word[2:])
        elif word.startswith("--directory="):
            found = _join(found, word.partition("=")[2])
    return found


def _join(base: Optional[str], path: str) -> str:
    if base is None or path.startswith("/"):
        return path
    return f"{base.rstrip('/')}/{path}"


def _read_move(tool: str, cmd: SimpleCommand) -> Optional[Move]:
    operands: List[str] = []
    target_dir: Optional[str] = None
    no_target_dir = symbolic = False
    known = True
    args = list(cmd.argv[1:])
    pos = 0
    while pos < len(args):
        word = args[pos]
        pos += 1
        if word == "--":
            operands.extend(args[pos:])
            break
        if word.startswith("--"):
            name, eq, value = word.partition("=")
            if name in _VALUED[tool] and not eq and name != "--backup":
                value = args[pos] if pos < len(args) else ""
                pos += 1
            if name == "--target-directory":
                target_dir = value
            elif name == "--no-target-directory":
                no_target_dir = True
            elif name == "--symbolic":
                symbolic = True
            elif name == "--directory" and tool == "install":
                return None
            elif name not in _VALUED[tool] and name not in _LONG_FLAGS:
                known = False
            continue
        if word.startswith("-") and len(word) > 1:
            for i, flag in enumerate(word[1:]):
                option = "-" + flag
                if option in _VALUED[tool]:
                    value = word[i + 2:] or (args[pos] if pos < len(args) else "")
                    if not word[i + 2:]:
                        pos += 1
                    if option == "-t":
                        target_dir = value
                    break
                if flag == "d" and tool == "install":
                    return None  # install -d DIR...: creates directories
                if flag == "s" and tool == "ln":
                    symbolic = True
                if flag == "T":
                    no_target_dir = True
                if flag not in _FLAGS[tool]:
                    known = False
            continue
        operands.append(word)
    if target_dir is not None:
        return Move(tool, tuple(operands), target_dir, True, cmd, symbolic, known)
    if tool == "ln" and len(operands) == 1:
        # ln -s /opt/x/bin/tool: the link is ./tool
        return Move(tool, tuple(operands), None, True, cmd, symbolic, known)
    if len(operands) < 2:
        return Move(tool, tuple(operands), None, False, cmd, symbolic, False)
    target = operands[-1]
    into = not no_target_dir and (len(operands) > 2 or target.endswith("/"))
    return Move(tool, tuple(operands[:-1]), target, into, cmd, symbolic, known)


_LONG_FLAGS = {
    "--force", "--interactive", "--no-clobber", "--update", "--verbose", "--archive",
    "--recursive", "--dereference", "--no-dereference", "--link", "--parents", "--relative",
    "--strip", "--compare", "--preserve-timestamps", "--no-target-directory",
    "--symbolic", "--logical", "--physical", "--one-file-system", "--remove-destination",
    "--strip-trailing-slashes", "--debug", "--exchange", "--no-copy", "--attributes-only",
    "--copy-contents", "--keep-directory-symlink",
}
