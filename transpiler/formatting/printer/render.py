"""A node without source text (built or edited by a pass) -> one canonical line, and
its heredoc bodies.

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


def directive_line(directive: ast.Directive) -> str:
    """A directive's line as written, or from its fields when it was built."""
    return directive.text or f"# {directive.name}={directive.value}"


def render_heredocs(node: ast.Instruction, nl: str = "\n") -> str:
    """The heredoc bodies and terminator lines of a node from its fields (a body a
    pass built without a final line break gets one)."""
    out = []
    for doc in getattr(node.target, "heredocs", ()):
        out.append(doc.content)
        if doc.content and not doc.content.endswith("\n"):
            out.append(nl)
        out.append((doc.terminator or doc.name) + nl)
    return "".join(out)
