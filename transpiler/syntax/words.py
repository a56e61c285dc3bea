"""Word-level rules BuildKit applies after tokenising: unquoting flag words, Go's
JSON acceptance, and the shell word splitter used to find heredoc markers."""

from __future__ import annotations

import json
import re
from typing import List, Optional, Tuple

from ..buildkit.shellword import scan_quotes
from .chars import GO_RE_SPACE_CLASS


def unquote_flag_word(word: str) -> str:
    """extractBuilderFlags: quotes removed, ``\\x`` -> ``x`` (inside quotes too),
    a trailing lone backslash dropped."""
    out = []
    quote = ""
    i = 0
    n = len(word)
    while i < n:
        ch = word[i]
        if quote:
            if ch == quote:
                quote = ""
                i += 1
                continue
        elif ch in "'\"":
            quote = ch
            i += 1
            continue
        if ch == "\\":
            if i + 1 == n:
                i += 1
                continue
            i += 1
            ch = word[i]
        out.append(ch)
        i += 1
    return "".join(out)


def name_word_value(word: str, escape: str) -> str:
    """parseWords keeps quotes and escapes but drops an escape character that ends the
    text outside single quotes (one the escape before it does not take along)."""
    run = len(word) - len(word.rstrip(escape))
    if run % 2 == 1 and scan_quotes(word[:-1], "", escape, False) != "'":
        return word[:-1]
    return word


class _NoConstants(ValueError):
    pass


def _reject_constant(name):
    raise _NoConstants(name)


_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


def json_prefix_kind(text: str) -> str:
    """For text that starts with ``[`` but is not an array of strings: ``"nonstring"``
    when Go's decoder would read a valid array (BuildKit then fails with
    "arrays must be comprised of strings only"), else ``"invalid"`` (falls back to
    shell/list form)."""
    try:
        value, _ = _DECODER.raw_decode(text)
    except (ValueError, RecursionError):
        return "invalid"
    if isinstance(value, list):
        return "nonstring"
    return "invalid"


def decode_json_strings(token: str) -> Tuple[str, ...]:
    return tuple(json.loads(token))


# --------------------------------------------------------------------------- heredocs

_HEREDOC = re.compile(f"^(\\d*)<<(-?)[{GO_RE_SPACE_CLASS}]*([^<]*)\\Z", re.DOTALL)
_SHELL_WS = " \t\r\n"


def _blank_split(text: str, token) -> Optional[List[str]]:
    """The words of ``text`` split on unquoted blanks, the shell lexer's loop both word
    readers below share: ``token(i, cur)`` reads the token at ``text[i]`` (not a blank)
    into ``cur``, the word being built, and returns (where the next token starts, whether
    the word now counts although it may be empty), or None for a lexer error (then
    None)."""
    words: List[str] = []
    cur: List[str] = []
    in_word = False
    i, n = 0, len(text)
    while i < n:
        if text[i] in _SHELL_WS:
            if in_word:
                words.append("".join(cur))
                cur = []
                in_word = False
            i += 1
            continue
        got = token(i, cur)
        if got is None:
            return None
        i, counts = got
        in_word = counts or in_word
    if in_word:
        words.append("".join(cur))
    return words


def shell_words_raw(line: str) -> List[str]:
    """Words as BuildKit's shell lexer splits them with RawQuotes, RawEscapes and
    SkipUnsetEnv: split on unquoted blanks, keeping quotes, escapes and ``${...}``
    intact; blanks right after ``<<`` stay in the word (heredoc markers)."""
    n = len(line)

    def token(i: int, cur: List[str]) -> Tuple[int, bool]:
        ch = line[i]
        if ch == "\\":
            j = i + 2
        elif ch == "'":
            j = line.find("'", i + 1)
            j = n if j < 0 else j + 1
        elif ch == '"':
            j = i + 1
            while j < n and line[j] != '"':
                j += 2 if line[j] == "\\" else 1
            j = min(j + 1, n)
        elif ch == "$" and line.startswith("${", i):
            depth, j = 0, i
            while j < n:
                if line[j] == "\\":
                    j += 2
                    continue
                if line.startswith("${", j):
                    depth += 1
                    j += 2
                    continue
                if line[j] == "}":
                    depth -= 1
                    if depth == 0:
                        j += 1
                        break
                j += 1
        elif ch == "<" and line.startswith("<<", i):
            j = i + 2
            while j < n and line[j] in " \t":
                j += 1
        else:
            j = i + 1
        cur.append(line[i:j])
        return j, True

    return _blank_split(line, token)


def _unquote_shell_word(rest: str) -> Optional[List[str]]:
    """ProcessWords without raw quotes: the words of ``rest`` with quotes removed and
    escapes processed (variables stay as written)."""
    n = len(rest)

    def token(i: int, cur: List[str]) -> Optional[Tuple[int, bool]]:
        ch = rest[i]
        if ch == "\\":
            if i + 1 < n:
                cur.append(rest[i + 1])
                return i + 2, True
            return i + 2, False
        if ch == "'":
            j = rest.find("'", i + 1)
            if j < 0:
                return None  # unterminated quote: lexer error
            cur.append(rest[i + 1:j])
            return j + 1, bool(cur)
        if ch == '"':
            j = i + 1
            buf = []
            while j < n and rest[j] != '"':
                if rest[j] == "\\" and j + 1 < n and rest[j + 1] in '"\\$':
                    buf.append(rest[j + 1])
                    j += 2
                    continue
                buf.append(rest[j])
                j += 1
            if j >= n:
                return None
            cur.append("".join(buf))
            return j + 1, bool("".join(cur))
        cur.append(ch)
        return i + 1, True

    return _blank_split(rest, token)


def heredoc_markers(line: str) -> List[Tuple[str, Optional[int], bool, bool]]:
    """(name, fd, chomp, expand) for every heredoc opened on ``line``."""
    out = []
    for word in shell_words_raw(line):
        m = _HEREDOC.match(word)
        if not m:
            continue
        fd_text, dash, rest = m.groups()
        if not rest:
            continue
        words = _unquote_shell_word(rest)
        if not words or len(words) != 1:
            continue
        name = words[0]
        quoted = rest.count("'") + rest.count('"') != name.count("'") + name.count('"')
        out.append((name, int(fd_text) if fd_text else None, dash == "-", not quoted))
    return out
