"""Equivalence and stability checks, run after every rewrite (as black does).

``assert_equivalent`` compares what two trees mean to BuildKit: directives, then each
instruction as ``semantics.command`` gives it, without line numbers, with only the
differences a formatter is allowed to make normalised away:

- shell-form strings (RUN/CMD/ENTRYPOINT/SHELL, HEALTHCHECK CMD, ONBUILD of those):
  runs of blanks outside quotes collapsed (re-indenting a continuation changes only
  the length of such a run);
- ``AS`` in FROM and ``CMD``/``NONE`` in HEALTHCHECK: compared case-insensitively, as
  BuildKit reads them;
- ENV/LABEL values: compared as BuildKit's shell lexer reads them (quotes and escapes
  removed, variables opaque), so ``K v w`` equals ``K="v w"``.

Everything else must be identical, including ONBUILD trigger flags, heredoc bodies
and the text of unknown instructions.
"""

from __future__ import annotations

from typing import Optional

from ..tree import ast
from ..buildkit import semantics
from ..tree.errors import SafetyError
from ..buildkit.shellword import collapse_blanks, process_word

_SHELL_KINDS = ("run", "cmd", "entrypoint", "shell")


def normalise_value(kind: str, value, is_json: bool, escape: str) -> tuple:
    """An instruction's BuildKit values with the differences a formatter may make
    normalised away (see the module docstring); also used by the tests to compare
    BuildKit's own parser's view of two texts."""
    value = list(value)
    if kind in _SHELL_KINDS and not is_json:
        value = [collapse_blanks(v, escape) for v in value]
    elif kind == "healthcheck" and value:
        value[0] = value[0].upper()
        if not is_json:
            value[1:] = [collapse_blanks(v, escape) for v in value[1:]]
    elif kind == "from" and len(value) == 3 and value[1].lower() == "as":
        value[1] = "as"
    elif kind in ("env", "label"):
        for i in range(1, len(value), 2):
            value[i] = _word_key(value[i], escape)
    return tuple(value)


def _word_key(word: str, escape: str) -> tuple:
    """An ENV/LABEL value as BuildKit's shell lexer reads it (as written when that is
    not modelled)."""
    words = process_word(word, escape)
    return ("raw", word) if words is None else ("word", words)


def _value_key(node: ast.Instruction, cmd: semantics.Command, escape: str) -> tuple:
    target = node.target
    kind = (cmd.sub_cmd or cmd.cmd) if isinstance(node, ast.Onbuild) else cmd.cmd
    value = normalise_value(kind, cmd.value, cmd.json, escape)
    extra: tuple = ()
    if target is not node:
        extra = tuple(f.as_buildkit() for f in target.flags)
    if isinstance(target, ast.Unknown):
        extra += (target.keyword, target.text)
    docs = tuple((h.name, h.fd, h.content, h.chomp, h.expand)
                 for h in getattr(target, "heredocs", ()))
    return (cmd.cmd, cmd.sub_cmd, cmd.json, cmd.flags, value, docs, extra)


def _describe(key: Optional[tuple]) -> str:
    if key is None:
        return "nothing"
    return f"{key[0].upper()} {key[4]!r}"


def assert_equivalent(src: ast.Dockerfile, dst: ast.Dockerfile) -> None:
    """Raise ``SafetyError`` at the first instruction whose meaning differs."""
    src_dirs = [(x.name, x.value) for x in src.directives]
    dst_dirs = [(x.name, x.value) for x in dst.directives]
    if src_dirs != dst_dirs or src.escape != dst.escape:
        raise SafetyError(f"parser directives changed: {src_dirs} -> {dst_dirs}", 1, 1)
    escape = src.escape
    a, b = src.instructions, dst.instructions
    for i, (na, nb) in enumerate(zip(a, b)):
        if (na.raw is not None and na.raw == nb.raw) or _same_meaning(na, nb, escape):
            continue  # the same lines with the same escape character: the same meaning
        _compare_keys(i, na, nb, escape)
    for i in range(min(len(a), len(b)), max(len(a), len(b))):
        _compare_keys(i, a[i] if i < len(a) else None, b[i] if i < len(b) else None, escape)


def _compare_keys(i: int, na: Optional[ast.Instruction], nb: Optional[ast.Instruction],
                  escape: str) -> None:
    """Raise ``SafetyError`` unless instruction ``i`` has the same ``_value_key`` in
    both trees (``None``: the tree has no instruction ``i``)."""
    ka = _key_of(na, escape)
    kb = _key_of(nb, escape)
    if ka != kb:
        span = (na.span if na is not None else None) or (nb.span if nb is not None else None)
        raise SafetyError(
            f"formatting changed the meaning of instruction {i + 1}: "
            f"{_describe(ka)} became {_describe(kb)}",
            span.line if span else 0, span.column if span else 0)


def _same_meaning(a: ast.Instruction, b: ast.Instruction, escape: str) -> bool:
    """True only if ``_value_key`` is the same for both (False: compare the keys).

    Compared field by field, cheaper than building both BuildKit views: the class
    and the keyword but for its case first (BuildKit lower-cases it; an unknown
    instruction's keyword is compared as written, so it is left to the keys), then
    per class the fields that make the rest of the key; a class without its own
    comparison must have equal fields (all but ``leading``, the comments above)."""
    cls = a.__class__
    if cls is not b.__class__ or cls is ast.Unknown or a.keyword.lower() != b.keyword.lower():
        return False
    same = _SAME_PARTS.get(cls)
    if same is not None:
        return same(a, b, escape)
    for name in cls._compare:
        if name != "keyword" and name != "leading" and getattr(a, name) != getattr(b, name):
            return False
    return True


def _same_command(a: ast._WithCommand, b: ast._WithCommand, escape: str) -> bool:
    """RUN/CMD/ENTRYPOINT/SHELL: flags, heredocs and the command; a shell-form text
    is its ``normalise_value`` (blanks outside quotes collapsed), JSON arguments are
    compared as they are (most instructions a format changes are re-indented RUN
    chains)."""
    if a.flags != b.flags or getattr(a, "heredocs", ()) != getattr(b, "heredocs", ()):
        return False
    ca, cb = a.command, b.command
    if ca.__class__ is ast.ShellForm and cb.__class__ is ast.ShellForm:
        ta, tb = ca.text, cb.text
        return ta == tb or collapse_blanks(ta, escape) == collapse_blanks(tb, escape)
    return ca == cb


def _same_pairs(a: ast._WithPairs, b: ast._WithPairs, escape: str) -> bool:
    """ENV/LABEL: flags, then each key as written and each value as ``normalise_value``
    reads it (BuildKit's shell lexer: ``v w`` equals ``"v w"``).  Whether a pair was
    written in the legacy form is not part of the key."""
    if a.flags != b.flags or len(a.pairs) != len(b.pairs):
        return False
    for pa, pb in zip(a.pairs, b.pairs):
        if pa.key != pb.key or (pa.value != pb.value and _word_key(pa.value, escape)
                                != _word_key(pb.value, escape)):
            return False
    return True


def _same_from(a: ast.From, b: ast.From, escape: str) -> bool:
    """FROM: flags, and the words with ``AS`` compared case-insensitively."""
    return a.flags == b.flags and (a.args == b.args or normalise_value(
        "from", a.args, False, escape) == normalise_value("from", b.args, False, escape))


_SAME_PARTS = {
    ast.Run: _same_command, ast.Cmd: _same_command, ast.Entrypoint: _same_command,
    ast.Shell: _same_command, ast.Env: _same_pairs, ast.Label: _same_pairs,
    ast.From: _same_from,
}


def _key_of(node: Optional[ast.Instruction], escape: str) -> Optional[tuple]:
    if node is None:
        return None
    return _value_key(node, semantics.command(node), escape)


def assert_stable(first: str, second: str) -> None:
    """Raise ``SafetyError`` where formatting the output again changed it."""
    if first == second:
        return
    a, b = first.splitlines(True), second.splitlines(True)
    for n, (x, y) in enumerate(zip(a, b), 1):
        if x != y:
            col = next((c for c, (p, q) in enumerate(zip(x, y), 1) if p != q),
                       min(len(x), len(y)) + 1)
            raise SafetyError(f"formatting is not stable: line {n} becomes {y.rstrip()!r}",
                              n, col)
    n = min(len(a), len(b)) + 1
    raise SafetyError(f"formatting is not stable: the output changes length at line {n}", n, 1)
