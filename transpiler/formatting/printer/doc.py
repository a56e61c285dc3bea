"""What the printer builds for each instruction, comment and directive, and how a
file's documents become its text.

A document is a string (one line; a verbatim text may hold line breaks of its own,
printed as they are) or a tuple of strings (lines, to be separated by the file's line
ending: a continued instruction, or an instruction and its heredoc bodies).

Why no groups, soft lines or indentation levels as in Prettier's or ruff's IR: those
let a layout algorithm choose where lines break, and a Dockerfile formatter must not
choose.  The author's line breaks are kept (a break inside an instruction is part of
what BuildKit reads), and where a continuation line may be re-indented depends on that
line alone (``format_lines``), so every break is fixed before printing and layout is a
join.  A document is memoised per instruction text (``format_file``), so it is immutable.
"""

from __future__ import annotations

from typing import List, Tuple, Union

Doc = Union[str, Tuple[str, ...]]


def join_documents(docs: List[Doc], newline: str) -> str:
    """The documents one after another, each line ended by ``newline``.  CRs at the
    end of a document's line go (not those inside a verbatim text): one would join the
    line ending, making it CRLF, and vanish on the next run; BuildKit trims it anyway."""
    pieces: List[str] = []
    for doc in docs:
        if doc.__class__ is str:
            pieces.append(doc.rstrip("\r"))
        else:
            pieces.extend([line.rstrip("\r") for line in doc])
    if not pieces:
        return ""
    pieces.append("")
    return newline.join(pieces)
