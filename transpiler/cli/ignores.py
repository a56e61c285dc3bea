"""What a folder walk leaves out because the repository says so: its ``.gitignore`` files.

``dtranspile --fmt -w .`` in a stranger's checkout must touch what the project keeps, not
what it generates or vendors (``build/``, ``dist/``, a ``third_party/`` it ignores), as
black, ruff and dprint leave out what git ignores.  The rules are git's: every
``.gitignore`` from the repository's top (the nearest folder above with a ``.git``) down
to the file's folder, and ``.git/info/exclude``; the deepest file with a pattern matching
the path decides, and within a file the last matching pattern (``!keep.Dockerfile``
takes a file back).  A folder that is ignored is not entered, so nothing under it comes
back, as in git.  The patterns are git's wildmatch (``gitignore_patterns``).  A file
named on the command line is always taken; ``--no-respect-gitignore`` turns all of this
off."""

from __future__ import annotations

import os
from typing import List, Optional, Tuple

#: the repository-wide file of patterns beside the ``.gitignore`` files (lowest precedence)
EXCLUDE = os.path.join(".git", "info", "exclude")
#: a pattern file larger than this is not a hand-written ignore file: it is not read
_LIMIT = 1 << 20


def _spec(path: str):
    """The patterns of the ignore file at ``path``, or None when it has none (or is not a
    regular file that can be read: a repository's files are not trusted to be)."""
    from ..safe_files import UnsafeFile, read_text
    from .gitignore_patterns import IgnoreFile

    try:
        text = read_text(path, _LIMIT)
    except (OSError, UnsafeFile):
        return None
    # (git skips a UTF-8 byte-order mark; CRLF line ends split as LF ones)
    spec = IgnoreFile(text[1:].splitlines() if text.startswith("\ufeff") else text.splitlines())
    return spec if spec else None


def _repository_top(folder: str) -> Optional[str]:
    """The nearest folder at or above ``folder`` holding ``.git`` (a folder, or the file
    a worktree or submodule has), or None outside a repository."""
    here = folder
    while True:
        if os.path.lexists(os.path.join(here, ".git")):
            return here
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


def _decide(owners, folder: str) -> bool:
    """Whether ``folder`` (from the repository's top) is ignored by ``owners``' patterns
    (each as its folder from the top and its patterns, lowest precedence first)."""
    for owner, spec in reversed(owners):
        path = folder[len(owner) + 1:] if owner else folder
        result = spec.check(path, True)
        if result is not None:
            return result
    return False


class Ignores:
    """The ignore files that apply in one folder of a walk, shallowest first: each as
    (the folder it is in, relative to the walk's top, or the path from it down to the
    top when it lies above; its patterns)."""

    __slots__ = ("levels",)

    def __init__(self, levels: Tuple[Tuple[str, bool, object], ...]):
        self.levels = levels

    @classmethod
    def above(cls, top: str) -> "Ignores":
        """The ignore files of the repository above the walk's top folder (and its
        ``.git/info/exclude``); the top's own ``.gitignore`` comes with ``enter``.  A top
        folder that they ignore (`build/`, named on the command line) is the user's
        choice, as a named file is: then only the ignore files inside it apply."""
        real = os.path.realpath(top)
        repo = _repository_top(real)
        if repo is None:
            return cls(())
        levels: List[Tuple[str, bool, object]] = []
        owners: List[Tuple[str, object]] = []  # (the file's folder from repo, patterns)
        spec = _spec(os.path.join(repo, EXCLUDE))
        if spec is not None:
            levels.append((os.path.relpath(real, repo), True, spec))
            owners.append(("", spec))
        folder, rel = repo, ""
        while folder != real:
            spec = _spec(os.path.join(folder, ".gitignore"))
            if spec is not None:
                levels.append((os.path.relpath(real, folder), True, spec))
                owners.append((rel, spec))
            name = os.path.relpath(real, folder).split(os.sep)[0]
            folder, rel = os.path.join(folder, name), f"{rel}/{name}" if rel else name
            # (each folder down to the top, as a walk from the repository's top meets it)
            if _decide(owners, rel):
                return cls(())
        return cls(tuple(levels))

    def enter(self, folder_path: str, rel: str, has_file: bool) -> "Ignores":
        """The ignores inside ``folder_path`` (``rel`` from the top: '' for the top):
        its own ``.gitignore`` added when its listing shows one (``has_file``)."""
        if not has_file:
            return self
        spec = _spec(os.path.join(folder_path, ".gitignore"))
        if spec is None:
            return self
        return Ignores(self.levels + ((rel, False, spec),))

    def ignored(self, rel: str, is_dir: bool) -> bool:
        """Whether the entry at ``rel`` (from the top, '/'-separated) is ignored."""
        for base, is_above, spec in reversed(self.levels):
            if is_above:  # (base: from the ignore file's folder down to the top)
                path = "/".join(p for p in (base.replace(os.sep, "/"), rel) if p and p != ".")
            else:  # (base: the ignore file's folder, from the top)
                path = rel[len(base) + 1:] if base else rel
            if not path:
                continue  # (the folder of the ignore file itself)
            result = spec.check(path, is_dir)
            if result is not None:
                return result
        return False

    def __bool__(self) -> bool:
        return bool(self.levels)
