"""Tree -> text without reformatting: every node that still has its source text
prints it byte for byte; an edited node (``raw`` is None) is rendered from its
fields by ``render``."""

from __future__ import annotations

from typing import List

from ...tree import ast
from .render import directive_line, render_heredocs, render_instruction


def unparse(tree: ast.Dockerfile) -> str:
    out: List[str] = []
    nl = tree.newline
    chunks = [directive_line(d) + (d.eol if d.text else nl) for d in tree.directives]
    chunks.extend(unparse_instruction(node, nl) for node in tree.instructions)
    chunks.extend(t.text + t.eol for t in tree.trailing)
    for chunk in chunks:
        # only the file's last line may lack a newline; an edit can move it
        if out and not out[-1].endswith("\n"):
            out.append(nl)
        out.append(chunk)
    return ("\ufeff" if tree.bom else "") + "".join(out)


def unparse_instruction(node: ast.Instruction, nl: str = "\n") -> str:
    parts = [t.text + t.eol for t in node.leading]
    if node.raw is not None:
        parts.append(node.raw)
    else:
        parts.append(render_instruction(node) + nl)
        parts.append(render_heredocs(node, nl))
    return "".join(parts)

