"""A node without source text (built or edited by a pass) -> one canonical line.

The head is spelled from the fields (keyword, then each flag quoted so BuildKit's
flag parser reads its value back), the arguments by the node type's function in
``format_rules.FORMATTERS`` given no text.  ``tests/test_render.py`` parses every
rendering back and compares the fields.
"""

from __future__ import annotations

from ...tree import ast
from .format_rules import FORMATTERS, format_head

_NEEDS_QUOTES = set(" \t\r\n\x0b\x0c\"'\\")


def render_flag(flag: ast.Flag) -> str:
    if flag.value is None:
        return f"--{flag.name}"
    value = flag.value
    if value and not (_NEEDS_QUOTES & set(value)):
        return f"--{flag.name}={value}"
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'--{flag.name}="{escaped}"'


def render_instruction(node: ast.Instruction) -> str:
    """The instruction on one line (heredoc bodies are added by the caller)."""
    head = format_head(tuple([render_flag(f) for f in node.flags]), node)
    rest = FORMATTERS[node.__class__](node, None, None)
    return f"{head} {rest}" if rest else head
