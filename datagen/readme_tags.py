"""An image family's published tags as its repository's README lists them: the list of
"supported tags and respective Dockerfile links" many image repositories open with
(``* [`python3.6` _(Dockerfile)_](https://github.com/<owner>/<repo>/blob/master/
python3.6/Dockerfile)``, ``- [`stable`, `1.18` (*/stable/Dockerfile*)](...)``), read
after each first-parent commit of a branch as a manifest history (``git_family``).

Only links into the repository itself count (a link to another repository, as an old
README's to a previous home of the Dockerfiles, names no file the commit has), and
only files the commit has.  Tags the list stops linking keep the image of their last
listing."""

from __future__ import annotations

import os
import re
import subprocess
from typing import Callable, Dict, Iterator, List, Optional, Set, Tuple

from . import manifests

_BULLET = re.compile(r"^\s*[*-]\s")


def _git(repo_dir: str, *args: str) -> str:
    return subprocess.run(["git", "-C", repo_dir, *args], check=True, capture_output=True,
                          text=True).stdout


def table(readme: str, repo: str) -> List[Tuple[Tuple[str, ...], str]]:
    """(tags, linked path) of each Dockerfile link of the README's first tag list (its
    items up to the first heading after them); ``repo`` is owner/name (any case)."""
    link = re.compile(r"\[([^\]]*)\]\(https://github\.com/" + re.escape(repo) +
                      r"/blob/[^/\s)]+/([^)\s#]+)\)", re.I)
    out = []
    started = False
    for line in readme.splitlines():
        if line.startswith("#") and started:
            break
        if not _BULLET.match(line):
            continue
        for label, path in link.findall(line):
            if "Dockerfile" not in label:
                continue
            tags = tuple(re.findall(r"`([^`]+)`", label))
            if tags and (path.endswith("Dockerfile") or path.endswith(".dockerfile")):
                out.append((tags, path))
                started = True
    return out


def relative_table(readme: str, repo: str = "") -> List[Tuple[Tuple[str, ...], str]]:
    """(tags, linked path) of each item of a list whose tags stand before a link
    relative to the README (``* `0.19.1-python3`, `0.19-python3` *([0.19/python3/
    Dockerfile](./0.19/python3/Dockerfile))*``): the form Docker Hub's automated builds
    of a repository's folders were listed in."""
    link = re.compile(r"\]\(\./([^)\s#]+)\)")
    out = []
    for line in readme.splitlines():
        if not _BULLET.match(line):
            continue
        m = link.search(line)
        if m is None or not m.group(1).endswith("Dockerfile"):
            continue
        tags = tuple(re.findall(r"`([^`]+)`", line[:m.start()].split("[", 1)[0]))
        if tags:
            out.append((tags, m.group(1)))
    return out


def history(repo_dir: str, repo: str, family: str, branch: str = "master",
            own_path: Optional[Callable[[str, Set[str]], Optional[str]]] = None,
            parse: Callable[[str, str], List[Tuple[Tuple[str, ...], str]]] = table,
            ) -> Iterator[Tuple[int, str, Dict[str, manifests.Entry]]]:
    """(unix time, family, tag -> entry) after each first-parent commit of ``branch``
    whose README lists tags.  ``own_path(tag, files)``: the file a repository's build
    scripts build the tag from, when they say so better than the README's link;
    ``parse``: how the README lists them (``table``, ``relative_table``)."""
    commits = [line.split() for line in _git(repo_dir, "log", "--first-parent", "--reverse",
                                             "--format=%H %ct", branch).splitlines()]
    readmes = manifests.read_blobs(repo_dir, [f"{c}:README.md" for c, _ in commits])
    for commit, ts in commits:
        rows = parse(readmes.get(f"{commit}:README.md") or "", repo)
        if not rows:
            continue
        files = set(_git(repo_dir, "ls-tree", "-r", "--name-only", commit).splitlines())
        by_path: Dict[str, List[str]] = {}
        for tags, linked in rows:
            for tag in tags:
                path = (own_path(tag, files) if own_path else None) or linked
                if path in files:
                    by_path.setdefault(path, []).append(tag)
        snapshot: Dict[str, manifests.Entry] = {}
        for path, tags in by_path.items():
            entry = manifests.Entry(tuple(sorted(set(tags))), (), repo, commit,
                                    os.path.dirname(path) or ".", os.path.basename(path), "",
                                    True)
            for tag in tags:
                snapshot[tag] = entry
        if snapshot:
            yield int(ts), family, snapshot
