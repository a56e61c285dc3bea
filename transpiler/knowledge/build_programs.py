"""The programs each build-only package (toolchain, helper, ``-dev``) brings on the Debian
and Ubuntu releases, as ``datagen/build_programs.py`` read them from the releases'
Contents and package indexes (its own files in ``/usr/bin``, ``/usr/sbin``, ``/bin``,
``/sbin`` and those of the build-only packages it depends on: ``gnupg`` -> ``gpg``;
programs every image of the release has are left out).  A same-distribution runner
leaves those packages out, so a RUN it runs that runs one of their programs runs in
the builder instead.  Loaded on first use only: ``--fmt`` never reads it.

A release the data does not cover (archived releases, other distributions) answers
None: callers fall back to their own lists."""

from __future__ import annotations

from typing import FrozenSet, Optional

from .data_file import lazy_json

_load = lazy_json("build_programs.json.gz", {"releases": {}, "programs": {}})


def covers(distribution: str, release: Optional[str]) -> bool:
    """Whether the data answers for ``distribution`` ``release``."""
    return bool(release) and release in _load()["releases"].get(distribution, {})


def programs_of(distribution: str, release: Optional[str],
                package: str) -> Optional[FrozenSet[str]]:
    """The programs ``package`` brings on ``distribution`` ``release`` (empty: none, or
    not a build-only package of that release); None when the release is not covered."""
    if not covers(distribution, release):
        return None
    for programs, releases in _load()["programs"].get(package, ()):
        if release in releases.split(" "):
            return frozenset(programs.split())
    return frozenset()
