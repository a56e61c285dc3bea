"""BuildKit's shell words: where quotes and the escape character group characters,
and ``ProcessWord`` (shell_parser.go) for ENV/LABEL values.

Quotes: outside quotes and inside double quotes the escape character takes the next
character along (a quote after it opens nothing); single quotes take everything up to
the next ``'``.  BuildKit's ``parseWords`` reads ENV/LABEL/ARG words this way, and so
do the formatter's continuation re-indentation (``scan_quotes``: is a line break
inside quotes?) and its safety check (``collapse_blanks``: blank runs outside quotes
are what re-indentation may change); the grammar's ``NAME_WORD`` is the same model as
one regular expression.  The pieces below are that model, written once.

ProcessWord: BuildKit's first layer keeps ENV/LABEL values raw (``"hello world"`` with
its quotes); the second layer expands each value with the shell lexer, which removes
quotes and escapes and substitutes variables.  The formatter rewrites legacy
``ENV K hello world`` as ``ENV K="hello world"``: the raw values differ, the processed
words must not.  ``process_word`` gives the processed word as a tuple of segments
(``("lit", text)`` or ``("var", raw)``) so two spellings can be compared without an
environment; ``quote_word`` builds the double-quoted spelling of a raw legacy value.
Both return ``None`` for spellings they do not model (nested quotes inside
``${...}``, unterminated quotes); callers then keep the text as written.
"""

from __future__ import annotations

import re
from typing import List, Optional, Tuple

Segments = Tuple[Tuple[str, str], ...]

_SPECIAL_PARAM = set("@*#?-$!0")


def _dollar_extent(word: str, i: int, escape: str) -> Optional[int]:
    """End index of the ``$`` construct starting at ``word[i]``; ``i + 1`` when the
    ``$`` is literal.  None when the construct holds quotes or escapes (not modelled)."""
    n = len(word)
    j = i + 1
    if j < n and word[j] == "{":
        end = word.find("}", j)
        if end < 0:
            return None
        inner = word[j + 1:end]
        if any(c in inner for c in "'\"$") or escape in inner:
            return None
        return end + 1
    if j < n and word[j].isdigit():
        while j < n and word[j].isdigit():
            j += 1
        return j
    if j < n and word[j] in _SPECIAL_PARAM:
        return j + 1
    return _name_end(word, j).end()


#: a run of ``isalnum()`` characters and underscores (``\w`` is exactly that)
_name_end = re.compile(r"\w*").match


def _plain(word: str, escape: str) -> bool:
    """No quote, ``$`` or escape character: every character is literal, quoted or not."""
    return "'" not in word and '"' not in word and "$" not in word and escape not in word


_RUNS_CACHE: dict = {}


def _runs(escape: str):
    """``match`` of a run of characters with no special meaning: outside quotes (no
    quote, ``$`` or escape character) and inside double quotes (no ``"``, ``$`` or
    escape character).  Both loops below take such a run in one step."""
    runs = _RUNS_CACHE.get(escape)
    if runs is None:
        e = re.escape(escape)
        runs = _RUNS_CACHE[escape] = (re.compile(f"[^'\"${e}]+").match,
                                      re.compile(f'[^"${e}]+').match)
    return runs


def process_word(word: str, escape: str = "\\") -> Optional[Segments]:
    """The word as BuildKit's ``ProcessWord`` reads it (see module docstring)."""
    if _plain(word, escape):
        return (("lit", word),) if word else ()
    out: List[Tuple[str, str]] = []
    text: List[str] = []  # literal text since the last variable

    def dollar(i: int) -> Optional[int]:
        end = _dollar_extent(word, i, escape)
        if end is None:
            return None
        if end == i + 1:
            text.append("$")
            return end
        if text:
            _flush(out, text)
        out.append(("var", word[i:end]))
        return end

    outside, quoted = _runs(escape)
    i, n = 0, len(word)
    while i < n:
        run = outside(word, i)
        if run is not None:
            text.append(run.group())
            i = run.end()
            continue
        ch = word[i]
        if ch == "'":
            end = word.find("'", i + 1)
            if end < 0:
                return None
            text.append(word[i + 1:end])
            i = end + 1
        elif ch == '"':
            i += 1
            while True:
                if i >= n:
                    return None
                run = quoted(word, i)
                if run is not None:
                    text.append(run.group())
                    i = run.end()
                    continue
                c = word[i]
                if c == '"':
                    i += 1
                    break
                if c == "$":
                    i = dollar(i)
                    if i is None:
                        return None
                    continue
                i += 1  # the escape character: it escapes only these three
                if i < n and word[i] in ('"', "$", escape):
                    c = word[i]
                    i += 1
                text.append(c)
        elif ch == "$":
            i = dollar(i)
            if i is None:
                return None
        else:  # the escape character
            text.append(word[i + 1:i + 2])
            i += 2
    if text:
        _flush(out, text)
    return tuple(out)


def _flush(out: List[Tuple[str, str]], text: List[str]) -> None:
    """Literal text read since the last variable becomes one segment (none if empty)."""
    joined = "".join(text)
    if joined:
        out.append(("lit", joined))
    text.clear()


def _escape_specials(text: str, escape: str) -> str:
    """``text`` with ``"``, ``$`` and the escape character escaped: inside double
    quotes it then reads as itself."""
    return text.replace(escape, escape + escape).replace('"', escape + '"') \
        .replace("$", escape + "$")


def quote_word(value: str, escape: str = "\\") -> Optional[str]:
    """A double-quoted spelling of the raw word ``value`` that ``process_word`` reads
    the same (and that BuildKit's parseWords keeps as one word), or None."""
    if _plain(value, escape):
        return '"' + value + '"'  # both read as the literal value
    out: List[str] = ['"']
    outside, quoted = _runs(escape)
    i, n = 0, len(value)
    while i < n:
        run = outside(value, i)
        if run is not None:
            out.append(run.group())
            i = run.end()
            continue
        ch = value[i]
        if ch == "'":
            end = value.find("'", i + 1)
            if end < 0:
                return None
            out.append(_escape_specials(value[i + 1:end], escape))
            i = end + 1
        elif ch == '"':
            j = i + 1
            while True:
                if j >= n:
                    return None
                run = quoted(value, j)
                if run is not None:
                    j = run.end()
                    continue
                c = value[j]
                if c == '"':
                    break
                if c == "$":
                    end = _dollar_extent(value, j, escape)
                    if end is None:
                        return None
                    j = end
                    continue
                j += 2  # the escape character and what it escapes
            out.append(value[i + 1:j])
            i = j + 1
        elif ch == "$":
            end = _dollar_extent(value, i, escape)
            if end is None:
                return None
            if end == i + 1:
                out.append(escape + "$")
            else:
                out.append(value[i:end])
            i = end
        else:  # the escape character
            out.append(_escape_specials(value[i + 1:i + 2], escape))
            i += 2
    out.append('"')
    quoted_value = "".join(out)
    if process_word(quoted_value, escape) != process_word(value, escape):
        return None
    return quoted_value



# --------------------------------------------------------------------------- quotes


def _quoted_parts(escape: str) -> Tuple[str, str, str]:
    """The quote model as regular-expression pieces: an escaped character (the
    escape character and the one it takes along, if any), the inside of a
    single-quoted part, the inside of a double-quoted part.  Each loop starts with a
    character of its own, so nothing backtracks."""
    e = re.escape(escape)
    return rf"{e}[\s\S]?", r"[^']*", rf'[^"{e}]*(?:{e}[\s\S]?[^"{e}]*)*'


def scan_quotes(text: str, quote: str, escape: str, json_mode: bool) -> str:
    """The open quote character (``""`` for none) after reading ``text`` from the
    state ``quote``; ``json_mode``: JSON's (only ``"`` quotes, backslash escapes).
    Regex runs go up to the next character that opens or closes a quote, so a line
    costs a few calls, not one step per character."""
    runs = _QUOTE_RUNS.get((escape, json_mode)) or _quote_runs(escape, json_mode)
    pos, n = 0, len(text)
    while True:
        pos = runs[quote](text, pos).end()
        if pos >= n:
            return quote
        quote = "" if quote else text[pos]
        pos += 1


_QUOTE_RUNS: dict = {}


def _quote_runs(escape: str, json_mode: bool) -> dict:
    """open quote -> ``match`` of the longest run that leaves it as it is."""
    esc = "\\" if json_mode else escape
    escaped, single, double = _quoted_parts(esc)
    outside = "[^%s%s]*" % ('"' if json_mode else "'\"", re.escape(esc))
    runs = {
        "": re.compile(f"{outside}(?:{escaped}{outside})*").match,
        '"': re.compile(double).match,
        "'": re.compile(single).match,
    }
    _QUOTE_RUNS[(escape, json_mode)] = runs
    return runs


def collapse_blanks(text: str, escape: str = "\\") -> str:
    """``text`` with every run of blanks outside quotes turned into one space and the
    ends trimmed.  Re-indenting a continuation line changes only such runs, so this is
    the shell-form comparison key.  (One regex pass: the safety check runs it on every
    shell-form instruction of every formatted file.)"""
    return " ".join(_words_regex(escape).findall(text))


_WORDS_CACHE: dict = {}


def _words_regex(escape: str):
    """A maximal run of non-blank text, where quoted parts (unterminated ones run to
    the end) and escaped characters may contain blanks: plain characters, then any
    number of (quoted part or escaped character, plain characters)."""
    rx = _WORDS_CACHE.get(escape)
    if rx is None:
        escaped, single, double = _quoted_parts(escape)
        blank = r" \t\r\n\x0b\x0c"
        plain = rf"[^{blank}'\"{re.escape(escape)}]*"
        quoted = rf"{escaped}|'{single}'?|\"{double}\"?"
        rx = re.compile(rf"(?=[^{blank}]){plain}(?:(?:{quoted}){plain})*")
        _WORDS_CACHE[escape] = rx
    return rx
