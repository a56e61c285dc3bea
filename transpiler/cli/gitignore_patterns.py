"""One ignore file's patterns, as git reads them (``gitignore(5)``, git's ``dir.c`` and
``wildmatch.c``), compiled for a walk that asks about each folder before entering it.

Hand-written rather than ``pathspec``: importing that (with ``typing_extensions``, which
brings asyncio) took 30 ms and its matching 70 ms more on the 5,269-file benchmark
repository with an ordinary ``.gitignore``, doubling an incremental ``--fmt --check``.
Here a file's patterns are one regular expression that says whether any matches (the
usual answer: none), and only a path some pattern matches is tried against each in turn
for the last one.  A pattern of more than ``REGEX_WILDCARDS`` wildcards is matched by a
table instead (``_Table``): a backtracking match of ``*a*a*a*a*a*a*a*a*a*a*a*b`` against a
long name takes ages, and git's own wildmatch took over ten minutes on such a tree.  A
walk that prunes ignored folders never asks about a path below one, so each pattern is
matched against the whole path (``build/`` against ``build`` itself, as a folder) and
not against what lies inside.  ``tests/test_cli_gitignore.py`` holds
the rules to git's own ``git ls-files --exclude-standard``."""

from __future__ import annotations

import re
from typing import List, Optional, Tuple

#: POSIX classes wildmatch accepts inside brackets, as Python character-class text
_CLASSES = {"alnum": "a-zA-Z0-9", "alpha": "a-zA-Z", "blank": " \\t", "cntrl": "\\x00-\\x1f\\x7f",
            "digit": "0-9", "graph": "!-~", "lower": "a-z", "print": " -~",
            "punct": "!-/:-@\\[-`{-~", "space": " \\t\\n\\r\\f\\v", "upper": "A-Z",
            "xdigit": "0-9A-Fa-f"}


def _bracket(glob: str, i: int) -> Tuple[Optional[str], int]:
    """The character class starting at ``glob[i] == '['`` as regex text and the index
    after it, or (None, _) when it does not close (wildmatch then matches nothing)."""
    j = i + 1
    negate = j < len(glob) and glob[j] in "!^"
    if negate:
        j += 1
    parts: List[str] = []
    first = True
    while j < len(glob):
        c = glob[j]
        if c == "]" and not first:
            body = "".join(parts)
            if not body:  # (only reversed ranges: nothing to match, or anything)
                return ("[^/]" if negate else "(?!)"), j + 1
            # a class never matches "/" (WM_PATHNAME)
            return (f"[^/{body}]" if negate else f"(?!/)[{body}]"), j + 1
        first = False
        if c == "[" and glob.startswith("[:", j):
            end = glob.find(":]", j + 2)
            name = glob[j + 2:end] if end >= 0 else ""
            if name in _CLASSES:
                parts.append(_CLASSES[name])
                j = end + 2
                continue
            if end >= 0:
                return None, len(glob)  # an unknown class: a malformed pattern
        if c == "\\" and j + 1 < len(glob):
            j += 1
            c = glob[j]
        if glob.startswith("-", j + 1) and j + 2 < len(glob) and glob[j + 2] != "]":
            hi = glob[j + 2]
            if hi == "\\" and j + 3 < len(glob):
                hi, j = glob[j + 3], j + 1
            parts.append(f"{re.escape(c)}-{re.escape(hi)}" if c <= hi else "")
            j += 3
            continue
        parts.append(re.escape(c))
        j += 1
    return None, len(glob)


#: a token of a pattern: ("one", regex of one character) or a wildcard: "star" (``*``,
#: within a name), "dirs" (``**/``: zero or more folders), "all" (a trailing ``/**``)
Token = Tuple[str, str]
#: at most this many wildcards, a pattern is a regular expression; more, and Python's
#: backtracking could take time exponential in their number (``*a*a*a*a*a*a*b`` against
#: a long name of a's in a hostile repository), so the pattern is matched by ``_table``,
#: in time proportional to its length times the path's
REGEX_WILDCARDS = 2
_WILD = {"star": "[^/]*", "dirs": "(?:.*/)?", "all": ".*"}


def glob_tokens(glob: str) -> Optional[List[Token]]:
    """``glob`` as git's wildmatch reads it with WM_PATHNAME (``*`` and ``?`` stay
    within a folder's name; ``**`` as a whole name spans folders), or None for a pattern
    that matches nothing (an unclosed ``[``, a trailing backslash)."""
    out: List[Token] = []
    i, n = 0, len(glob)
    while i < n:
        c = glob[i]
        if c == "*":
            j = i
            while j < n and glob[j] == "*":
                j += 1
            whole = (i == 0 or glob[i - 1] == "/") and (j == n or glob[j] == "/")
            if j - i >= 2 and whole:
                if j == n:  # trailing "/**" (or "**" alone): everything below
                    out.append(("all", ""))
                    i = j
                else:  # "**/" leading or in the middle: zero or more folders
                    out.append(("dirs", ""))
                    i = j + 1
                continue
            out.append(("star", ""))
            i = j
        elif c == "?":
            out.append(("one", "[^/]"))
            i += 1
        elif c == "[":
            cls, i = _bracket(glob, i)
            if cls is None:
                return None
            out.append(("one", cls))
        elif c == "\\":
            if i + 1 >= n:
                return None  # a trailing backslash: wildmatch fails
            out.append(("one", re.escape(glob[i + 1])))
            i += 2
        else:
            out.append(("one", re.escape(c)))
            i += 1
    return out


def _regex_text(tokens: List[Token]) -> str:
    """Regex text matching a whole path as the pattern ``tokens`` does."""
    return "".join(_WILD.get(k, t) for k, t in tokens)


class _Table:
    """A pattern with many wildcards, matched by a table of (token, position) rather
    than by backtracking: ``match(s)`` is true when the tokens match the whole of
    ``s``."""

    __slots__ = ("tokens", "needs")

    def __init__(self, tokens: List[Token]):
        self.tokens = [(k, re.compile(t, re.S) if k == "one" else None) for k, t in tokens]
        # the runs of plain characters the pattern holds, each of which a matching path
        # holds too: most paths lack one, and are answered without the table
        runs, run = [], ""
        for kind, text in tokens:
            plain = text[-1:] if kind == "one" else ""
            if plain and re.escape(plain) == text:  # (a literal character)
                run += plain
            else:
                runs.append(run)
                run = ""
        self.needs = [r for r in runs + [run] if r]

    def match(self, s: str) -> bool:
        if not all(r in s for r in self.needs):
            return False
        n = len(s)
        nxt = [False] * (n + 1)  # the row after the last token: only the end matches
        nxt[n] = True
        for kind, one in reversed(self.tokens):
            cur = [False] * (n + 1)
            if kind == "one":
                for i in range(n):
                    cur[i] = nxt[i + 1] and one.fullmatch(s[i]) is not None
            elif kind == "dirs":  # "" or anything ending in "/"
                cur[n] = nxt[n]
                after = False
                for i in range(n - 1, -1, -1):
                    after = after or (s[i] == "/" and nxt[i + 1])
                    cur[i] = nxt[i] or after
            else:  # "star" (not "/") or "all" (anything)
                cur[n] = nxt[n]
                for i in range(n - 1, -1, -1):
                    cur[i] = nxt[i] or (cur[i + 1] and (kind == "all" or s[i] != "/"))
            nxt = cur
        return nxt[0]


def parse_line(line: str) -> Optional[Tuple[List[Token], bool, bool, bool]]:
    """A line of an ignore file as (tokens, negated, folders only, of the name only),
    or None for a blank line, a comment or a pattern that matches nothing.  A pattern
    with no ``/`` but a trailing one matches an entry's name at any depth (the regex is
    then matched against the name alone); one with a ``/`` matches the whole path from
    the ignore file's folder."""
    if not line or line.startswith("#"):
        return None
    # trailing spaces go unless escaped (a backslash before the space), as git's
    # trim_trailing_spaces
    end = len(line)
    while end > 0 and line[end - 1] == " " and not (end > 1 and line[end - 2] == "\\"):
        end -= 1
    line = line[:end]
    negated = line.startswith("!")
    if negated:
        line = line[1:]
    dir_only = line.endswith("/") and not line.endswith("\\/")
    if dir_only:
        line = line.rstrip("/")
    if not line:
        return None
    anchored = "/" in line
    if line.startswith("/"):
        line = line[1:]
    tokens = glob_tokens(line)
    if tokens is None:
        return None
    if anchored and tokens[:1] == [("dirs", "")] and all(
            k == "star" or (k == "one" and t not in ("/", "\\/")) for k, t in tokens[1:]):
        # `**/name*.x`: a name at any depth, as an unanchored `name*.x` is
        return tokens[1:], negated, dir_only, True
    return tokens, negated, dir_only, not anchored


def _union(bodies: List[str]):
    return re.compile("|".join(f"(?:{b})" for b in bodies), re.S) if bodies else None


class IgnoreFile:
    """The patterns of one ignore file, asked about paths relative to its folder."""

    __slots__ = ("patterns", "_any")

    def __init__(self, lines):
        self.patterns = []
        for line in lines:
            parsed = parse_line(line)
            if parsed is None:
                continue
            tokens, negated, dir_only, name_only = parsed
            if sum(kind != "one" for kind, _t in tokens) <= REGEX_WILDCARDS:
                matcher = re.compile(_regex_text(tokens) + r"\Z", re.S)
            else:
                matcher = _Table(tokens)
            self.patterns.append((matcher, negated, dir_only, name_only))
        # per kind of entry (file, folder): the union of the name patterns, and of the
        # path patterns, that are regular expressions and apply to it; and whether a
        # pattern matched by a table applies to it (then it is asked as well)
        regex = [p for p in self.patterns if not isinstance(p[0], _Table)]
        self._any = tuple(
            (_union([p.pattern for p, _n, d, name in regex if name and (kind or not d)]),
             _union([p.pattern for p, _n, d, name in regex if not name and (kind or not d)]),
             any(isinstance(p, _Table) and (kind or not d) for p, _n, d, _nm in self.patterns))
            for kind in (False, True))

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def check(self, path: str, is_dir: bool) -> Optional[bool]:
        """True: ignored, False: taken back by a ``!`` pattern, None: no pattern matches
        (the last matching pattern decides)."""
        names, paths, tables = self._any[is_dir]
        name = path[path.rfind("/") + 1:]
        if not tables and (names is None or names.match(name) is None) and \
                (paths is None or paths.match(path) is None):
            return None
        for matcher, negated, dir_only, name_only in reversed(self.patterns):
            if (is_dir or not dir_only) and matcher.match(name if name_only else path):
                return not negated
        return None
