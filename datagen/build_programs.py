"""Generate ``transpiler/knowledge/data/build_programs.json.gz``: for each Debian and
Ubuntu release, the programs each build-only package brings, read from the release's
``Contents-amd64.gz`` and package indexes (the same downloads and cache as
``datagen/runtime_packages.py``).

A same-distribution runner leaves the build-only packages out (the kinds
``toolchain``, ``helper`` and ``dev`` of ``transpiler.knowledge.packages.kind_of``:
compilers, ``-dev`` packages, ``git``, ``gnupg``, ``software-properties-common`` ...); a
RUN the runner runs that runs one of their programs (``add-apt-repository``, ``gpg``,
``pkg-config``) must run in the builder instead.  A package name is not a program name,
so the runner asks this data.

Regenerate after ``datagen/runtime_packages.py`` (same cache)::

    PYTHONPATH=. python3 -m datagen.build_programs            # downloads, caches
    PYTHONPATH=. python3 -m datagen.build_programs --offline  # reuses the cache

The rule (one release at a time; a package's newest version over the pockets):

- the programs of a package are the names of the files and links it ships directly
  in ``/usr/bin``, ``/usr/sbin``, ``/bin`` or ``/sbin`` (the Contents index);
- a build-only package brings its own programs and those of the build-only packages
  it depends on, transitively (first alternative of each ``Depends`` group, a virtual
  name resolved to its single provider): ``gnupg`` -> ``gpg`` (``/usr/bin/gpg``),
  ``pkg-config`` -> ``pkgconf``.  Dependencies of other kinds (``python3-dev`` ->
  ``python3``) are not followed: the runner may well install those itself;
- programs shipped by a package of ``Priority: required`` or ``Essential: yes`` are
  left out: every image of the release has them (``perl`` through ``perl-base``);
- a build-only virtual name a single package provides is answered as that package;
- Debian's Rust crate and Go module source packages are left out (``SOURCE_ONLY``).

Programs that only ``update-alternatives`` makes (``cc``, ``c++``) are not in the
Contents index: the transpiler's own list of toolchain programs still answers for them.
A release whose indexes cannot be read is listed under ``unavailable``.

The data: ``{"releases": {dist: {codename: {"version": "24.04"}}}, "unavailable": [...],
"programs": {package: [[programs joined by spaces, "codename codename ..."], ...]}}``;
only packages bringing at least one program, grouped so releases sharing an answer are
written once.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
import zlib
from typing import Dict, List, Optional, Set, Tuple

from datagen.distro_packages import DATA, fetch
from datagen.runtime_packages import (MIRRORS, SOURCE_ONLY, Index, by_release,
                                      contents_urls, each_release, write_data)
from transpiler.knowledge.packages import kind_of

_PROGRAM = re.compile(rb"^(?:usr/)?s?bin/([^/\s]+)[ \t]+(\S+)$", re.M)

#: package -> the names of its files in the program directories
Programs = Dict[str, Set[str]]


def is_build_only(name: str) -> bool:
    """A package the same-distribution runner leaves out (the transpiler's kinds)."""
    return kind_of(name, None) in ("toolchain", "helper", "dev") and \
        not SOURCE_ONLY.fullmatch(name)


def program_files(dist: str, codename: str, offline: bool) -> Tuple[Optional[Programs], str]:
    """package -> its programs, from the release's Contents index (None: unreadable)."""
    out: Programs = {}
    for url in contents_urls(dist, codename):
        data, why = fetch(url, offline)
        if data is None:
            return None, f"{url}: {why}"
        for m in _PROGRAM.finditer(zlib.decompress(data, 16 + zlib.MAX_WBITS)):
            program = m.group(1).decode("utf-8", "replace")
            for qualified in m.group(2).split(b","):
                out.setdefault(qualified.rpartition(b"/")[2].decode(), set()).add(program)
    return out, ""


def build_programs(index: Index, files: Programs) -> Dict[str, Tuple[str, ...]]:
    """build-only package -> the programs it brings (the rule of the module docstring);
    packages bringing none are left out."""
    everywhere = set().union(*(files.get(p, ()) for p in index.required))

    def closure(name: str) -> Set[str]:
        seen, todo, out = {name}, [name], set()
        while todo:
            pkg = todo.pop()
            out |= files.get(pkg, set())
            for dep in index.depends.get(pkg, ()):
                real = index.real(dep)
                if real is not None and real not in seen and is_build_only(real):
                    seen.add(real)
                    todo.append(real)
        return out

    result: Dict[str, Tuple[str, ...]] = {}
    for name in index.version:
        if is_build_only(name):
            got = closure(name) - everywhere
            if got:
                result[name] = tuple(sorted(got))
    for virtual, providers in index.provides.items():
        if virtual not in index.version and len(providers) == 1 and is_build_only(virtual):
            got = result.get(next(iter(providers)))
            if got:
                result[virtual] = got
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--offline", action="store_true", help="use only the download cache")
    ap.add_argument("--out", default=os.path.join(DATA, "build_programs.json.gz"))
    args = ap.parse_args(argv)
    start = time.time()
    releases: Dict[str, Dict[str, dict]] = {}
    unavailable: List[dict] = []
    by_package: Dict[str, Dict[str, List[str]]] = {}
    for dist, codename, version, index, _pockets in each_release(args.offline, releases,
                                                                 unavailable):
        files, why = program_files(dist, codename, args.offline)
        if files is None:
            unavailable.append({"dist": dist, "release": codename, "why": why})
            continue
        releases[dist][codename] = {"version": version}
        for pkg, programs in build_programs(index, files).items():
            by_package.setdefault(pkg, {}).setdefault(" ".join(programs), []).append(codename)
        print(f"{dist} {codename}: {time.time() - start:.0f}s", file=sys.stderr)
    programs = by_release(by_package)
    write_data(args.out, {"generated_from": {d: [m[0] for m in MIRRORS[d]] for d in MIRRORS},
                          "releases": releases, "unavailable": unavailable,
                          "programs": programs})
    print(f"{sum(len(r) for r in releases.values())} releases; {len(programs)} packages; "
          f"{os.path.getsize(args.out)} bytes; {time.time() - start:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
