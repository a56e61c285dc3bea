"""Files of the build context that the program may read at run time.

``COPY . .`` brings the whole context into the builder; the artifacts alone reach the
runner, so a program that reads ``conf/application.conf``, ``Rocket.toml``,
``templates/`` or ``migrations/`` relative to its working directory fails there.
Which files it reads cannot be seen in the Dockerfile, so the choice that works
either way is taken: the runner copies the same directory from the context again (the
build's outputs are not in the context; the artifacts come from the builder), unless
the build context is given and holds nothing but what a build consumes (sources,
project and build files, ``knowledge.filesystem``)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import List

from ..analysis.state import resolve_path
from ..analysis.variables import expand
from ..knowledge.filesystem import BUILD_DIRS, BUILD_FILES, SOURCE_SUFFIXES
from ..safe_files import check_regular
from ..tree import ast
from .decline import Decline


def runtime_input_copies(ctx, runner) -> List[ast.Instruction]:
    """The runner's copies of context directories the builder received whole."""
    det = ctx.detection
    if det.replaces_program:
        return []  # a web server serves the build output, nothing else
    trees = [a.path.rstrip("/") + "/" for a in det.artifacts if a.tree and a.path]
    facts = {f.index: f for f in ctx.facts.instructions}
    out: List[ast.Instruction] = []
    for placement in ctx.placements:
        node = placement.node
        if placement.where != "builder" or not isinstance(node, (ast.Copy, ast.Add)) or \
                node.flag("from") is not None or \
                not any(src in (".", "./") for src in node.sources):
            continue
        fact = facts[placement.index]
        target = copy_target(node, fact)
        if target is None:
            raise Decline(f"{node.name} at {ctx.line_of(node)} copies the build context to a "
                          "directory that is not known; the program may read files from it at "
                          "run time")
        if any((target.rstrip("/") + "/").startswith(t) for t in trees):
            continue  # the recipe carries that directory already
        if ctx.context is not None and _only_build_inputs(Path(ctx.context)):
            ctx.added.append(f"{node.name} at {ctx.line_of(node)} not repeated in the runner: "
                             "the build context holds only sources and build files")
            continue
        chown = node.flag("chown")
        owner = (chown.value or "").split(":")[0] if chown is not None else ""
        if owner and not owner.isdigit() and runner.known and owner not in runner.users:
            raise Decline(f"{node.name} at {ctx.line_of(node)} gives the context to user {owner}, "
                          f"which the runner {ctx.runner.image} does not have before its setup")
        absolute = target if target.endswith("/") or target == "/" else target + "/"
        out.append(ast.replace(node.with_changes(paths=node.paths[:-1] + (absolute,)),
                               leading=(ast.Comment("# files the program may read at run time "
                                                    "(config, templates, static files)"),)))
        ctx.added.append(f"{node.name} at {ctx.line_of(node)} repeated in the runner (to "
                         f"{absolute}): the program may read files of the build context at run "
                         "time, which only the builder had" +
                         ("" if ctx.context is not None else "; no build context was given to "
                          "tell which"))
    return out


def copy_target(node, fact):
    """The absolute destination of a COPY/ADD (None: a variable or directory not known)."""
    dest = expand(node.destination or "", fact.before.variables())
    return resolve_path(fact.before.workdir, dest.value) if dest.complete else None


def _only_build_inputs(root: Path) -> bool:
    """Whether every file of the context is something a build consumes.  An entry that
    is no file a program could read (a FIFO, socket or device, a link out of the context,
    a dangling or looping link) counts as absent, as every other read of the context
    treats it (safe_files); its size does not matter here: nothing is read."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in BUILD_DIRS]
        for name in files:
            if name in BUILD_FILES or name.endswith(SOURCE_SUFFIXES) or \
                    name.startswith(("Dockerfile", "README", "CHANGELOG")):
                continue
            if not _readable_entry(os.path.join(folder, name), root):
                continue
            return False
    return True


def _readable_entry(path: str, root: Path) -> bool:
    try:
        check_regular(path, sys.maxsize, within=root)
    except OSError:  # UnsafeFile included
        return False
    return True
