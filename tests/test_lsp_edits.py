"""The language server's edit arithmetic, without a server: minimal line edits, a last
line without a newline, range restriction per instruction, UTF-16 columns."""

from __future__ import annotations

import pytest

import transpiler
from transpiler.lsp import edits as E


def apply(text, found):
    lines = E.split_lines(text)
    for e in sorted(found, reverse=True):
        head = "".join(lines[:e.start_line])
        if e.end_char is not None:
            tail_start = sum(len(x) for x in lines[:e.end_line - 1]) + e.end_char
        else:
            tail_start = sum(len(x) for x in lines[:e.end_line])
        text = head + e.text + text[tail_start:]
        lines = E.split_lines(text)
    return text


@pytest.mark.parametrize("old", [
    "from a\nrun x && \\\n  y\n# c\nworkdir /w",          # no final newline
    "FROM a\r\nRUN x && \\\r\n  y\r\n",                    # CRLF kept
    "FROM a\n\n\n\nRUN x\n",
    "",
])
def test_document_edits_reproduce_the_formatted_text(old):
    new = transpiler.format(old)
    found = E.document_edits(old, new)
    assert apply(old, found) == new
    assert all(e.text != "".join(E.split_lines(old)[e.start_line:e.end_line]) for e in found)


def test_range_edits_stay_inside_the_overlapping_instructions():
    old = "from a\nrun x && \\\n  y\nrun p && \\\n  q\nworkdir /w\n"
    new = transpiler.format(old)
    found = E.range_edits(old, new, transpiler.parse(old), transpiler.parse(new), 3, 3)
    assert found and all(3 <= e.start_line and e.end_line <= 5 for e in found)
    assert apply(old, found) == "from a\nrun x && \\\n  y\nRUN p \\\n    && q\nworkdir /w\n"


def test_last_line_without_newline_ends_inside_it():
    found = E.document_edits("FROM a\nrun x", "FROM a\nRUN x\n")
    assert found == [E.Edit(1, 2, "RUN x\n", end_char=5)]


def test_columns_in_utf16_and_utf8():
    line = "RUN echo \U0001f600 é x"
    assert E.encode_column(line, 11) == 12           # the emoji is two UTF-16 units
    assert E.encode_column(line, 11, "utf-8") == 14  # four bytes for it, one for the blank
    assert E.encode_column(line, 11, "utf-32") == 11


def test_decode_column_inverts_encode_column():
    line = "RUN echo \U0001f600 \u00e9 x\n"
    for encoding in ("utf-16", "utf-8", "utf-32"):
        for column in range(len(line)):
            assert E.decode_column(line, E.encode_column(line, column, encoding),
                                   encoding) == column


def test_apply_text_edits_plays_the_editor():
    old = "FROM a\nRUN \U0001f600 x\nrun y"
    edits = [{"range": {"start": {"line": 1, "character": 7}, "end": {"line": 1, "character": 8}},
              "newText": "z"},
             {"range": {"start": {"line": 2, "character": 0}, "end": {"line": 2, "character": 99}},
              "newText": "RUN y\n"}]
    assert E.apply_text_edits(old, edits) == "FROM a\nRUN \U0001f600 z\nRUN y\n"


def test_split_lines_counts_like_lsp():
    assert E.split_lines("a\r\nb\rc\nd") == ["a\r\n", "b\r", "c\n", "d"]
    assert E.split_lines("a\x0cb\n") == ["a\x0cb\n"]  # a form feed is no line break
    assert E.split_lines("a\vb\x1cc\x1d\x1e\x85d\u2028e\u2029\r\nf") == [
        "a\vb\x1cc\x1d\x1e\x85d\u2028e\u2029\r\n", "f"]
    for text in ("", "\n", "\r", "a\nb", "x\r\r\n\ny\n", "\u00e9\U0001f600\r\n\r\nx\r"):
        assert E.split_lines(text) == E._LINE.findall(text)  # str.splitlines' way, same lines


def test_diagnostic_ranges_are_in_the_agreed_encoding():
    pytest.importorskip("pygls")
    from transpiler.lsp.server import diagnostics

    found = diagnostics("FROM a\nCOPY \U0001f600\n")
    assert [d.code for d in found] == ["arg-count"]
    assert (found[0].range.start.character, found[0].range.end.character) == (0, 7)
    assert diagnostics("FROM a\nCOPY \U0001f600\n", "utf-8")[0].range.end.character == 9


from hypothesis import given, settings, strategies as st  # noqa: E402


def _apply(old_lines, edits):
    out = list(old_lines)
    for e in sorted(edits, key=lambda e: e.start_line, reverse=True):
        out[e.start_line:e.end_line] = [e.text] if e.text else []
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a\n", "b\n", "c\n", "RUN x\n", "\n"]), max_size=12),
       st.lists(st.sampled_from(["a\n", "b\n", "c\n", "RUN x\n", "\n"]), max_size=12))
def test_diff_lines_edits_turn_old_into_new(old, new):
    edits = E.diff_lines(old, new)
    assert _apply(old, edits) == "".join(new)
    assert all(e.start_line <= e.end_line for e in edits)
