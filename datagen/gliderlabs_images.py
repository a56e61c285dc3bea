"""``gliderlabs/alpine`` as image data, from the history of gliderlabs/docker-alpine.

The repository builds both the official ``alpine`` images (``versions/library-*``) and
its own ``gliderlabs/alpine`` ones (``versions/gliderlabs-*``).  Each folder's
``options`` file names the Alpine release the root file system is made from
(``RELEASE="v3.2"``, ``edge``) and the tags the folder's image is pushed as
(``TAGS=(gliderlabs/alpine:3.2 gliderlabs/alpine:latest)``; the older form is a quoted,
space-separated list); the ``build`` script builds every folder and pushes every tag of
its ``TAGS`` (CI pushes from the ``release`` branch, and from ``master`` before that
branch took over: the ``release`` branch's first-parent history holds both).  The
folder's Dockerfile is ``FROM scratch``, ``ADD rootfs.tar.xz /``, ``CMD ["/bin/sh"]``: the
image is the Alpine release's root file system (musl, apk).

History before the ``options`` files named tags (2015-03: ``versions/3.1`` with the
release on the file's first line) is not read: those builds were replaced by the
``options`` ones within weeks and every tag they pushed was pushed again.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from typing import Dict, Iterator, Optional, Tuple

from . import git_family, manifests

MIRROR = "gliderlabs+docker-alpine"
REPO = "gliderlabs/docker-alpine"
FAMILY = "gliderlabs/alpine"
BRANCH = "release"
_FOLDER = re.compile(r"^versions/(gliderlabs-[^/]+)/options$")


def _git(repo_dir: str, *args: str) -> str:
    return subprocess.run(["git", "-C", repo_dir, *args], check=True, capture_output=True,
                          text=True).stdout


def parse_options(text: str) -> Tuple[Optional[str], Tuple[str, ...]]:
    """(Alpine release, tags of ``FAMILY``) an ``options`` file names."""
    release = re.search(r'^\s*(?:export\s+)?RELEASE="?([^"\s]+)"?', text, re.M)
    tags = re.search(r'^\s*(?:export\s+)?TAGS=(?:\(([^)]*)\)|"([^"]*)")', text, re.M)
    names = ((tags.group(1) or tags.group(2) or "").split()) if tags else []
    own = tuple(n.split(":", 1)[1] for n in names if n.startswith(FAMILY + ":"))
    rel = release.group(1) if release else None
    return (rel[1:] if rel and rel.startswith("v") else rel), own


def history(repo_dir: str) -> Iterator[Tuple[int, str, Dict[str, manifests.Entry]]]:
    """(unix time, family, tag -> entry) after each first-parent commit of ``release``."""
    commits = [line.split() for line in _git(repo_dir, "log", "--first-parent", "--reverse",
                                             "--format=%H %ct", BRANCH).splitlines()]
    for commit, ts in commits:
        files = [f for f in _git(repo_dir, "ls-tree", "-r", "--name-only", commit,
                                 "versions").splitlines() if _FOLDER.match(f)]
        blobs = manifests.read_blobs(repo_dir, [f"{commit}:{f}" for f in files])
        tags: Dict[str, manifests.Entry] = {}
        for f in files:
            text = blobs.get(f"{commit}:{f}")
            if not text:
                continue
            release, own = parse_options(text)
            if not own or not release:
                continue
            entry = manifests.Entry(own, (), REPO, commit, os.path.dirname(f), "Dockerfile",
                                    "", True)
            for tag in own:
                tags[tag] = entry
        if tags:
            yield int(ts), FAMILY, tags


def root_os_of(repo_dir: str):
    """The distribution of a folder's image: the release its ``options`` names."""
    def root_os(entry: manifests.Entry) -> Optional[dict]:
        text = manifests.read_blobs(repo_dir, [f"{entry.commit}:{entry.directory}/options"])
        release, _own = parse_options(text.get(f"{entry.commit}:{entry.directory}/options") or "")
        if not release:
            return None
        return {"dist": "alpine", "rel": release, "ver": None if release == "edge" else release,
                "libc": "musl", "pm": "apk", "via": "manifest"}
    return root_os


def build(repo_dir: str, out_dir: str) -> dict:
    return git_family.build(repo_dir, out_dir, FAMILY, REPO, history(repo_dir),
                            f"{REPO}, first-parent history of {BRANCH}",
                            root_os=root_os_of(repo_dir))


def add(mirrors: str, out: str) -> Dict[str, int]:
    """Write the family into ``out`` (the data ``official_images.py`` wrote): file -> size."""
    doc = build(os.path.join(mirrors, MIRROR, "repo"), out)
    return git_family.write(doc, out)


def main(argv=None) -> int:
    return git_family.main(add, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
