"""``kernsuite/base`` as image data, from the history of kernsuite-docker/base (written
by ``python3 -m datagen.git_families``).

Each KERN release has its branch (``0`` ... ``7``, and ``dev``), whose ``Makefile``
builds and pushes the image it names (``DOCKER_REPO=kernsuite/base:5``; ``docker build
--pull -t ${DOCKER_REPO} .``, ``docker push``) from the branch's ``Dockerfile``
(``FROM ubuntu:18.04`` for KERN 5).  So, after each first-parent commit of every
branch, the tag its Makefile names is that commit's Dockerfile.  A Makefile naming no
tag (``kernsuite/base``, pushed as ``latest``, which any branch may have pushed last)
is left out.  The ubuntu parent is resolved as the tag was on the branch's last day
(``git_family`` ``dated_parents``), as the image was pushed then.
"""

from __future__ import annotations

import re
import subprocess
from typing import Dict, Iterator, Tuple

from . import git_family, manifests

MIRROR = "kernsuite-docker+base"
REPO = "kernsuite-docker/base"
FAMILY = "kernsuite/base"
_TAG = re.compile(r"^DOCKER_REPO\s*=\s*kernsuite/base:(\S+)\s*$", re.M)


def _git(repo_dir: str, *args: str) -> str:
    return subprocess.run(["git", "-C", repo_dir, *args], check=True, capture_output=True,
                          text=True).stdout


def makefile_tag(text: str) -> str:
    """The tag a Makefile pushes (``DOCKER_REPO=kernsuite/base:5``), "" when none."""
    m = _TAG.search(text or "")
    return m.group(1) if m else ""


def history(repo_dir: str) -> Iterator[Tuple[int, str, Dict[str, manifests.Entry]]]:
    """(unix time, family, tag -> entry): each branch commit's Makefile tag, in time
    order."""
    events = []
    for branch in _git(repo_dir, "for-each-ref", "--format=%(refname:short)",
                       "refs/heads").split():
        commits = [line.split() for line in _git(repo_dir, "log", "--first-parent",
                                                 "--format=%H %ct", branch).splitlines()]
        files = manifests.read_blobs(repo_dir, [f"{c}:Makefile" for c, _ in commits])
        for commit, ts in commits:
            tag = makefile_tag(files.get(f"{commit}:Makefile"))
            if tag:
                events.append((int(ts), tag, commit))
    for ts, tag, commit in sorted(events):
        # (only the tag pushed: each tag's last day is its branch's last push)
        yield ts, FAMILY, {tag: manifests.Entry((tag,), (), REPO, commit, ".", "Dockerfile",
                                                "", True)}


def add(mirrors: str, out: str) -> Dict[str, int]:
    """Write the family into ``out`` (the data ``official_images.py`` wrote): file -> size."""
    return git_family.add_from(mirrors, out, MIRROR, FAMILY, REPO, history,
                               f"{REPO}: the tag each branch's Makefile pushes",
                               dated_parents=True)

