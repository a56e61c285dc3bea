"""``phusion/baseimage`` as a manifest history, from the git tags of
phusion/baseimage-docker.

It is not an official image, so no manifest lists its tags. Each release is a git tag
(``rel-0.9.19``, ``0.9.22``, ``0.11``, ``focal-1.0.0``, ``noble-1.0.2``) whose
``image/Dockerfile`` builds the image published under that version (the Makefile's
``build`` target tags ``$(NAME):$(VERSION)``), and every release also tags ``latest``
(``release: test tag_latest``). Builds for several architectures may also publish
``<version>-<arch>`` (when the Makefile is run with ``TAG_ARCH``): whether they were is
not recorded, so those tags are left out. Pre-releases (``dev-*``) and the armhf build
are left out: their tags are not what a user on amd64 pulls as a release. The image is
built once per release, so its parent (``ubuntu:16.04``) is the one of the release's
day.
"""

from __future__ import annotations

import re
import subprocess
from typing import Dict, Iterator, List, Tuple

from . import manifests

REPO = "phusion/baseimage-docker"
FAMILY = "phusion/baseimage"
#: git tags that are not amd64 releases
_SKIP = re.compile(r"^dev-|-armhf$")


def releases(repo_dir: str) -> List[Tuple[str, str, int]]:
    """(published tag, commit, unix time) per release tag, oldest first."""
    out = subprocess.run(["git", "-C", repo_dir, "for-each-ref", "--sort=creatordate",
                          "--format=%(refname:short) %(creatordate:unix)", "refs/tags"],
                         check=True, capture_output=True, text=True).stdout
    found = []
    for line in out.splitlines():
        name, ts = line.split()
        if _SKIP.search(name):
            continue
        commit = subprocess.run(["git", "-C", repo_dir, "rev-parse", f"{name}^{{commit}}"],
                                check=True, capture_output=True, text=True).stdout.strip()
        found.append((re.sub(r"^rel-", "", name), commit, int(ts)))
    return found


def history(repo_dir: str) -> Iterator[Tuple[int, str, Dict[str, manifests.Entry]]]:
    """(unix time, family, tag -> entry) after each release: every release so far stays
    pullable, ``latest`` names the newest."""
    tags: Dict[str, manifests.Entry] = {}
    for version, commit, ts in releases(repo_dir):
        entry = manifests.Entry((version,), (), REPO, commit, "image", "Dockerfile", "", True)
        tags[version] = entry
        yield ts, FAMILY, dict(tags, latest=entry)
