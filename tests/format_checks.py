"""The three checks every formatted Dockerfile must pass, shared by the golden cases
and the corpus test: idempotence, equivalence by our own semantics, equivalence by
BuildKit's own parser (PyPI ``dockerfile``), plus comment-line preservation."""

from __future__ import annotations

from typing import List, Optional

import transpiler
from transpiler.formatting.safety import normalise_value

import oracle

def _normalise(cmd: tuple, escape: str) -> tuple:
    """An oracle command without positions, with the differences a formatter may make
    normalised away (the same rules as transpiler.safety)."""
    name, sub, is_json, flags, value, heredocs = cmd[:6]
    return (name, sub, is_json, flags, normalise_value(sub or name, value, is_json, escape),
            heredocs)


def oracle_equivalent(before: str, after: str, escape: str) -> Optional[str]:
    """None when BuildKit's parser reads both texts the same, else a description."""
    a, err_a = oracle.oracle_commands(before)
    b, err_b = oracle.oracle_commands(after)
    if err_a or err_b:
        return None if err_a == err_b else f"oracle errors differ: {err_a!r} vs {err_b!r}"
    na = [_normalise(c, escape) for c in a]
    nb = [_normalise(c, escape) for c in b]
    if na == nb:
        return None
    for x, y in zip(na, nb):
        if x != y:
            return f"oracle: {x!r} != {y!r}"
    return f"oracle: {len(na)} commands became {len(nb)}"


def comment_lines(text: str) -> int:
    """Comment lines (top level and inside continuations; heredoc bodies excluded)."""
    return tree_comment_lines(transpiler.parse(text))


def tree_comment_lines(tree) -> int:
    count = sum(1 for t in tree.trailing if isinstance(t, transpiler.ast.Comment))
    for node in tree.instructions:
        count += sum(1 for t in node.leading if isinstance(t, transpiler.ast.Comment))
        if node.layout is not None:
            count += sum(1 for l in node.layout.lines if l.kind == "comment")
    return count


def problems(text: str, **options) -> List[str]:
    """Everything wrong with formatting ``text`` (empty when all checks pass)."""
    out: List[str] = []
    try:
        formatted = transpiler.format(text, **options)
    except transpiler.SafetyError as exc:
        return [f"safety: {exc}"]
    again = transpiler.format(formatted, **options)
    if again != formatted:
        out.append("not idempotent")
    tree = transpiler.parse(text)
    if oracle.available() and not oracle.gap_rule(text):
        diff = oracle_equivalent(text, formatted, tree.escape)
        if diff:
            out.append(diff)
    if comment_lines(text) != comment_lines(formatted):
        out.append(f"comment lines {comment_lines(text)} -> {comment_lines(formatted)}")
    return out
