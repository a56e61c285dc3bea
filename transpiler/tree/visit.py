"""Walking and rebuilding trees.

``Visitor`` dispatches ``visit_<Class>`` before a node's children and
``leave_<Class>`` after them (as LibCST does).  ``Transformer`` rebuilds bottom-up:
``leave_<Class>(original, updated)`` returns the node to keep, ``None`` to drop it
from a tuple, or a tuple of nodes to splice in.  Unchanged subtrees are returned as
the same objects, so an untouched tree still prints back byte for byte.
"""

from __future__ import annotations

from typing import Iterator

from . import ast


def walk(node: ast.Node) -> Iterator[ast.Node]:
    """Every node below ``node`` (itself included), depth first, in source order."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(list(current.children())))


class Visitor:
    def visit(self, node: ast.Node) -> None:
        name = type(node).__name__
        enter = getattr(self, f"visit_{name}", None)
        if enter is None or enter(node) is not False:
            for child in node.children():
                self.visit(child)
        leave = getattr(self, f"leave_{name}", None)
        if leave is not None:
            leave(node)


class Transformer:
    def transform(self, node: ast.Node):
        name = type(node).__name__
        enter = getattr(self, f"visit_{name}", None)
        updated = node
        if enter is None or enter(node) is not False:
            updated = self._rebuild(node)
        leave = getattr(self, f"leave_{name}", None)
        return leave(node, updated) if leave is not None else updated

    def _rebuild(self, node: ast.Node) -> ast.Node:
        changes = {}
        for f in ast.fields(node):
            if not f.compare:
                continue
            value = getattr(node, f.name)
            if isinstance(value, ast.Node):
                new = self.transform(value)
                if new is not value:
                    changes[f.name] = new
            elif isinstance(value, tuple) and any(isinstance(v, ast.Node) for v in value):
                items = []
                changed = False
                for item in value:
                    if not isinstance(item, ast.Node):
                        items.append(item)
                        continue
                    new = self.transform(item)
                    if new is not item:
                        changed = True
                    if new is None:
                        continue
                    if isinstance(new, tuple):
                        items.extend(new)
                    else:
                        items.append(new)
                if changed:
                    changes[f.name] = tuple(items)
        if not changes:
            return node
        if isinstance(node, (ast.Dockerfile, ast.Stage)):
            # containers have no source text of their own to invalidate
            return ast.replace(node, **changes)
        return node.with_changes(**changes)
