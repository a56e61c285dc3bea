"""``hypriot/rpi-alpine-scratch`` as image data, from the history of
hypriot/rpi-alpine-scratch.

The image is Alpine's root file system for the Raspberry Pi (armhf, musl, apk), made by
the repository's ``mkimage-alpine.sh -s -r $VERSION`` (``apk.static --initdb add
alpine-base`` from ``$MIRROR/$VERSION/main``) and added by its ``Dockerfile`` (``FROM
scratch``, ``ADD rootfs.tar /``).  Its CI file ``.drone.yml`` names both the release and
the tags pushed, in two eras:

- master (2015-12 to 2016-05): ``export VERSION=$(cat VERSION)`` and ``publish: docker:
  tag: [latest, v3.2]``: every push of master built the release the ``VERSION`` file
  names (``v3.2``) and pushed the tags listed;
- git tags (from 2016-05; ``when: event: tag``): ``export VERSION=$$TAG`` and ``tag:
  [$$TAG]``: pushing the git tag ``v3.3`` built Alpine v3.3 and pushed ``:v3.3`` alone
  (``latest`` is commented out there, so ``latest`` stays the last master build: 3.2).

Before 2015-12 the image was made by a Makefile without a Dockerfile (``docker import``
of the same script's output, release from the same ``VERSION``); every tag it pushed
was pushed again by the drone builds, so that era is not read.
"""

from __future__ import annotations

import os
import re
import sys
from typing import Dict, Iterator, List, Optional, Tuple

from . import git_family, manifests

MIRROR = "hypriot+rpi-alpine-scratch"
REPO = "hypriot/rpi-alpine-scratch"
FAMILY = "hypriot/rpi-alpine-scratch"


def published_tags(drone: str) -> Tuple[str, ...]:
    """The tags ``.drone.yml``'s ``publish: docker: tag:`` list pushes (commented items
    left out; ``$$TAG``, the git tag built, kept as written)."""
    out: List[str] = []
    section = in_list = False
    for line in drone.splitlines():
        bare = line.strip()
        if not bare or bare.startswith("#"):
            continue
        if not line[0].isspace():
            section, in_list = line.startswith("publish:"), False
            continue
        if section and re.fullmatch(r"tag:\s*", bare):
            in_list = True
        elif in_list and bare.startswith("- "):
            out.append(bare[2:].strip())
        else:
            in_list = False
    return tuple(out)


def version_source(drone: str) -> Optional[str]:
    """Where the build takes the release from: "file" (``$(cat VERSION)``), "tag"
    (``$$TAG``), or None."""
    m = re.search(r"export VERSION=(.*)$", drone, re.M)
    value = m.group(1).strip() if m else ""
    return "file" if value == "$(cat VERSION)" else "tag" if value == "$$TAG" else None


def _release(text: str) -> Optional[str]:
    word = text.strip()
    word = word[1:] if word.startswith("v") else word
    return word if re.fullmatch(r"\d+\.\d+|edge", word) else None


def history(repo_dir: str) -> Iterator[Tuple[int, str, Dict[str, manifests.Entry]]]:
    """(unix time, family, tag -> entry): master's builds, then the git tags' builds,
    in time order."""
    points: List[Tuple[int, Dict[str, manifests.Entry]]] = []
    commits = [line.split() for line in git_family.git(repo_dir, "log", "--first-parent", "--reverse",
                                             "--format=%H %ct", "master").splitlines()]
    blobs = manifests.read_blobs(repo_dir, [f"{c}:{f}" for c, _ in commits
                                            for f in (".drone.yml", "Dockerfile")])
    for commit, ts in commits:
        drone = blobs.get(f"{commit}:.drone.yml") or ""
        if f"{commit}:Dockerfile" not in blobs or version_source(drone) != "file":
            continue
        tags = tuple(t for t in published_tags(drone) if "$" not in t)
        if tags:
            entry = manifests.Entry(tags, (), REPO, commit, ".", "Dockerfile", "", True)
            points.append((int(ts), {t: entry for t in tags}))
    for line in git_family.git(repo_dir, "for-each-ref", "--format=%(refname:short) %(*objectname) "
                     "%(objectname)", "refs/tags").splitlines():
        name, *shas = line.split()
        commit = shas[0]
        drone = manifests.read_blobs(repo_dir, [f"{commit}:.drone.yml"]).get(
            f"{commit}:.drone.yml") or ""
        if version_source(drone) != "tag" or "$$TAG" not in published_tags(drone):
            continue
        ts = int(git_family.git(repo_dir, "log", "-1", "--format=%ct", commit).strip())
        points.append((ts, {name: manifests.Entry((name,), (), REPO, commit, ".",
                                                  "Dockerfile", "", True)}))
    for ts, tags in sorted(points, key=lambda p: p[0]):
        yield ts, FAMILY, tags


def root_os_of(repo_dir: str):
    """The distribution of a build: the release its ``VERSION`` file names (master's
    era), or the git tag it was built for."""
    def root_os(entry: manifests.Entry) -> Optional[dict]:
        version = manifests.read_blobs(repo_dir, [f"{entry.commit}:VERSION"]).get(
            f"{entry.commit}:VERSION")
        release = _release(version) if version is not None else (
            _release(entry.tags[0]) if len(entry.tags) == 1 else None)
        if not release:
            return None
        return {"dist": "alpine", "rel": release,
                "ver": None if release == "edge" else release,
                "libc": "musl", "pm": "apk", "via": "manifest"}
    return root_os


def add(mirrors: str, out: str) -> Dict[str, int]:
    """Write the family into ``out`` (the data ``official_images.py`` wrote): file -> size."""
    repo_dir = os.path.join(mirrors, MIRROR, "repo")
    source = (f"{REPO}: .drone.yml's published tags on master (release from VERSION) and "
              "on its git tags (release = tag)")
    return git_family.write(git_family.build(repo_dir, out, FAMILY, REPO, history(repo_dir),
                                             source, root_os=root_os_of(repo_dir)), out)


if __name__ == "__main__":
    sys.exit(git_family.main(add, __doc__))
