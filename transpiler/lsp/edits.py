"""Line-based edits and positions for the language server, without pygls.

Why minimal edits: replacing the whole document on every format-on-save moves the
editor's cursor, folds and marks, and makes undo coarse; sending only the changed
line blocks keeps them.  Why per instruction for range formatting: a Dockerfile is a
list of instructions that each own whole lines, and the formatter keeps their number
and order (its safety check compares them one by one), so the i-th instruction of the
output is the formatted i-th instruction of the input.  Kept free of pygls so that it
is cheap to test and so that the CLI never pays for it.
"""

from __future__ import annotations

import difflib
import re
from typing import List, NamedTuple, Optional, Sequence, Tuple

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


class Edit(NamedTuple):
    """Replace lines [start_line, end_line) (0-based) with ``text``.  ``end_char`` is
    set when the block ends at a last line without a newline: then the edit ends at
    (end_line - 1, end_char) instead of the start of a line that does not exist."""

    start_line: int
    end_line: int
    text: str
    end_char: Optional[int] = None


#: what ``str.splitlines`` breaks lines at besides \\n, \\r\\n and \\r (LSP does not)
_OTHER_BREAKS = ("\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


def split_lines(text: str) -> List[str]:
    """Lines with their endings, split the way LSP counts lines (\\n, \\r\\n, \\r).
    ``str.splitlines`` does it nearly ten times faster than the regular expression
    where the text holds none of the other breaks it knows (the usual case)."""
    if any(ch in text for ch in _OTHER_BREAKS):
        return _LINE.findall(text)
    return text.splitlines(True)


def utf16_column(line: str, column: int) -> int:
    """0-based code-point column -> UTF-16 code units (LSP's default encoding)."""
    prefix = line[:column]
    return column + sum(1 for ch in prefix if ord(ch) > 0xFFFF)


def encode_column(line: str, column: int, encoding: str = "utf-16") -> int:
    """0-based code-point column in the position encoding the client and server agreed."""
    if encoding == "utf-8":
        return len(line[:column].encode("utf-8"))
    if encoding == "utf-32":
        return column
    return utf16_column(line, column)


def _content_length(line: str) -> int:
    return len(line.rstrip("\r\n"))


def diff_lines(old: Sequence[str], new: Sequence[str], offset: int = 0,
               new_offset: int = 0) -> List[Edit]:
    """Edits turning ``old`` lines into ``new`` lines, one per changed block;
    ``offset`` is where ``old`` starts in the document."""
    # equal leading and trailing lines first: on save most of a file is unchanged,
    # and difflib's cost grows with the lines it has to match
    head = 0
    limit = min(len(old), len(new))
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[len(old) - 1 - tail] == new[len(new) - 1 - tail]:
        tail += 1
    old_mid, new_mid = old[head:len(old) - tail], new[head:len(new) - tail]
    edits = []
    matcher = difflib.SequenceMatcher(None, old_mid, new_mid, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        edits.append(Edit(offset + head + i1, offset + head + i2, "".join(new_mid[j1:j2])))
    return edits


def _close_last_line(edits: List[Edit], old_lines: Sequence[str]) -> List[Edit]:
    """An edit reaching past a last line without a newline ends inside that line."""
    if not old_lines or old_lines[-1].endswith(("\n", "\r")):
        return edits
    last = len(old_lines)
    out = []
    for e in edits:
        if e.end_line == last:
            e = e._replace(end_char=_content_length(old_lines[-1]))
        out.append(e)
    return out


def document_edits(old: str, new: str) -> List[Edit]:
    """Minimal line edits for the whole document."""
    old_lines = split_lines(old)
    return _close_last_line(diff_lines(old_lines, split_lines(new)), old_lines)


def instruction_lines(tree) -> List[Tuple[int, int]]:
    """(first, last) 0-based line of each instruction, in order."""
    return [(node.span.line - 1, node.span.end_line - 1) for node in tree.instructions
            if node.span is not None]


def range_edits(old: str, new: str, old_tree, new_tree, first: int, last: int) -> List[Edit]:
    """Minimal edits restricted to the instructions overlapping lines [first, last]
    (0-based, inclusive).  Blank and comment lines between instructions are left
    alone: a range format touches what the user selected, not its surroundings."""
    old_lines, new_lines = split_lines(old), split_lines(new)
    a, b = instruction_lines(old_tree), instruction_lines(new_tree)
    if len(a) != len(b):  # never expected: the formatter keeps instructions 1:1
        edits = [e for e in document_edits(old, new)
                 if e.start_line <= last and (e.end_line > first or e.start_line >= first)]
        return edits
    edits: List[Edit] = []
    for (o1, o2), (n1, n2) in zip(a, b):
        if o2 < first or o1 > last:
            continue
        edits.extend(diff_lines(old_lines[o1:o2 + 1], new_lines[n1:n2 + 1], offset=o1))
    return _close_last_line(edits, old_lines)


def decode_column(line: str, character: int, encoding: str = "utf-16") -> int:
    """The inverse of ``encode_column``: an LSP character offset -> a code-point column."""
    if encoding == "utf-32":
        return character
    units = 0
    for column, ch in enumerate(line):
        if units >= character:
            return column
        units += len(ch.encode("utf-8")) if encoding == "utf-8" else (2 if ord(ch) > 0xFFFF else 1)
    return len(line)


def apply_text_edits(text: str, edits, encoding: str = "utf-16") -> str:
    """Apply LSP ``TextEdit``s in their JSON form (``range``, ``newText``) to ``text``, as
    an editor does: every range refers to ``text`` before any edit.  For the tests and
    bench/lsp_format.py, which play the editor."""
    lines = split_lines(text)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(pos) -> int:
        line = pos["line"]
        if line >= len(lines):
            return len(text)
        return starts[line] + min(decode_column(lines[line], pos["character"], encoding),
                                  _content_length(lines[line]))

    def start(edit):
        return (edit["range"]["start"]["line"], edit["range"]["start"]["character"])

    for edit in sorted(edits, key=start, reverse=True):
        a, b = offset(edit["range"]["start"]), offset(edit["range"]["end"])
        text = text[:a] + edit["newText"] + text[b:]
    return text


def line_end(lines: Sequence[str], line: int) -> int:
    """Code-point length of a line's content (0 past the end)."""
    return _content_length(lines[line]) if 0 <= line < len(lines) else 0
