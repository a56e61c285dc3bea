"""The hand-written shlex reader that analysis/shell.py replaced, kept verbatim as the
reference the property test compares the tree-sitter reader with on the shapes both read
(``a && b; c | d``), so a regression in the common case cannot hide behind the rewrite.

Only its reading part is kept (program_name and unwrap live on in analysis/shell.py).
Its own docstring follows.
Reading RUN/CMD shell text as a list of simple commands.

A recipe needs to know which programs a RUN line starts, in which directory and with
which environment prefixes.  This is a small reader for the common shape
(``a && cd x && VAR=1 b; c | d``); anything it cannot follow (unbalanced quotes,
subshells, control flow) is flagged ``complex`` so callers decline instead of guessing.
"""

from __future__ import annotations

import functools
import shlex
from dataclasses import dataclass
from typing import List, Optional, Tuple

SEPARATORS = {"&&", "||", ";", "|", "&", "\n", ";;", "|&"}
COMPOUND_WORDS = {"if", "then", "else", "elif", "fi", "for", "while", "until", "do",
                  "done", "case", "esac", "{", "}", "(", ")", "function"}


@dataclass(frozen=True)
class SimpleCommand:
    """``argv`` after removing ``VAR=value`` prefixes (kept in ``assignments``)."""

    argv: Tuple[str, ...]
    assignments: Tuple[Tuple[str, str], ...]
    separator_before: Optional[str]


@dataclass(frozen=True)
class ShellScript:
    commands: Tuple[SimpleCommand, ...]
    complex: bool
    problem: Optional[str] = None


@functools.lru_cache(maxsize=512)
def split_commands(text: str) -> ShellScript:
    # cached: pure, the result is immutable, and every recipe asks again for every RUN
    # (shlex reads a character at a time: a 60 KB file took 1.7 s, found by fuzzing)
    lexer = shlex.shlex(text, posix=True, punctuation_chars=";&|()<>")
    lexer.whitespace_split = True
    lexer.commenters = "#"
    try:
        tokens = list(lexer)
    except ValueError as exc:
        return ShellScript((), True, f"cannot read shell text: {exc}")
    commands: List[SimpleCommand] = []
    current: List[str] = []
    sep: Optional[str] = None
    complex_ = False
    problem = None
    raw_words = text.split()
    if any(w.startswith(("$(", "`")) for w in raw_words) or "<<" in text:
        complex_, problem = True, "command substitution or heredoc"
    for tok in tokens:
        if tok in SEPARATORS:
            commands.append(_simple(current, sep))
            current, sep = [], tok
            continue
        if tok in ("(", ")") or (not current and tok in COMPOUND_WORDS):
            complex_, problem = True, problem or f"shell construct '{tok}'"
            continue
        if tok in (">", ">>", "<", "2>", "<>", ">&", "&>"):
            current.append(tok)
            continue
        current.append(tok)
    commands.append(_simple(current, sep))
    return ShellScript(tuple(c for c in commands if c.argv or c.assignments), complex_, problem)


def _simple(words: List[str], sep: Optional[str]) -> SimpleCommand:
    assignments = []
    i = 0
    while i < len(words) and _is_assignment(words[i]):
        name, _, value = words[i].partition("=")
        assignments.append((name, value))
        i += 1
    argv = words[i:]
    # drop redirections and their targets: they do not change which program runs
    clean: List[str] = []
    skip = False
    for pos, w in enumerate(argv):
        if skip:
            skip = False
            continue
        nxt = argv[pos + 1] if pos + 1 < len(argv) else ""
        if w.isdigit() and nxt in (">", ">>", "<", "<>", ">&", "&>"):
            continue
        if w in (">", ">>", "<", "<>", ">&", "&>"):
            skip = True
            continue
        clean.append(w)
    return SimpleCommand(tuple(clean), tuple(assignments), sep)


def _is_assignment(word: str) -> bool:
    name, eq, _ = word.partition("=")
    return bool(eq) and name.replace("_", "a").isalnum() and not name[0].isdigit()
