"""Whether one image path lies inside another (``is_within``), or either inside the
other (``overlaps``): the tests that the passes and recipes ask of COPY targets,
WORKDIRs, RUN writes and artifact trees.

It lives apart from ``state`` (the build state at each instruction) because it reads
no state: it compares two paths as written, after normalising them."""

from __future__ import annotations

import posixpath
from functools import lru_cache
from typing import Iterable, Optional


@lru_cache(maxsize=8192)  # the same few hundred paths are asked again and again
def normal(path: str) -> str:
    """``path`` with trailing and doubled slashes, ``.`` and ``..`` folded, as the
    image's file system resolves it where no link is on the way (``/app/`` and
    ``/app/./`` are ``/app``; ``/`` and ``//`` are ``/``).  The texts compared are
    Dockerfile paths, not the files of an image, so a link is never followed: a path
    through a link is taken as written, which is how Docker writes a COPY to it."""
    out = posixpath.normpath(path)
    if out.startswith("//"):  # POSIX leaves a leading pair alone; Linux does not
        out = "/" + out.lstrip("/")
    return out


def is_within(path: Optional[str], directory: Optional[str], *,
              root_holds_all: bool = True) -> bool:
    """Whether ``path`` is ``directory`` or lies below it (``/app/src`` within ``/app``,
    ``/application`` not), both normalised (see ``normal``).

    A path or directory that is not known (None, or empty) holds and lies within
    nothing: a caller that cannot resolve a path must not take it as inside.  A relative
    path is not within an absolute directory (nor the other way round): where it lands
    depends on a directory the caller has not resolved.

    ``root_holds_all=False`` is for the callers for which ``/`` is not a tree that holds
    the image (a COPY of the build context to ``/`` does not make every path of the
    image the context's): there ``/`` holds itself only."""
    if not path or not directory or path.startswith("/") != directory.startswith("/"):
        return False
    path, directory = normal(path), normal(directory)
    if path == directory:
        return True
    if directory == "/":
        return root_holds_all
    return path.startswith(directory + "/")


def overlaps(a: Optional[str], b: Optional[str], *, root_holds_all: bool = True) -> bool:
    """Whether one of ``a`` and ``b`` is within the other (``is_within`` either way:
    ``/app`` and ``/app/src``, ``/app/src`` and ``/app``, not ``/app`` and ``/srv``), the
    paths normalised once.  An unknown path overlaps nothing; ``root_holds_all`` as for
    ``is_within``."""
    if not a or not b or a.startswith("/") != b.startswith("/"):
        return False
    a, b = normal(a), normal(b)
    if a == b:
        return True
    if a == "/" or b == "/":
        return root_holds_all
    return a.startswith(b + "/") or b.startswith(a + "/")


def within_any(path: Optional[str], directories: Iterable[Optional[str]], *,
               root_holds_all: bool = True) -> bool:
    """Whether ``path`` is within one of ``directories`` (see ``is_within``)."""
    return any(is_within(path, d, root_holds_all=root_holds_all) for d in directories)
