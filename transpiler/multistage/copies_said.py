"""The report's list of what the runner copies from the builder, made whole from the
runner stage itself: the passes that write a ``COPY --from`` record most of them with
their reason (``ctx.copies``), but a plan's setup (a list of runtime packages read in
the builder, the package repositories a recipe copies, a working directory staged with
its owner) writes its own, and a report that leaves a copy out says less than the
output does."""

from __future__ import annotations

import re
from typing import List

from ..analysis.run_text import run_text
from ..tree import ast
from .context import CopiedFile


def _key(path: str, values=None) -> str:
    return expanded(path, values or {}).strip("\"'").rstrip("/") or "/"


def expanded(text: str, values: dict) -> str:
    """``text`` with the ``$NAME``/``${NAME}`` that ``values`` knows replaced."""
    for _ in range(4):
        text = re.sub(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?",
                      lambda m: values.get(m.group(1), m.group(0)), text)
    return text


def variables(tree: ast.Dockerfile) -> dict:
    """The ARG defaults and ENV values of ``tree``, in order, each read with those
    before it (``ENV SOURCE_TREE=Tree-${SOURCE_VERSION}``): a ``COPY --from=builder
    /${SOURCE_TREE}/app`` then reads as the path the recipe resolved."""
    out: dict = {}
    for stage in tree.stages:
        for node in stage.body:
            if isinstance(node, ast.Arg):
                out.update((d.name, expanded(d.value, out)) for d in node.args if d.value)
            elif isinstance(node, ast.Env):
                out.update((p.key, expanded(p.value.strip("\"'"), out)) for p in node.pairs)
    return out


def _reason(body, at: int, dest: str) -> str:
    """The COPY's own comment, else that of the first later instruction naming its
    destination (the RUN that reads a copied list), else a plain statement.  Only shell
    forms are read: an exec-form CMD naming the path runs it, it is no setup reading it."""
    for node in [body[at]] + [n for n in body[at + 1:] if isinstance(
            getattr(n, "command", None), ast.ShellForm) and dest in run_text(n)][:1]:
        words = " ".join(c.text.lstrip("#").strip() for c in node.leading
                         if isinstance(c, ast.Comment) and not c.text.lstrip("#").strip()
                         .startswith("hadolint"))
        if words:
            return words if node is body[at] else f"for the runner's setup: {words}"
    return "copied by the runner's setup"


def completed(copies: List[CopiedFile], tree: ast.Dockerfile) -> List[CopiedFile]:
    """``copies`` and, after them, each ``COPY --from`` source of the final stage of
    ``tree`` they do not name."""
    values = variables(tree)
    said = {_key(c.source, values) for c in copies}
    out = list(copies)
    body = list(tree.stages[-1].body)
    for at, node in enumerate(body):
        if not isinstance(node, (ast.Copy, ast.Add)) or node.flag("from") is None:
            continue
        dest = node.paths[-1]
        for source in node.paths[:-1]:
            if _key(source, values) not in said:
                said.add(_key(source, values))
                out.append(CopiedFile(source, dest, _reason(body, at, dest)))
    return out
