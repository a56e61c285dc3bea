"""Line assembly: physical lines -> directives, trivia and logical instructions.

This is the context-dependent part of the language (the escape character chosen by a
directive, continuation lines, heredoc bodies read until a terminator), so it is a
small hand-written scanner that follows BuildKit's ``parser.Parse`` loop step by step.
It keeps every raw span, so the tree built from it can print back byte for byte.
The text of each logical instruction then goes to the Lark grammar (``instruction.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import List, Optional, Tuple

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


def continuation_regex(escape: str) -> "re.Pattern[str]":
    """BuildKit: ``([^E])E[ \\t]*$|^E[ \\t]*$``.  ``\\\\`` at the end is therefore not a
    continuation, and neither (a known quirk) is ``\\\\\\``."""
    e = re.escape(escape)
    return re.compile(f"(?<=[^{e}]){e}[ \\t]*\\Z|^{e}[ \\t]*\\Z")


_CONT = {"\\": continuation_regex("\\"), "`": continuation_regex("`")}


@dataclass
class RawLine:
    """One physical line: ``body`` without its line ending, ``eol`` the ending."""

    number: int  # 1-based
    offset: int  # character offset of the line start
    body: str
    eol: str

    @property
    def text(self) -> str:
        return self.body + self.eol


@dataclass
class LogicalInstruction:
    """The lines of one instruction and the text BuildKit assembles from them."""

    start: RawLine
    joined: str  # continuation-joined text, first line left-stripped
    layout: List[PhysicalLine]
    lines: List[RawLine]  # every physical line, heredoc bodies included
    heredoc_lines: List[RawLine] = field(default_factory=list)
    empty_continuation: bool = False

    @property
    def end(self) -> RawLine:
        return self.lines[-1]

    @property
    def raw(self) -> str:
        return "".join(l.text for l in self.lines)


@dataclass
class TriviaLine:
    line: RawLine
    kind: str  # "comment" | "blank"


@dataclass
class DirectiveLine:
    line: RawLine
    name: str
    value: str


def split_lines(text: str) -> List[RawLine]:
    """Split like BuildKit's ``scanLines``: on ``\\n`` only, keeping the ending.  A
    line's ``eol`` is its trailing run of ``\\r`` plus the ``\\n`` (``trimNewline``
    strips both)."""
    out: List[RawLine] = []
    offset = 0
    parts = text.split("\n")
    last = len(parts) - 1
    for number, part in enumerate(parts, 1):
        if number - 1 == last:
            if not part:
                break
            piece = part
        else:
            piece = part + "\n"
        body = part.rstrip("\r")
        out.append(RawLine(number, offset, body, piece[len(body):]))
        offset += len(piece)
    return out


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


def is_comment(body: str) -> bool:
    return body.lstrip(GO_SPACE).startswith("#")


def split_code_line(body: str, eol: str, escape: str, first: bool) -> Tuple[PhysicalLine, bool]:
    """Split a code line into indent / content / gap / escape / after.  Returns the
    layout piece and whether the line continues."""
    if first:
        stripped = body.lstrip(GO_SPACE)
    else:
        stripped = body.lstrip(" \t")
    indent = body[: len(body) - len(stripped)]
    m = _CONT[escape].search(stripped)
    if m:
        before = stripped[: m.start()]
        after = stripped[m.start() + 1:]
        content = before.rstrip(" \t")
        return PhysicalLine("code", indent, content, before[len(content):], escape, after, eol), True
    content = stripped.rstrip(" \t")
    return PhysicalLine("code", indent, content, stripped[len(content):], "", "", eol), False


class LineAssembler:
    """Walks the physical lines once, in BuildKit's order."""

    def __init__(self, text: str):
        self.bom = text.startswith("\ufeff")
        if self.bom:
            text = text[1:]
        self.lines = split_lines(text)
        if self.bom:
            # keep offsets relative to the text the caller passed
            for l in self.lines:
                l.offset += 1
        self.escape = "\\"
        self.pos = 0

    def _next(self) -> Optional[RawLine]:
        if self.pos >= len(self.lines):
            return None
        line = self.lines[self.pos]
        self.pos += 1
        _check_length(line)
        return line

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
        """Yield DirectiveLine, TriviaLine and LogicalInstruction records in order.
        The caller reads heredoc bodies (``read_heredoc``) before asking for more."""
        seen: dict = {}
        directives_done = False
        while True:
            line = self._next()
            if line is None:
                break
            if not directives_done:
                d = self._directive(line, seen)
                if d is not None:
                    yield d
                    continue
                directives_done = True
            body = line.body
            if is_comment(body):
                yield TriviaLine(line, "comment")
                continue
            if not body.strip(GO_SPACE):
                yield TriviaLine(line, "blank")
                continue
            yield self._instruction(line)

    def _instruction(self, first: RawLine) -> LogicalInstruction:
        piece, more = split_code_line(first.body, first.eol, self.escape, True)
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
            if is_comment(body):
                layout.append(PhysicalLine("comment", "", body, "", "", "", line.eol))
                continue
            if not body.strip(GO_SPACE):
                layout.append(PhysicalLine("blank", "", body, "", "", "", line.eol))
                empty_cont = True
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
