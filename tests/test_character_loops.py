"""The scanners that take a run of ordinary characters at a time (``scan_quotes``,
``collapse_blanks``, ``process_word``, ``quote_word``) agree with the
character-at-a-time loops they replaced, kept here as the reference."""

from __future__ import annotations

import itertools
from typing import List, Optional, Tuple

from hypothesis import given, settings
from hypothesis import strategies as st

from transpiler.buildkit.shellword import (_dollar_extent, _plain, collapse_blanks,
                                           process_word, quote_word, scan_quotes)


def scan_quotes_reference(text: str, quote: str, escape: str, json_mode: bool) -> str:
    esc = "\\" if json_mode else escape
    quotes = '"' if json_mode else "'\""
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == esc and quote != "'":
            i += 2
            continue
        if quote:
            if ch == quote:
                quote = ""
        elif ch in quotes:
            quote = ch
        i += 1
    return quote


def collapse_blanks_reference(text: str, escape: str = "\\") -> str:
    out: List[str] = []
    quote = ""
    i, n = 0, len(text)
    pending = False
    while i < n:
        ch = text[i]
        if not quote and ch in " \t\r\n\x0b\x0c":
            pending = True
            i += 1
            continue
        if pending and out:
            out.append(" ")
        pending = False
        if ch == escape and quote != "'" and i + 1 < n:
            out.append(text[i:i + 2])
            i += 2
            continue
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        out.append(ch)
        i += 1
    return "".join(out)


def process_word_reference(word: str, escape: str = "\\"):
    if _plain(word, escape):
        return (("lit", word),) if word else ()
    out: List[Tuple[str, str]] = []

    def lit(s: str) -> None:
        if not s:
            return
        if out and out[-1][0] == "lit":
            out[-1] = ("lit", out[-1][1] + s)
        else:
            out.append(("lit", s))

    def dollar(i: int) -> Optional[int]:
        end = _dollar_extent(word, i, escape)
        if end is None:
            return None
        if end == i + 1:
            lit("$")
        else:
            out.append(("var", word[i:end]))
        return end

    i, n = 0, len(word)
    while i < n:
        ch = word[i]
        if ch == "'":
            end = word.find("'", i + 1)
            if end < 0:
                return None
            lit(word[i + 1:end])
            i = end + 1
        elif ch == '"':
            i += 1
            while True:
                if i >= n:
                    return None
                c = word[i]
                if c == '"':
                    i += 1
                    break
                if c == "$":
                    i = dollar(i)
                    if i is None:
                        return None
                    continue
                i += 1
                if c == escape:
                    if i >= n:
                        continue
                    if word[i] in ('"', "$", escape):
                        c = word[i]
                        i += 1
                lit(c)
        elif ch == "$":
            i = dollar(i)
            if i is None:
                return None
        elif ch == escape:
            if i + 1 < n:
                lit(word[i + 1])
            i += 2
        else:
            lit(ch)
            i += 1
    return tuple(out)


def quote_word_reference(value: str, escape: str = "\\"):
    if _plain(value, escape):
        return '"' + value + '"'
    out: List[str] = ['"']
    special = ('"', "$", escape)

    def put_literal(c: str) -> None:
        out.append(escape + c if c in special else c)

    i, n = 0, len(value)
    while i < n:
        ch = value[i]
        if ch == "'":
            end = value.find("'", i + 1)
            if end < 0:
                return None
            for c in value[i + 1:end]:
                put_literal(c)
            i = end + 1
        elif ch == '"':
            j = i + 1
            while True:
                if j >= n:
                    return None
                c = value[j]
                if c == '"':
                    break
                if c == "$":
                    end = _dollar_extent(value, j, escape)
                    if end is None:
                        return None
                    j = end
                    continue
                j += 2 if c == escape else 1
            out.append(value[i + 1:j])
            i = j + 1
        elif ch == "$":
            end = _dollar_extent(value, i, escape)
            if end is None:
                return None
            out.append(escape + "$" if end == i + 1 else value[i:end])
            i = end
        elif ch == escape:
            if i + 1 < n:
                put_literal(value[i + 1])
            i += 2
        else:
            out.append(ch)
            i += 1
    out.append('"')
    quoted = "".join(out)
    if process_word_reference(quoted, escape) != process_word_reference(value, escape):
        return None
    return quoted


def test_scan_quotes_matches_reference_on_every_short_line():
    for escape, json_mode, quote in itertools.product(("\\", "`"), (False, True), ("", '"', "'")):
        for n in range(6):
            for chars in itertools.product("a\"'\\` ", repeat=n):
                text = "".join(chars)
                assert scan_quotes(text, quote, escape, json_mode) \
                    == scan_quotes_reference(text, quote, escape, json_mode), (text, quote)


BLANKS_AND_QUOTES = st.sampled_from(list(" \t\r\n\x0b\x0cab'\"\\`$#"))


@settings(max_examples=2000, deadline=None)
@given(st.lists(BLANKS_AND_QUOTES, max_size=40).map("".join), st.sampled_from(["\\", "`"]))
def test_collapse_blanks_matches_reference(text, escape):
    assert collapse_blanks(text, escape) == collapse_blanks_reference(text, escape)


WORD = st.lists(st.sampled_from(list("ab_1 :/{}@#'\"$\\`") + ["${A}", "$B1", "\\\"", "'x y'"]),
                max_size=16).map("".join)


@settings(max_examples=3000, deadline=None)
@given(WORD, st.sampled_from(["\\", "`"]))
def test_process_and_quote_word_match_reference(word, escape):
    assert process_word(word, escape) == process_word_reference(word, escape)
    assert quote_word(word, escape) == quote_word_reference(word, escape)


def test_process_and_quote_word_match_reference_on_every_short_word():
    for escape in ("\\", "`"):
        for n in range(5):
            for chars in itertools.product("a'\"$\\`{}_ ", repeat=n):
                word = "".join(chars)
                assert process_word(word, escape) == process_word_reference(word, escape)
                assert quote_word(word, escape) == quote_word_reference(word, escape)


def test_a_variable_name_runs_over_exactly_the_isalnum_characters_and_underscore():
    """``_dollar_extent`` reads a name with ``\\w*``; the loop it replaced took
    ``isalnum()`` characters and ``_``."""
    for code in range(0x110000):
        ch = chr(code)
        expected = 2 if (ch.isalnum() or ch == "_") else 1
        if not ch.isdigit() and ch not in "{@*#?-$!0":
            assert _dollar_extent("$" + ch, 0, "\\") == expected, hex(code)
