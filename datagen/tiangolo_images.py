"""``tiangolo/uwsgi-nginx`` and ``tiangolo/uwsgi-nginx-flask`` as image data, from the
histories of tiangolo/uwsgi-nginx-docker and tiangolo/uwsgi-nginx-flask-docker.

Each repository's README opens with the table of the tags it publishes and their
Dockerfiles (``* [`python3.6` _(Dockerfile)_](https://github.com/tiangolo/<repo>/blob/
master/python3.6/Dockerfile)``; from 2020 ``docker-images/python3.6.dockerfile``); the
build scripts of every era build a tag from the Dockerfile named after it (Travis'
``BUILD_PATH`` = ``NAME``, later ``--file ./docker-images/${NAME}.dockerfile``), and
``latest`` from the one its README line links.  So, after each first-parent commit of
``master``, a tag the table lists is built from ``<tag>/Dockerfile`` or
``docker-images/<tag>.dockerfile`` when that commit has it (the README once linked
``python3.6-alpine3.8`` to the ``python3.6-alpine3.7`` folder), else from the file its
line links.  Tags the table lists without a Dockerfile link (the deprecated ones, kept
pullable but no longer built) keep the image of their last linked listing.

``tiangolo/uwsgi-nginx-flask`` images are built ``FROM tiangolo/uwsgi-nginx:<tag>``,
so that family is read first and both are written.
"""

from __future__ import annotations

import os
import sys
from typing import Dict, Optional, Set

from . import git_family, readme_tags

#: (family, repository, mirror), parents first
FAMILIES = (
    ("tiangolo/uwsgi-nginx", "tiangolo/uwsgi-nginx-docker", "tiangolo+uwsgi-nginx-docker"),
    ("tiangolo/uwsgi-nginx-flask", "tiangolo/uwsgi-nginx-flask-docker",
     "tiangolo+uwsgi-nginx-flask-docker"),
)


def own_path(tag: str, files: Set[str]) -> Optional[str]:
    """The Dockerfile the build scripts build ``tag`` from, when the commit has it."""
    return next((p for p in (f"{tag}/Dockerfile", f"docker-images/{tag}.dockerfile")
                 if p in files), None)


def add(mirrors: str, out: str) -> Dict[str, int]:
    """Write both families into ``out`` (the data ``official_images.py`` wrote): file -> size."""
    sizes = {}
    for family, repo, mirror in FAMILIES:
        repo_dir = os.path.join(mirrors, mirror, "repo")
        tags = readme_tags.history(repo_dir, repo, family, own_path=own_path)
        doc = git_family.build(repo_dir, out, family, repo, tags,
                               f"{repo}: the README's tag table over master's history")
        sizes[family.replace("/", "+") + ".json.gz"] = git_family.add(doc, out)
        print(f"{family}: {len(doc['tags'])} tags, {len(doc['entries'])} entries, "
              f"{sizes[family.replace('/', '+') + '.json.gz']} bytes", file=sys.stderr)
    return sizes


def main(argv=None) -> int:
    return git_family.main(add, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
