"""The checkouts of editable VCS requirements (``-e git+https://...#egg=x``) of a
requirements file that is not read.  The system pip checks them out under ``--src``
(``<cwd>/src`` by default outside a virtualenv: ``RUN pip install -r
/requirements.txt`` at / writes /src) and site-packages holds only a link to each, so a
runner that has site-packages without that directory fails at the import.

Whether the file names any is known only when it is read from the build context
(``python._with_requirements_editables`` then copies the checkouts it names); without
it the directory is copied where the build made it: the builder stages it when it
exists, the runner copies the staging directory onto /.  A ``COPY --from=builder
/src`` of a directory the build did not make would fail the rewrite's build where the
original builds (most requirements files have no editable requirement)."""

from __future__ import annotations

import dataclasses
import posixpath
from typing import TYPE_CHECKING

from ..analysis.paths import within_any
from .root_staging import staged_onto_root

if TYPE_CHECKING:
    from .context import Context

#: where the builder puts the checkout directories that exist, at their own paths
STAGED = staged_onto_root("/opt/dtranspile-pip-checkouts")


def stage(ctx: Context) -> None:
    """Adds the staged checkout directories of the installs of unread requirements
    files that no tree the runner copies holds and no capture takes (a captured RUN's
    writes reach the runner with the others)."""
    if ctx.recipe is None or ctx.recipe.name != "python":
        return
    # (here: runtime_inputs names STAGED, and this module is imported with it)
    from .optional_outputs import staging_text
    from .project import Project
    from .recipes.artifacts import Artifact
    from .recipes.python import unread_checkouts
    from .runner_setup import run_node

    project = Project(ctx.sent, ctx.facts) if ctx.sent is not None else None
    copied = [a.path for a in ctx.detection.artifacts if a.tree and a.path]
    first_captured = min(ctx.captured) if ctx.captured else None
    paths = [path for index, path in unread_checkouts(ctx.facts, project)
             if not within_any(path, copied) and
             (first_captured is None or index < first_captured)]
    paths = list(dict.fromkeys(paths))
    if not paths:
        return
    listed = ", ".join(paths)
    tree = Artifact(posixpath.dirname(STAGED), posixpath.basename(STAGED),
                    f"the directories pip checks editable requirements out to ({listed}), "
                    "copied where the build made them", -1, tree=True, destination="/")
    ctx.detection = dataclasses.replace(
        ctx.detection, artifacts=ctx.detection.artifacts + (tree,),
        builder_additions=ctx.detection.builder_additions + (run_node(
            staging_text(paths, STAGED, trees=True), "the checkouts of editable "
            "requirements (-e) of the requirements files, where pip made them"),))
    ctx.added.append(
        f"{listed}: where pip checks out the editable VCS requirements (-e git+...) of a "
        "requirements file that is not read, which site-packages only links to: staged in "
        f"the builder ({STAGED}) where the build made it and copied to the same path in the "
        f"runner")
