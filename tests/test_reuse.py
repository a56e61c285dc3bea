"""Taking over nodes from an earlier parse (transpiler/syntax/reuse.py).

``exact`` reuse (the language server, on every edit) must give the tree a fresh parse
gives, positions of every part included; inexact reuse (the formatter's safety check)
must give the same nodes with the instruction's own position right.
"""

from __future__ import annotations

import random

import pytest

import oracle
import transpiler
from transpiler.tree import ast_json
from transpiler.syntax import parse_dockerfile
from transpiler.syntax.reuse import Reuse


def _same_tree(a, b):
    assert ast_json.dumps(a, positions=True) == ast_json.dumps(b, positions=True)
    assert a.diagnostics == b.diagnostics
    assert [d.line for d in a.diagnostics] == [d.line for d in b.diagnostics]
    assert transpiler.unparse(a) == transpiler.unparse(b)


def _edits(text: str, rng: random.Random):
    """A few edits an editor makes: a line inserted, deleted, changed, duplicated."""
    lines = text.splitlines(keepends=True)
    if not lines:
        return
    i = rng.randrange(len(lines))
    yield "".join(lines[:i] + ["RUN echo inserted\n"] + lines[i:])
    yield "".join(lines[:i] + lines[i + 1:])
    yield "".join(lines[:i] + ["# a comment now\n"] + lines[i + 1:])
    yield "".join(lines[:i] + [lines[i], lines[i]] + lines[i + 1:])
    yield "\n\n" + text


def _check_exact(before: str, after: str):
    try:
        old = transpiler.parse(before)
        fresh = transpiler.parse(after)
    except transpiler.ParseError:
        return 0
    reuse = Reuse(old, exact=True)
    _same_tree(fresh, parse_dockerfile(after, reuse=reuse))
    return len(reuse.taken)


SAMPLE = """\
# syntax=docker/dockerfile:1
ARG BASE=debian:bookworm
FROM $BASE AS build
COPY --bogus=1 a b
RUN --mount=type=cache,target=/root/.cache \\
    apt-get update && \\
    apt-get install -y gcc
ENV A=1 B="two words"
LABEL org.example.x="y"
ARG V=1 W
RUN <<EOF
echo heredoc
EOF
ONBUILD RUN --network=none echo hi
HEALTHCHECK --interval=5s CMD curl -f http://localhost/
CMD ["app", "--flag"]
"""


def test_exact_reuse_gives_the_fresh_tree_after_lines_move():
    rng = random.Random(7)
    taken = 0
    for after in _edits(SAMPLE, rng):
        taken += _check_exact(SAMPLE, after)
    assert taken > 20  # the comparison is about taken-over nodes, not fresh ones


def test_exact_reuse_moves_the_positions_of_diagnostics():
    before = "FROM a\nCOPY --bogus=1 x y\n"
    after = "FROM a\n\n\nCOPY --bogus=1 x y\n"
    reuse = Reuse(transpiler.parse(before), exact=True)
    tree = parse_dockerfile(after, reuse=reuse)
    assert len(reuse.taken) == 2
    assert [(d.line, d.column) for d in tree.diagnostics] == \
        [(d.line, d.column) for d in transpiler.parse(after).diagnostics]
    assert tree.diagnostics[0].line == 4


def test_heredoc_instructions_are_parsed_afresh():
    text = "FROM a\nRUN <<EOF\nx\nEOF\n"
    reuse = Reuse(transpiler.parse(text), exact=True)
    parse_dockerfile(text, reuse=reuse)
    assert [type(n).__name__ for n in reuse.taken.values()] == ["From"]


def test_another_escape_character_takes_nothing_over():
    text = "FROM a\nRUN echo a \\\n  b\n"
    reuse = Reuse(transpiler.parse(text), exact=True)
    tree = parse_dockerfile("# escape=`\n" + text, reuse=reuse)
    assert not reuse.taken
    _same_tree(tree, transpiler.parse("# escape=`\n" + text))


def test_inexact_reuse_places_the_instruction():
    before = "FROM a\nRUN echo hi\n"
    after = "# c\nFROM a\n\nRUN echo hi\n"
    reuse = Reuse(transpiler.parse(before))
    tree = parse_dockerfile(after, reuse=reuse)
    fresh = transpiler.parse(after)
    assert len(reuse.taken) == 2
    assert tree == fresh
    assert [n.span for n in tree.instructions] == [n.span for n in fresh.instructions]
    assert [n.leading for n in tree.instructions] == [n.leading for n in fresh.instructions]


@pytest.mark.skipif(not oracle.CORPUS.is_dir(), reason=f"corpus folder {oracle.CORPUS} is absent")
def test_exact_reuse_on_corpus_edits():
    rng = random.Random(11)
    files = sorted(p for p in oracle.CORPUS.iterdir() if p.is_file())[::10]
    taken = 0
    for path in files:
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            continue
        for after in _edits(text, rng):
            taken += _check_exact(text, after)
    assert taken > 10000


def test_parse_with_previous_parses_only_what_the_edit_touched(monkeypatch):
    from transpiler.syntax.instruction import InstructionParser

    old = transpiler.parse(SAMPLE)
    new = SAMPLE.replace("ENV A=1", "ENV A=2")
    calls = []
    real = InstructionParser.parse
    monkeypatch.setattr(InstructionParser, "parse",
                        lambda self, text: calls.append(text) or real(self, text))
    tree = transpiler.parse(new, previous=old)
    # the edited ENV, and the heredoc RUN (never taken over)
    assert calls == ['ENV A=2 B="two words"', "RUN <<EOF"]
    _same_tree(tree, transpiler.parse(new))
