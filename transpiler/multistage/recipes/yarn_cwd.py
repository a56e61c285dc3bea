"""yarn 1's ``--cwd DIR``: where the command runs is the nearest directory from DIR
upward that holds a package.json, not DIR itself.

yarn classic's ``src/cli/index.js`` takes ``commander.cwd`` (``--cwd``, else the
process's directory) through ``findProjectRoot``: the first of DIR, its parent, ...
with a package.json, else DIR (``init`` alone runs in DIR as given).  A relative DIR
(``--cwd web``) climbs no higher than the RUN's own directory (``path.dirname`` of
``web`` is ``.``).  So ``yarn --cwd web install`` installs in web/ only where
web/package.json is there; else in the RUN's directory when it holds one.  The
Dockerfile does not show which: the build context does.  The walk moves such a
command into DIR (``global_options``); the node recipe keeps it there once the
context shows DIR's package.json (``confirmed``), and declines otherwise (``reason``),
as the runner would otherwise copy node_modules from a directory the install may not
have used."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from typing import Iterable, Tuple

from ...analysis.shell import program_name
from . import global_options


@dataclass(frozen=True)
class Pending:
    """A yarn command the walk moved into the directory its ``--cwd`` names."""
    where: str  # "line N"
    shown: str  # the words as written
    directory: str  # where the walk put it (absolute)
    #: the build context was read and does not show ``directory``/package.json
    context_read: bool = False


def pending(steps: Iterable) -> Tuple[Pending, ...]:
    """The yarn commands among ``steps`` (``interpreted.Step``) that ``--cwd`` moved to
    another directory than the RUN's."""
    out = []
    for step in steps:
        said = step.said
        if not said or program_name(said[0]) not in ("yarn", "yarnpkg") or step.cwd is None:
            continue
        options = global_options.directory_options(said)
        if not options or options[-1].value in (None, ".", "./") or \
                posixpath.normpath(options[-1].value) == ".":
            continue
        entry = Pending(step.where, " ".join(said), step.cwd)
        if entry not in out:
            out.append(entry)
    return tuple(out)


def confirmed(entries: Tuple[Pending, ...], project) -> Tuple[Pending, ...]:
    """The entries the build context does not settle: those whose directory has no
    package.json there (``project.read``), marked as read."""
    return tuple(Pending(e.where, e.shown, e.directory, True) for e in entries
                 if project.read(e.directory, "package.json") is None)


def reason(entry: Pending) -> str:
    why = ("the build context given does not show its package.json" if entry.context_read
           else "no build context was given to show its package.json (give --context)")
    return (f"{entry.where}: `{entry.shown}` runs in {entry.directory} only where it holds "
            "a package.json: yarn 1 takes the nearest directory from there up to the RUN's "
            f"that has one (findProjectRoot), and {why}")

