"""Generate ``transpiler/knowledge/data/ca_certificates.json.gz``: for each Debian and
Ubuntu release, which of the packages of ``transpiler.knowledge.packages.
CA_RECOMMENDED_BY`` (wget, curl, git, the libcurl libraries) bring ``ca-certificates``
when apt installs them with their Recommends, read from the release's own package
indexes (the same downloads and cache as ``datagen/runtime_packages.py``: the release,
``-updates`` and ``-security`` pockets, the components the official images enable).

A runner that installs one of them again with its Recommends (as the original's apt
did) needs no install of ca-certificates of its own; whether one brings them differs
between releases (a package's relations change), so the runner asks this data and a
release it lacks keeps the runner's own install.

Regenerate after ``datagen/official_images.py`` (same cache as runtime_packages)::

    PYTHONPATH=. python3 -m datagen.ca_certificates            # downloads, caches
    PYTHONPATH=. python3 -m datagen.ca_certificates --offline  # reuses the cache

The rule (one release at a time; a package's newest version over the pockets, as apt's
candidate is): a package brings ca-certificates when a chain of ``Pre-Depends``,
``Depends`` and ``Recommends`` relations leads from it to ``ca-certificates``, where

- of a group of alternatives (``a | b``) apt takes the first that the release has (a
  package, or a virtual name a single package provides); a group one of whose
  alternatives every image has (``Priority: required``, ``Essential: yes``) is
  satisfied already and installs nothing;
- the chain passes through no package every image has: apt installs nothing for a
  package already installed, so its Recommends are not followed;
- a virtual name several packages provide is not followed (which one apt takes is
  not read here).

A release whose indexes cannot be read is listed under ``unavailable``, never filled in
by hand: the transpiler keeps the runner's own install there.

The data: ``{"releases": {dist: {codename: {"version": "24.04", "pockets": [...]}}},
"unavailable": [...], "brings": {package: [[chain, "codename codename ..."], ...]}}``;
``chain`` is the packages from the one asked for to ca-certificates joined by spaces
(``git libcurl3-gnutls ca-certificates``), empty where the package does not bring them
or the release lacks it.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import Dict, List, Optional, Tuple

from datagen.distro_packages import DATA
from datagen.runtime_packages import MIRRORS, Index, by_release, each_release, write_data
from transpiler.knowledge.packages import CA_RECOMMENDED_BY

TARGET = "ca-certificates"


def _taken(index: Index, group: Tuple[str, ...]) -> Optional[str]:
    """The package apt installs for a group of alternatives: None when one of them is
    in every image (satisfied already) or none is known as a single package."""
    reals = [index.real(alt) for alt in group]
    if any(r is not None and r in index.required for r in reals):
        return None
    return next((r for r in reals if r is not None), None)


def chain_to_certificates(index: Index, package: str) -> Tuple[str, ...]:
    """The shortest chain of packages apt installs from ``package`` to ca-certificates
    (the rule of the module docstring); empty when there is none."""
    start = index.real(package)
    if start is None or start in index.required:
        return ()
    parent: Dict[str, Optional[str]] = {start: None}
    queue = [start]
    while queue:
        pkg = queue.pop(0)
        if pkg == TARGET:
            chain: List[str] = []
            at: Optional[str] = pkg
            while at is not None:
                chain.append(at)
                at = parent[at]
            return tuple(reversed(chain))
        for group in index.pulls.get(pkg, ()):
            nxt = _taken(index, group)
            if nxt is not None and nxt not in parent:
                parent[nxt] = pkg
                queue.append(nxt)
    return ()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--offline", action="store_true", help="use only the download cache")
    ap.add_argument("--out", default=os.path.join(DATA, "ca_certificates.json.gz"))
    args = ap.parse_args(argv)
    start = time.time()
    releases: Dict[str, Dict[str, dict]] = {}
    unavailable: List[dict] = []
    by_package: Dict[str, Dict[str, List[str]]] = {}
    for dist, codename, version, index, pockets in each_release(args.offline, releases,
                                                                unavailable):
        releases[dist][codename] = {"version": version, "pockets": pockets}
        for pkg in sorted(CA_RECOMMENDED_BY):
            chain = " ".join(chain_to_certificates(index, pkg))
            by_package.setdefault(pkg, {}).setdefault(chain, []).append(codename)
        print(f"{dist} {codename}: {time.time() - start:.0f}s", file=sys.stderr)
    brings = by_release(by_package)
    write_data(args.out, {"generated_from": {d: [m[0] for m in MIRRORS[d]] for d in MIRRORS},
                          "releases": releases, "unavailable": unavailable,
                          "brings": brings})
    print(f"{sum(len(r) for r in releases.values())} releases; "
          f"{os.path.getsize(args.out)} bytes; {time.time() - start:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
