"""Which files a RUN writes, when every command in it says so in its own words.

A RUN after the build may be more build work (``sed -i`` on a file in site-packages,
``cp -R dashboards node_modules/x/``) whose effects land only in what the runner copies
from the builder anyway: then it can run in the builder.  That is only known when each
command is a file tool whose operands are the paths it writes (``sed -i``, ``cp``,
``mv``, ``install``, ``ln``, ``rm``, ``mkdir``, ``touch``, ``chmod``, ``chown``,
``tee``), or writes nothing but its output redirections (``echo``, ``printf``), and
every path expands to a known absolute one.  Any other program, an unknown variable or
directory, a construct the reader cannot follow: None (not known).  What an unknown
program writes is never guessed."""

from __future__ import annotations

import posixpath
from typing import Dict, List, Optional, Tuple

from ..tree import ast
from .artifact_moves import command_moves
from .commands import SHELLS, shell_command_string
from .shell import ShellScript, program_name, split_commands, unwrap
from .state import resolve_path
from .variables import expand

#: programs that write nothing but their redirections
_QUIET = {"echo", "printf", "true", ":", "test", "["}
#: programs whose operands (after the options) are all paths they write
_OPERAND_WRITERS = {"rm", "mkdir", "touch", "tee", "rmdir"}
#: programs whose first operand is a mode or owner, the rest paths they write
_MODE_WRITERS = {"chmod", "chown", "chgrp"}
_GLOB = set("*?[")


def known_writes(node: ast.Run, workdir: Optional[str],
                 env: Dict[str, str]) -> Tuple[Optional[List[str]], str]:
    """(paths, why): the absolute paths ``node`` writes, removes or moves (a path with a
    pattern is cut to the directory before its first pattern character), or None and
    why they are not known."""
    if not isinstance(node.command, ast.ShellForm) or node.heredocs:
        return None, "its command is not shell text the reader follows"
    script = split_commands(node.command.text)
    if script.complex:
        return None, f"it is a shell construct the reader cannot follow ({script.problem})"
    return _writes(script, workdir, env, partial=False)


def readable_writes(node: ast.Run, workdir: Optional[str], env: Dict[str, str]) -> List[str]:
    """The paths the file tools of ``node`` write, where they can be read, skipping the
    commands that cannot (a build tool, an unknown variable): a lower bound of what the
    RUN writes, for checks that a known write is not lost."""
    if not isinstance(node.command, ast.ShellForm) or node.heredocs:
        return []
    script = split_commands(node.command.text)
    if script.complex and script.scoped_problem is not None and not script.only_guards:
        return []
    # (a guard lists no command and writes nothing: the commands listed all run)
    return _writes(script, workdir, env, partial=True)[0] or []


def possible_writes(node: ast.Run, workdir: Optional[str], env: Dict[str, str]) -> List[str]:
    """``readable_writes`` and what the commands inside an ``if``/``case``/``||`` branch
    write where they can be read: the paths the RUN may write.  A write that only may
    happen (``if [ -f extra.conf ]; then cp extra.conf /etc/app.conf; fi``) may be lost
    as surely as one that happens, but it cannot be carried either: whether the file
    exists is decided when the build runs."""
    if not isinstance(node.command, ast.ShellForm) or node.heredocs:
        return []
    return _writes(split_commands(node.command.text), workdir, env, partial=True)[0] or []


def command_writes(cmd, workdir: Optional[str], env: Dict[str, str],
                   partial: bool = False) -> Optional[List[str]]:
    """The absolute paths one simple command (``shell.SimpleCommand``, as a walk of the
    RUNs reads it with its directory and variables) writes, or None when not known;
    ``partial``: its output redirections and what a file tool says, skipping the rest."""
    return _writes(_One((cmd,)), workdir, env, partial)[0]


class _One:
    """One command in the shape of a ``ShellScript`` (``_writes`` reads ``commands``)."""

    __slots__ = ("commands",)

    def __init__(self, commands: tuple):
        self.commands = commands


def _writes(script: ShellScript, workdir: Optional[str], env: Dict[str, str],
            partial: bool) -> Tuple[Optional[List[str]], str]:
    cwd, env = workdir, dict(env)
    scopes: List[Tuple[int, Optional[str]]] = []
    out: List[str] = []

    def path(word: str) -> Optional[str]:
        value = expand(word, env)
        if not value.complete:
            return None
        resolved = resolve_path(cwd, value.value)
        if resolved is None:
            return None
        if _GLOB & set(resolved):
            cut = min(resolved.index(ch) for ch in _GLOB if ch in resolved)
            resolved = posixpath.dirname(resolved[:cut]) or "/"
        return resolved

    for raw in script.commands:
        while scopes and scopes[-1][0] not in raw.scopes:  # a subshell's cd ends at `)`
            cwd = scopes.pop()[1]
        for scope in raw.scopes[len(scopes):]:
            scopes.append((scope, cwd))
        cmd = unwrap(raw)
        for key, value in cmd.assignments if not cmd.argv else ():
            env[key] = expand(value, env).value
        for target in cmd.redirects:
            if target != "/dev/null":
                got = path(target)
                if got is None and not partial:
                    return None, f"the file `{target}` it writes is not known"
                out.extend([got] if got else [])
        if not cmd.argv:
            continue
        tool = program_name(cmd.argv[0])
        operands = [w for w in cmd.argv[1:] if not w.startswith("-")]
        if tool == "cd":
            cwd = path(operands[0]) if len(operands) == 1 else None
            if cwd is None and not partial:
                return None, "a `cd` goes to a directory that is not known"
            continue
        if tool in _QUIET:
            continue
        text = shell_command_string(cmd.argv) if tool in SHELLS else None
        if text is not None:  # (``sh -c 'touch /app.jar'``: the string's commands, in a
            # shell of their own: its ``cd`` ends with it)
            inner = split_commands(text)
            if inner.complex and not partial:
                return None, f"the shell string `{text}` is a construct the reader cannot follow"
            got, why = _writes(inner, cwd, env, partial)
            if got is None:
                if partial:
                    continue
                return None, why
            out.extend(got)
            continue
        if tool == "sed":
            words = _sed_files(cmd.argv[1:])
        elif tool in _LINE_END_TOOLS:
            words = _line_end_files(cmd.argv[1:])
        elif tool == "perl" and _perl_words(cmd.argv[1:])[0]:
            words = _perl_words(cmd.argv[1:])[2]
        elif tool in ("tar", "bsdtar") and partial:
            named = tar_members(cmd.argv)
            words = [posixpath.join(named[0], m) for m in named[1]] if named else None
        elif tool in _OPERAND_WRITERS:
            words = operands
        elif tool in _MODE_WRITERS:
            words = operands[1:]
        elif tool in ("cp", "mv", "install", "ln"):
            words = _move_words(cmd, tool, operands)
        elif partial:
            continue
        else:
            return None, f"what `{cmd.argv[0]}` writes is not known"
        if words is None:
            if partial:
                continue
            return None, f"the operands of `{' '.join(cmd.argv[:3])}` are not read"
        for word in words:
            got = path(word)
            if got is None:
                if partial:
                    continue
                return None, f"the path `{word}` is not known"
            out.append(got)
    return out, ""


#: tar's long options that take no value and leave the members' names as they are
_TAR_FLAGS = frozenset({"--no-same-owner", "--no-same-permissions", "--same-owner",
                        "--same-permissions", "--preserve-permissions", "--numeric-owner",
                        "--overwrite", "--keep-old-files", "--skip-old-files", "--touch",
                        "--verbose", "--gzip", "--gunzip", "--ungzip", "--bzip2", "--xz",
                        "--lzma", "--zstd", "--auto-compress", "--no-overwrite-dir",
                        "--delay-directory-restore", "--unlink-first", "--recursive-unlink"})


def tar_members(argv) -> Optional[Tuple[str, List[str]]]:
    """(directory, members) where ``tar`` extracts the members its words name (``tar
    -xzf caddy.tgz -C /usr/bin caddy``: ``("/usr/bin", ["caddy"])``, the directory as
    written, "." without ``-C``); None when it extracts what the archive holds (no
    member named), creates or lists an archive, or names its files in a way not read
    (``--strip-components``, ``-T``, wildcards)."""
    words = list(argv[1:])
    directory, members, extracting = ".", [], False
    i = 0
    while i < len(words):
        word = words[i]
        if word.startswith("--"):
            name, eq, value = word.partition("=")
            if name in ("--extract", "--get"):
                extracting = True
            elif name in ("--directory",):
                directory = value if eq else (words[i + 1] if i + 1 < len(words) else "")
                i += 0 if eq else 1
            elif name in ("--file",):
                i += 0 if eq else 1
            elif name in ("--strip-components", "--transform", "--xform", "--files-from",
                          "--wildcards", "--create", "--list", "--append", "--update") or \
                    not eq and name not in _TAR_FLAGS:
                return None  # (one that changes the names, or may take the next word)
        elif word.startswith("-") or i == 0:  # (the old style: the first word, letters)
            letters = word.lstrip("-")
            if any(c in letters for c in "ctrAuT"):
                return None
            extracting = extracting or "x" in letters
            takes = [c for c in letters if c in "fCX"]
            for c in takes:  # (each such letter takes the next word, in order)
                i += 1
                if c == "C" and i < len(words):
                    directory = words[i]
        else:
            if any(ch in word for ch in "*?[$`"):
                return None
            members.append(word)
        i += 1
    if not extracting or not members:
        return None
    return directory, members


def _sed_files(args) -> Optional[List[str]]:
    """The files ``sed -i`` edits in place; [] for a sed that only prints."""
    in_place = any(a == "--in-place" or a.startswith("--in-place=") or
                   (a.startswith("-") and not a.startswith("--") and "i" in a[1:])
                   for a in args)
    if not in_place:
        return []
    script_given = False
    operands: List[str] = []
    i = 0
    while i < len(args):
        word = args[i]
        if word in ("-e", "-f", "--expression", "--file"):
            script_given = True
            i += 2
            continue
        if word.startswith(("--expression=", "--file=")):
            script_given = True
        elif not word.startswith("-"):
            operands.append(word)
        i += 1
    return operands if script_given else operands[1:]


def edit_inputs(argv) -> List[str]:
    """The words naming the files an edit in place (``edited_words``) reads besides
    those it edits: ``sed``'s script files (``-f FILE``, ``--file=FILE``), ``keytool``'s
    certificate (``-file FILE``), perl's program file (no ``-e``); the rest of its words
    are a script, options and the edited files."""
    tool = program_name(argv[0]) if argv else ""
    if tool == "perl":
        program = _perl_words(argv[1:])[1]
        return [program] if program else []
    options = ("-f", "--file") if tool == "sed" else ("-file",)
    out = []
    for i, word in enumerate(argv[1:], 1):
        if word in options and i + 1 < len(argv):
            out.append(argv[i + 1])
        elif "=" in word and word.split("=", 1)[0] in options:
            out.append(word.split("=", 1)[1])
    return out


def edited_words(argv) -> List[str]:
    """The words naming the files one command edits in place, as written: ``sed -i``'s
    and ``perl -i``'s operands, the keystore ``keytool -importcert``/``-import`` adds to
    (``-keystore FILE``, or ``-cacerts``: ``$JAVA_HOME/lib/security/cacerts``).  An edit
    is neither a creation nor a read by the build: the file is prepared for whoever
    reads it."""
    if not argv:
        return []
    tool = program_name(argv[0])
    if tool == "sed":
        return list(_sed_files(argv[1:]) or ())
    if tool in _LINE_END_TOOLS and not {"-n", "--newfile"} & set(argv):
        return list(_line_end_files(argv[1:]) or ())  # (-n writes new files: no edit)
    if tool == "perl":
        return list(_perl_files(argv[1:]) or ())
    if tool == "keytool" and any(w in ("-importcert", "-import") for w in argv):
        args = list(argv)
        if "-keystore" in args[:-1]:
            return [args[args.index("-keystore") + 1]]
        if "-cacerts" in args:
            return ["$JAVA_HOME/lib/security/cacerts"]
    return []


#: find's actions that remove or change what it visits, and never read its content
_FIND_CLEANUP_ACTIONS = frozenset({"-delete", "-prune", "-print", "-print0", "-quit"})
#: programs a cleanup ``find -exec`` may run on what it visits
_FIND_CLEANUP_PROGRAMS = frozenset({"rm", "rmdir", "chmod", "chown", "chgrp", "touch"})
#: find's options (not tests: they select nothing), with the words they take
_FIND_OPTIONS = {"-depth": 0, "-xdev": 0, "-mount": 0, "-follow": 0, "-ignore_readdir_race": 0,
                 "-noleaf": 0, "-maxdepth": 1, "-mindepth": 1}


def find_cleanup(argv) -> Optional[Tuple[List[str], bool]]:
    """(start points as written, whether it removes all it visits) for a ``find`` that
    only removes or changes modes and owners of what it visits (``find /opt/app -name
    '*.pyc' -delete``, ``-exec chmod 644 {} +``); None for any other command, or a find
    that reads content or writes elsewhere (``-exec cat``, ``-fprint``).  With no test
    and an action that removes (``find /opt/docs -delete``), all of it is removed; with
    tests (``-name``, ``-type``), some of it is: what is left is not read."""
    if not argv or program_name(argv[0]) != "find":
        return None
    words = list(argv[1:])
    i = 0
    while i < len(words) and not words[i].startswith("-") and words[i] not in ("(", "!"):
        i += 1
    starts, rest = words[:i], words[i:]
    tested, removes, j = False, False, 0
    while j < len(rest):
        word = rest[j]
        if word in ("-exec", "-execdir", "-ok", "-okdir"):
            end = next((k for k in range(j + 1, len(rest)) if rest[k] in (";", "+")), None)
            if end is None or end == j + 1 or \
                    program_name(rest[j + 1]) not in _FIND_CLEANUP_PROGRAMS:
                return None
            removes = removes or program_name(rest[j + 1]) in ("rm", "rmdir")
            j = end + 1
            continue
        if word in _FIND_OPTIONS:
            j += 1 + _FIND_OPTIONS[word]
            continue
        if word in _FIND_CLEANUP_ACTIONS:
            removes = removes or word == "-delete"
        elif word.startswith("-fprint") or word in ("-fls", "-printf", "-ls"):
            return None
        else:
            tested = True  # (a test, an operator, or a test's value)
        j += 1
    if not starts or not removes and not any(
            w in ("-exec", "-execdir", "-ok", "-okdir") for w in rest):
        return None
    return starts, removes and not tested


#: the line-end converters, which rewrite their operands in place (``dos2unix
#: entrypoint.sh``; ``-n IN OUT`` writes OUT from IN instead)
_LINE_END_TOOLS = frozenset({"dos2unix", "unix2dos", "mac2unix", "unix2mac"})


def _line_end_files(args) -> Optional[List[str]]:
    """The files a line-end converter writes (its operands; with ``-n``/``--newfile``
    the second of each pair), or None where an option is not read here."""
    out, pairs, i = [], False, 0
    words = list(args)
    while i < len(words):
        word = words[i]
        if word in ("-n", "--newfile"):
            pairs = True
        elif word in ("-o", "--oldfile"):
            pairs = False
        elif word.startswith("-"):
            if word not in ("-q", "--quiet", "-k", "--keepdate", "-f", "--force", "-s",
                            "--safe", "-u", "--keep-utf16", "-v", "--verbose", "--"):
                return None
        elif pairs:
            if i + 1 >= len(words):
                return None
            out.append(words[i + 1])
            i += 1
        else:
            out.append(word)
        i += 1
    return out


def _perl_files(args) -> Optional[List[str]]:
    """The files ``perl -i`` edits in place (``_perl_words``); None for a perl that
    does not edit in place (a program, whose writes are not known)."""
    in_place, program, files = _perl_words(args)
    return files if in_place else None


def _perl_words(args) -> Tuple[bool, Optional[str], List[str]]:
    """(edits in place, the program's file or None where ``-e`` gives the code, the
    files it reads) of perl's words after its name.  ``-i`` edits in place (``perl -pi
    -e 's/a/b/' conf``, ``perl -i.bak -pe ...``).  Switches may be joined (``-pi``,
    ``-lpi``); after ``i`` the rest of the word is the backup's extension (``-pi.bak``;
    ``-pie`` is ``-p`` with ``-i`` backing up to ``*e``, so the next word is the
    program's file); ``-e``/``-E`` take the code as the next word (or the rest of
    theirs), ``-M``/``-I``/``-m`` and the like their value in theirs, ``-l``/``-0``
    octal digits of theirs; without ``-e`` the first operand is the program's file.
    ``--`` ends the switches."""
    in_place, code_given, i = False, False, 0
    while i < len(args):
        word = args[i]
        if word == "--":
            i += 1
            break
        if not word.startswith("-") or word == "-":
            break
        k = 1
        while k < len(word):
            ch = word[k]
            if ch == "i":
                in_place = True
                break  # (the rest is the backup's extension)
            if ch in "eE":
                code_given = True
                if k + 1 == len(word):
                    i += 1  # (the code is the next word)
                break
            if ch in "MmIxdCF":  # (their value is the rest of the word)
                break
            k += 1
            if ch in "l0":  # (an octal value of digits only, ``-l``, ``-0777``; ``-0x1F``)
                digits = "01234567"
                if ch == "0" and word[k:k + 1] == "x":
                    k, digits = k + 1, "0123456789abcdefABCDEF"
                while k < len(word) and word[k] in digits:
                    k += 1
        i += 1
    operands = list(args[i:])
    if code_given:
        return in_place, None, operands
    return in_place, (operands[0] if operands else None), operands[1:]


def _move_words(cmd, tool: str, operands) -> Optional[List[str]]:
    found = list(command_moves(cmd))
    if not found:
        # `install -d DIR...` creates the directories it names
        return operands if tool == "install" else None
    move = found[0]
    if not move.known or move.target is None:
        return None
    words = [move.target]
    if tool == "mv":
        words.extend(move.sources)  # moved away: removed where they were
    return words
