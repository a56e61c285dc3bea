"""The differential oracle: BuildKit's own Go parser through PyPI ``dockerfile``
(v0.12.5), and the named rules for that version's known gaps."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Optional, Tuple

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "shipwright"

try:  # test-only dependency
    import dockerfile as _dockerfile
except ImportError:  # pragma: no cover
    _dockerfile = None


def available() -> bool:
    return _dockerfile is not None


def oracle_commands(text: str):
    """Oracle commands as comparable tuples, or the error message."""
    try:
        cmds = _dockerfile.parse_string(text)
    except _dockerfile.GoParseError as exc:
        return None, str(exc)
    out = []
    for c in cmds:
        out.append(((c.cmd or '').lower(), c.sub_cmd.lower() if c.sub_cmd else None, bool(c.json),
                    tuple(c.flags), tuple(c.value),
                    tuple((h.name, h.file_descriptor, h.content) for h in c.heredocs),
                    c.start_line, c.end_line))
    return out, None


# ---------------------------------------------------------------- known gaps of v0.12.5
# Each rule names a documented difference between the oracle and current BuildKit
# (../shared/spec/dockerfile-syntax.md).  A file is excluded only through a rule.

_SPACE_AFTER_HEREDOC = re.compile(r"^\d*<<-?[ \t]+\S")
_CHECK_DIRECTIVE = re.compile(r"^\s*#\s*check\s*=", re.I | re.M)


def gap_rule(text: str) -> Optional[str]:
    """The name of the oracle gap that makes ``text`` incomparable, if any."""
    if "\x00" in text:
        return "nul-truncates"
    head = text.split("\n", 5)[:5]
    if any(_CHECK_DIRECTIVE.match(l) for l in head):
        return "check-directive-unknown"
    if "<<" in text and _opens_spaced_heredoc(text):
        return "space-after-heredoc-marker"
    return None


def _opens_spaced_heredoc(text: str) -> bool:
    """True when current BuildKit opens a heredoc written ``<< NAME`` (a blank after
    ``<<``), which v0.12.5 does not recognise."""
    import transpiler
    from transpiler.tree import ast
    from transpiler.syntax.words import shell_words_raw

    try:
        tree = transpiler.parse(text)
    except transpiler.ParseError:
        return False
    for node in tree.instructions:
        target = node.trigger if isinstance(node, ast.Onbuild) and node.trigger else node
        if getattr(target, "heredocs", ()):
            line = node.raw.split("\n", 1)[0] if node.raw else ""
            if any(_SPACE_AFTER_HEREDOC.match(w) for w in shell_words_raw(line)):
                return True
    return False


def ours(tree) -> list:
    """Our commands projected onto what the binding can show (named rules):

    - unknown-keyword-value: parseIgnore keeps no arguments, the binding shows ('',);
    - onbuild-trigger-details: the binding drops a trigger's flags and heredocs, and
      shows ('',) for a trigger that is itself ONBUILD (its value is a child node).
    """
    from transpiler.tree import ast
    from transpiler.buildkit.semantics import command

    out = []
    for node in tree.instructions:
        c = command(node)
        value, flags, docs = c.value, c.flags, c.heredocs
        if isinstance(node, ast.Unknown):
            value = ("",)
        if c.sub_cmd is not None:
            flags, docs = (), ()
            if isinstance(node.trigger, ast.Onbuild):
                value = ("",)
        out.append((c.cmd, c.sub_cmd, c.json, flags, value, docs, c.start_line, c.end_line))
    return out
