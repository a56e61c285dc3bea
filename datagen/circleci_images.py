"""CircleCI's convenience images (``circleci/python``, ``circleci/node`` ...) as image
data, from the history of CircleCI-Public/circleci-dockerfiles (written by
``python3 -m datagen.git_families``).

That repository's ``master`` "tracks images pushed to the official CircleCI Docker Hub
organization" (its README): each CI run of circleci/circleci-images commits the
Dockerfiles it generated and pushed.  The generator (``shared/images/generate.sh``)
writes ``<language>/images/<tag>/Dockerfile`` for ``circleci/<language>:<tag>`` (``TAG``
is the folder name, the first tag of the official manifest line it was made from) and
``<language>/images/<tag>/<variant>/Dockerfile`` for ``<tag>-<variant>``
(``2.7.14/browsers`` -> ``2.7.14-browsers``), built ``FROM circleci/<language>:<tag>``.
The other tags of each manifest line (``ALIASES``: ``2.7``, ``latest`` ...) are in
files the repository does not keep, and they moved from one folder to the next: they
are left out.

The generator only writes the tags the official manifest lists that day and never
removes a folder, so a folder stays on ``master`` long after its tag stopped being
built (``python/images/2.7.14`` from 2017-12 to the repository's end in 2021, unchanged
since 2018-03-12): a tag is listed only by the commits that wrote its Dockerfile, and
its image is the last one written, dated that day.  Parents (``FROM python:2.7.14``)
are read as their tag was on that day (``dated_parents``): the images were rebuilt on
the moving official tags.
"""

from __future__ import annotations

import re
from typing import Dict, Iterator, List, Tuple

from . import git_family, manifests

MIRROR = "CircleCI-Public+circleci-dockerfiles"
REPO = "CircleCI-Public/circleci-dockerfiles"
ORG = "circleci"
_PATH = re.compile(r"^([^/]+)/images/([^/]+)/(?:([^/]+)/)?Dockerfile$")

Event = Tuple[int, str, str, str, str]  # (time, family, tag, commit, folder)


def tag_of(path: str) -> Tuple[str, str]:
    """(family, tag) a generated Dockerfile's path builds, ("", "") for another file:
    ``python/images/2.7.14/browsers/Dockerfile`` -> (``circleci/python``,
    ``2.7.14-browsers``)."""
    m = _PATH.match(path)
    if m is None:
        return "", ""
    language, tag, variant = m.groups()
    return f"{ORG}/{language}", tag + (f"-{variant}" if variant else "")


def events(repo_dir: str) -> List[Event]:
    """Every write (added or changed) of a generated Dockerfile on master's first-parent
    history, oldest first."""
    out: List[Event] = []
    for ts, commit, meta, path in manifests.raw_changes(repo_dir, "master"):
        family, tag = tag_of(path)
        if family and meta[-1] in ("A", "M"):
            out.append((ts, family, tag, commit, path.rsplit("/", 1)[0]))
    return out


def history(found: List[Event], family: str
            ) -> Iterator[Tuple[int, str, Dict[str, manifests.Entry]]]:
    """(unix time, family, tag -> entry): each write of one of ``family``'s tags."""
    for ts, fam, tag, commit, folder in found:
        if fam == family:
            yield ts, family, {tag: manifests.Entry((tag,), (), REPO, commit, folder,
                                                    "Dockerfile", "", True)}


def add(mirrors: str, out: str) -> Dict[str, int]:
    """Write every ``circleci/*`` family into ``out`` (the data ``official_images.py``
    wrote): file -> size."""
    import os

    repo_dir = os.path.join(mirrors, MIRROR, "repo")
    found = events(repo_dir)
    sizes: Dict[str, int] = {}
    for family in sorted({e[1] for e in found}):
        doc = git_family.build(repo_dir, out, family, REPO, history(found, family),
                               f"{REPO}: the Dockerfiles master's commits wrote "
                               "(<language>/images/<tag>[/<variant>])",
                               dated_parents=True)
        sizes.update(git_family.write(doc, out))
    return sizes

