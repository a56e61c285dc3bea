"""Which packages bring ``ca-certificates`` when apt installs them with their Recommends,
on the Debian and Ubuntu releases, as ``datagen/ca_certificates.py`` read them from the
releases' package indexes (a chain of Pre-Depends, Depends and Recommends from the
package to ca-certificates: ``wget`` recommends it, ``git`` through
``libcurl3-gnutls``).  Loaded on first use only: ``--fmt`` never reads it.

A release the data does not cover (archived releases whose indexes are out of reach,
other distributions) answers None: the runner then installs its own."""

from __future__ import annotations

from typing import Optional, Tuple

from .data_file import lazy_json

_load = lazy_json("ca_certificates.json.gz", {"releases": {}, "brings": {}})


def chain(distribution: str, release: Optional[str], package: str) -> Optional[Tuple[str, ...]]:
    """The packages apt installs from ``package`` to ca-certificates on ``distribution``
    ``release`` (empty: it brings none, or the release lacks it); None when the release
    is not covered."""
    if not release or release not in _load()["releases"].get(distribution, {}):
        return None
    for got, releases in _load()["brings"].get(package, ()):
        if release in releases.split(" "):
            return tuple(got.split())
    return ()
