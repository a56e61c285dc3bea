"""The parser's fast paths (taken when the first character decides the grammar's
outcome) must build exactly the tree the Lark grammar builds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import transpiler
from transpiler.syntax.build import parse_dockerfile

import oracle
from test_property_roundtrip import texts


def _both(text):
    try:
        slow = parse_dockerfile(text, fast=False)
    except transpiler.ParseError as exc:
        with pytest.raises(transpiler.ParseError) as info:
            parse_dockerfile(text, fast=True)
        assert (info.value.message, info.value.line, info.value.column) == (exc.message, exc.line, exc.column)
        return
    fast = parse_dockerfile(text, fast=True)
    assert fast == slow
    assert [n.span for n in fast.instructions] == [n.span for n in slow.instructions]


@settings(max_examples=300, deadline=None)
@given(texts())
def test_fast_paths_agree_on_generated_texts(text):
    _both(text)


@pytest.mark.skipif(not oracle.CORPUS.is_dir(), reason=f"corpus folder {oracle.CORPUS} is absent")
def test_fast_paths_agree_on_corpus():
    for path in sorted(oracle.CORPUS.iterdir())[::3]:
        _both(path.read_bytes().decode("utf-8", "replace"))


def test_continuation_test_matches_buildkits_regex():
    """split_code_line decides continuation with string operations; BuildKit's regex
    ``([^E])E[ \\t]*$|^E[ \\t]*$`` is the reference, on every short line over the
    characters that matter."""
    import itertools
    import re

    from transpiler.syntax.prelexer import split_code_line

    for escape in ("\\", "`"):
        e = re.escape(escape)
        regex = re.compile(f"(?<=[^{e}]){e}[ \\t]*\\Z|^{e}[ \\t]*\\Z")
        for n in range(0, 7):
            for chars in itertools.product(("a", "\\", "`", " ", "\t"), repeat=n):
                body = "".join(chars)
                for first in (True, False):
                    piece, more = split_code_line(body, "\n", escape, first)
                    stripped = body[len(piece.indent):]
                    m = regex.search(stripped)
                    assert more == bool(m), (escape, body)
                    if m:
                        assert piece.content + piece.gap == stripped[:m.start()]
                        assert piece.after == stripped[m.start() + 1:]
                    assert piece.indent + piece.content + piece.gap + piece.escape \
                        + piece.after == body


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=list("a=\"'\\`$ \t\n\x0b\u00a0\u2028b"), min_size=1, max_size=12),
       st.sampled_from(["\\", "`"]))
def test_name_words_are_the_grammars(text, escape):
    """ENV/LABEL/ARG words: the fast path takes every NAME_WORD match (one ends only at
    a blank); the grammar's rule name_words is the reference."""
    from transpiler.syntax.chars import strip_go
    from transpiler.syntax.instruction import instruction_parser

    text = strip_go(text)
    if text:
        assert instruction_parser(escape, True)._name_words(text) == \
            instruction_parser(escape, False)._name_words(text)
