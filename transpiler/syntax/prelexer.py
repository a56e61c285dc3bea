"""Line assembly: physical lines -> directives, trivia and logical instructions.

This is the context-dependent part of the language (the escape character chosen by a
directive, continuation lines, heredoc bodies read until a terminator), so it is a
small hand-written scanner that follows BuildKit's ``parser.Parse`` loop step by step.
It keeps every raw span, so the tree built from it can print back byte for byte.

The loop itself is in ``build.py``: it reads a line that is a whole instruction (most
of them) without any of the records here.  This module holds the lines of a text
(``SourceLines``), the directive block, the pieces of a code line, an instruction
continued over several lines (``Continued``) and heredoc bodies.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from operator import add, itemgetter
from typing import List, Tuple

from ..tree import ast
from ..tree.ast import PhysicalLine, Span
from ..tree.errors import ParseError
from .chars import GO_RE_SPACE_CLASS, GO_SPACE

MAX_LINE_BYTES = 65535  # bufio.MaxScanTokenSize - 1

# BuildKit: ^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$ -- RE2 is linear, Python's
# backtracking made the lazy value quadratic in a run of blanks; the value is taken
# greedily and its trailing blanks removed by ``directive_value`` (same result)
_DIRECTIVE = re.compile(
    "^#[{s}]*([a-zA-Z][a-zA-Z0-9]*)[{s}]*=[{s}]*(.+)\\Z".format(s=GO_RE_SPACE_CLASS),
    re.DOTALL,
)
_RE_SPACE = "\t\n\x0c\r "


def directive_value(match: "re.Match[str]") -> str:
    raw = match.group(2)
    return raw.rstrip(_RE_SPACE) or raw  # all blanks: the lazy group kept the last one


VALID_DIRECTIVES = ("syntax", "escape", "check")

#: a tuple subclass built in C: ``_tuple(Span, (...))`` is ``Span(...)`` without the
#: named tuple's Python-level ``__new__`` (one per line and part on the parse path)
_tuple = tuple.__new__
_first = itemgetter(0)


def split_lines(text: str) -> Tuple[List[str], List[str]]:
    """Split like BuildKit's ``scanLines``: on ``\\n`` only.  Returns the bodies and
    the line endings; a line's ending is its trailing run of ``\\r`` plus the
    ``\\n`` (``trimNewline`` strips both), empty for a last line without one."""
    parts = text.split("\n")
    final_newline = not parts[-1]
    if final_newline:
        parts.pop()  # the text ends with a newline (or is empty)
    if "\r" in text:
        bodies = [p.rstrip("\r") for p in parts]
        eols = [p[len(b):] + "\n" for p, b in zip(parts, bodies)]
    else:
        bodies, eols = parts, ["\n"] * len(parts)
    if parts and not final_newline:
        eols[-1] = eols[-1][:-1]
    return bodies, eols


def _over_limit(body: str, eol: str) -> bool:
    # 4 bytes per character at most: only long lines need encoding.
    if len(body) * 4 + len(eol) <= MAX_LINE_BYTES:
        return False
    size = len((body + eol).encode("utf-8", "surrogatepass"))
    return size > MAX_LINE_BYTES + (1 if eol.endswith("\n") else 0)


class SourceLines:
    """The physical lines of a text: ``bodies`` (without line endings), ``eols`` (the
    endings), ``starts`` (each line's character offset in the caller's text, a BOM
    counted; one more entry, the end).

    ``limit`` is the index of the first line BuildKit's scanner refuses as too long
    (``count`` when there is none).  Whoever reads lines treats ``limit`` as the end
    and calls ``stop`` there, which raises that error when the limit is a long line:
    BuildKit raises it only when its loop reaches the line, after any error above."""

    __slots__ = ("bom", "text", "bodies", "eols", "starts", "count", "limit")

    def __init__(self, text: str):
        self.bom = text.startswith("\ufeff")
        if self.bom:
            text = text[1:]
        self.text = text  # without the BOM
        self.bodies, self.eols = bodies, eols = split_lines(text)
        self.count = self.limit = len(bodies)
        self.starts = list(accumulate(map(add, map(len, bodies), map(len, eols)),
                                      initial=1 if self.bom else 0))
        # no line of a short text can exceed the limit: skip the per-line check
        if (len(text) * 4 + 2 > MAX_LINE_BYTES
                and max(map(len, bodies)) * 4 + max(map(len, eols)) > MAX_LINE_BYTES):
            for i, (body, eol) in enumerate(zip(bodies, eols)):
                if _over_limit(body, eol):
                    self.limit = i
                    break

    def stop(self, i: int) -> None:
        """Reading line ``i`` (at ``limit``): the error if it is a long line; nothing
        at the end of the text."""
        if i < self.count:
            raise ParseError(
                f"dockerfile line greater than max allowed size of {MAX_LINE_BYTES}",
                i + 1, 1, self.bodies[i][:200])

    def source(self, first: int, end: int) -> str:
        """The text of lines ``first`` to ``end`` (exclusive), line endings included."""
        bom = self.bom
        return self.text[self.starts[first] - bom:self.starts[end] - bom]

    def span(self, i: int) -> Span:
        """The span of the whole line ``i`` (0-based)."""
        start, size = self.starts[i], len(self.bodies[i])
        return _tuple(Span, (i + 1, 1, start, i + 1, size + 1, start + size))

    def newline(self) -> str:
        """The file's line ending: that of its first line that has one."""
        for eol in self.eols:
            if eol:
                return "\r\n" if eol.endswith("\r\n") else "\n"
        return "\n"


def read_directives(lines: SourceLines) -> Tuple[List[ast.Directive], int, str]:
    """The directive block at the top: (directives, index of the first line after
    it, escape character)."""
    seen = set()
    out: List[ast.Directive] = []
    escape = "\\"
    i = 0
    while i < lines.count:
        if i == lines.limit:
            lines.stop(i)
        body = lines.bodies[i]
        m = _DIRECTIVE.match(body.lstrip(GO_SPACE))
        if not m:
            break
        key = m.group(1).lower()
        if key not in VALID_DIRECTIVES:
            break
        if key in seen:
            raise ParseError(f"only one {key} parser directive can be used",
                             i + 1, body.index("#") + 1, body)
        seen.add(key)
        value = directive_value(m)
        if key == "escape":
            if value not in ("\\", "`"):
                raise ParseError(f"invalid escape token '{value}' does not match ` or \\",
                                 i + 1, body.index(value, body.index("=")) + 1, body)
            escape = value
        out.append(ast.Directive(key, value, text=body, eol=lines.eols[i], span=lines.span(i)))
        i += 1
    return out, i, escape


def split_code_line(body: str, eol: str, escape: str, first: bool) -> Tuple[PhysicalLine, bool]:
    """Split a code line into indent / content / gap / escape / after.  Returns the
    layout piece and whether the line continues.

    The continuation test is BuildKit's ``([^E])E[ \\t]*$|^E[ \\t]*$`` on the
    stripped line (``\\\\`` at the end is therefore not a continuation, and neither, a
    known quirk, is ``\\\\\\``), done with string operations: a regex search anchored
    at the end is tried at every position of the line."""
    stripped = body.lstrip(GO_SPACE) if first else body.lstrip(" \t")
    indent = body[: len(body) - len(stripped)]
    before = stripped.rstrip(" \t")
    if before.endswith(escape) and (len(before) == 1 or before[-2] != escape):
        at = len(before) - 1
        content = before[:at].rstrip(" \t")
        return _tuple(PhysicalLine, ("code", indent, content, before[len(content):at], escape,
                                     stripped[at + 1:], eol)), True
    return _tuple(PhysicalLine, ("code", indent, before, stripped[len(before):], "", "", eol)), False


class Continued:
    """An instruction as BuildKit assembles it from lines ``first`` to ``end``
    (exclusive): ``joined`` is the continuation-joined text (first line left-stripped),
    ``layout`` one piece per physical line; ``pieces`` (index in ``joined``, line
    index, column) where each code line's text starts, to map an index in the joined
    text back to the source.  ``heredoc_end`` is the end once heredoc bodies are read
    (``read_heredoc``)."""

    __slots__ = ("first", "end", "joined", "layout", "pieces", "heredoc_end")

    def __init__(self, lines: SourceLines, first: int, escape: str):
        bodies, eols, limit = lines.bodies, lines.eols, lines.limit
        piece, more = split_code_line(bodies[first], eols[first], escape, True)
        layout = [piece]
        text = piece.content + piece.gap
        joined = [text]
        pieces = [(0, first, len(piece.indent) + 1)]
        at = len(text)
        i = first + 1
        while more:
            if i >= limit:
                lines.stop(i)
                break
            body, eol = bodies[i], eols[i]
            code = body.lstrip(GO_SPACE)
            if not code:
                layout.append(_tuple(PhysicalLine, ("blank", "", body, "", "", "", eol)))
            elif code[0] == "#":
                layout.append(_tuple(PhysicalLine, ("comment", "", body, "", "", "", eol)))
            else:
                piece, more = split_code_line(body, eol, escape, False)
                layout.append(piece)
                text = piece.indent + piece.content + piece.gap
                joined.append(text)
                pieces.append((at, i, 1))
                at += len(text)
            i += 1
        self.first = first
        self.end = self.heredoc_end = i
        self.joined = "".join(joined)
        self.layout = layout
        self.pieces = pieces

    def locate(self, lines: SourceLines, index: int) -> Tuple[int, int, int]:
        """(line, column, offset) of ``joined[index]``: on the last code line whose
        text starts at or before it."""
        at, i, col = self.pieces[max(bisect_right(self.pieces, index, key=_first) - 1, 0)]
        column = col + (index - at)
        return i + 1, column, lines.starts[i] + column - 1

    def read_heredoc(self, lines: SourceLines, name: str, chomp: bool) -> Tuple[str, str]:
        """Read one heredoc body after the lines read so far; return (content,
        terminator line)."""
        bodies, eols = lines.bodies, lines.eols
        content = []
        i = self.heredoc_end
        while True:
            if i >= lines.limit:
                lines.stop(i)
                raise ParseError("unterminated heredoc", self.first + 1, 1, bodies[self.first])
            body = bodies[i]
            i += 1
            self.heredoc_end = i
            candidate = body.lstrip("\t") if chomp else body
            if candidate == name:
                return "".join(content), body
            content.append(body + eols[i - 1])
