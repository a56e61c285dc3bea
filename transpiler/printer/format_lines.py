"""Continued instructions: their physical lines, re-indented only where that is safe.

BuildKit joins continuation lines with nothing in between, so the whitespace around a
line break is part of the instruction text.  A continuation line is re-indented (and
the blanks before the escape character normalised to one space) only when

- the instruction reads whitespace runs as mere separators (shell form, JSON, word
  lists, ``k=v`` pairs; not USER/WORKDIR/... or a legacy ENV value), and
- the previous code line has whitespace before the escape character, and
- the break is not inside quotes.

Otherwise the line is kept byte for byte (only blanks after the escape character go).
Comment lines inside the continuation are dropped by BuildKit, so they follow the
indentation of the next code line.  ``&&`` / ``||`` / ``|`` move across a safe
break to the configured side.
"""

from __future__ import annotations

import re
from typing import List, Optional

from .. import ast
from . import doc as d
from .format_rules import Style, format_first_line

_OPERATORS = ("&&", "||", "|")
_LIST_WS = re.compile(r"[\t\x0b\x0c\r ]+")
_LIST_WS_SPLIT = re.compile(r"([\t\x0b\x0c\r ]+)")


def whitespace_free(node: ast.Instruction) -> bool:
    """Whether the length of a whitespace run between words is meaningless here."""
    if isinstance(node, ast.Onbuild):
        return node.trigger is not None and whitespace_free(node.trigger)
    if isinstance(node, (ast.User, ast.Workdir, ast.Stopsignal, ast.Maintainer, ast.Unknown)):
        return False
    if isinstance(node, (ast.Env, ast.Label)) and node.is_legacy:
        return False
    return True


def _json_mode(node: ast.Instruction) -> bool:
    target = node.target
    command = getattr(target, "command", None)
    return isinstance(command, ast.ExecForm) or bool(getattr(target, "json", False))


def scan_quotes(text: str, quote: str, escape: str, json_mode: bool) -> str:
    """The open quote character (``""`` for none) after reading ``text``."""
    esc = "\\" if json_mode else escape
    quotes = '"' if json_mode else "'\""
    # most lines hold no quote and no escape character: nothing can change
    if esc not in text and '"' not in text and (json_mode or "'" not in text):
        return quote
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == esc and quote != "'":
            i += 2
            continue
        if quote:
            if ch == quote:
                quote = ""
        elif ch in quotes:
            quote = ch
        i += 1
    return quote


def _trailing_operator(content: str) -> Optional[str]:
    for op in _OPERATORS:
        if content.endswith(op):
            before = content[: -len(op)]
            if before[-1:] in (" ", "\t") and before.strip(" \t"):
                return op
            return None
    return None


def _leading_operator(content: str) -> Optional[str]:
    for op in _OPERATORS:
        if content.startswith(op):
            after = content[len(op):]
            if after[:1] in (" ", "\t") and after.strip(" \t"):
                return op
            return None
    return None


def _move_operators(contents: List[str], safe: List[bool], style: Style) -> None:
    """Move chain operators across safe breaks (in place)."""
    for k in range(1, len(contents)):
        if not safe[k]:
            continue
        prev, cur = contents[k - 1], contents[k]
        if style.operator_position == "start":
            op = _trailing_operator(prev)
            if op and cur and not cur.startswith(("&", "|")):
                kept = prev[: -len(op)].rstrip(" \t")
                if kept.endswith(style.escape):
                    continue
                contents[k - 1] = kept
                contents[k] = f"{op} {cur}"
        else:
            op = _leading_operator(cur)
            if op and prev and not prev.endswith(("&", "|", style.escape)):
                contents[k - 1] = f"{prev} {op}"
                contents[k] = cur[len(op):].lstrip(" \t")


def format_lines(node: ast.Instruction, layout: ast.Layout, style: Style) -> d.Doc:
    """The document for a continued instruction (without heredoc bodies)."""
    lines = layout.lines
    code = [i for i, l in enumerate(lines) if l.kind == "code"]
    free = whitespace_free(node)
    json_mode = _json_mode(node)

    # safe[k]: may the break before code line k be re-spaced?
    safe = [False] * len(code)
    quote = ""
    for k, i in enumerate(code):
        line = lines[i]
        piece = (line.indent if k else "") + line.content + line.gap
        prev = lines[code[k - 1]] if k else None
        # an escape character before the gap escapes its first blank: not a separator;
        # so does a backslash in a backtick file (the shell, and BuildKit's heredoc
        # lexer, read backslash escapes whatever the Dockerfile's escape character)
        if prev and free and prev.gap and not quote and \
                not prev.content.endswith((style.escape, "\\")):
            safe[k] = True
        quote = scan_quotes(piece, quote, style.escape, json_mode)

    contents = [lines[i].content for i in code]
    contents[0] = format_first_line(node, contents[0], style)
    if isinstance(node.target, ast.Run) and not json_mode:
        _move_operators(contents, safe, style)
    if isinstance(node, ast.From):
        _upper_as(node, contents, [lines[i] for i in code])

    by_line = {i: k for k, i in enumerate(code)}
    out: List[str] = []
    for i, line in enumerate(lines):
        if line.kind == "code":
            k = by_line[i]
            nxt_safe = k + 1 < len(code) and safe[k + 1]
            gap = " " if (line.gap and (nxt_safe or (not line.escape and free))) else line.gap
            if not line.escape and not contents[k].endswith("\r"):
                gap = ""  # blanks at the end of the instruction are trimmed by BuildKit
            body = contents[k] + gap + line.escape
            if k == 0:
                out.append(body)
            elif safe[k]:
                out.append(style.indent + body)
            else:
                out.append(line.indent + body)
        elif line.kind == "comment":
            out.append(_comment_indent(lines, i, code, safe, style) + line.content.strip(" \t"))
        else:
            out.append("")
    return d.Lines(tuple(out))


def _upper_as(node: ast.From, contents: List[str], code_lines) -> None:
    """``as`` -> ``AS`` in a FROM broken over lines, when every break separates words
    (so the word positions are known: keyword, flags, image, ``as``, name)."""
    if node.stage_name is None or node.args[1] == "AS":
        return
    if any(l.escape and not l.gap for l in code_lines[:-1]):
        return
    target = 1 + len(node.flags) + 1
    seen = -1
    for k, content in enumerate(contents):
        pieces = _LIST_WS_SPLIT.split(content)
        for p, piece in enumerate(pieces):
            if piece and not _LIST_WS.fullmatch(piece):
                seen += 1
                if seen == target:
                    if piece.lower() == "as":
                        pieces[p] = "AS"
                        contents[k] = "".join(pieces)
                    return


def _comment_indent(lines, i, code, safe, style: Style) -> str:
    for k, j in enumerate(code):
        if j > i:
            return style.indent if safe[k] else lines[j].indent
    return style.indent
