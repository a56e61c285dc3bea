"""``jimmycuadra/rust`` as image data, from the history of jimmycuadra/docker-rust.

The image was a Docker Hub automated ("trusted") build of the repository's one
``Dockerfile`` (its README, 2015-2017; deprecated for the official ``rust`` image in
2017-09): ``latest`` is the ``master`` branch, and each release is a git tag (``1.19.0``;
before 1.5.0 ``v1.1.0``, published as ``1.1.0``).  A git tag is kept only when the
Dockerfile at it builds the Rust release the tag names (``ENV RUST_VERSION=1.1.0``):
that is what says the tag was an image of that release; the ``v`` is dropped.
``latest`` is the last commit of ``master`` (its parent, ``FROM debian``, is the Debian
release that was stable on that day).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from typing import Dict, Iterator, Tuple

from . import git_family, manifests

MIRROR = "jimmycuadra+docker-rust"
REPO = "jimmycuadra/docker-rust"
FAMILY = "jimmycuadra/rust"


def _git(repo_dir: str, *args: str) -> str:
    return subprocess.run(["git", "-C", repo_dir, *args], check=True, capture_output=True,
                          text=True).stdout


def _rust_version(text: str) -> str:
    m = re.search(r"^\s*ENV\s+RUST_VERSION[=\s]\s*(\S+)", text or "", re.M)
    return m.group(1) if m else ""


def history(repo_dir: str) -> Iterator[Tuple[int, str, Dict[str, manifests.Entry]]]:
    """(unix time, family, tag -> entry): each release tag on its day, and ``latest``
    after each first-parent commit of ``master``."""
    events = []
    for line in _git(repo_dir, "for-each-ref", "--format=%(refname:short) %(creatordate:unix)",
                     "refs/tags").splitlines():
        name, ts = line.split()
        commit = _git(repo_dir, "rev-parse", f"{name}^{{commit}}").strip()
        tag = name[1:] if name.startswith("v") else name
        text = manifests.read_blobs(repo_dir, [f"{commit}:Dockerfile"]).get(f"{commit}:Dockerfile")
        if _rust_version(text) == tag:
            events.append((int(ts), tag, commit))
    for line in _git(repo_dir, "log", "--first-parent", "--format=%H %ct",
                     "master").splitlines():
        commit, ts = line.split()
        events.append((int(ts), "latest", commit))
    tags: Dict[str, manifests.Entry] = {}
    for ts, tag, commit in sorted(events):
        tags[tag] = manifests.Entry((tag,), (), REPO, commit, ".", "Dockerfile", "", True)
        yield ts, FAMILY, dict(tags)


def build(repo_dir: str, out_dir: str) -> dict:
    return git_family.build(repo_dir, out_dir, FAMILY, REPO, history(repo_dir),
                            f"{REPO}: release tags and master")


def add(mirrors: str, out: str) -> Dict[str, int]:
    """Write the family into ``out`` (the data ``official_images.py`` wrote): file -> size."""
    doc = build(os.path.join(mirrors, MIRROR, "repo"), out)
    return git_family.write(doc, out)


def main(argv=None) -> int:
    return git_family.main(add, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
