"""Format-on-save: canonical Dockerfile text that provably means the same.

``format`` parses (``ParseError`` propagates), prints the canonical style, and unless
``fast`` re-parses the output, checks it means what the input meant and that
formatting it again changes nothing; a failure raises ``SafetyError`` and nothing is
returned, so a caller never writes a damaged file.
"""

from __future__ import annotations

from typing import Optional, Tuple

from ..tree import ast
from .. import parse
from ..tree.errors import ParseError, SafetyError
from ..tree.gcpause import paused
from .printer.format_file import format_dockerfile
from .printer.format_rules import Style
from ..tree.records import new_record

OPERATOR_POSITIONS = ("start", "end")


def _style(tree: ast.Dockerfile, indent: str, operator_position: str) -> Style:
    if operator_position not in OPERATOR_POSITIONS:
        raise ValueError(f"operator_position must be one of {OPERATOR_POSITIONS}")
    if not indent or indent.strip(" \t"):
        raise ValueError("indent must be a non-empty run of spaces or tabs")
    # every field, checked above: without the generic keyword __init__ (one per file)
    return new_record(Style, {"indent": indent, "operator_position": operator_position,
                              "escape": tree.escape})


def format_tree(tree: ast.Dockerfile, *, indent: str = "    ",
                operator_position: str = "start", memo: Optional[dict] = None) -> str:
    """Canonical text for a parsed (possibly edited) tree, without safety checks.
    ``memo``: see ``printer.format_file.format_dockerfile``."""
    return format_dockerfile(tree, _style(tree, indent, operator_position), memo=memo)


def check(tree: ast.Dockerfile, output: str, *, indent: str = "    ",
          operator_position: str = "start", memo: Optional[dict] = None,
          exact: bool = False) -> ast.Dockerfile:
    """The safety checks: ``output`` parses, means what ``tree`` means, and is stable;
    returns the output's tree the check parsed.  ``exact``: that tree is the one a fresh
    parse of ``output`` gives, positions of every part included (``Reuse``'s exact
    mode), for a caller that reads the output further instead of parsing it again.

    Re-parsing the output takes over the nodes of instructions whose text did not
    change (the parser's ``reuse``: same lines and escape character, same node), and
    formatting it again reuses the documents of the first run when its ``memo`` (from
    ``format_tree(..., memo=memo)``) is given.  Changed instructions, every line break
    and the whole file's line assembly are still read afresh, so what is proved is
    the same as with a full re-parse: the output's instruction sequence, as read from
    its text, means what the input meant and formats to itself."""
    from .safety import assert_equivalent, assert_stable
    from ..syntax.build import parse_dockerfile
    from ..syntax.reuse import Reuse

    reuse = Reuse(tree, exact=exact)
    try:
        with paused():
            again = parse_dockerfile(output, reuse=reuse)
    except ParseError as err:
        raise SafetyError(f"formatted output does not parse: {err.message}",
                          err.line, err.column) from None
    assert_equivalent(tree, again)
    style = _style(again, indent, operator_position)
    assert_stable(output, format_dockerfile(again, style, memo=memo))
    return again


def format(text: str, *, indent: str = "    ", operator_position: str = "start",
           fast: bool = False) -> str:
    """Format Dockerfile ``text``; see the module docstring."""
    with paused():
        return _format(text, indent, operator_position, fast)


def _format(text: str, indent: str, operator_position: str, fast: bool) -> str:
    return format_parsed(parse(text), text, indent=indent,
                         operator_position=operator_position, fast=fast)


def format_parsed(tree: ast.Dockerfile, text: str, *, indent: str = "    ",
                  operator_position: str = "start", fast: bool = False,
                  memo: Optional[dict] = None) -> str:
    """``format(text)`` for a caller that already holds ``tree = parse(text)`` (the
    language server parses every edit for its diagnostics).  ``memo`` may be kept
    across calls for texts of the same escape character and options (see
    ``printer.format_file.format_dockerfile``)."""
    if memo is None and not fast:
        # the check formats the re-parse with the first run's documents; a fast run
        # formats once, so it keeps none
        memo = {}
    output = format_tree(tree, indent=indent, operator_position=operator_position, memo=memo)
    # An unchanged file needs no check: it means what it meant, and formatting it
    # again is the run just done.  (The common case on save, so it is worth skipping.)
    if not fast and output != text:
        check(tree, output, indent=indent, operator_position=operator_position, memo=memo)
    return output


def format_with_tree(text: str) -> Tuple[str, ast.Dockerfile]:
    """``format(text)`` with the default options, and the output's tree: the safety
    check's own re-parse of it (exact, so the tree a fresh parse gives), or the input's
    when the input is its own format.  The transpiler reads its output this way: the
    one re-parse proves the format safe and serves its post-conditions."""
    with paused():
        tree = parse(text)
        memo: dict = {}
        output = format_tree(tree, memo=memo)
        if output == text:
            return output, tree
        return output, check(tree, output, memo=memo, exact=True)
