"""``amancevice/pandas`` as image data, from the history of amancevice/docker-pandas
(written by ``python3 -m datagen.git_families``).

From 2016 to 2017-06 the repository kept one folder per pandas minor and Python
(``0.19/python3/Dockerfile``) and its README listed the tags Docker Hub's automated
build pushed from each (``* `0.19.1-python3`, `0.19-python3` *([0.19/python3/
Dockerfile](./0.19/python3/Dockerfile))*``); the list over main's first-parent history
is the tag history (``readme_tags.relative_table``).  From 2017-06 ("Ditch alpine")
the images were built from one templated Dockerfile per Python with the pandas version
as a build argument, and the README lists no tags: those tags (``0.20.2-python3``,
``1.0.0``, dated tags) have no Dockerfile that shows what each was built from and are
left out, and so are the tags of that era those scripts could push again on another
base: ``latest`` and ``jupyter`` (build.py's ``{repo}:{base}``) and the full versions
(``{vsn}``, ``{vsn}-{python}``: ``0.19.2-python3`` may have been rebuilt from the Debian
``Python3/Dockerfile``).  The pandas-minor tags (``0.19``, ``0.19-python3``,
``0.19-jupyter``) are in the form of no later script.  Each tag is the image of its
last listing, built on its parent tag as that tag was on that day (``dated_parents``):
``0.19-python3``, last listed 2017-06-10, is ``FROM python:3.6-alpine`` of then,
Python 3.6.1 on Alpine 3.4, not the tag's last image (3.6.15 on Alpine 3.15, 2022).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Dict, Iterator, Tuple

from . import git_family, manifests, readme_tags

MIRROR = "amancevice+docker-pandas"
REPO = "amancevice/docker-pandas"
FAMILY = "amancevice/pandas"
#: the tags only the folder era pushed: a pandas minor, alone or with its flavour
KEPT = re.compile(r"\d+\.\d+(-python[23]|-jupyter)?")


def history(repo_dir: str) -> Iterator[Tuple[int, str, Dict[str, manifests.Entry]]]:
    """The README's listings (``readme_tags``), the ``KEPT`` tags of each."""
    for ts, family, tags in readme_tags.history(repo_dir, REPO, FAMILY, branch="main",
                                                parse=readme_tags.relative_table):
        kept = {tag: dataclasses.replace(entry, tags=tuple(t for t in entry.tags
                                                           if KEPT.fullmatch(t)))
                for tag, entry in tags.items() if KEPT.fullmatch(tag)}
        if kept:
            yield ts, family, kept


def add(mirrors: str, out: str) -> Dict[str, int]:
    """Write the family into ``out`` (the data ``official_images.py`` wrote): file -> size."""
    return git_family.add_from(mirrors, out, MIRROR, FAMILY, REPO, history,
                               f"{REPO}: the README's tag list over main's history "
                               "(2016-2017)", dated_parents=True)

