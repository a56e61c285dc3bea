"""Taking over nodes from an earlier parse of a similar text.

Parsing is a function of an instruction's lines and the escape character: the same
lines with the same escape character give the same node, wherever they stand.  Two
callers parse texts that are mostly made of lines they have parsed before:

- the formatter's safety check re-parses its own output, in which most instructions
  come out exactly as they went in (``exact=False``: a copy gets its own position and
  leading trivia; its parts keep the original's positions, which the check does not
  read);
- the language server parses every edit of a document, in which all but a few
  instructions are the ones of the previous version (``exact=True``: every position
  in the copy, its parts' too, is moved by the distance the instruction moved, so the
  tree is the one a fresh parse gives: tests/test_reuse.py compares them).

Instructions with heredocs are never taken over: their bodies are read by the line
assembler after the instruction line, so the line alone does not decide them.
"""

from __future__ import annotations

from typing import Dict, Optional

from ..tree import ast

_set_attr = object.__setattr__


class Reuse:
    """The instructions of ``tree`` by source text, for ``parse_dockerfile(reuse=)``;
    ``taken`` maps id(copy) -> original for each node a parse took over."""

    __slots__ = ("escape", "table", "exact", "taken")

    def __init__(self, tree: ast.Dockerfile, exact: bool = False):
        self.escape = tree.escape
        self.exact = exact
        self.taken: Dict[int, ast.Instruction] = {}
        flagged = set() if exact else {d.line for d in tree.diagnostics if d.line}
        table: Dict[str, ast.Instruction] = {}
        for node in tree.instructions:
            if node.raw is None or node.span is None or _heredocs(node):
                continue
            if flagged:
                # inexact copies keep their parts' positions, which place the
                # diagnostics that decide what the formatter prints verbatim
                span = node.span
                if any(span.line <= line <= span.end_line for line in flagged):
                    continue
            table.setdefault(node.raw, node)
        self.table = table

    def take(self, raw: str, escape: str, span: ast.Span,
             leading: tuple) -> Optional[ast.Instruction]:
        """A copy of the node parsed from ``raw``, placed at ``span``; None if there is
        none."""
        node = self.table.get(raw)
        if node is None or escape != self.escape:
            return None
        old = node.span
        if self.exact and (old.line != span.line or old.offset != span.offset):
            copy = _moved(node, span.line - old.line, span.offset - old.offset)
        else:
            copy = object.__new__(node.__class__)
            _set_attr(copy, "__dict__", dict(node.__dict__))
        copy.__dict__["span"] = span
        copy.__dict__["leading"] = leading
        self.taken[id(copy)] = node
        return copy


def _heredocs(node: ast.Instruction) -> tuple:
    return getattr(node.target, "heredocs", ())


def _moved(node: ast.Node, lines: int, offset: int) -> ast.Node:
    """A copy of ``node`` and its parts with every position moved down ``lines``
    lines and ``offset`` characters (columns stay: the text is the same)."""
    values = dict(node.__dict__)
    span = values.get("span")
    if span is not None:
        values["span"] = ast.Span(span.line + lines, span.column, span.offset + offset,
                                  span.end_line + lines, span.end_column,
                                  span.end_offset + offset)
    for name in node._compare:
        if name == "leading":
            continue
        value = values[name]
        if isinstance(value, ast.Node):
            values[name] = _moved(value, lines, offset)
        elif value.__class__ is tuple and value and isinstance(value[0], ast.Node):
            values[name] = tuple([_moved(v, lines, offset) for v in value])
    copy = object.__new__(node.__class__)
    _set_attr(copy, "__dict__", values)
    return copy
