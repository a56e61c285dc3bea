"""Text -> ``ast.Dockerfile``: reads the lines in BuildKit's order, parses each logical
instruction, reads heredoc bodies, gives every comment and blank line its owner and
groups the instructions into stages.

One loop does the line assembly and the building: a line that is a whole instruction
(no continuation, no heredoc: nine in ten) becomes its node straight from the line's
text (``_one_line``); an instruction continued over several lines or opening heredocs
is assembled first (``prelexer.Continued``, then ``_continued``).  Both give the same
node for a one-line instruction (tests/test_fast_paths.py runs both on the corpus)."""

from __future__ import annotations

from typing import List, Optional, Tuple

from ..tree import ast
from ..tree.ast import Layout, PhysicalLine, Span
from ..buildkit.diagnostics import check
from ..tree.errors import ParseError
from ..tree.records import _new, _set_attr, new_record
from .chars import GO_SPACE
from .instruction import ArgError, InstructionParser, can_contain_heredoc, instruction_parser
from .prelexer import Continued, SourceLines, read_directives
from .reuse import Reuse
from .words import heredoc_markers

#: builds a tuple subclass in C (``_tuple(Span, (...))`` is ``Span(...)`` without the
#: named tuple's Python-level ``__new__``)
_tuple = tuple.__new__


def parse_dockerfile(text: str, fast: bool = True, reuse: Optional[Reuse] = None) -> ast.Dockerfile:
    """``fast=False`` sends every instruction through the Lark grammar (the reference
    the fast paths are tested against).  ``reuse`` takes over the nodes of
    instructions parsed before (see ``syntax/reuse.py``)."""
    lines = SourceLines(text)
    directives, i, escape = read_directives(lines)
    parser = instruction_parser(escape, fast)
    pending: List[ast.Trivia] = []
    instructions: List[ast.Instruction] = []
    bodies, eols, starts, limit = lines.bodies, lines.eols, lines.starts, lines.limit
    Comment, BlankLine = ast.Comment, ast.BlankLine
    while i < limit:
        body = bodies[i]
        code = body.lstrip(GO_SPACE)
        if not code or code[0] == "#":
            start, size = starts[i], len(body)
            trivia = _new(Comment if code else BlankLine)  # their __init__, inline
            _set_attr(trivia, "__dict__", {"text": body, "eol": eols[i], "span": _tuple(
                Span, (i + 1, 1, start, i + 1, size + 1, start + size))})
            pending.append(trivia)
            i += 1
            continue
        leading = tuple(pending) if pending else ()
        if pending:
            pending = []
        before = code.rstrip(" \t")
        if (before[-1] != escape or (len(before) > 1 and before[-2] == escape)) \
                and "<<" not in before:
            instructions.append(_one_line(parser, lines, i, code, before, leading, reuse))
            i += 1
        else:
            node, i = _continued(parser, lines, Continued(lines, i, escape), leading, reuse)
            instructions.append(node)
    lines.stop(i)

    preamble: List[ast.Instruction] = []
    groups: List[List[ast.Instruction]] = []  # FROM then its body; linear, not tuple + (node,)
    group, From = preamble, ast.From  # the list the next instruction joins
    for node in instructions:
        if isinstance(node, From):
            group = [node]
            groups.append(group)
        else:
            group.append(node)
    # Stage and Dockerfile records by their fields (all of them, in order) rather
    # than through the generic keyword __init__: one per stage and file
    stages = tuple([new_record(ast.Stage, {
        "from_": g[0], "body": tuple(g[1:]),
        "span": _join_spans(g[0].span, g[-1].span) if len(g) > 1 else g[0].span,
    }) for g in groups])
    count = lines.count
    last = count - 1
    tree = new_record(ast.Dockerfile, {
        "directives": tuple(directives), "preamble": tuple(preamble), "stages": stages,
        "trailing": tuple(pending), "escape": escape, "bom": lines.bom,
        "newline": lines.newline(), "final_newline": bool(not count or eols[last]),
        "diagnostics": (), "raw_header": None,
        "span": _tuple(Span, (1, 1, 0, count or 1, len(bodies[last]) + 1 if count else 1,
                              len(text))),
    })
    tree.__dict__["diagnostics"] = tuple(check(tree))
    return tree


def _join_spans(a: Optional[ast.Span], b: Optional[ast.Span]) -> Optional[ast.Span]:
    if a is None or b is None:
        return a or b
    return _tuple(Span, (a.line, a.column, a.offset, b.end_line, b.end_column, b.end_offset))


def _one_line(parser: InstructionParser, lines: SourceLines, i: int, code: str, before: str,
              leading: tuple, reuse: Optional[Reuse]) -> ast.Instruction:
    """The node of line ``i``, a whole instruction: ``code`` is the line without its
    indent, ``before`` that without trailing blanks."""
    body, eol, start = lines.bodies[i], lines.eols[i], lines.starts[i]
    raw = body + eol
    indent = len(body) - len(code)
    n, col, base = i + 1, indent + 1, start + indent
    span = _tuple(Span, (n, col, base, n, len(body) + 1, start + len(body)))
    if reuse is not None and raw in reuse.table:
        node = reuse.take(raw, parser.escape, span, leading)
        if node is not None:
            return node
    trimmed = before.rstrip(GO_SPACE)
    try:
        node, args_at = parser.parse(trimmed)
    except ArgError as err:
        raise ParseError(err.message, n, col + min(err.index, max(len(trimmed) - 1, 0)),
                         body) from None
    cls = node.__class__
    if node.flags or cls in _WITH_PARTS:
        if cls in _COMMAND_KINDS and not node.flags:
            # RUN/CMD/ENTRYPOINT/SHELL without flags (most instructions with parts):
            # the command runs from the arguments to the end of the line
            if node.command is not None:
                end = len(trimmed)
                node.command.__dict__["span"] = _tuple(Span, (
                    n, col + args_at, base + args_at, n, col + end, base + end))
        else:
            _fill_part_spans(node, trimmed, args_at, _on_line(n, col, base), parser)
    values = node.__dict__
    values["raw"] = raw
    values["layout"] = _tuple(Layout, ((_tuple(PhysicalLine, (
        "code", body[:indent], before, code[len(before):], "", "", eol)),), ""))
    values["span"] = span
    values["leading"] = leading
    return node


def _on_line(n: int, col: int, base: int):
    """``span_at`` for an instruction on line ``n`` whose text starts at column
    ``col``, offset ``base``."""
    def span_at(index, length):
        if index < 0 or length <= 0:
            return None
        return _tuple(Span, (n, col + index, base + index,
                             n, col + index + length, base + index + length))

    return span_at


def _continued(parser: InstructionParser, lines: SourceLines, logical: Continued,
               leading: tuple, reuse: Optional[Reuse]) -> Tuple[ast.Instruction, int]:
    """The node of an instruction continued over several lines or opening heredocs,
    and the index of the line after it (and its heredoc bodies)."""
    if reuse is not None:
        raw = lines.source(logical.first, logical.end)
        if raw in reuse.table:
            node = reuse.take(raw, parser.escape, _instruction_span(lines, logical, logical.end),
                              leading)
            if node is not None:
                return node, logical.end
    joined = logical.joined
    trimmed = joined.strip(GO_SPACE)
    lead = len(joined) - len(joined.lstrip(GO_SPACE))
    try:
        node, args_at = parser.parse(trimmed)
    except ArgError as err:
        line, col, _ = logical.locate(lines, lead + min(err.index, max(len(trimmed) - 1, 0)))
        raise ParseError(err.message, line, col, lines.bodies[line - 1]) from None

    if "<<" in trimmed and can_contain_heredoc(node):
        heredocs: List[ast.Heredoc] = []
        for name, fd, chomp, expand in heredoc_markers(trimmed):
            first_body = logical.heredoc_end
            content, terminator = logical.read_heredoc(lines, name, chomp)
            heredocs.append(ast.Heredoc(
                name=name, content=content, fd=fd, chomp=chomp, expand=expand,
                terminator=terminator, span=_lines_span(lines, first_body, logical.heredoc_end)))
        if heredocs:
            node.target.__dict__["heredocs"] = tuple(heredocs)

    locate = logical.locate

    def span_at(index, length):
        """The span of ``length`` characters of ``trimmed`` from ``index`` (they may
        run over continuation lines)."""
        if index < 0 or length <= 0:
            return None
        line, col, off = locate(lines, lead + index)
        end_line, end_col, end_off = locate(lines, lead + index + length - 1)
        return _tuple(Span, (line, col, off, end_line, end_col + 1, end_off + 1))

    _fill_part_spans(node, trimmed, args_at, span_at, parser)
    end = logical.heredoc_end
    values = node.__dict__
    values["raw"] = lines.source(logical.first, end)
    values["layout"] = _tuple(Layout, (tuple(logical.layout), lines.source(logical.end, end)))
    values["span"] = _instruction_span(lines, logical, end)
    values["leading"] = leading
    return node, end


def _lines_span(lines: SourceLines, first: int, end: int, first_col: int = 1) -> ast.Span:
    """The span of lines ``first`` to ``end`` (exclusive), from ``first_col``."""
    last = end - 1
    size = len(lines.bodies[last])
    return _tuple(Span, (first + 1, first_col, lines.starts[first] + first_col - 1,
                         end, size + 1, lines.starts[last] + size))


def _instruction_span(lines: SourceLines, logical: Continued, end: int) -> ast.Span:
    # BuildKit's start line is the first physical line, even when it holds only an
    # escape character; the column is where the text starts on it.
    return _lines_span(lines, logical.first, end, len(logical.layout[0].indent) + 1)


_COMMAND_KINDS = (ast.Run, ast.Cmd, ast.Entrypoint, ast.Shell)
#: instructions with parts that have spans of their own (any instruction's flags do)
_WITH_PARTS = frozenset(_COMMAND_KINDS + (ast.Healthcheck, ast.Env, ast.Label, ast.Arg,
                                          ast.Onbuild))


def _fill_part_spans(node: ast.Instruction, trimmed: str, args_at: int, span_at,
                     parser: InstructionParser, nested: bool = False) -> None:
    """Spans for the flags and argument parts: the command form, ENV/LABEL pairs, ARG
    words, an ONBUILD trigger and its parts; ``span_at(index, length)`` gives the
    span of that much of ``trimmed``, where the arguments start at ``args_at``.
    ``nested``: ``node`` is itself a trigger."""
    for flag in node.flags:
        flag.__dict__["span"] = span_at(trimmed.find(flag.text), len(flag.text))
    end = len(trimmed)
    cls = node.__class__
    if cls in _COMMAND_KINDS:
        if node.command is not None:
            node.command.__dict__["span"] = span_at(args_at, end - args_at)
    elif cls is ast.Healthcheck and node.command is not None:
        at = args_at + len(node.kind_word)
        while at < end and trimmed[at] in GO_SPACE:
            at += 1
        node.command.__dict__["span"] = span_at(at, end - at)
    elif cls is ast.Env or cls is ast.Label:
        at = args_at
        for pair in node.pairs:
            start = trimmed.find(pair.key, at)
            if start < 0:
                break
            stop = trimmed.find(pair.value, start + len(pair.key)) if pair.value else -1
            stop = stop + len(pair.value) if stop >= 0 else start + len(pair.key) + 1
            pair.__dict__["span"] = span_at(start, stop - start)
            at = stop
    elif cls is ast.Arg:
        at = args_at
        for decl in node.args:
            start = trimmed.find(decl.name, at)
            if start < 0:
                break
            length = len(decl.name) + (0 if decl.value is None else 1 + len(decl.value))
            decl.__dict__["span"] = span_at(start, length)
            at = start + length
    elif cls is ast.Onbuild and node.trigger is not None:
        # the trigger is parsed from the text after ONBUILD's flags, a suffix of
        # ``trimmed``: its own indexes are moved by ``args_at``
        node.trigger.__dict__["span"] = span_at(args_at, end - args_at)
        rest = trimmed[args_at:]

        def trigger_span_at(index, length):
            return span_at(index + args_at if index >= 0 else index, length)

        # the parts of a trigger's trigger (ONBUILD ONBUILD ..., an error BuildKit
        # reports) have always been placed from where that trigger starts: kept
        trigger_at = 0 if nested else parser.split(rest)[3]
        _fill_part_spans(node.trigger, rest, trigger_at, trigger_span_at, parser, True)
