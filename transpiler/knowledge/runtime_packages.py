"""The runtime packages of Debian and Ubuntu ``-dev`` packages, per release, as
``datagen/runtime_packages.py`` read them from the releases' own package indexes (the
library packages a ``-dev`` package depends on from its own source; see that script
for the rule).  Loaded on first use only: transpiling reads it, ``--fmt`` never does.

A release the data covers answers for every ``-dev`` package its archive has (an empty
tuple: header-only, nothing to carry); a release it does not cover (archived releases
whose indexes were out of reach when it was generated) answers None, and so does a
``-dev`` package the rule left open: callers decline rather than guess."""

from __future__ import annotations

import functools
from typing import Dict, FrozenSet, Optional, Tuple

from .data_file import lazy_json

_load = lazy_json("runtime_packages.json.gz", {"releases": {}, "dev": {}})


def covered(distribution: str) -> Dict[str, str]:
    """codename -> version number of the ``distribution`` releases the data covers."""
    return {codename: facts.get("version", "")
            for codename, facts in _load()["releases"].get(distribution, {}).items()}


def runtime_packages(distribution: str, release: Optional[str],
                     dev: str) -> Optional[Tuple[str, ...]]:
    """The runtime packages of ``dev`` on ``distribution`` ``release``; None when the
    data does not know (release not covered, package not in its archive, rule open)."""
    if not release or release not in _load()["releases"].get(distribution, {}):
        return None
    for runtime, releases in _load()["dev"].get(dev, ()):
        if release in releases.split(" "):
            return tuple(runtime.split()) if runtime else ()
    return None


@functools.lru_cache(maxsize=None)
def names(distribution: str, release: str) -> FrozenSet[str]:
    """Every runtime package the data names on ``distribution`` ``release`` (empty: the
    release is not covered): the packages of that release's archive a runner may be
    told to install."""
    if release not in _load()["releases"].get(distribution, {}):
        return frozenset()
    return frozenset(name for answers in _load()["dev"].values()
                     for runtime, releases in answers if release in releases.split(" ")
                     for name in runtime.split())


def index_gone(distribution: str, release: Optional[str]) -> Optional[str]:
    """Why ``distribution`` ``release``'s package index is gone from the mirror its
    images name (``datagen/runtime_packages.py`` found it answering HTTP 404 there:
    jessie, stretch, buster on deb.debian.org; trusty and the non-LTS Ubuntu releases
    on archive.ubuntu.com, moved to archive.debian.org / old-releases.ubuntu.com), so
    ``apt-get update`` there fails; None when the data does not say so."""
    for entry in _load().get("unavailable", ()):
        if entry.get("dist") == distribution and entry.get("release") == release and \
                "HTTP 404" in entry.get("why", ""):
            return entry["why"]
    return None
