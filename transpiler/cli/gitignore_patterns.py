"""One ignore file's patterns, as git reads them (``gitignore(5)``, git's ``dir.c`` and
``wildmatch.c``), compiled for a walk that asks about each folder before entering it.

Hand-written rather than ``pathspec``: importing that (with ``typing_extensions``, which
brings asyncio) took 30 ms and its matching 70 ms more on the 5,269-file benchmark
repository with an ordinary ``.gitignore``, doubling an incremental ``--fmt --check``.
Here a file's patterns are one regular expression that says whether any matches (the
usual answer: none), and only a path some pattern matches is tried against each in turn
for the last one.  A walk that prunes ignored folders never asks about a path below one,
so each pattern is matched against the whole path (``build/`` against ``build`` itself,
as a folder) and not against what lies inside.  ``tests/test_cli_gitignore.py`` holds
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


def glob_regex(glob: str) -> Optional[str]:
    """Regex text matching a whole path as git's wildmatch matches ``glob`` with
    WM_PATHNAME (``*`` and ``?`` stay within a folder's name; ``**`` as a whole name
    spans folders), or None for a pattern that matches nothing (an unclosed ``[``)."""
    out: List[str] = []
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
                    out.append(".*")
                    i = j
                else:  # "**/" leading or in the middle: zero or more folders
                    out.append("(?:.*/)?")
                    i = j + 1
                continue
            out.append("[^/]*")
            i = j
        elif c == "?":
            out.append("[^/]")
            i += 1
        elif c == "[":
            cls, i = _bracket(glob, i)
            if cls is None:
                return None
            out.append(cls)
        elif c == "\\":
            if i + 1 >= n:
                return None  # a trailing backslash: wildmatch fails
            out.append(re.escape(glob[i + 1]))
            i += 2
        else:
            out.append(re.escape(c))
            i += 1
    return "".join(out)


def parse_line(line: str) -> Optional[Tuple[str, bool, bool, bool]]:
    """A line of an ignore file as (regex text, negated, folders only, of the name only),
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
    body = glob_regex(line)
    if body is None:
        return None
    return body, negated, dir_only, not anchored


def _union(bodies: List[str]):
    return re.compile("|".join(f"(?:{b})" for b in bodies), re.S) if bodies else None


class IgnoreFile:
    """The patterns of one ignore file, asked about paths relative to its folder."""

    __slots__ = ("patterns", "_any")

    def __init__(self, lines):
        self.patterns = []
        for line in lines:
            parsed = parse_line(line)
            if parsed is not None:
                body, negated, dir_only, name_only = parsed
                self.patterns.append((re.compile(body + r"\Z", re.S), negated, dir_only,
                                      name_only))
        # per kind of entry (file, folder): the union of the name patterns, and of the
        # path patterns, that apply to it
        self._any = tuple(
            (_union([p.pattern for p, _n, d, name in self.patterns if name and (kind or not d)]),
             _union([p.pattern for p, _n, d, name in self.patterns
                     if not name and (kind or not d)]))
            for kind in (False, True))

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def check(self, path: str, is_dir: bool) -> Optional[bool]:
        """True: ignored, False: taken back by a ``!`` pattern, None: no pattern matches
        (the last matching pattern decides)."""
        names, paths = self._any[is_dir]
        name = path[path.rfind("/") + 1:]
        if (names is None or names.match(name) is None) and \
                (paths is None or paths.match(path) is None):
            return None
        for regex, negated, dir_only, name_only in reversed(self.patterns):
            if (is_dir or not dir_only) and regex.match(name if name_only else path):
                return not negated
        return None  # (not reached: a union matched one of them)
