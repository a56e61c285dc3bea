"""Variable expansion as BuildKit's shell lexer does it for ENV, WORKDIR, COPY ...

The transpiler needs expanded values to decide things (where a binary lands, which
WORKDIR is in force) and must know when it *cannot* expand: an unknown variable is
reported, never silently replaced by an empty string, so callers can decline.
"""

from __future__ import annotations

import re
from typing import Callable, Dict, Optional, Set, Tuple

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class Expansion:
    """Result of expanding a word: ``value`` and the names that had no value."""

    __slots__ = ("value", "unknown", "names")

    def __init__(self, value: str, unknown: Set[str], names: Set[str]):
        self.value = value
        self.unknown = unknown
        self.names = names

    @property
    def complete(self) -> bool:
        return not self.unknown


def referenced_names(text: str, escape: str = "\\") -> Set[str]:
    """Every variable name ``text`` mentions (``$a``, ``${a}``, ``${a:-x}`` ...)."""
    return expand(text, {}, escape=escape, unquote=False).names


#: ``${a:-${b:-...}}`` nested deeper than this is not expanded (reported unknown): the
#: recursion would otherwise overflow Python's stack (found by adversarial inputs)
MAX_NESTING = 64


def expand(text: str, env: Dict[str, str], escape: str = "\\", unquote: bool = True,
           _depth: int = 0) -> Expansion:
    """Expand ``$v``/``${v}``/``${v:-w}``... against ``env``.  Single quotes are literal,
    double quotes group; with ``unquote`` the quotes are removed as BuildKit does for
    ENV/LABEL values and paths."""
    out = []
    unknown: Set[str] = set()
    names: Set[str] = set()
    if _depth > MAX_NESTING:
        return Expansion("", {"(expansion nested too deeply)"}, names)
    special = _SPECIAL.get(escape) or _special(escape)
    first = special.search(text)
    if first is None:  # (most words: no quote, escape or ``$``, nothing to do)
        return Expansion(text, unknown, names)
    braces = _brace_pairs(text) if "${" in text else {}
    i, n = first.start(), len(text)
    out.append(text[:i])
    quote: Optional[str] = None
    while i < n:
        c = text[i]
        if c not in "'\"$" and c != escape:
            # a run of plain characters, taken whole up to the next one that matters
            m = special.search(text, i)
            j = m.start() if m is not None else n
            out.append(text[i:j])
            i = j
            continue
        if c == escape and quote != "'" and i + 1 < n:
            nxt = text[i + 1]
            if quote == '"' and nxt not in ('"', "$", escape):
                out.append(c)
            elif not unquote:
                out.append(c)
            out.append(nxt)
            i += 2
            continue
        if c in ("'", '"') and (quote is None or quote == c):
            quote = None if quote == c else c
            if not unquote:
                out.append(c)
            i += 1
            continue
        if c == "$" and quote != "'" and i + 1 < n:
            value, consumed = _expand_reference(text, i, env, unknown, names, escape,
                                                braces, _depth)
            if consumed:
                out.append(value)
                i += consumed
                continue
        out.append(c)
        i += 1
    return Expansion("".join(out), unknown, names)


#: the characters ``expand`` reads (the quotes, ``$`` and the escape character), per
#: escape character; every other one is copied as it is
_SPECIAL: Dict[str, "re.Pattern[str]"] = {}


def _special(escape: str) -> "re.Pattern[str]":
    pattern = re.compile("[" + re.escape("'\"$" + escape) + "]")
    _SPECIAL[escape] = pattern
    return pattern


def _expand_reference(text, i, env, unknown, names, escape, braces,
                      depth) -> Tuple[str, int]:
    if text[i + 1] == "{":
        end = braces.get(i + 1, -1)
        if end < 0:
            return "", 0
        inner = text[i + 2:end]
        m = _NAME.match(inner)
        if not m:
            return "", 0
        name = m.group(0)
        names.add(name)
        rest = inner[m.end():]
        value = env.get(name)
        consumed = end + 1 - i
        if rest == "":
            if value is None:
                unknown.add(name)
                return "", consumed
            return value, consumed
        for op in (":-", ":+", "-", "+"):
            if rest.startswith(op):
                word = expand(rest[len(op):], env, escape, _depth=depth + 1)
                names.update(word.names)
                is_set = value is not None and (value != "" or not op.startswith(":"))
                if op.endswith("-"):
                    if is_set:
                        return value, consumed
                    unknown.update(word.unknown)
                    return word.value, consumed
                if is_set:
                    unknown.update(word.unknown)
                    return word.value, consumed
                if value is None and op == "+":
                    return "", consumed
                return "", consumed
        # prefix/suffix removal and substitution: only when the value is known
        if value is None:
            unknown.add(name)
            return "", consumed
        unknown.add(name + rest)  # an operator we do not evaluate: treat as unknown
        return "", consumed
    m = _NAME.match(text, i + 1)
    if not m:
        return "", 0
    name = m.group(0)
    names.add(name)
    value = env.get(name)
    if value is None:
        unknown.add(name)
        return "", m.end() - i
    return value, m.end() - i


def _brace_pairs(text: str) -> Dict[int, int]:
    """Each ``{`` -> its matching ``}`` (what ``_matching_brace`` finds), in one pass: a
    scan per ``${`` was quadratic on an unterminated run of them."""
    pairs: Dict[int, int] = {}
    stack = []
    for j, c in enumerate(text):
        if c == "{":
            stack.append(j)
        elif c == "}" and stack:
            pairs[stack.pop()] = j
    return pairs


def _colon_form(rest: str, value: str) -> Optional[str]:
    """What ``${name:-word}`` / ``${name:+word}`` (``rest`` is what follows the name)
    gives where the name's value is ``value``; None for any other form, or a word that
    is not plain text.  Only the colon forms: they treat an unset variable and an empty
    one alike, which is all ``substitute_known``'s callers know of one the builder
    leaves unset (its value there is "")."""
    if len(rest) < 2 or rest[:2] not in (":-", ":+"):
        return None
    word = rest[2:]
    if any(c in word for c in "$'\"\\{}"):
        return None
    if rest[1] == "-":
        return value or word
    return word if value else ""


def _matching_brace(text: str, start: int) -> int:
    depth = 1
    for j in range(start, len(text)):
        if text[j] == "{":
            depth += 1
        elif text[j] == "}":
            depth -= 1
            if depth == 0:
                return j
    return -1


def substitute_known(text: str, known: Dict[str, str], keep: Callable[[str], bool],
                     escape: str = "\\") -> Optional[str]:
    """Rewrite ``text`` replacing plain ``$v``/``${v}`` references whose name ``keep``
    rejects by their value from ``known``; None when such a reference is not plain or
    has no known value.  Used to carry a runtime ENV into a stage where a builder-only
    variable it mentions does not exist.  As BuildKit's lexer reads the word, ``$``
    inside single quotes or after the escape character is no reference and stays
    (``ENV PYTHONPATH='/src/:$PYTHONPATH'`` sets that very text)."""
    out = []
    i, n = 0, len(text)
    double = False  # inside double quotes, where ``'`` is a plain character
    while i < n:
        c = text[i]
        if c == "'" and not double:  # the whole single-quoted run, as it is
            j = text.find("'", i + 1)
            j = n - 1 if j < 0 else j
            out.append(text[i:j + 1])
            i = j + 1
            continue
        if c == escape and i + 1 < n:
            out.append(text[i:i + 2])
            i += 2
            continue
        if c == '"':
            double = not double
        if c == "$" and i + 1 < n:
            if text[i + 1] == "{":
                end = _matching_brace(text, i + 2)
                inner = text[i + 2:end] if end > 0 else ""
                m = _NAME.fullmatch(inner)
                names = _NAME.match(inner)
                if names and not keep(names.group(0)):
                    if names.group(0) not in known:
                        return None
                    value = known[names.group(0)]
                    if not m:  # ``${NODE_ENV:-production}``: the value the form gives
                        value = _colon_form(inner[names.end():], value)
                        if value is None:
                            return None
                    out.append(value)
                    i = end + 1
                    continue
            else:
                m = _NAME.match(text, i + 1)
                if m and not keep(m.group(0)):
                    if m.group(0) not in known:
                        return None
                    out.append(known[m.group(0)])
                    i = m.end()
                    continue
        out.append(c)
        i += 1
    return "".join(out)
