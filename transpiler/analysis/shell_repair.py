"""Shell text every POSIX shell reads but tree-sitter-bash rejects, made readable.

The transpiler reads RUN and CMD text with tree-sitter's bash grammar and declines text
that does not parse ("cannot read shell text").  Over the corpus (22,920 texts) the
grammar rejects 16 that bash, dash and busybox sh all run; apart from broken exec forms
(``CMD ['npm', 'start']``, which is shell text running ``[``), they are three idioms:

* a compound command closed right before a reserved word with no separator:
  ``do [ -n "$X" ] && { echo "$X" | setfattr; } done``, ``fi else``, ``(cd x) done``.
  POSIX makes the separator at the end of a compound list optional (``compound_list:
  linebreak term [separator]``), and a word after a reserved word is reserved again;
* a command substitution holding only a comment, used as an inline comment inside a
  long package list: ``apt-get install gcc `# for XML::Parser` make``; it expands to
  nothing and its field is dropped;
* ``(( cmd ...) || true )``: bash reads ``((`` as arithmetic only when the inner
  parenthesis closes with ``))``; otherwise, like every other shell, as two subshells.

Each repair is a substitution of the same length (so every line:column the reader
reports is the text's own) that is applied only where the repaired text's parse shows
the place is what the idiom says: the ``;`` ends a compound command and precedes a
reserved word, the blanked comment stood between words outside every quote, the two
``(`` open subshells whose inner one does not close with ``))``.  Text that still does
not parse stays unreadable, and is declined as before.
"""

from __future__ import annotations

import re
from typing import List, Optional, Tuple

#: a compound command's closer, blanks, a reserved word that may follow it unseparated
_UNSEPARATED = re.compile(rb"(?:\}|\)|\bfi|\bdone|\besac)([ \t]+)"
                          rb"(?:done|fi|else|elif|esac|then|do|\})(?=[\s;&|)]|$)")
#: a backquoted comment between blanks (or at an end of the text)
_COMMENT_SUBSTITUTION = re.compile(rb"(?:(?<=[ \t\n])|^)`#[^`\n]*`(?=[ \t\n]|$)")
#: ``((`` followed by a blank
_DOUBLE_PAREN = re.compile(rb"\(\((?=[ \t])")

#: the closing token of each compound command, and the node the grammar makes of it
_CLOSERS = {"}": "compound_statement", ")": "subshell", "fi": "if_statement",
            "done": "do_group", "esac": "case_statement"}
#: nodes whose text is a word's or a quote's, never blanks between words
_WORDLIKE = frozenset({"word", "string", "raw_string", "string_content", "concatenation",
                       "ansi_c_string", "translated_string", "heredoc_body", "comment",
                       "heredoc_content", "simple_expansion", "expansion",
                       "command_substitution", "arithmetic_expansion"})


def parse(parser, source: bytes) -> Tuple[bytes, object]:
    """``(source, tree)``: the text's own parse, or, when it has errors that only the
    idioms above cause, the parse of the repaired text (same length, same positions).

    A candidate the repaired parse does not confirm (``) done`` closing a command
    substitution, a ``} done`` inside quotes) is dropped and the rest tried again."""
    tree = parser.parse(source)
    if not tree.root_node.has_error:
        return source, tree
    edits = _candidates(source)
    while edits:
        repaired = bytearray(source)
        for start, replacement, _ in edits:
            repaired[start:start + len(replacement)] = replacement
        repaired = bytes(repaired)
        fixed = parser.parse(repaired)
        confirmed = [e for e in edits if e[2](fixed.root_node, repaired, e[0])]
        if len(confirmed) == len(edits):
            if fixed.root_node.has_error:
                break
            return repaired, fixed
        edits = confirmed
    return source, tree


def _candidates(source: bytes) -> List[Tuple[int, bytes, object]]:
    edits: List[Tuple[int, bytes, object]] = []
    for match in _UNSEPARATED.finditer(source):
        edits.append((match.start(1), b";", _ends_compound))
    for match in _COMMENT_SUBSTITUTION.finditer(source):
        blank = b" " * (match.end() - match.start())
        edits.append((match.start(), blank, _between_words(match.end() - match.start())))
    for match in _DOUBLE_PAREN.finditer(source):
        edits.append((match.start(), b"( (", _two_subshells))
    edits.sort(key=lambda e: e[0])
    for (a, text_a, _), (b, _, _) in zip(edits, edits[1:]):
        if a + len(text_a) > b:
            return []  # overlapping candidates: the text is not one of the idioms
    return edits


def _ends_compound(root, source: bytes, start: int) -> bool:
    """The ``;`` put at ``start`` comes right after the closer of a compound command
    (``a && { b; } done``: the list ends with one) and precedes a reserved word."""
    node = root.descendant_for_byte_range(start, start + 1)
    if node is None or node.type != ";" or node.start_byte != start:
        return False
    closer = root.descendant_for_byte_range(start - 1, start)
    if closer is None or closer.end_byte != start or closer.parent is None:
        return False
    return _CLOSERS.get(closer.type) == closer.parent.type


def _between_words(length: int):
    def check(root, source: bytes, start: int) -> bool:
        node = root.descendant_for_byte_range(start, start + length)
        return node is not None and node.type not in _WORDLIKE and not _inside_word(node)
    return check


def _inside_word(node) -> bool:
    while node is not None:
        if node.type in _WORDLIKE:
            return True
        node = node.parent
    return False


def _two_subshells(root, source: bytes, start: int) -> bool:
    """Both ``(`` of the swapped ``( (`` open subshells, and the inner one does not
    close with ``))`` (which bash would have read as arithmetic)."""
    outer = root.descendant_for_byte_range(start, start + 1)
    inner = root.descendant_for_byte_range(start + 2, start + 3)
    if outer is None or inner is None or outer.type != "(" or inner.type != "(":
        return False
    if outer.parent is None or outer.parent.type != "subshell":
        return False
    shell = inner.parent
    if shell is None or shell.type != "subshell" or shell.parent is None:
        return False
    if not _within(shell, outer.parent):
        return False
    end = shell.end_byte
    return not source[end:end + 1] == b")"


def _within(node, ancestor) -> bool:
    while node is not None:
        if node == ancestor:
            return True
        node = node.parent
    return False


def repaired_text(parser, text: str) -> Optional[str]:
    """The repaired text when a repair applies (for tests and reports), else None."""
    source = text.encode("utf-8", "surrogateescape")
    fixed, _ = parse(parser, source)
    return None if fixed == source else fixed.decode("utf-8", "surrogateescape")
