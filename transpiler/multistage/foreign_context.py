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

Not weighed here: ``.dockerignore`` (a file it excludes is missing in the build too;
the readers read the folder as it is)."""

from __future__ import annotations

import os
import posixpath
from typing import Optional

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


def reason(tree: ast.Dockerfile, context: Optional[str]) -> Optional[str]:
    """Why ``context`` is not the build's (the first named source it lacks), or None
    when it holds every one (or none is named: ``COPY . .``)."""
    if context is None:
        return None
    for node, src, rel in _named_sources(tree):
        if not os.path.lexists(os.path.join(context, rel)):
            line = f"line {node.span.line}" if node.span else "(new)"
            return (f"the build context {context} does not hold {src}, which the {node.name} "
                    f"at {line} copies (the build would fail there: the context is not the "
                    "one the image is built from, as with `docker build -f <dir>/Dockerfile .`"
                    "): read as if no context was given")
    return None
