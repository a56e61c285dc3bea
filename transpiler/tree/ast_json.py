"""The tree as JSON (``dtranspile --ast``): node type, fields and source positions."""

from __future__ import annotations

import json

from . import ast


def to_data(node, positions: bool = True):
    if isinstance(node, ast.Node) or isinstance(node, ast.Diagnostic):
        if isinstance(node, ast.Diagnostic):
            return node.to_json()
        out = {"type": type(node).__name__}
        for f in ast.fields(node):
            if f.name in ("raw", "layout", "span"):
                continue
            if not f.compare and f.name not in ("diagnostics", "text") :
                continue
            value = getattr(node, f.name)
            out[f.name.rstrip("_")] = to_data(value, positions)
        if positions and getattr(node, "span", None) is not None:
            out["span"] = node.span.to_json()
        return out
    if isinstance(node, tuple):
        return [to_data(v, positions) for v in node]
    return node


def dumps(tree: ast.Dockerfile, positions: bool = True, indent: int = 2) -> str:
    return json.dumps(to_data(tree, positions), indent=indent, ensure_ascii=False)
