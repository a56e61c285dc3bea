"""``scorpil/rust`` as image data, from the history of Scorpil/docker-rust.

The repository's README opens with its "supported tags and respective Dockerfile
links" (``- [`stable`, `1.18`, `1` (*/stable/Dockerfile*)](https://github.com/scorpil/
docker-rust/blob/master/stable/Dockerfile)``), which its ``manage`` scripts (2017: Dockerfiles,
builds, pushes and this list, all from ``docker-tags.yml``) write; the list over master's first-parent
history is the tag history (``readme_tags``).  Its first READMEs linked a previous home
of the Dockerfiles (Scorpil/dockerfiles), whose listings name no file here and are not
read.
"""

from __future__ import annotations

import os
import sys
from typing import Dict

from . import git_family, readme_tags

MIRROR = "Scorpil+docker-rust"
REPO = "Scorpil/docker-rust"
FAMILY = "scorpil/rust"


def add(mirrors: str, out: str) -> Dict[str, int]:
    """Write the family into ``out`` (the data ``official_images.py`` wrote): file -> size."""
    repo_dir = os.path.join(mirrors, MIRROR, "repo")
    doc = git_family.build(repo_dir, out, FAMILY, REPO,
                           readme_tags.history(repo_dir, REPO, FAMILY),
                           f"{REPO}: the README's tag list over master's history")
    return git_family.write(doc, out)


def main(argv=None) -> int:
    return git_family.main(add, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
