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
has no site-packages of its own under /usr/local, so its plain COPY is exact already.

The packages of that directory have scripts in ``/usr/local/bin`` (``SCRIPTS``: pip's
pip, pip3 and pip3.X, setuptools' easy_install before 52, wheel's wheel), which the same
build upgraded or removed with them: ``pip uninstall -y pip`` leaves the original no
``pip``, an upgrade of setuptools past 52 no ``easy_install``, and an old pip's script
(before 19.3) imports an entry point the new pip moved.  So the builder gathers them as
the build left them, with the console scripts it created (``python.IMAGE_OWN`` names
the interpreter's files only), and the same RUN removes the runner's own ones with its
site-packages: the COPY of the gathered scripts then gives it exactly the builder's.
The names, not the runner's RECORDs: the RUN needs no Python (a ``--runtime`` image
with a shell), and the images' own site-packages holds no other package with scripts."""

from __future__ import annotations

import posixpath
import shlex

from ...tree import ast

#: the comment over the removal, which also tells it apart from the runner's other RUNs
COMMENT = ("# this image's own site-packages (pip, setuptools, wheel) and their scripts out "
           "first: COPY only adds, and the build may have upgraded or removed them")
#: the packages of the images' own site-packages by the names of their scripts in the
#: prefix's bin (pip, pip3, pip3.11; easy_install, easy_install-3.8; wheel), each also
#: with a version after it or after a dash (not pip-compile, pip-tools' own)
SCRIPTS = ("pip", "easy_install", "wheel")


def scripts_removal(site: str) -> str:
    """The shell command removing the scripts of ``SCRIPTS`` from the bin directory of
    the prefix of ``site`` (``/usr/local/lib/pythonX.Y/site-packages``, or its glob:
    /usr/local/bin); a glob matching nothing stays a word ``rm -f`` ignores."""
    bin_dir = posixpath.join(posixpath.dirname(posixpath.dirname(posixpath.dirname(site))),
                             "bin")
    quoted = shlex.quote(bin_dir)
    return "rm -f " + " ".join(f"{quoted}/{name}{suffix}" for name in SCRIPTS
                               for suffix in ("", "[0-9]*", "-[0-9]*"))


def removal_run(path: str) -> ast.Run:
    """The runner's RUN removing its own ``path`` and the scripts of its packages
    before the COPY of the builder's."""
    return ast.Run(keyword="RUN", command=ast.ShellForm(
        f"rm -rf {shlex.quote(path)} && {scripts_removal(path)}"),
        leading=(ast.Comment(COMMENT),))


def is_removal_run(node) -> bool:
    """Whether ``node`` is a RUN ``removal_run`` made (its comment)."""
    return isinstance(node, ast.Run) and any(
        isinstance(c, ast.Comment) and c.text == COMMENT for c in node.leading)
