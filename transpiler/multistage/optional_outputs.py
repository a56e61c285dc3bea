"""Binaries the build may or may not write (``Artifact.optional``): ``go install
github.com/hpcloud/tail`` names a package that may be a library, and a library package
installs no binary.  Besides the command's own program (which the original needs as
much as the rewrite, so it is copied by its path), such a binary reaches the runner
only where the build wrote it: the builder copies each one that exists into a staging
directory laid out at its absolute path, and the runner copies that directory onto
``/``.  A ``COPY --from=builder /go/bin/tail`` of a file the build never wrote would
fail the rewrite's build where the original builds and runs."""

from __future__ import annotations

import dataclasses
import posixpath
import shlex

from .context import Context
from .recipes.artifacts import Artifact
from .runner_setup import run_node
from .root_staging import staged_onto_root

#: where the builder puts the optional binaries that exist, at their own paths
STAGED = staged_onto_root("/opt/dtranspile-optional-outputs")


def staging_text(paths, root: str = STAGED, trees: bool = False) -> str:
    """The builder's shell text copying each of ``paths`` that exists under ``root``
    at its own path (plain ``mkdir -p`` and ``cp -p``: BusyBox's cp has no --parents);
    with ``trees``, directories copied whole (``cp -pR``: links inside kept as links)."""
    parts = [f"mkdir -p {root}"]
    copy = "cp -pR" if trees else "cp -p"
    for path in paths:
        folder = shlex.quote(root + posixpath.dirname(path).rstrip("/"))
        quoted = shlex.quote(path)
        parts.append(f"{{ [ ! -e {quoted} ] || {{ mkdir -p {folder} && "
                     f"{copy} {quoted} {folder}/; }}; }}")
    return " && ".join(parts)


def stage(ctx: Context) -> None:
    """Replaces the optional artifacts other than the command's program with the staged
    directory and the builder step that fills it."""
    entry = ctx.entry.path if ctx.entry is not None else None
    optional = [a for a in ctx.detection.artifacts
                if a.optional and a.certain and a.path and not a.tree and a.path != entry]
    if not optional:
        return
    paths = tuple(dict.fromkeys(a.path for a in optional))
    listed = ", ".join(paths)
    tree = Artifact(posixpath.dirname(STAGED), posixpath.basename(STAGED),
                    f"the binaries the build may write ({listed}: a package named by import "
                    "path, which writes none when it is a library), each copied only where "
                    "the build wrote it", -1, tree=True, destination="/")
    ctx.detection = dataclasses.replace(
        ctx.detection,
        artifacts=tuple(a for a in ctx.detection.artifacts if a not in optional) + (tree,),
        builder_additions=ctx.detection.builder_additions + (run_node(
            staging_text(paths), "the binaries the build may write, where it wrote them"),))
    ctx.added.append(f"{listed}: written only if the package is a main package, which the "
                     "Dockerfile does not show (a library installs no binary): staged in the "
                     f"builder ({STAGED}) where the build wrote them and copied to the same "
                     "paths in the runner")
