"""A small document IR and its layout algorithm (after Wadler/Prettier/ruff).

Format rules build documents instead of strings so that indentation, line endings
and optional breaks are decided in one place:

- ``Text``      literal text; never contains a line break it does not own (verbatim
                regions may embed raw line breaks, printed as they are);
- ``Line``      a break: in a group that fits it prints as ``flat`` (a space by
                default, ``""`` for a soft line), otherwise as a newline plus the
                current indentation;
- ``HARDLINE``  a break that always breaks (forces its enclosing groups to break);
- ``Indent``    children printed with one more indentation unit after each break;
- ``Group``     children laid out flat if they fit in the width, broken otherwise.

Dockerfiles keep the author's line breaks, so the formatter mostly uses hard lines;
groups exist for rendered (edited) nodes and future passes.
"""

from __future__ import annotations

from typing import List, Tuple, Union


class _Part:
    """Doc IR parts are plain slotted classes: generating dataclass methods at import
    would cost more start-up time than the whole layout of a typical file."""

    __slots__ = ()

    def __eq__(self, other):
        return type(other) is type(self) and all(
            getattr(self, n) == getattr(other, n) for n in self.__slots__)

    def __hash__(self):
        return hash((type(self).__name__,) + tuple(getattr(self, n) for n in self.__slots__))

    def __repr__(self):
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__slots__)
        return f"{type(self).__name__}({inner})"


class Text(_Part):
    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text


class Line(_Part):
    __slots__ = ("flat", "hard")

    def __init__(self, flat: str = " ", hard: bool = False):
        self.flat = flat
        self.hard = hard


class Indent(_Part):
    __slots__ = ("contents", "unit")

    def __init__(self, contents: "Doc", unit: str = ""):  # "" = the layout's unit
        self.contents = contents
        self.unit = unit


class Group(_Part):
    __slots__ = ("contents",)

    def __init__(self, contents: "Doc"):
        self.contents = contents


class Lines(_Part):
    """Lines separated by hard breaks at the current indentation: what a continued
    instruction is, without a Concat/Indent/Line object per physical line."""

    __slots__ = ("lines",)

    def __init__(self, lines: Tuple[str, ...]):
        self.lines = lines


class Concat(_Part):
    __slots__ = ("parts",)

    def __init__(self, parts: Tuple["Doc", ...]):
        self.parts = parts


Doc = Union[Text, Line, Indent, Group, Lines, Concat, str]

HARDLINE = Line(hard=True)
LINE = Line(" ")
SOFTLINE = Line("")


def text(s: str) -> Text:
    return Text(s)


def concat(*parts: Doc) -> Concat:
    return Concat(tuple([p for p in parts if p.__class__ is not str or p]))


def join(sep: Doc, docs) -> Concat:
    out: List[Doc] = []
    for i, d in enumerate(docs):
        if i:
            out.append(sep)
        out.append(d)
    return Concat(tuple(out))


def indent(*parts: Doc, unit: str = "") -> Indent:
    return Indent(concat(*parts), unit)


def group(*parts: Doc) -> Group:
    return Group(concat(*parts))


# --------------------------------------------------------------------------- layout

_BREAK, _FLAT = 0, 1


def _fits(doc: Doc, width: int) -> bool:
    """Whether ``doc`` printed flat fits in ``width`` columns (hard lines never fit)."""
    stack = [doc]
    while stack:
        if width < 0:
            return False
        d = stack.pop()
        if isinstance(d, str):
            width -= len(d)
        elif isinstance(d, Text):
            if "\n" in d.text:
                return False
            width -= len(d.text)
        elif isinstance(d, Line):
            if d.hard:
                return False
            width -= len(d.flat)
        elif isinstance(d, (Indent, Group)):
            stack.append(d.contents)
        elif isinstance(d, Lines):
            if len(d.lines) > 1 or "\n" in d.lines[0]:
                return False
            width -= len(d.lines[0])
        else:
            stack.extend(reversed(d.parts))
    return width >= 0


def layout(doc: Doc, *, unit: str = "    ", newline: str = "\n", width: int = 80) -> str:
    """Print ``doc``: breaks become ``newline`` plus the indentation in force."""
    out: List[str] = []
    layout_into(out, doc, unit=unit, newline=newline, width=width)
    return "".join(out)


def hard_break(out: List[str], newline: str, ind: str = "") -> None:
    """A line break at the end of ``out``.  A CR left at the end of a line would join
    the line ending and make it CRLF (content that BuildKit trims anyway): it goes
    with the break."""
    while out and out[-1].endswith("\r"):
        out[-1] = out[-1].rstrip("\r")
    out.append(newline + ind)


def layout_lines(docs: List[Doc], *, unit: str = "    ", newline: str = "\n",
                 width: int = 80) -> str:
    """``layout(concat(join(HARDLINE, docs), HARDLINE))`` without building that
    document: a file is a list of top-level docs, most of them plain text, so each is
    printed to one string (``hard_break``'s rule applied to its last piece) and the
    strings are joined with the line ending."""
    pieces: List[str] = []
    for doc in docs:
        cls = doc.__class__
        if cls is str or cls is Text:
            piece = doc if cls is str else doc.text
            if piece.endswith("\r"):  # see hard_break
                piece = piece.rstrip("\r")
        elif cls is Lines:  # a continued instruction: no indentation at the top level
            piece = newline.join([line.rstrip("\r") for line in doc.lines])
        else:
            out: List[str] = []
            layout_into(out, doc, unit=unit, newline=newline, width=width)
            if out and out[-1].endswith("\r"):
                out[-1] = out[-1].rstrip("\r")
            piece = "".join(out)
        pieces.append(piece)
    if not pieces:
        return ""
    pieces.append("")
    return newline.join(pieces)


def layout_into(out: List[str], doc: Doc, *, unit: str = "    ", newline: str = "\n",
                width: int = 80) -> None:
    """Append the printed ``doc`` to ``out``, starting at column 0."""
    column = 0
    stack: List[Tuple[str, int, Doc]] = [("", _BREAK, doc)]
    while stack:
        ind, mode, d = stack.pop()
        if isinstance(d, str):
            d = Text(d)
        if isinstance(d, Text):
            out.append(d.text)
            nl = d.text.rfind("\n")
            column = len(d.text) - nl - 1 if nl >= 0 else column + len(d.text)
        elif isinstance(d, Line):
            if mode == _FLAT and not d.hard:
                out.append(d.flat)
                column += len(d.flat)
            else:
                hard_break(out, newline, ind)
                column = len(ind)
        elif isinstance(d, Indent):
            stack.append((ind + (d.unit or unit), mode, d.contents))
        elif isinstance(d, Group):
            flat = mode == _FLAT or _fits(d.contents, width - column)
            stack.append((ind, _FLAT if flat else _BREAK, d.contents))
        elif isinstance(d, Lines):
            for i, line in enumerate(d.lines):
                if i:
                    hard_break(out, newline, ind)
                    column = len(ind)
                out.append(line)
                nl = line.rfind("\n")
                column = len(line) - nl - 1 if nl >= 0 else column + len(line)
        else:
            for part in reversed(d.parts):
                stack.append((ind, mode, part))
