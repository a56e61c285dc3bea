"""The default user of a builder image the image data knows to run as someone other
than root (haproxy's ``haproxy``, jupyter's ``jovyan``: the USER of the image's own
Dockerfile, read by datagen), when the runner is that same image.

Why root is set first, and only then: the same-image runner installs the original's
run-time packages again and the builder writes its marker and staging into
/var/lib/dtranspile; both need root, and the image starts as its own user.  Setting
``USER root`` first is truthful only where nothing of the original ran as the image's
user: the stage's first USER names root literally (no variable a --build-arg could
change) and comes before every RUN and WORKDIR (a WORKDIR makes its directory as the
user in force).  The original then ran everything it ran after that ``USER root``, as
the runner does; its later USER lines are repeated, so the container runs as the
original's final user (the image's own one again where the original set it back, as
jupyter's Dockerfiles do).  Files the runner copies from the builder keep the owners
they had there (``COPY --from`` without ``--chown``), and WORKDIR, HOME (set from the
user at start) and ENV are the image's and the original's, as in the original.

Where something ran as the image's user before any ``USER root``, the runner would run
it as root, or its own setup as that user: declined, naming the line."""

from __future__ import annotations

from typing import Optional

from ...analysis import StageFacts
from ...tree import ast
from .base import Decline

__all__ = ["default_user", "non_root_default", "check_root_first"]

#: ``USER`` values that name root whatever the image's accounts are
_ROOT = frozenset({"root", "0", "root:root", "0:0", "root:0", "0:root"})


def default_user(facts: StageFacts) -> str:
    """The user the stage's first instruction runs as: the image's default user where
    the data knows the image, root otherwise (the analysis' own assumption)."""
    base = facts.base
    user = (base.default_user if base.known else None) or "root"
    return user.split(":")[0] or "root"


def non_root_default(facts: StageFacts) -> Optional[str]:
    """The image's default user where the data knows it and it is not root, else None."""
    user = default_user(facts)
    return None if user in ("root", "0") else user


def check_root_first(facts: StageFacts, reference: str) -> None:
    """Declines unless nothing of the stage ran as the image's non-root default user
    (see the module docstring); nothing to check for an image that starts as root."""
    user = non_root_default(facts)
    if user is None:
        return
    why = (f"{reference} runs as user {user} (its USER, from the image data) and the "
           "runner is that image, whose setup (the package install, the builder's marker) "
           "needs root")
    for fact in facts.instructions:
        node = fact.node
        line = node.span.line if node.span else fact.index + 1
        if isinstance(node, ast.User):
            if node.value.strip() in _ROOT:
                return
            raise Decline(f"{why}: the first USER, at line {line} (`USER {node.value}`), "
                          "does not name root literally, so the original ran as a user the "
                          "runner's setup could not")
        if isinstance(node, (ast.Run, ast.Workdir)):
            raise Decline(f"{why}: the {node.keyword} at line {line} runs as {user} before "
                          "any USER root, which a runner setting USER root for its setup "
                          "would run as root instead")
    raise Decline(f"{why}: the stage sets no USER root, so the original's RUNs ran as {user}")
