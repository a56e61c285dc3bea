"""A program the build does not show it makes, named only by the command (619546c2:
``make`` in /cpuminer, whose Makefile makes ``minerd``; ``ENTRYPOINT ["./cpuminer"]``;
``cargo install`` or ``go get`` named after a package the Dockerfile does not show).
A copy of that one file fails the rewrite's build where the name is wrong, and the
original builds and fails only when started.  The runner gets what fails the same way
either way:

- the directory a ``make`` ran in, copied whole, where the command names the program by
  a path or a PATH the Dockerfile sets finds it there: the runner holds what the
  original's directory held (a script or data file beside the program too), and a
  missing program fails at start;
- otherwise (a cargo target or install directory, GOPATH's bin, a make output found
  through the image's PATH) the file staged in the builder only where the build wrote
  it, and that staging directory copied to where the runner would have put the file:
  a missing one is absent there, and fails at start.

``Artifact.unmade`` marks either, so --explain does not claim the program is made."""

from __future__ import annotations

import dataclasses
import posixpath
import shlex

from ..tree import ast
from .context import Context
from .runner_setup import run_node

#: where the builder stages the command's program, when the build wrote it
STAGED = "/opt/dtranspile-entry"


def _path_set(ctx: Context, directory: str) -> bool:
    """Whether a PATH the Dockerfile sets (kept by the runner) searches ``directory``."""
    return any(isinstance(f.node, ast.Env) and any(p.key == "PATH" for p in f.node.pairs)
               for f in ctx.facts.instructions) and \
        directory in {d.rstrip("/") or "/" for d in ctx.facts.final.path_dirs}


def carried(ctx: Context, main, program: str, artifact):
    """The artifact the runner gets for the guessed ``artifact``: the make's directory
    as a tree, or the file marked to be staged (``stage``)."""
    directory = artifact.directory.rstrip("/") or "/"
    from ..knowledge.filesystem import SYSTEM_DIRS
    make = "make (in " in artifact.how
    if make and directory not in SYSTEM_DIRS and ("/" in program or _path_set(ctx, directory)):
        return dataclasses.replace(
            artifact, directory=posixpath.dirname(directory),
            name=posixpath.basename(directory), tree=True, unmade=artifact.path,
            how=f"{artifact.how}; `{program}` taken from {main.name}, the directory copied "
            "whole, so a program the build did not make fails at start as in the original")
    return dataclasses.replace(artifact, unmade=artifact.path)


def stage(ctx: Context, artifact) -> None:
    """The builder RUN staging a guessed file (not a tree) where the build wrote it."""
    if not artifact.unmade or artifact.tree:
        return
    quoted = shlex.quote(artifact.unmade)
    text = f"mkdir -p {STAGED} && {{ [ ! -e {quoted} ] || cp -p {quoted} {STAGED}/; }}"
    ctx.detection = dataclasses.replace(
        ctx.detection, builder_additions=ctx.detection.builder_additions + (run_node(
            text, f"the command's {artifact.name}, where the build wrote it (its name is "
            "taken from the command)"),))
    ctx.added.append(f"`{artifact.name}` is staged in the builder ({STAGED}) only where the "
                     f"build wrote {artifact.unmade} and copied from there: the build does "
                     "not show it makes that name, so a missing one fails at start as in the "
                     "original, not the rewrite's build")
