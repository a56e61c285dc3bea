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
from typing import List, Optional, Tuple

from ...tree import ast
from ...buildkit.shellword import scan_quotes
from ...syntax.chars import TOKEN_WS_CLASS
from .format_rules import Style, format_first_line

_OPERATORS = ("&&", "||", "|")
_WORDS_AND_BLANKS = re.compile(f"([{TOKEN_WS_CLASS}]+)").split  # words at even indexes


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


def _trailing_operator(content: str) -> Optional[Tuple[str, str]]:
    """(operator, the text before it without the blanks between) when the operator
    ``content`` ends with (the caller checked that it ends with one) is separated by
    blanks from some other text; None otherwise."""
    op = "&&" if content.endswith("&&") else "||" if content.endswith("||") else "|"
    before = content[: -len(op)]
    kept = before.rstrip(" \t")
    return (op, kept) if kept and len(kept) < len(before) else None


def _leading_operator(content: str) -> Optional[Tuple[str, str]]:
    """(operator, the text after it without the blanks between) when the operator
    ``content`` starts with (the caller checked that it starts with one) is separated
    by blanks from some other text; None otherwise."""
    op = "&&" if content.startswith("&&") else "||" if content.startswith("||") else "|"
    after = content[len(op):]
    kept = after.lstrip(" \t")
    return (op, kept) if kept and len(kept) < len(after) else None


def _move_operators(contents: List[str], safe: List[bool], style: Style) -> None:
    """Move chain operators across safe breaks (in place).  (Most lines neither end
    nor start with an operator: one ``endswith``/``startswith`` on the tuple of them
    passes those over.)"""
    if style.operator_position == "start":
        for k in range(1, len(contents)):
            prev, cur = contents[k - 1], contents[k]
            if not safe[k] or not prev.endswith(_OPERATORS) or not cur \
                    or cur.startswith(("&", "|")):
                continue
            found = _trailing_operator(prev)
            if found and not found[1].endswith(style.escape):
                op, contents[k - 1] = found
                contents[k] = f"{op} {cur}"
    else:
        for k in range(1, len(contents)):
            prev, cur = contents[k - 1], contents[k]
            if not safe[k] or not cur.startswith(_OPERATORS) or not prev \
                    or prev.endswith(("&", "|", style.escape)):
                continue
            found = _leading_operator(cur)
            if found:
                op, contents[k] = found
                contents[k - 1] = f"{prev} {op}"


def _safe_breaks(code: List[ast.PhysicalLine], contents: List[str], free: bool,
                 json_mode: bool, escape: str) -> List[bool]:
    """safe[k]: may the break before code line k be re-spaced?  Only the contents
    decide where quotes open and close (indentation and gaps are blanks)."""
    if not free:
        return [False] * len(code)
    # an escape character before the gap escapes its first blank: not a separator;
    # so does a backslash in a backtick file (the shell, and BuildKit's heredoc
    # lexer, read backslash escapes whatever the Dockerfile's escape character)
    escaped = (escape, "\\")
    joined = "".join(contents)
    if '"' not in joined and "'" not in joined:  # no quote opens anywhere
        return [False] + [bool(l.gap) and not l.content.endswith(escaped) for l in code[:-1]]
    safe = [False] * len(code)
    quote = ""
    prev_gap = ""
    prev_content = ""
    for k, (_, _, content, gap, _, _, _) in enumerate(code):
        if prev_gap and not quote and not prev_content.endswith(escaped):
            safe[k] = True
        if quote or '"' in content or "'" in content:  # else no quote can open
            quote = scan_quotes(content, quote, escape, json_mode)
        prev_gap, prev_content = gap, content
    return safe


def format_lines(node: ast.Instruction, layout: ast.Layout, style: Style) -> Tuple[str, ...]:
    """The lines of a continued instruction (without heredoc bodies)."""
    lines = layout.lines
    code = [l for l in lines if l.kind == "code"]
    free = whitespace_free(node)
    json_mode = _json_mode(node)
    contents = [l.content for l in code]
    safe = _safe_breaks(code, contents, free, json_mode, style.escape)

    contents[0] = format_first_line(node, contents[0], style)
    if node.target.__class__ is ast.Run and not json_mode:
        _move_operators(contents, safe, style)
    if node.__class__ is ast.From:
        _upper_as(node, contents, code)

    safe.append(False)  # safe[k + 1] for the last code line
    indent = style.indent
    out: List[str] = []
    k = 0  # code lines printed so far
    for kind, line_indent, text, gap, escape, _, _ in lines:
        if kind == "code":
            content = contents[k]
            if escape:
                if gap and safe[k + 1]:
                    gap = " "
            elif not content.endswith("\r"):
                gap = ""  # blanks at the end of the instruction are trimmed by BuildKit
            elif gap and (free or safe[k + 1]):
                gap = " "
            body = content + gap + escape
            out.append(body if k == 0 else (indent if safe[k] else line_indent) + body)
            k += 1
        elif kind == "comment":
            # a comment line follows the indentation of the next code line
            out.append((indent if safe[k] or k == len(code) else code[k].indent)
                       + text.strip(" \t"))
        else:
            out.append("")
    return tuple(out)


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
        pieces = _WORDS_AND_BLANKS(content)
        for p, piece in enumerate(pieces):
            if piece and not p % 2:
                seen += 1
                if seen == target:
                    if piece.lower() == "as":
                        pieces[p] = "AS"
                        contents[k] = "".join(pieces)
                    return
