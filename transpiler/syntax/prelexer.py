"""Line assembly: physical lines -> directives, trivia and logical instructions.

This is the context-dependent part of the language (the escape character chosen by a
directive, continuation lines, heredoc bodies read until a terminator), so it is a
small hand-written scanner that follows BuildKit's ``parser.Parse`` loop step by step.
It keeps every raw span, so the tree built from it can print back byte for byte.
The text of each logical instruction then goes to the Lark grammar (``instruction.py``).
"""

from __future__ import annotations

import re
from typing import List, Optional, Tuple

from .. import ast
from ..ast import PhysicalLine
from ..errors import ParseError
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


def continuation_regex(escape: str) -> "re.Pattern[str]":  # the reference, for tests
    """BuildKit: ``([^E])E[ \\t]*$|^E[ \\t]*$``.  ``\\\\`` at the end is therefore not a
    continuation, and neither (a known quirk) is ``\\\\\\``."""
    e = re.escape(escape)
    return re.compile(f"(?<=[^{e}]){e}[ \\t]*\\Z|^{e}[ \\t]*\\Z")


class RawLine:
    """One physical line: ``body`` without its line ending, ``eol`` the ending."""

    __slots__ = ("number", "offset", "body", "eol")

    def __init__(self, number: int, offset: int, body: str, eol: str):
        self.number = number  # 1-based
        self.offset = offset  # character offset of the line start
        self.body = body
        self.eol = eol

    @property
    def text(self) -> str:
        return self.body + self.eol


class LogicalInstruction:
    """The lines of one instruction and the text BuildKit assembles from them:
    ``joined`` is the continuation-joined text (first line left-stripped), ``layout``
    one piece per physical line, ``lines`` every physical line, heredoc bodies
    included."""

    __slots__ = ("start", "joined", "layout", "lines", "heredoc_lines", "empty_continuation")

    def __init__(self, start: RawLine, joined: str, layout: List[PhysicalLine],
                 lines: List[RawLine], empty_continuation: bool = False):
        self.start = start
        self.joined = joined
        self.layout = layout
        self.lines = lines
        self.heredoc_lines: List[RawLine] = []
        self.empty_continuation = empty_continuation

    @property
    def end(self) -> RawLine:
        return self.lines[-1]

    @property
    def raw(self) -> str:
        lines = self.lines
        if len(lines) == 1:
            return lines[0].body + lines[0].eol
        return "".join([l.body + l.eol for l in lines])


class DirectiveLine:
    __slots__ = ("line", "name", "value")

    def __init__(self, line: RawLine, name: str, value: str):
        self.line = line
        self.name = name
        self.value = value


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


def _check_length(line: RawLine) -> None:
    # 4 bytes per character at most: only long lines need encoding.
    if len(line.body) * 4 + len(line.eol) <= MAX_LINE_BYTES:
        return
    size = len(line.text.encode("utf-8", "surrogatepass"))
    limit = MAX_LINE_BYTES + (1 if line.eol.endswith("\n") else 0)
    if size > limit:
        raise ParseError(
            f"dockerfile line greater than max allowed size of {MAX_LINE_BYTES}",
            line.number, 1, line.body[:200])


def split_code_line(body: str, eol: str, escape: str, first: bool) -> Tuple[PhysicalLine, bool]:
    """Split a code line into indent / content / gap / escape / after.  Returns the
    layout piece and whether the line continues.

    The continuation test is BuildKit's ``([^E])E[ \\t]*$|^E[ \\t]*$`` on the
    stripped line, done with string operations: a regex search anchored at the end
    is tried at every position of the line."""
    stripped = body.lstrip(GO_SPACE) if first else body.lstrip(" \t")
    indent = body[: len(body) - len(stripped)]
    before = stripped.rstrip(" \t")
    if before.endswith(escape) and (len(before) == 1 or before[-2] != escape):
        at = len(before) - 1
        content = before[:at].rstrip(" \t")
        return PhysicalLine("code", indent, content, before[len(content):at], escape,
                            stripped[at + 1:], eol), True
    return PhysicalLine("code", indent, before, stripped[len(before):], "", "", eol), False


class LineAssembler:
    """Walks the physical lines once, in BuildKit's order."""

    def __init__(self, text: str):
        self.bom = text.startswith("\ufeff")
        if self.bom:
            text = text[1:]
        # bodies and endings only: a RawLine is made for instruction lines, comment
        # and blank lines become their nodes directly
        self.bodies, self.eols = split_lines(text)
        self.count = len(self.bodies)
        self.offset = 1 if self.bom else 0  # of the next line, in the caller's text
        self.escape = "\\"
        self.pos = 0
        # no line of a short text can exceed the limit: skip the per-line check
        self._check = len(text) * 4 + 2 > MAX_LINE_BYTES

    def _next(self) -> Optional[RawLine]:
        i = self.pos
        if i >= self.count:
            return None
        self.pos = i + 1
        body, eol = self.bodies[i], self.eols[i]
        line = RawLine(i + 1, self.offset, body, eol)
        self.offset += len(body) + len(eol)
        if self._check:
            _check_length(line)
        return line

    def newline(self) -> str:
        """The file's line ending: that of its first line that has one."""
        for eol in self.eols:
            if eol:
                return "\r\n" if eol.endswith("\r\n") else "\n"
        return "\n"

    def last_line(self) -> Optional[RawLine]:
        """The last physical line (after ``run`` has read them all)."""
        if not self.count:
            return None
        body, eol = self.bodies[-1], self.eols[-1]
        return RawLine(self.count, self.offset - len(body) - len(eol), body, eol)

    def _directive(self, line: RawLine, seen: dict) -> Optional[DirectiveLine]:
        token = line.body.lstrip(GO_SPACE)
        m = _DIRECTIVE.match(token)
        if not m:
            return None
        key = m.group(1).lower()
        if key not in VALID_DIRECTIVES:
            return None
        if key in seen:
            raise ParseError(f"only one {key} parser directive can be used",
                             line.number, line.body.index("#") + 1, line.body)
        seen[key] = True
        value = directive_value(m)
        if key == "escape":
            if value not in ("\\", "`"):
                raise ParseError(f"invalid escape token '{value}' does not match ` or \\",
                                 line.number, line.body.index(value, line.body.index("=")) + 1,
                                 line.body)
            self.escape = value
        return DirectiveLine(line, key, value)

    def run(self):
        """Yield DirectiveLine records, Comment and BlankLine nodes and
        LogicalInstruction records in order.  The caller reads heredoc bodies
        (``read_heredoc``) before asking for more."""
        seen: dict = {}
        while self.pos < self.count:  # the directive block
            line = self._next()
            d = self._directive(line, seen)
            if d is None:
                self.pos, self.offset = self.pos - 1, line.offset  # read it again below
                break
            yield d
        bodies, eols, count, check = self.bodies, self.eols, self.count, self._check
        Span, Comment, BlankLine = ast.Span, ast.Comment, ast.BlankLine
        while self.pos < count:
            i = self.pos
            if check:
                line = self._next()  # with the length check
                body, eol, offset = line.body, line.eol, line.offset
            else:
                body, eol, offset = bodies[i], eols[i], self.offset
                self.pos = i + 1
                self.offset = offset + len(body) + len(eol)
            code = body.lstrip(GO_SPACE)
            if code and code[0] != "#":
                yield self._instruction(RawLine(i + 1, offset, body, eol))
            else:
                span = Span(i + 1, 1, offset, i + 1, len(body) + 1, offset + len(body))
                yield (Comment if code else BlankLine)(body, eol, span)

    def _instruction(self, first: RawLine) -> LogicalInstruction:
        piece, more = split_code_line(first.body, first.eol, self.escape, True)
        if not more:
            return LogicalInstruction(first, piece.content + piece.gap, [piece], [first])
        layout = [piece]
        lines = [first]
        joined = [piece.content + piece.gap]
        empty_cont = False
        while more:
            line = self._next()
            if line is None:
                break
            lines.append(line)
            body = line.body
            code = body.lstrip(GO_SPACE)
            if not code:
                layout.append(PhysicalLine("blank", "", body, "", "", "", line.eol))
                empty_cont = True
                continue
            if code[0] == "#":
                layout.append(PhysicalLine("comment", "", body, "", "", "", line.eol))
                continue
            piece, more = split_code_line(body, line.eol, self.escape, False)
            layout.append(piece)
            joined.append(piece.indent + piece.content + piece.gap)
        return LogicalInstruction(first, "".join(joined), layout, lines, empty_continuation=empty_cont)

    def read_heredoc(self, logical: LogicalInstruction, name: str, chomp: bool) -> Tuple[str, str]:
        """Read one heredoc body after ``logical``; return (content, terminator line)."""
        content = []
        while True:
            line = self._next()
            if line is None:
                raise ParseError("unterminated heredoc", logical.start.number, 1,
                                 logical.start.body)
            logical.lines.append(line)
            logical.heredoc_lines.append(line)
            candidate = line.body.lstrip("\t") if chomp else line.body
            if candidate == name:
                return "".join(content), line.body
            content.append(line.text)
