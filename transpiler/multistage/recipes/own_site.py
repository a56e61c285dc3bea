"""The runner's own copy of a tree the builder's replaces: the official python images'
``/usr/local/lib/pythonX.Y/site-packages``, which holds the image's own pip (and
setuptools and wheel up to Python 3.11) in the slim, alpine and full images alike.

A build that upgrades or removes one of them (``pip install --upgrade pip setuptools
wheel``, a requirements file pinning setuptools, a package that requires a newer one,
``pip uninstall -y setuptools``) leaves the builder's site-packages with the new
``pip-NEW.dist-info`` and without the old one; ``COPY`` only adds, so the runner ended with
both dist-info directories and the old version's modules the new one dropped: the set
of installed distributions a program reads (``importlib.metadata``, ``pip list``, entry
points) was not the original's.  Which packages a build upgrades is not known (a
requirements file, a dependency's own requirement), so the runner always removes its
own directory right before the copy, and ends with exactly the builder's.

Why this way: a ``RUN rm -rf`` before the unchanged ``COPY`` is exact whatever the build
did, the same for slim, alpine and same-image runners and for Python 2.7 and 3.x, and
adds one layer of whiteouts (nothing: the runner's own files are in its base layers
either way).  Replacing the COPY with one ``RUN --mount=type=bind,from=builder`` that
removes and copies (as ``floating_site`` must, for a name it cannot write) would save
that empty layer only, and move the copy out of the COPY every post-condition and the
copied-paths bookkeeping read.  Deleting only the runner's distributions the builder no
longer has (their RECORDs) needs the runner image's list in the builder, and leaves what
no RECORD names (the old version's ``__pycache__``); more text for no smaller image.
Both ways need a shell and root, as this one does: a runner without a shell (distroless)
has no site-packages of its own under /usr/local, so its plain COPY is exact already."""

from __future__ import annotations

import shlex

from ...tree import ast

#: the comment over the removal, which also tells it apart from the runner's other RUNs
COMMENT = ("# this image's own site-packages (pip, setuptools, wheel) out first: COPY only "
           "adds, and the build may have upgraded or removed them")


def removal_run(path: str) -> ast.Run:
    """The runner's RUN removing its own ``path`` before the COPY of the builder's."""
    return ast.Run(keyword="RUN", command=ast.ShellForm(f"rm -rf {shlex.quote(path)}"),
                   leading=(ast.Comment(COMMENT),))


def is_removal_run(node) -> bool:
    """Whether ``node`` is a RUN ``removal_run`` made (its comment)."""
    return isinstance(node, ast.Run) and any(
        isinstance(c, ast.Comment) and c.text == COMMENT for c in node.leading)
