"""A whole Dockerfile -> canonical text.

File-level rules live here: directives first exactly as read; comment lines without
trailing blanks; at most one blank line in a row, none at the start or the end; one
blank line before every FROM after the first; ``# dtranspile: off`` ... ``on`` regions,
unknown instructions and instructions with second-layer diagnostics printed exactly
as written; exactly one final newline in the file's own line ending.  Each instruction
is formatted by ``format_instruction``.
"""

from __future__ import annotations

import re
from typing import List, Optional, Set, Tuple

from ...tree import ast
from ...syntax.prelexer import _DIRECTIVE, VALID_DIRECTIVES
from . import doc as d
from .format_lines import format_lines
from .format_rules import Style, format_line
from .render import directive_line, render_heredocs, render_instruction

_OFF = re.compile(r"^\s*#\s*dtranspile:\s*off\s*$", re.I)
_ON = re.compile(r"^\s*#\s*dtranspile:\s*on\s*$", re.I)
_EOL = re.compile(r"\r*\n?\Z")


def _heredoc_text(node: ast.Instruction) -> str:
    """Heredoc bodies and terminators as written (rendered when the node was built)."""
    if node.raw is not None and node.layout is not None:
        return node.layout.heredoc_text
    return render_heredocs(node)


def verbatim(node: ast.Instruction) -> d.Doc:
    """The instruction exactly as written, without its final line ending; the line
    endings between its own lines become the file's (they mean nothing to BuildKit, and
    a kept ``\n`` in a CRLF file would decide the next run's line ending), heredoc
    bodies stay byte for byte."""
    if node.raw is None:
        heredocs = _heredoc_text(node)
        return render_instruction(node) + ("\n" + _EOL.sub("", heredocs) if heredocs else "")
    layout = node.layout
    if layout is None:
        return _EOL.sub("", node.raw)
    lines = tuple([l.indent + l.content + l.gap + l.escape + l.after for l in layout.lines])
    if layout.heredoc_text:
        return lines + (_EOL.sub("", layout.heredoc_text),)
    return lines


def format_instruction(node: ast.Instruction, style: Style) -> d.Doc:
    """The canonical document for one instruction (heredoc bodies untouched): a
    string for an instruction on one line, the common case; its lines otherwise."""
    if node.__class__ is ast.Unknown:
        return verbatim(node)
    layout = node.layout if node.raw is not None else None
    if layout is None:
        main: d.Doc = format_line(node, render_instruction(node), style)
        heredocs = _heredoc_text(node)
    else:
        lines = layout.lines
        line = lines[0]
        if len(lines) == 1 and not line.escape:
            main = format_line(node, line.content, style)
            if line.gap and main.endswith("\r"):
                # blanks after a CR the formatted line still ends with stay: without
                # them the CR would join the line ending (an ENV or LABEL rebuilt from
                # its fields has lost the CR, and its blanks would be trailing blanks)
                main += line.gap
        else:
            main = format_lines(node, layout, style)
        heredocs = layout.heredoc_text
    if heredocs:
        heredocs = _EOL.sub("", heredocs)
        return (main, heredocs) if main.__class__ is str else main + (heredocs,)
    return main


def _comment_text(text: str) -> str:
    """A comment line as printed: surrounding blanks dropped, and a carriage return
    left at the end with them (it would join the line ending and vanish on the next
    run; BuildKit ignores comments, so dropping it changes nothing)."""
    return text.strip(" \t").rstrip(" \t\r")


def _looks_like_directive(text: str) -> bool:
    m = _DIRECTIVE.match(text.lstrip())
    return bool(m) and m.group(1).lower() in VALID_DIRECTIVES


class _Printer:
    def __init__(self, tree: ast.Dockerfile, style: Style, memo: Optional[dict] = None):
        self.tree = tree
        self.style = style
        self.memo = memo  # source text -> document (see format_dockerfile)
        self.out: List[d.Doc] = []
        self.blank = False  # a blank line is pending
        self.off = False
        self.seen_from = False
        self.flagged = _diagnostic_lines(tree)

    def emit(self, doc: d.Doc) -> None:
        if self.blank and self.out:
            self.out.append("")
        self.blank = False
        self.out.append(doc)

    def trivia_lines(self, items: Tuple[ast.Trivia, ...]) -> None:
        """Comment and blank lines (above an instruction, or at the end of the file)."""
        out = self.out
        for i, item in enumerate(items):
            blank_line = item.__class__ is ast.BlankLine
            if self.off:
                out.append(item.text)
                if not blank_line and _ON.match(item.text):
                    self.off = False
            elif blank_line:
                if out:
                    self.blank = True
                    continue
                # a blank line that keeps a directive-like comment from being a directive
                # (judged on the comment as it will be printed, or the next run decides
                # differently)
                nxt = items[i + 1] if i + 1 < len(items) else None
                if isinstance(nxt, ast.Comment) and _looks_like_directive(_comment_text(nxt.text)):
                    out.append("")
            else:
                self.emit(_comment_text(item.text))
                if _OFF.match(item.text):
                    self.off = True

    def instruction(self, node: ast.Instruction) -> None:
        leading = node.leading
        if node.__class__ is ast.From:
            if self.seen_from and not self.off and self.out and \
                    not (leading and leading[0].__class__ is ast.BlankLine):
                self.blank = True
            self.seen_from = True
        if leading:
            self.trivia_lines(leading)
        memo, raw = self.memo, node.raw
        if self.off or (self.flagged and self._flagged(node)):
            doc = verbatim(node)
        elif memo is None or raw is None:
            doc = format_instruction(node, self.style)
        else:
            doc = memo.get(raw)
            if doc is None:
                doc = memo[raw] = format_instruction(node, self.style)
        self.emit(doc)

    def _flagged(self, node: ast.Instruction) -> bool:
        span = node.span
        return span is not None and any(
            span.line <= line <= span.end_line for line in self.flagged)

    def run(self) -> str:
        tree = self.tree
        for directive in tree.directives:
            self.out.append(directive_line(directive))
        # the instructions in order (``tree.instructions`` without building its tuple)
        instruction = self.instruction
        for node in tree.preamble:
            instruction(node)
        for stage in tree.stages:
            instruction(stage.from_)
            for node in stage.body:
                instruction(node)
        self.trivia_lines(tree.trailing)
        if not self.out:
            return ""
        text = d.join_documents(self.out, tree.newline)
        if text.startswith("\ufeff") and not tree.bom:
            # a U+FEFF that is not a BOM (an unknown instruction) must not become one:
            # BuildKit strips it only at the very start of the file
            text = tree.newline + text
        return ("\ufeff" if tree.bom else "") + text


def _diagnostic_lines(tree: ast.Dockerfile) -> Set[int]:
    return {diag.line for diag in tree.diagnostics if diag.line}


def format_dockerfile(tree: ast.Dockerfile, style: Optional[Style] = None,
                      memo: Optional[dict] = None) -> str:
    """Canonical text for ``tree`` (no safety checks; see ``transpiler.formatter``).

    ``memo`` (source text of an instruction -> its document) is filled and read for
    parsed instructions that are formatted (not those printed verbatim).  One memo
    serves texts of one escape character and one style: the same lines with the same
    escape character parse to the same node, and ``format_instruction`` reads a
    node's fields, raw text and layout, never its position, so the document is the
    same.  The safety check formats its re-parse with the first run's memo, and the
    language server keeps one per document across edits."""
    style = style or Style(escape=tree.escape)
    return _Printer(tree, style, memo).run()
