"""Text -> ``ast.Dockerfile``: drives the pre-lexer, parses each logical instruction,
reads heredoc bodies, gives every comment and blank line its owner and groups the
instructions into stages."""

from __future__ import annotations

from typing import List, Optional

from .. import ast
from ..diagnostics import check
from ..errors import ParseError
from .chars import GO_SPACE
from .instruction import ArgError, InstructionParser, can_contain_heredoc
from .prelexer import DirectiveLine, LineAssembler, LogicalInstruction, RawLine
from .reuse import Reuse
from .words import heredoc_markers


def _span_of_lines(first: RawLine, last: RawLine, first_col: int = 1) -> ast.Span:
    return ast.Span(first.number, first_col, first.offset + first_col - 1,
                    last.number, len(last.body) + 1, last.offset + len(last.body))


class _JoinedMap:
    """Maps an index in the joined instruction text back to a source position."""

    def __init__(self, logical: LogicalInstruction, trimmed_from: int):
        self.pieces = []  # (joined index, RawLine, column of piece start)
        at = 0
        code = [l for l, p in zip(logical.lines, logical.layout) if p.kind == "code"]
        pieces = [p for p in logical.layout if p.kind == "code"]
        for i, (line, piece) in enumerate(zip(code, pieces)):
            start_col = len(piece.indent) + 1 if i == 0 else 1
            self.pieces.append((at, line, start_col))
            at += len(piece.content + piece.gap) + (0 if i == 0 else len(piece.indent))
        self.shift = trimmed_from

    def locate(self, index: int):
        index += self.shift
        chosen = self.pieces[0]
        for piece in self.pieces:
            if piece[0] <= index:
                chosen = piece
            else:
                break
        at, line, col = chosen
        column = col + (index - at)
        return line.number, column, line.offset + column - 1


def parse_dockerfile(text: str, fast: bool = True, reuse: Optional[Reuse] = None) -> ast.Dockerfile:
    """``fast=False`` sends every instruction through the Lark grammar (the reference
    the fast paths are tested against).  ``reuse`` takes over the nodes of
    instructions parsed before (see ``syntax/reuse.py``)."""
    assembler = LineAssembler(text)
    directives: List[ast.Directive] = []
    pending: List[ast.Trivia] = []
    instructions: List[ast.Instruction] = []
    parsers = {}

    def get_parser() -> InstructionParser:
        esc = assembler.escape
        if esc not in parsers:
            parsers[esc] = InstructionParser(esc, fast=fast)
        return parsers[esc]

    for rec in assembler.run():
        cls = rec.__class__
        if cls is ast.Comment or cls is ast.BlankLine:
            pending.append(rec)
        elif cls is DirectiveLine:
            line = rec.line
            directives.append(ast.Directive(rec.name, rec.value, text=line.body, eol=line.eol,
                                            span=_span_of_lines(line, line)))
        else:
            node = None
            if reuse is not None:
                raw = rec.raw
                if raw in reuse.table:
                    node = reuse.take(raw, assembler.escape, _instruction_span(rec),
                                      tuple(pending))
            if node is None:
                node = _instruction(rec, get_parser(), assembler,
                                    tuple(pending) if pending else ())
            instructions.append(node)
            if pending:
                pending = []

    newline = assembler.newline()
    last = assembler.last_line()
    preamble: List[ast.Instruction] = []
    groups: List[List[ast.Instruction]] = []  # FROM then its body; linear, not tuple + (node,)
    for node in instructions:
        if isinstance(node, ast.From):
            groups.append([node])
        elif groups:
            groups[-1].append(node)
        else:
            preamble.append(node)
    stages = [ast.Stage(from_=g[0], body=tuple(g[1:]), span=_join_spans(g[0].span, g[-1].span)
                        if len(g) > 1 else g[0].span) for g in groups]
    tree = ast.Dockerfile(
        directives=tuple(directives), preamble=tuple(preamble), stages=tuple(stages),
        trailing=tuple(pending), escape=assembler.escape, bom=assembler.bom,
        newline=newline, final_newline=bool(last is None or last.eol),
        span=ast.Span(1, 1, 0, last.number if last else 1,
                      len(last.body) + 1 if last else 1, len(text)),
    )
    return _fill(tree, diagnostics=tuple(check(tree)))


def _join_spans(a: Optional[ast.Span], b: Optional[ast.Span]) -> Optional[ast.Span]:
    if a is None or b is None:
        return a or b
    return ast.Span(a.line, a.column, a.offset, b.end_line, b.end_column, b.end_offset)


def _instruction(rec: LogicalInstruction, parser: InstructionParser,
                 assembler: LineAssembler, leading: tuple = ()) -> ast.Instruction:
    joined = rec.joined
    trimmed = joined.strip(GO_SPACE)
    try:
        node = parser.parse(trimmed)
    except ArgError as err:
        lead = len(joined) - len(joined.lstrip(GO_SPACE))
        line, col, _ = _JoinedMap(rec, lead).locate(min(err.index, max(len(trimmed) - 1, 0)))
        src = next((l.body for l in rec.lines if l.number == line), rec.start.body)
        raise ParseError(err.message, line, col, src) from None

    heredocs: List[ast.Heredoc] = []
    if "<<" in trimmed and can_contain_heredoc(node):
        for name, fd, chomp, expand in heredoc_markers(trimmed):
            first_body = assembler.pos + 1
            content, terminator = assembler.read_heredoc(rec, name, chomp)
            last = rec.lines[-1]
            start_line = next(l for l in rec.lines if l.number == first_body) \
                if first_body <= last.number else last
            heredocs.append(ast.Heredoc(
                name=name, content=content, fd=fd, chomp=chomp, expand=expand,
                terminator=terminator, span=_span_of_lines(start_line, last)))
    if heredocs:
        if isinstance(node, ast.Onbuild):
            node = node.with_changes(trigger=node.trigger.with_changes(heredocs=tuple(heredocs)))
        else:
            node = node.with_changes(heredocs=tuple(heredocs))

    span = _instruction_span(rec)
    col = span.column
    if len(rec.layout) == 1:
        n, base, Span = rec.start.number, rec.start.offset + col - 1, ast.Span

        def span_at(index, length):
            if index < 0 or length <= 0:
                return None
            return Span(n, col + index, base + index, n, col + index + length,
                        base + index + length)
    else:
        locate = _JoinedMap(rec, len(joined) - len(joined.lstrip(GO_SPACE))).locate

        def span_at(index, length):
            return _part_span(locate, index, length)
    for flag in node.flags:
        flag.__dict__["span"] = span_at(trimmed.find(flag.text), len(flag.text))
    _fill_part_spans(node, trimmed, parser.last_args_at, span_at,
                     getattr(parser, "trigger_args_at", 0) if node.__class__ is ast.Onbuild else 0)
    heredoc_text = "".join(l.text for l in rec.heredoc_lines) if rec.heredoc_lines else ""
    layout = ast.Layout(tuple(rec.layout), heredoc_text)
    return _fill(node, raw=rec.raw, layout=layout, span=span, leading=leading)


def _instruction_span(rec: LogicalInstruction) -> ast.Span:
    # BuildKit's start line is the first physical line, even when it holds only an
    # escape character; the column is where the text starts on it.
    col = len(rec.layout[0].indent) + 1
    return ast.Span(rec.start.number, col, rec.start.offset + col - 1, rec.end.number,
                    len(rec.end.body) + 1, rec.end.offset + len(rec.end.body))


def _fill(node, **fields):
    """Set fields on a node this builder has just created and nobody else has seen
    (cheaper than dataclasses.replace, which re-runs __init__ for every node)."""
    node.__dict__.update(fields)
    return node


def _part_span(locate, index: int, length: int) -> Optional[ast.Span]:
    """The span of ``length`` characters of the joined text starting at ``index``
    (they may run over continuation lines)."""
    if index < 0 or length <= 0:
        return None
    line, col, off = locate(index)
    end_line, end_col, end_off = locate(index + length - 1)
    return ast.Span(line, col, off, end_line, end_col + 1, end_off + 1)


_COMMAND_KINDS = (ast.Run, ast.Cmd, ast.Entrypoint, ast.Shell)


def _fill_part_spans(node: ast.Instruction, trimmed: str, args_at: int, span_at,
                     trigger_at: int = 0) -> None:
    """Spans for the argument parts: the command form, ENV/LABEL pairs, ARG words;
    ``span_at(index, length)`` gives the span of that much of ``trimmed``;
    ``trigger_at`` is where an ONBUILD trigger's own arguments start, relative to
    ONBUILD's."""
    end = len(trimmed)
    cls = node.__class__
    if cls in _COMMAND_KINDS:
        if node.command is not None:
            node.command.__dict__["span"] = span_at(args_at, end - args_at)
    elif cls is ast.Healthcheck and node.command is not None:
        at = args_at + len(node.kind_word)
        while at < end and trimmed[at] in GO_SPACE:
            at += 1
        _fill(node.command, span=span_at(at, end - at))
    elif cls is ast.Env or cls is ast.Label:
        at = args_at
        for pair in node.pairs:
            start = trimmed.find(pair.key, at)
            if start < 0:
                break
            stop = trimmed.find(pair.value, start + len(pair.key)) if pair.value else -1
            stop = stop + len(pair.value) if stop >= 0 else start + len(pair.key) + 1
            _fill(pair, span=span_at(start, stop - start))
            at = stop
    elif cls is ast.Arg:
        at = args_at
        for decl in node.args:
            start = trimmed.find(decl.name, at)
            if start < 0:
                break
            length = len(decl.name) + (0 if decl.value is None else 1 + len(decl.value))
            _fill(decl, span=span_at(start, length))
            at = start + length
    elif cls is ast.Onbuild and node.trigger is not None and node.trigger.span is None:
        _fill(node.trigger, span=span_at(args_at, end - args_at))
        for flag in node.trigger.flags:
            _fill(flag, span=span_at(trimmed.find(flag.text, args_at), len(flag.text)))
        _fill_part_spans(node.trigger, trimmed, args_at + trigger_at, span_at)
