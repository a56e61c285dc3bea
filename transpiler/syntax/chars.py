"""Character classes exactly as BuildKit's Go code sees them.

Python's ``str.isspace`` and ``\\s`` are wider than Go's ``unicode.IsSpace`` (they
include U+001C..U+001F), and Go's regexp ``\\s`` is narrower (ASCII, no ``\\v``).
Using the wrong one silently changes where a word or a line starts, so every
whitespace test in the syntax layer goes through these names.
"""

import re

# unicode.IsSpace: Latin-1 spaces plus the White_Space property.
GO_SPACE = (
    "\t\n\v\f\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
#: regex character class body for unicode.IsSpace
GO_SPACE_CLASS = (
    "\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000"
)
#: Go regexp ``\\s`` (Perl class): tab, newline, form feed, carriage return, space.
GO_RE_SPACE_CLASS = "\\t\\n\\x0c\\r "
#: BuildKit's ``[\\t\\v\\f\\r ]+`` used to split keywords and whitespace lists.
TOKEN_WS_CLASS = "\\t\\x0b\\x0c\\r "
TOKEN_WS = re.compile(f"[{TOKEN_WS_CLASS}]+")

_GO_SPACE_SET = frozenset(GO_SPACE)


def is_go_space(ch: str) -> bool:
    return ch in _GO_SPACE_SET


def strip_go(s: str) -> str:
    return s.strip(GO_SPACE)
