"""The text a Dockerfile's RUNs write into a file with ``echo``/``printf`` and a
redirection (``echo '#!/bin/sh\\nexec app' > /start.sh``, ``echo "[program:x]" >>
/etc/supervisor/conf.d/app.conf``): the text is in the Dockerfile, so an entry script
or a supervisord configuration written that way can be read like one of the build
context.

Only text that is surely what the file holds is returned; every doubt is a reason
(the caller declines naming it):

* the words are evaluated as the shell does: quotes removed, a ``$NAME`` inside
  double quotes replaced by its ENV value (an ARG's may be overridden); an unquoted
  expansion, a command substitution, a glob or a brace is not followed;
* ``echo`` with a backslash prints what the shell's own ``echo`` makes of it: dash
  (Debian's and Ubuntu's /bin/sh) turns ``\\n`` into a newline, bash and BusyBox
  print it as written, so the text is known only when the image's /bin/sh is known
  (its distribution, no ``SHELL``, no RUN re-linking /bin/sh); an ``echo`` option
  other than one ``-n`` differs between them too;
* ``printf`` with a format of plain text, POSIX escapes and ``%s``/``%%`` only;
* ``>`` starts the text, ``>>`` adds to it, RUN after RUN in order; a first ``>>``
  adds to what the image had there (unknown);
* the command runs whenever its RUN succeeds: not in an ``if``/loop body, not after
  ``||``, not in the background; and nothing else writes or changes the file (``sed
  -i``, ``cp``, ``ln``, a COPY, a redirection of another program)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from ..analysis.run_text import run_text
from ..analysis.shell import _parse, program_name, split_commands
from ..analysis.state import resolve_path
from ..analysis.variables import expand
from ..tree import ast

#: commands that name a file without changing what it holds
_READS = frozenset({"chmod", "chown", "chgrp", "test", "[", "ls", "stat", "file", "cat",
                    "head", "tail", "grep", "supervisord", "supervisorctl", "bash", "sh",
                    "dash", "mkdir"})
#: the escapes dash's ``echo`` and every ``printf`` turn into one character
_ESCAPES = {"\\": "\\", "a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
            "v": "\v"}


@dataclass(frozen=True)
class Written:
    """``text``: what the file holds after the RUNs (None: not surely known, ``why``
    says what is not); ``writers``: the RUN facts that write it, in order."""

    text: Optional[str]
    why: str
    writers: Tuple[object, ...]


def written_text(ctx, target: str) -> Optional[Written]:
    """What the RUNs write into ``target`` (an absolute path); None when no RUN
    writes it with a redirection (the caller's other rules apply)."""
    text: Optional[str] = None
    why = ""
    writers: List[object] = []
    for fact in ctx.facts.instructions:
        node = fact.node
        if isinstance(node, (ast.Copy, ast.Add)) and writers:
            dest = expand(node.destination or "", fact.before.variables())
            to = resolve_path(fact.before.workdir, dest.value) if dest.complete else None
            if to is None or to == target or target.startswith(to.rstrip("/") + "/"):
                text, why = None, f"the {node.name} at {ctx.line_of(node)} may replace it"
            continue
        if not isinstance(node, ast.Run) or not isinstance(node.command, ast.ShellForm) or \
                target not in node.command.text and not (writers and ">" in node.command.text):
            continue
        for kind, value in _writes(ctx, fact, target, bool(writers)):
            if kind == "unknown":
                text, why = None, value
                writers.append(fact)
            elif kind == ">":
                if all(f.index != fact.index for f in writers):
                    writers.append(fact)
                if value is None:
                    continue
                text, why = value, ""
            elif kind == ">>":
                if all(f.index != fact.index for f in writers):
                    writers.append(fact)
                if not why and text is None:
                    why = (f"the RUN at {ctx.line_of(node)} adds to it with `>>` what the "
                           "image had there before, which is not known")
                text = text + value if text is not None else None
    if not writers:
        return None
    return Written(text, why, tuple({f.index: f for f in writers}.values()))


def _writes(ctx, fact, target: str, written: bool):
    """("unknown", why), (">", text) or (">>", text) for each command of the RUN that
    writes ``target``, in order (text None for ``>`` when the text is not known, with
    the "unknown" entry before it saying why)."""
    node = fact.node
    where = f"the RUN at {ctx.line_of(node)}"
    source = node.command.text
    script = split_commands(source)
    by_place = {(c.line, c.column): (i, c) for i, c in enumerate(script.commands)}
    variables = fact.before.variables()
    named = re.compile(r"(?<![\w./-])" + re.escape(target) + r"(?![\w./-])")
    seen = set()
    out = []
    for command, redirects in _redirected(source):
        if written and any(_literal(raw, variables) is None for _op, raw in redirects):
            out.append(("unknown", f"{where} writes a file whose name is not known, which "
                                   "may be it"))
        hits = [(op, raw) for op, raw in redirects
                if _path(fact, _literal(raw, variables)) == target]
        if not hits:
            continue
        place = (command.start_point[0] + 1, command.start_point[1] + 1)
        seen.add(place)
        found = by_place.get(place)
        op = hits[-1][0]
        kind = ">>" if op in (">>", "&>>") else ">"
        raws = [_text(source, c) for c in _words(command)]
        problem = None
        if len(hits) > 1 or op not in (">", ">>", ">|"):
            problem = f"{where} writes it with `{op}` or more than once in one command"
        elif found is None:
            problem = f"{where} writes it in a command that is not followed"
        else:
            i, cmd = found
            after = script.commands[i + 1].separator_before if i + 1 < len(script.commands) \
                else None
            if cmd.conditional or cmd.construct or after == "&" or cmd.subshell or any(
                    c.separator_before == "||" for c in script.commands[:i + 1]):
                problem = (f"{where} writes it in a command that only may run (an `if`, a "
                           "loop, after `||`, in the background or a subshell)")
        value = None
        if problem is None:
            # (the text with ENV values only: an ARG's default may be overridden by
            # --build-arg, so a text that uses one is not surely known)
            value, problem = _output(ctx, fact, raws, dict(fact.before.env))
            if problem:
                problem = f"{where} writes it with `{program_name(_literal(raws[0], {}) or '?')}`" \
                    f": {problem}"
        if problem:
            out.append(("unknown", problem))
            if kind == ">":
                out.append((">", None))
            continue
        out.append((kind, value))
    for cmd in script.commands:  # any other command naming the file may change it
        argv = cmd.argv
        if (cmd.line, cmd.column) in seen or not argv:
            continue
        if any(named.search(w) for w in argv[1:]) or any(named.search(r) for r in cmd.redirects):
            name = program_name(argv[0])
            if name in _READS and not any(named.search(r) for r in cmd.redirects):
                continue
            out.append(("unknown", f"{where} changes it with `{name}`"))
    if script.complex and not out:
        out.append(("unknown", f"{where} names it in shell text too complex to follow "
                               f"({script.problem})"))
    return out


def _redirected(source: str):
    """(command node, [(operator, raw target)]) of every command with an output
    redirection in the shell text."""
    data = source.encode("utf-8", "surrogateescape")
    data, tree = _parse(data)
    found = []
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        if node.type == "redirected_statement":
            body = node.child_by_field_name("body")
            redirects = []
            for child in node.children:
                if child.type == "file_redirect":
                    op = next((c.type for c in child.children if not c.is_named), "")
                    named = [c for c in child.children
                             if c.is_named and c.type != "file_descriptor"]
                    if named and op in (">", ">>", "&>", "&>>", ">|", ">&"):
                        redirects.append((op, data[named[0].start_byte:named[0].end_byte]
                                          .decode("utf-8", "surrogateescape")))
            while body is not None and body.type in ("list", "pipeline"):
                # (`a && b > f`: the grammar hangs the redirection of b on the list)
                named = [c for c in body.children if c.is_named and c.type != "comment"]
                body = named[-1] if named else None
                if body is not None and body.type == "redirected_statement":
                    body = body.child_by_field_name("body")
            if body is not None and body.type == "command" and redirects:
                found.append((body, redirects))
        stack.extend(reversed(node.children))
    return sorted(found, key=lambda f: f[0].start_byte)


def _words(command):
    return [c for c in command.children if c.is_named and c.type not in (
        "variable_assignment", "file_redirect", "comment")]


def _text(source: str, node) -> str:
    data = source.encode("utf-8", "surrogateescape")
    return data[node.start_byte:node.end_byte].decode("utf-8", "surrogateescape")


def _path(fact, value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    return resolve_path(fact.before.workdir, value)


def _literal(raw: str, variables: Dict[str, str]) -> Optional[str]:
    """The word as the shell passes it (quotes removed, ``$NAME`` in double quotes
    replaced by a known value); None when it holds anything else (an unquoted
    expansion, a command substitution, a glob, a brace, ``~``)."""
    out = []
    i, n = 0, len(raw)
    if raw.startswith("~"):
        return None
    while i < n:
        c = raw[i]
        if c == "'":
            end = raw.find("'", i + 1)
            if end < 0:
                return None
            out.append(raw[i + 1:end])
            i = end + 1
        elif c == '"':
            i += 1
            while i < n and raw[i] != '"':
                ch = raw[i]
                if ch == "\\" and i + 1 < n and raw[i + 1] in '$`"\\\n':
                    if raw[i + 1] != "\n":
                        out.append(raw[i + 1])
                    i += 2
                    continue
                if ch == "`":
                    return None
                if ch == "$":
                    value, i = _variable(raw, i, variables)
                    if value is None:
                        return None
                    out.append(value)
                    continue
                out.append(ch)
                i += 1
            if i >= n:
                return None
            i += 1
        elif c == "\\":
            if i + 1 >= n:
                return None
            if raw[i + 1] != "\n":
                out.append(raw[i + 1])
            i += 2
        elif c in "$`*?[{":
            return None
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _variable(raw: str, i: int, variables: Dict[str, str]) -> Tuple[Optional[str], int]:
    m = re.compile(r"\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)\})").match(raw, i)
    if not m:
        return None, i
    name = m.group(1) or m.group(2)
    if name not in variables:
        return None, i
    return variables[name], m.end()


def _output(ctx, fact, raws, variables) -> Tuple[Optional[str], Optional[str]]:
    """(text, None) that ``echo``/``printf`` with these words print, or (None, why)."""
    words = []
    for raw in raws:
        value = _literal(raw, variables)
        if value is None:
            names = sorted(set(re.findall(r"\$\{?([A-Za-z_]\w*)", raw)) - set(variables))
            return None, (f"`{raw}` uses ${names[0]}, whose value is not known" if names
                          else f"`{raw}` is not a plain word (an expansion, a glob, a brace)")
        words.append(value)
    head, args = words[0], words[1:]
    if head == "echo":
        end = "\n"
        if args[:1] == ["-n"] and not (args[1:] and args[1].startswith("-")):
            args, end = args[1:], ""  # (every shell's echo reads one -n alike)
        if args and args[0].startswith("-"):
            return None, f"`echo {args[0]}` means something else in each shell"
        text = " ".join(args) + end
        if "\\" not in text:
            return text, None
        sh, why = _echo_shell(ctx, fact)
        if sh is None:
            return None, f"a backslash in it, which {why}"
        if sh != "dash":
            return text, None
        return _escaped(text, "echo")
    if head == "printf":
        if not args or args[0].startswith("-"):
            return None, "its format is not plain"
        return _printf(args[0], args[1:])
    return None, "a program other than echo or printf"


def _echo_shell(ctx, fact) -> Tuple[Optional[str], str]:
    """("dash"/"bash"/"busybox", "") for the shell whose ``echo`` the RUN runs, or
    (None, why it is not known)."""
    shell = fact.before.shell
    if tuple(shell) != ("/bin/sh", "-c"):
        name = program_name(shell[0]) if shell else ""
        if name == "bash":
            return "bash", ""
        return None, f"the SHELL `{' '.join(shell)}` treats in a way not known"
    record = ctx.facts.base.distribution
    sh = getattr(record, "sh", "") if record is not None else ""
    if not sh:
        return None, (f"`echo` treats as the /bin/sh of {ctx.facts.base.reference} does, "
                      "which is not known")
    for other in ctx.facts.instructions:
        if other.index >= fact.index:
            break
        node = other.node
        if isinstance(node, ast.Run) and node.command is not None and _relinks_sh(node):
            return None, (f"`echo` treats as /bin/sh does, which the RUN at "
                          f"{ctx.line_of(node)} may change")
    return sh, ""


def _relinks_sh(node) -> bool:
    """Whether a RUN may change what /bin/sh is: a command other than echo/printf
    naming it (``ln -sf bash /bin/sh``; ``echo '#!/bin/sh'`` only prints it), a write
    to it, ``dpkg-reconfigure dash``; any mention in text too complex to follow."""
    text = run_text(node)
    if not re.search(r"/bin/sh\b|dpkg-reconfigure", text):
        return False
    script = split_commands(text) if isinstance(node.command, ast.ShellForm) else None
    if script is None or script.complex:
        return True
    for c in script.commands:
        argv = c.argv
        if any(re.search(r"/bin/sh$", r) for r in c.redirects):
            return True
        if argv and program_name(argv[0]) not in ("echo", "printf") and (
                program_name(argv[0]) == "dpkg-reconfigure" or
                any(re.search(r"/bin/sh$", w) for w in argv[1:])):
            return True
    return False


def _escaped(text: str, how: str) -> Tuple[Optional[str], Optional[str]]:
    """``text`` with the escapes every shell reads alike turned into characters; an
    octal number, ``\\c`` or another escape is not read (the shells differ)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        nxt = text[i + 1] if i + 1 < n else ""
        if nxt not in _ESCAPES:
            return None, f"`\\{nxt}` in its text, which the shells' {how} read differently"
        out.append(_ESCAPES[nxt])
        i += 2
    return "".join(out), None


def _printf(fmt: str, args: List[str]) -> Tuple[Optional[str], Optional[str]]:
    """What ``printf fmt args`` prints for a format of text, escapes and ``%s``/``%%``:
    the format is used again while arguments are left (POSIX)."""
    pieces = re.split(r"(%.)", fmt)
    if any(p.startswith("%") and p not in ("%s", "%%") for p in pieces if len(p) == 2) or \
            fmt.endswith("%") and not fmt.endswith("%%"):
        return None, "its format has a conversion other than %s"
    uses = sum(1 for p in pieces if p == "%s")
    out = []
    rest = list(args)
    while True:
        for p in pieces:
            if p == "%s":
                out.append(rest.pop(0) if rest else "")
            elif p == "%%":
                out.append("%")
            elif p:
                text, why = _escaped(p, "printf")
                if text is None:
                    return None, why
                out.append(text)
        if not rest or not uses:
            break
    return "".join(out), None
