"""EditorConfig section globs, matched in time linear in the path.

Why not a regular expression: the glob used to be translated to one and run by
Python's backtracking engine, and an ``.editorconfig`` is the repository's to write.
``[*a*a*a*a*a*a*a*a*b]`` became ``[^/]*a[^/]*a...b``, which takes time to the power of
the number of stars on a path that almost matches; ``{a,a}{a,a}...`` doubles with every
group; ``{0..999999999}`` became an alternation of a billion numbers before matching
anything.  Here the glob is compiled to a small program and run as a Pike VM: every
path character advances a set of threads that holds each program position at most once,
so matching costs O(path length x glob length) whatever the glob.

The syntax and its quirks are those of the earlier translation (tests compare the two
on generated globs): ``*`` any run without ``/``, ``**`` any run (not a newline),
``?`` one character but ``/``, ``[...]`` a character class with a regular
expression's reading of its body (``!`` or ``^`` negates, a backslash is itself, an
empty body or one that is not a valid class makes the glob match nothing), ``{a,b}`` alternatives
(opened when a ``,`` comes before the next ``}``; inside one, ``,`` and ``}`` always
separate and close), ``{n..m}`` an integer written plainly (``7``, ``-3``; not ``07``)
between n and m, ``\\x`` a literal x; an unclosed group makes the glob match nothing.
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache
from typing import List, Optional, Tuple

# program instructions: (op, a, b)
_CHAR, _ANY, _DOT, _CLASS, _SPLIT, _JMP, _NUM, _MATCH = range(8)
_NUMBER = re.compile(r"(-?\d+)\.\.(-?\d+)")
#: longer section names never match: far above any real glob, and it keeps compiling
#: (which looks for each ``[`` / ``{``'s closing bracket) cheap
MAX_GLOB = 4096
#: steps one .editorconfig file's sections may take together (about 0.3 s); a
#: realistic section takes a few hundred
FILE_BUDGET = 300_000


def _tokens(pattern: str) -> Optional[list]:
    """The glob as tokens: ("lit", c) ("star",) ("dstar",) ("any",) ("class", re)
    ("num", lo, hi) ("open",) ("alt",) ("close",); None when it can never match."""
    out: list = []
    i, depth = 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            out.append(("lit", pattern[i + 1]))
            i += 2
            continue
        if c == "*":
            if pattern.startswith("**", i):
                out.append(("dstar",))
                i += 2
                continue
            out.append(("star",))
        elif c == "?":
            out.append(("any",))
        elif c == "[":
            end = pattern.find("]", i + 1)
            if end < 0:
                out.append(("lit", "["))
            else:
                body = pattern[i + 1:end]
                if body.startswith("!"):
                    body = "^" + body[1:]
                if body in ("", "^"):  # the regex read "[]..." as a class running on
                    return None        # into the rest of the glob: nonsense, no match
                try:
                    with warnings.catch_warnings():  # "[[]": "possible nested set"
                        warnings.simplefilter("ignore", FutureWarning)
                        out.append(("class", re.compile("[" + body.replace("\\", "\\\\") + "]")))
                except re.error:
                    return None
                i = end
        elif c == "{":
            end = pattern.find("}", i + 1)
            numeric = _NUMBER.fullmatch(pattern[i + 1:end]) if end > 0 else None
            if numeric:
                lo, hi = sorted((int(numeric.group(1)), int(numeric.group(2))))
                out.append(("num", lo, hi))
                i = end
            elif end > 0 and "," in pattern[i + 1:end]:
                out.append(("open",))
                depth += 1
            else:
                out.append(("lit", "{"))
        elif c == "," and depth:
            out.append(("alt",))
        elif c == "}" and depth:
            out.append(("close",))
            depth -= 1
        else:
            out.append(("lit", c))
        i += 1
    return None if depth else out


def _parse(tokens: list, i: int = 0) -> Tuple[list, int]:
    """Tokens -> a sequence of items; a group is ("group", [sequence, ...])."""
    seq: list = []
    while i < len(tokens):
        tok = tokens[i]
        if tok[0] in ("alt", "close"):
            return seq, i
        if tok[0] == "open":
            branches = []
            i += 1
            while True:
                branch, i = _parse(tokens, i)
                branches.append(branch)
                if tokens[i][0] == "close":
                    break
                i += 1  # past "alt"
            seq.append(("group", branches))
        else:
            seq.append(tok)
        i += 1
    return seq, i


def _emit(seq: list, prog: List[list]) -> None:
    for item in seq:
        kind = item[0]
        if kind == "lit":
            prog.append([_CHAR, item[1], None])
        elif kind == "any":
            prog.append([_ANY, None, None])
        elif kind == "class":
            prog.append([_CLASS, item[1], None])
        elif kind == "num":
            prog.append([_NUM, item[1], item[2]])
        elif kind in ("star", "dstar"):
            loop = len(prog)
            prog.append([_SPLIT, loop + 1, None])  # None: patched to the exit
            prog.append([_ANY if kind == "star" else _DOT, None, None])
            prog.append([_JMP, loop, None])
            prog[loop][2] = len(prog)
        else:  # group
            jumps = []
            branches = item[1]
            for n, branch in enumerate(branches):
                if n < len(branches) - 1:
                    split = len(prog)
                    prog.append([_SPLIT, split + 1, None])
                    _emit(branch, prog)
                    jumps.append(len(prog))
                    prog.append([_JMP, None, None])
                    prog[split][2] = len(prog)
                else:
                    _emit(branch, prog)
            for j in jumps:
                prog[j][1] = len(prog)


@lru_cache(maxsize=512)
def compile_glob(pattern: str) -> Optional[tuple]:
    """The program for a full glob (already anchored as the caller wants), or None."""
    tokens = _tokens(pattern)
    if tokens is None:
        return None
    seq, _ = _parse(tokens)
    if len(seq) >= 2 and seq[0] == ("dstar",) and seq[1] == ("lit", "/"):
        seq = [("group", [seq[:2], []])] + seq[2:]  # "**/x" also matches "x" at the top
    prog: List[list] = []
    _emit(seq, prog)
    prog.append([_MATCH, None, None])
    return tuple(tuple(p) for p in prog)


def _number_done(digits: str, lo: int, hi: int) -> bool:
    body = digits[1:] if digits.startswith("-") else digits
    if not body or (len(body) > 1 and body[0] == "0") or digits == "-0":
        return False
    return lo <= int(digits) <= hi


def _add(prog, threads: list, seen: set, pc: int, digits: Optional[str]) -> None:
    """Add thread (pc, digits) and everything it reaches without reading a character."""
    stack = [(pc, digits)]
    while stack:
        pc, digits = stack.pop()
        if (pc, digits) in seen:
            continue
        seen.add((pc, digits))
        op, a, b = prog[pc]
        if op == _JMP:
            stack.append((a, None))
        elif op == _SPLIT:
            stack.append((b, None))
            stack.append((a, None))
        elif op == _NUM:
            if digits is None:
                digits = ""
                seen.add((pc, digits))
            threads.append((pc, digits))
            if _number_done(digits, a, b):
                stack.append((pc + 1, None))
        else:
            threads.append((pc, None))


class TooComplex(Exception):
    """Matching needed more steps than the budget allows."""


class Budget:
    """Steps (thread positions visited) that matching may still take: linear time can
    still be long when a 1 MB ``.editorconfig`` holds thousands of alternatives, so
    one file's sections share one budget."""

    __slots__ = ("steps",)

    def __init__(self, steps: int):
        self.steps = steps


def run(prog: tuple, text: str, budget: Optional[Budget] = None) -> bool:
    """Does the program match the whole of ``text``?  ``TooComplex`` when the budget
    runs out."""
    threads: list = []
    seen: set = set()
    _add(prog, threads, seen, 0, None)
    for ch in text:
        if budget is not None:
            budget.steps -= len(seen)
            if budget.steps < 0:
                raise TooComplex
        if not threads:
            return False
        following: list = []
        seen = set()
        for pc, digits in threads:
            op, a, b = prog[pc]
            if op == _CHAR:
                ok = ch == a
            elif op == _ANY:
                ok = ch != "/"
            elif op == _DOT:
                ok = ch != "\n"
            elif op == _CLASS:
                ok = a.match(ch) is not None
            elif op == _NUM:
                width = max(len(str(a)), len(str(b)))
                if (ch.isdigit() and ch.isascii() or (ch == "-" and digits == "")) \
                        and len(digits) < width:
                    _add(prog, following, seen, pc, digits + ch)
                continue
            else:  # _MATCH consumes nothing
                continue
            if ok:
                _add(prog, following, seen, pc + 1, None)
        threads = following
    return any(prog[pc][0] == _MATCH for pc, _ in threads)


def glob_matches(pattern: str, relpath: str, budget: Optional[Budget] = None) -> bool:
    """Does a section name match ``relpath`` (relative to the .editorconfig's folder)?
    A name without ``/`` matches in any folder, a leading ``/`` anchors at the folder."""
    if len(pattern) > MAX_GLOB:
        return False
    if "/" not in pattern:
        pattern = "**/" + pattern
    elif pattern.startswith("/"):
        pattern = pattern[1:]
    prog = compile_glob(pattern)
    return prog is not None and run(prog, relpath, budget)
