"""A build context that lacks a file the Dockerfile copies by name is not the one the
image is built from: it is read as if no context was given.

Every reader of the build context (``project``, the setup and entry scripts, the
runtime inputs) takes what the context holds for what the build's COPY/ADD brought.
That holds only for the context the image is built from.  The CLI takes the
Dockerfile's own folder by default, yet ``docker build -f sub/Dockerfile .`` is
common: then the folder is another directory, and what it holds (or lacks) says
nothing of the build.  A COPY/ADD source named without a pattern or a variable
settles which one it is: BuildKit fails the build when such a source is missing
(``"/setup.sh": not found``; only a pattern may match nothing).  So a context
without one of them is either not the build's or one whose build fails; in neither
case may its absence be read as "the build has no such file", nor its other files as
the build's.  Every reader then sees no context: each declines, or takes the choice
that works either way, as it does without ``--context``, and the report says why.

A file that ``COPY . <dir>`` brings names nothing here: the reader that looks for it
in the context checks itself that the context holds it (``passes.classify``'s setup
scripts, ``entry_producer``'s entry script), and reads a missing one as not read.

The context is read as BuildKit sends it (``buildkit.dockerignore.SentContext``): a
file its ignore file excludes is missing in the build as one the folder lacks is, here
and for every reader.  An ignore file that cannot be read, or that BuildKit refuses
(the build fails), leaves the context unknown: read as none too.

A decline that would ask for ``--context`` says instead that the one given was read
as none (``give``, ``not_given``); the warning says why."""

from __future__ import annotations

import os
import posixpath
import re

from ..buildkit.dockerignore import SentContext
from ..tree import ast


def _named_sources(tree: ast.Dockerfile):
    """(instruction, source, path in the context) of every COPY/ADD source from the
    build context named without a pattern, a variable, a URL or a heredoc.  The path is
    BuildKit's: relative to the context's root, a leading / and ``..`` beyond the root
    dropped."""
    for stage in tree.stages:
        for node in stage.body:
            if not isinstance(node, (ast.Copy, ast.Add)) or node.flag("from") is not None:
                continue
            for src in node.sources:
                if src.startswith("<<") or "://" in src or \
                        src.startswith("git@") or "\\" in src or \
                        any(ch in src for ch in "*?[$"):
                    continue
                rel = posixpath.normpath("/" + src).lstrip("/")
                if rel:
                    yield node, src, rel


def settle(ctx) -> None:
    """Set ``ctx.sent`` for the context given, or read it as none (``ctx.demoted``
    says why, and a warning)."""
    if ctx.context is None:
        return
    sent = SentContext(ctx.context, ctx.dockerfile)
    foreign = reason(ctx.tree, sent)
    if foreign is None:
        ctx.sent = sent
        return
    ctx.context, ctx.sent, ctx.demoted = None, None, foreign[0]
    ctx.warnings.append(f"{foreign[1]}: read as if no context was given")


def reason(tree: ast.Dockerfile, sent: SentContext):
    """(short, long) of why ``sent`` is not the build's (its ignore file unknown, or
    the first named source it lacks or does not send), or None when it holds every one
    (or none is named: ``COPY . .``)."""
    if sent.problem:
        return (f"the build context given is not known as sent ({sent.problem})",
                f"the build context {sent.root} is not known as BuildKit sends it: "
                f"{sent.problem}")
    for node, src, rel in _named_sources(tree):
        if sent.lexists(rel):
            continue
        line = f"line {node.span.line}" if node.span else "(new)"
        ignored = os.path.lexists(os.path.join(sent.root, rel))
        lacks = f"{'does not send' if ignored else 'does not hold'} {src}, which the " \
            f"{node.name} at {line} copies"
        if ignored:
            why = f"its {sent.ignore_name} excludes it"
            return (f"the build context given {lacks}: {why}",
                    f"the build context {sent.root} {lacks} ({why}: the build would fail "
                    "there, or the context is not the one the image is built from)")
        return (f"the build context given {lacks}",
                f"the build context {sent.root} {lacks} (the build would fail there: the "
                "context is not the one the image is built from, as with `docker build -f "
                "<dir>/Dockerfile .`)")
    return None


def give(ctx, what: str = "") -> str:
    """How a decline asks for the file to be read: ``give --context`` (and ``what``),
    or, when the context given was read as none, the build's own context."""
    if ctx.demoted is None:
        return f"give --context{what}"
    return f"give the build's own context{what}, not the one given"


#: what the texts of readers without the pipeline's context (the recipes) say when
#: no context was read
_ASKS = re.compile(r"\b(?:give|pass) --context\b")
_NONE_GIVEN = "no build context given"


def said(ctx, text: str) -> str:
    """``text`` as true when the context given was read as none: a recipe's "give
    --context" asks for the build's own context, and "no build context given" is not
    so; the warning says why."""
    if ctx.demoted is None or not (_ASKS.search(text) or _NONE_GIVEN in text):
        return text
    text = _ASKS.sub("give the build's own context", text)
    return text.replace(_NONE_GIVEN, "the build context given read as none") + \
        " (the build context given is read as none: see the warning)"


def not_given(ctx) -> str:
    """Said of the build context a decline needed: not given, or read as none."""
    if ctx.demoted is None:
        return "which was not given"
    return f"which is read as none ({ctx.demoted})"
