"""The three checks every formatted Dockerfile must pass, shared by the golden cases
and the corpus test: idempotence, equivalence by our own semantics, equivalence by
BuildKit's own parser (PyPI ``dockerfile``), plus comment-line preservation; and the
check that every instruction rendered from its fields reads back the same."""

from __future__ import annotations

from typing import List, Optional

import transpiler
from transpiler.formatting.printer import render_instruction
from transpiler.formatting.safety import normalise_value
from transpiler.tree import ast

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


def comparable(node: ast.Instruction) -> ast.Instruction:
    """The fields BuildKit reads: the case of a keyword, of ``as`` and of HEALTHCHECK's
    ``CMD``, and leading comments are not among them."""
    changes = {"leading": (), "keyword": node.keyword.upper()}
    if isinstance(node, ast.Healthcheck):
        changes["kind_word"] = node.kind_word.upper()
    if isinstance(node, ast.Onbuild) and node.trigger is not None:
        changes["trigger"] = comparable(node.trigger)
    if isinstance(node, ast.From) and len(node.args) == 3:
        changes["args"] = (node.args[0], node.args[1].upper(), node.args[2])
    return node.with_changes(**changes)


def render_problem(tree) -> Optional[str]:
    """None when every instruction of ``tree``, rendered from its fields (what
    ``unparse`` prints for an edited node), reads back to the same fields; one parse
    of all of them (instructions with heredocs left out: the bodies are not part of
    the line)."""
    nodes = [n for n in tree.instructions if not getattr(n.target, "heredocs", ())]
    header = "# escape=`\n" if tree.escape == "`" else ""
    text = header + "".join(render_instruction(n) + "\n" for n in nodes)
    try:
        again = transpiler.parse(text).instructions
    except transpiler.ParseError as err:
        return f"rendered instructions do not parse: {err}"
    if len(again) != len(nodes):
        return f"{len(nodes)} rendered instructions read back as {len(again)}"
    for a, b in zip(again, nodes):
        if a != b and comparable(a) != comparable(b):  # a != b: leading comments, case
            return f"rendered {render_instruction(b)!r} reads back as {a!r}"
    return None
