"""The build's output where a ``cp``/``install``/``mv`` after the build put it (``cp -f
./bin/x /go/bin/x``, ``mv x /go/bin/``, then ``ENTRYPOINT ["x"]``): the command runs that
copy, and the runner takes it from there.  The words are read with the variables in
force at the command (``cp /${tarball}/goup .``).  A target that is no directory by its
spelling (``cp -r /data/tank /data/build``) may still be one in the builder: the file
lands at ``target/<name>`` then, and at ``target`` otherwise; the path the command runs
decides, since only one of the two can be what it starts.  A build that puts another
program of its own on PATH is declined: the runner would not get it."""

from __future__ import annotations

import dataclasses
import posixpath
from typing import Optional

from ..analysis import artifact_moves
from ..analysis.state import resolve_path
from .decline import Decline
from .recipes.artifacts import Artifact
from .recipes.full_image_libraries import PRIVATE_ARTIFACT, with_private_libraries
from .recipes.run_walk import path_arg, steps


def moved_artifact(ctx, program: str) -> Optional[Artifact]:
    """The artifact a ``cp``/``install``/``mv`` after the build put where the command runs
    it (``cp -f ./bin/x /go/bin/x``): a copy of the build's certain output, or of the file
    named after the command in a directory the build wrote to under a name it does not
    show (``go build`` naming the binary after the module).  A ``mv`` takes the output
    away from where the build wrote it: the runner copies it from its new place only.
    None when no such command is read."""
    final = ctx.facts.final
    if "$" in program:
        return None
    targets = [resolve_path(final.workdir, program)] if "/" in program else \
        [posixpath.join(d.rstrip("/") or "/", program) for d in final.path_dirs]
    targets = [t for t in targets if t]
    det = ctx.detection
    certain = {a.path: a for a in det.artifacts if a.path and a.certain and not a.tree}
    unnamed = {a.directory: a for a in det.artifacts if not a.certain and a.directory}
    first = min((a.index for a in det.artifacts), default=None)
    if first is None or not targets:
        return None
    found, others = None, []
    path_dirs = {d.rstrip("/") or "/" for d in final.path_dirs}
    for step in steps(ctx.facts):
        if step.problem or step.command is None or step.cwd is None:
            continue
        for move in artifact_moves.command_moves(step.command):
            dest = path_arg(move.target, step) if move.target else None
            if dest is not None and move.tool in ("cp", "install", "mv") and (
                    dest in path_dirs or posixpath.dirname(dest) in path_dirs):
                others.append((step, move, dest))
        if step.index < first:
            continue
        for move in artifact_moves.command_moves(step.command):
            if move.tool not in ("cp", "install", "mv") or not move.known or move.symbolic or \
                    move.target is None:
                continue
            dest = path_arg(move.target, step)
            if dest is None or any(c in dest for c in "*?["):
                continue
            for src_word in move.sources:
                src = path_arg(src_word, step)
                if src is None or any(c in src for c in "*?["):
                    continue
                into = move.into_directory or dest in final.path_dirs or \
                    dest.rstrip("/") in [d.rstrip("/") for d in final.path_dirs]
                inside = posixpath.join(dest, posixpath.basename(src))
                if into:
                    landed = inside
                elif dest in targets or inside in targets:
                    landed = dest if dest in targets else inside  # the path run decides
                else:
                    continue
                if landed not in targets:
                    continue
                art = certain.get(src)
                if art is None and posixpath.dirname(src) in unnamed and \
                        posixpath.basename(src) == posixpath.basename(landed):
                    art = unnamed[posixpath.dirname(src)]
                if art is not None:
                    found = (art, move, landed, step)
    if found is None:
        return None
    art, move, landed, step = found
    for other_step, other, dest in others:
        if other is not move and landed not in (dest, posixpath.join(dest, posixpath.basename(
                resolve_path(other_step.cwd, other.sources[-1]) or ""))):
            raise Decline(f"{other_step.where}: `{' '.join(other_step.argv[:4])}` puts another "
                          f"program the build made on PATH ({dest}), which the runner would "
                          f"not get beside {landed}")
    kept = det.artifacts if move.tool != "mv" else tuple(a for a in det.artifacts if a is not art)
    moved = Artifact(posixpath.dirname(landed), posixpath.basename(landed),
                     f"{step.where}: `{' '.join(step.argv[:4])}` put the build's output there "
                     f"({art.how})", step.index,
                     moved_by=(step.index, step.argv) if move.tool == "mv" else None)
    ctx.detection = dataclasses.replace(det, artifacts=kept + (moved,),
                                        extra_build_indices=tuple(sorted(set(
                                            det.extra_build_indices) | {step.index})))
    if PRIVATE_ARTIFACT in det.artifacts and move.tool == "mv":
        # the RPATH read runs after the move: it reads the binary where it landed
        ctx.detection = with_private_libraries(ctx.detection, ctx.facts)
    return moved

