"""Format-on-save: canonical Dockerfile text that provably means the same.

``format`` parses (``ParseError`` propagates), prints the canonical style, and unless
``fast`` re-parses the output, checks it means what the input meant and that
formatting it again changes nothing; a failure raises ``SafetyError`` and nothing is
returned, so a caller never writes a damaged file.
"""

from __future__ import annotations

from . import ast
from .errors import ParseError, SafetyError
from .printer.format_file import format_dockerfile
from .printer.format_rules import Style

OPERATOR_POSITIONS = ("start", "end")


def _style(tree: ast.Dockerfile, indent: str, operator_position: str) -> Style:
    if operator_position not in OPERATOR_POSITIONS:
        raise ValueError(f"operator_position must be one of {OPERATOR_POSITIONS}")
    if not indent or indent.strip(" \t"):
        raise ValueError("indent must be a non-empty run of spaces or tabs")
    return Style(indent=indent, operator_position=operator_position, escape=tree.escape)


def format_tree(tree: ast.Dockerfile, *, indent: str = "    ",
                operator_position: str = "start") -> str:
    """Canonical text for a parsed (possibly edited) tree, without safety checks."""
    return format_dockerfile(tree, _style(tree, indent, operator_position))


def check(tree: ast.Dockerfile, output: str, *, indent: str = "    ",
          operator_position: str = "start") -> None:
    """The safety checks: ``output`` parses, means what ``tree`` means, and is stable."""
    from . import parse
    from .safety import assert_equivalent, assert_stable

    try:
        again = parse(output)
    except ParseError as err:
        raise SafetyError(f"formatted output does not parse: {err.message}",
                          err.line, err.column) from None
    assert_equivalent(tree, again)
    assert_stable(output, format_tree(again, indent=indent,
                                      operator_position=operator_position))


def format(text: str, *, indent: str = "    ", operator_position: str = "start",
           fast: bool = False) -> str:
    """Format Dockerfile ``text``; see the module docstring."""
    from .gcpause import paused

    with paused():
        return _format(text, indent, operator_position, fast)


def _format(text: str, indent: str, operator_position: str, fast: bool) -> str:
    from . import parse

    tree = parse(text)
    output = format_tree(tree, indent=indent, operator_position=operator_position)
    # An unchanged file needs no check: it means what it meant, and formatting it
    # again is the run just done.  (The common case on save, so it is worth skipping.)
    if not fast and output != text:
        check(tree, output, indent=indent, operator_position=operator_position)
    return output
