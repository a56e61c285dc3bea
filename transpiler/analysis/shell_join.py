"""When ``a && b`` reads as ``a``'s reading, then ``b``'s, known without reading it.

The builder joins each transpiler addition to the RUN before it (one RUN, not two in
a row) when the joined text runs exactly the first text's commands, then the
addition's.  Reading the joined text again costs as much as reading both parts, which
``split_commands`` has done already (the addition joined before is the next text's
head), and the joins were a twentieth of a whole transpile.  For two texts that each
parse whole, ``&&`` only links the first text's last statement to the second's first
one: every statement keeps its commands and its problems.  What can make the joined
text read otherwise is excluded by the texts and the readings: a comment (``make #
build`` would swallow the addition), a heredoc (its body follows the line), a line
break, a trailing ``&`` (background), ``|`` or ``\\`` (which would take the `` && ``),
a trailing ``;`` or blanks (which the joiner drops), and a command in a subshell (a
``cd`` in ``( )`` followed by other commands is a problem of the joined text that
neither part has, ``shell._leaks``).  tree-sitter's bash grammar is not entirely
context-free in its recovery (a redirection after a long ``&&`` list: ``a | b && c -
2>/dev/null`` parses alone, not behind another list), so the joined text is still
parsed, without the reading of its commands, which is four fifths of the cost: a text
that does not parse is left to the full reading.  ``tests/transpile/test_shell_join.py``
compares both ways over the corpus's RUNs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Tuple

from .shell import ShellScript, parses

#: the ends of a first text after which `` && `` would not start a new list element
_OPEN_ENDS = ("&", "|", "\\", "(", "{", "!", ";")


@dataclass(frozen=True)
class Reading:
    """What joining reads of a text's ``split_commands``: its commands' words, whether
    it is complex (a problem), whether it fails to parse, whether a command is in a
    subshell.  The joined text's is the parts' one after the other (``then``) where
    ``joins_whole`` says so: a chain of joins reads no joined text."""

    argvs: Tuple[Tuple[str, ...], ...]
    complex: bool
    syntax_error: bool
    subshells: bool

    @classmethod
    def of(cls, script: ShellScript) -> "Reading":
        return cls(tuple(c.argv for c in script.commands), script.complex,
                   script.syntax_error, any(c.subshell for c in script.commands))

    def then(self, other: "Reading") -> "Reading":
        """The reading of ``self``'s text `` && `` ``other``'s, where they join whole."""
        return Reading(self.argvs + other.argvs, self.complex or other.complex, False, False)


def joins_whole(first: str, second: str, first_read: Reading, second_read: Reading) -> bool:
    """Whether ``first + " && " + second`` reads as ``first_read.then(second_read)``
    (the texts' ``Reading``s): the first's commands, then the second's, complex where
    either is; False: not known, read the joined text."""
    if first_read.syntax_error or second_read.syntax_error:
        return False
    if not first or first != first.rstrip() or first.endswith(_OPEN_ENDS):
        return False
    if second != second.strip() or not second or second[0] in "&|;)":
        return False
    for text in (first, second):
        if "#" in text or "\n" in text or "<<" in text:
            return False
    if first_read.subshells or second_read.subshells:
        return False
    return parses(first + " && " + second)
