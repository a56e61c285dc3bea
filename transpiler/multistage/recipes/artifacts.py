"""Files a build writes, and which of them a command starts."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from typing import Optional, Sequence, Tuple

from ...analysis.state import resolve_path


@dataclass(frozen=True)
class Artifact:
    """A file a build step writes.  ``name`` is None when it cannot be known from the
    Dockerfile alone (e.g. ``go build`` in module mode names the binary after go.mod);
    the CMD/ENTRYPOINT target then decides."""

    directory: Optional[str]
    name: Optional[str]
    how: str
    index: int  # index in the stage body of the instruction that writes it
    certain: bool = True
    #: a directory (venv, node_modules + dist, an app's source tree): a program found
    #: anywhere under it is "in" the artifact, and it is copied whole
    tree: bool = False
    #: where the runner gets it when not at the same path (``pip --prefix=/install``
    #: -> ``/usr/local``); None = the same path
    destination: Optional[str] = None
    #: where the builder holds it when not at ``path`` (an install into an image's own
    #: /usr/local, staged apart from the image's files); None = at ``path``
    source: Optional[str] = None
    #: the program comes with the runner image (``node``, ``python``, ``java``): the
    #: command needs no copy of its own, only the recipe's other artifacts
    provided: bool = False
    #: the image directory whose project files name the artifact when ``certain`` is
    #: False (the module root of ``go build .``); read with ``--context``
    source_dir: Optional[str] = None
    #: (stage body index, argv) of the ``mv`` that put the artifact here after the build
    #: (moved_outputs): that command made it, it does not move it away
    moved_by: Optional[Tuple[int, Tuple[str, ...]]] = None
    #: a tree whose contents are a guess: the prefix a ``make install`` writes when no
    #: configure step wrote its Makefile (a hand-written one may install into /usr/bin
    #: or /opt instead of the /usr/local taken): the program the command runs is tested
    #: in the builder, so a runner without it fails the build, not the container
    unsure: bool = False
    #: a tree copied onto a directory that brings only some of the files the builder
    #: has there (the links ``npm install -g`` made in /usr/local/bin): a file put
    #: there by other means (``curl -o /usr/local/bin/x``) is not in it
    partial: bool = False
    #: the build writes it only if the package is a main package, which the Dockerfile
    #: does not show (``go install github.com/hpcloud/tail`` of a library package writes
    #: no binary): another binary than the command's is copied only where the build
    #: wrote it (optional_outputs), so its absence does not fail the runner's COPY
    optional: bool = False
    #: the command's program taken for a file the build made because nothing else is
    #: known to bring it (``service`` on python:2.7 read as a console script): where RUNs
    #: are captured, whose packages the runner installs again, it may be one of theirs,
    #: so it is tested in the runner after the captured files instead of copied on its own
    #: (a copy of a file the builder lacks fails the build of a rewrite that would run)
    guessed: bool = False
    #: the path as a shell glob where the builder's image decides a directory's name
    #: that the Dockerfile does not (the site-packages of a python tag whose X.Y moves:
    #: ``/usr/local/lib/python3.*/site-packages``): the transpiler's builder RUNs name
    #: it so, and the runner copies it without writing the name (``floating_site``);
    #: ``path`` keeps the name on the image data's date, for reading the build
    pattern: Optional[str] = None
    #: a directory copied whole because the command's program is taken by name for a
    #: file the build wrote there, which it does not show it makes (``make`` in
    #: /cpuminer, ``ENTRYPOINT ["./cpuminer"]``): that program's path, which no check
    #: finds made (a missing one fails at start, as in the original)
    unmade: Optional[str] = None
    #: the file of the build context it is, a context COPY of the builder bringing it
    #: inside a directory copied whole (``COPY . .`` then ``CMD ./start.sh``): its path
    #: there, by which the post-conditions find that copy in the builder (they read the
    #: builder's text, not the context, and a copy's destination alone names no file)
    context_source: Optional[str] = None
    #: a tree the runner image has a copy of its own of, which the build may have made
    #: smaller (the official python images' site-packages, whose own pip and setuptools
    #: an upgrade or uninstall replaces): the runner removes its own before the copy,
    #: which only adds (``replaced_tree``), so it ends with exactly the builder's
    replaces: bool = False

    @property
    def path(self) -> Optional[str]:
        if self.directory is None or self.name is None:
            return None
        return self.directory.rstrip("/") + "/" + self.name

    def holds(self, path: str) -> bool:
        """Whether the runner's copy of this artifact brings ``path``: the artifact
        itself, or a path under it when it is a tree copied whole."""
        own = self.path
        return own is not None and (path == own or self.tree and
                                    path.startswith(own.rstrip("/") + "/"))


def match_artifact(program: str, workdir: Optional[str], path_dirs,
                   artifacts: Sequence[Artifact]) -> Tuple[Optional[Artifact], str]:
    """(artifact, how) for the program a command starts; the artifact is a copy whose
    name is fixed when it was only guessed."""
    if "/" in program:
        target = resolve_path(workdir, program)
        if target is None:
            return None, ""
        candidates = [(posixpath.dirname(target), posixpath.basename(target))]
    else:
        candidates = [(d.rstrip("/") or "/", program) for d in path_dirs]
    for directory, name in candidates:
        for art in artifacts:
            if art.directory == directory and art.name == name and art.certain:
                return art, "exact"
    for directory, name in candidates:
        for art in artifacts:
            if art.tree and art.path and art.certain and \
                    (directory + "/").startswith(art.path.rstrip("/") + "/"):
                return art, "exact"  # a program inside a copied directory (a venv's bin/)
    for directory, name in candidates:
        for art in artifacts:
            if art.directory == directory and (art.name == name or not art.certain) \
                    and not art.tree:
                fixed = Artifact(directory, name, art.how, art.index, True)
                return fixed, "exact" if art.name == name else "guess"
    return None, ""
