"""Generate ``transpiler/knowledge/data/runtime_packages.json.gz``: for each Debian and
Ubuntu release, which runtime package(s) carry the shared library of each ``-dev``
package, read from the release's own package indexes (``Packages.xz`` of the release,
``-updates`` and ``-security`` pockets, the components the official images enable:
Debian ``main``, Ubuntu ``main restricted universe multiverse``).

Regenerate after ``datagen/official_images.py`` (the releases asked for are the codenames
the image data found in the debian and ubuntu manifests)::

    PYTHONPATH=. python3 -m datagen.runtime_packages            # downloads, caches
    PYTHONPATH=. python3 -m datagen.runtime_packages --offline  # reuses the cache

The rule (one release at a time; a package's newest version over the pockets, as apt's
candidate is):

- the runtime packages of a ``-dev`` package P are the shared library packages in P's
  ``Depends`` (first alternative of each group, virtual names resolved to their single
  provider) built from the same ``Source`` as P, with those of the same-source ``-dev``
  packages P depends on (``libavcodec-dev`` -> ``libavutil-dev``: a program built with
  one links both).  The library a ``-dev`` package's ``.so`` symlink points to is
  always such a dependency (``libfoo-dev`` depends on ``libfoo1 (= ${binary:Version})``),
  so a version-renamed library (``libfoo1t64``) is named exactly as the release names it;
- a ``-dev`` package with no library of its own source, a metapackage choosing a
  default (``libboost-all-dev``, ``default-libmysqlclient-dev``, ``libpython3-dev``,
  ``xorg-dev``) or headers/static archives only (``libglm-dev``, ``libboost1.83-dev``),
  has the libraries it depends on and the runtime packages of the ``-dev`` packages
  it depends on, transitively (possibly none: header-only, nothing to carry); one
  of them left open leaves it open.  The
  C library's and the compiler's ``-dev`` packages (``TOOLCHAIN_SOURCE``) are not
  followed.  A ``-dev`` package with a ``.so`` link but no library of its source
  (``tcl-dev``'s ``libtcl.so`` -> ``libtcl8.6.so``) gets the same answer when the
  link's target is visibly among those libraries (one reached through a ``-dev``
  package of its own source, or one whose file name starts as the link's does) and
  is left out otherwise (the transpiler declines as before); every package of a
  release without a ``Contents`` index is left out too;
- a library reached through a non-library package of the same source counts as its
  own (``libtag1-dev`` -> ``libtag1v5`` -> ``libtag1v5-vanilla``);
- "shared library" is read from the ``Contents`` index: a package that is not a
  development package (``*-dev``, Section ``libdevel``) and ships a ``lib*.so*`` file
  under a lib directory (``zlib1g``, ``libssl3t64``, ``libboost-system1.83.0``,
  ``libtesseract4`` whose Section is ``graphics``); Section ``libs`` only when a
  release has no ``Contents`` index;
- Debian's Rust crate and Go module source packages (``librust-*-dev``,
  ``golang-*-dev``) are left out (``SOURCE_ONLY``);
- a virtual ``-dev`` name a single package provides (``libz-dev`` -> ``zlib1g-dev``) is
  answered as that package, as ``apt-get install`` picks it.

A release whose index cannot be fetched (archived releases move to archive.debian.org /
old-releases.ubuntu.com, which may be out of reach) is listed under ``unavailable``
with the reason, never filled in by hand.  A pocket other than the release's own that
is missing (``-updates`` of a release not yet released) is named under ``pockets``.

The data: ``{"releases": {dist: {codename: {"version": "24.04", "pockets": [...]}}},
"unavailable": [...],
"dev": {dev: [[runtime packages joined by spaces, "codename codename ..."], ...]}}``;
grouped by package so the releases sharing an answer are written once.
"""

from __future__ import annotations

import argparse
import gzip
import json
import lzma
import os
import re
import sys
import time
import zlib
from typing import Dict, Iterable, List, Optional, Set, Tuple

from datagen.distro_packages import DATA, fetch, stanzas

MIRRORS = {
    "debian": (("http://deb.debian.org/debian", ""), ("http://deb.debian.org/debian", "-updates"),
               ("http://deb.debian.org/debian-security", "-security")),
    "ubuntu": (("http://archive.ubuntu.com/ubuntu", ""),
               ("http://archive.ubuntu.com/ubuntu", "-updates"),
               ("http://archive.ubuntu.com/ubuntu", "-security")),
}
#: the sources of the C library's and the compiler's own development packages
#: (``libc6-dev``, ``libstdc++-12-dev``, ``libgcc-12-dev``): a header-only -dev package
#: that depends on them needs no library from them at run time (libc6, libstdc++6 and
#: libgcc-s1 are in every Debian and Ubuntu image; the sanitizer libraries libgcc-N-dev
#: brings link only into -fsanitize builds), so they are not followed
TOOLCHAIN_SOURCE = re.compile(r"gcc-\d+(\.\d+)?|gcc-defaults|glibc|eglibc|linux")
#: the components the official images' sources lists enable
COMPONENTS = {"debian": ("main",), "ubuntu": ("main", "restricted", "universe", "multiverse")}


# ----------------------------------------------------------------- Debian version order

def _order(c: str) -> int:
    if c == "~":
        return -1
    if c.isdigit():
        return 0
    if c.isalpha():
        return ord(c)
    return ord(c) + 256


def _compare_part(a: str, b: str) -> int:
    i = j = 0
    while i < len(a) or j < len(b):
        first_diff = 0
        while (i < len(a) and not a[i].isdigit()) or (j < len(b) and not b[j].isdigit()):
            ac = _order(a[i]) if i < len(a) and not a[i].isdigit() else 0
            bc = _order(b[j]) if j < len(b) and not b[j].isdigit() else 0
            if ac != bc:
                return ac - bc
            i, j = i + 1, j + 1
        while i < len(a) and a[i] == "0":
            i += 1
        while j < len(b) and b[j] == "0":
            j += 1
        while i < len(a) and a[i].isdigit() and j < len(b) and b[j].isdigit():
            if not first_diff:
                first_diff = ord(a[i]) - ord(b[j])
            i, j = i + 1, j + 1
        if i < len(a) and a[i].isdigit():
            return 1
        if j < len(b) and b[j].isdigit():
            return -1
        if first_diff:
            return first_diff
    return 0


def version_compare(a: str, b: str) -> int:
    """dpkg's order of two versions (epoch, upstream, revision): <0, 0, >0."""
    def split(v: str) -> Tuple[int, str, str]:
        epoch, _, rest = v.partition(":") if ":" in v else ("0", "", v)
        upstream, _, revision = rest.rpartition("-") if "-" in rest else (rest, "", "0")
        return int(epoch or 0), upstream, revision
    ea, ua, ra = split(a)
    eb, ub, rb = split(b)
    if ea != eb:
        return ea - eb
    return _compare_part(ua, ub) or _compare_part(ra, rb)


# ----------------------------------------------------------------- reading an index

class Index:
    """One release's packages (newest version over its pockets): source, section, the
    first alternative of each Depends group, and who provides which virtual name."""

    def __init__(self) -> None:
        self.version: Dict[str, str] = {}
        self.source: Dict[str, str] = {}
        self.section: Dict[str, str] = {}
        self.depends: Dict[str, Tuple[str, ...]] = {}
        #: what apt installs with a package when Recommends are on: its ``Pre-Depends``,
        #: ``Depends`` and ``Recommends`` groups, each with all its alternatives
        self.pulls: Dict[str, Tuple[Tuple[str, ...], ...]] = {}
        self.provides: Dict[str, Set[str]] = {}
        #: ``Priority: required`` or ``Essential: yes``: in every image of the release
        self.required: Set[str] = set()

    def add(self, st: Dict[str, str]) -> None:
        name = st.get("Package", "")
        version = st.get("Version", "")
        if not name or (name in self.version and
                        version_compare(version, self.version[name]) <= 0):
            return
        self.version[name] = version
        self.source[name] = (st.get("Source") or name).split(" ")[0]
        self.section[name] = st.get("Section", "").rpartition("/")[2]
        self.depends[name] = tuple(_names(st.get("Depends", ""), first_only=True))
        self.pulls[name] = tuple(tuple(_names(group)) for field in
                                 ("Pre-Depends", "Depends", "Recommends")
                                 for group in st.get(field, "").split(",") if group.strip())
        if st.get("Priority") == "required" or st.get("Essential") == "yes":
            self.required.add(name)
        else:
            self.required.discard(name)
        for virtual in _names(st.get("Provides", "")):
            self.provides.setdefault(virtual, set()).add(name)

    def real(self, name: str) -> Optional[str]:
        """``name`` itself, or the single package providing it; None otherwise."""
        if name in self.version:
            return name
        providers = self.provides.get(name, set())
        return next(iter(providers)) if len(providers) == 1 else None


def _names(field: str, first_only: bool = False) -> Iterable[str]:
    for group in field.split(","):
        for alt in group.split("|"):
            name = re.split(r"[\s(\[<]", alt.strip(), 1)[0].split(":")[0]
            if name:
                yield name
            if first_only:
                break


#: Debian's packaging of Rust crates and Go modules: source code for Debian's own
#: builds, never a shared library; 133,000 of the 144,000 -dev names over the releases
#: (18 of the 20 MB of JSON: loading it would cost every transpile 0.7 s and 100 MB),
#: and none in the corpus.  Left out: a Dockerfile installing one declines as before
SOURCE_ONLY = re.compile(r"librust-.*|golang-.*")


def is_dev(name: str) -> bool:
    """The packages the data answers for: named ``*-dev``, as the transpiler reads them."""
    return name.endswith("-dev")


def is_devel(index: "Index", name: str) -> bool:
    """A development package to follow through: named ``*-dev`` or in Section
    ``libdevel`` (``libmariadb-dev-compat``, ``libstdc++-12-dev``)."""
    return is_dev(name) or index.section.get(name) == "libdevel"


#: package -> the names before ``.so`` of the ``lib*.so*`` files it ships under a lib
#: directory (``libtcl8.6`` for libtcl8.6.so, ``libz`` for libz.so.1)
SharedObjects = Dict[str, Set[str]]


def is_library(index: Index, name: str, shared_objects: Optional[SharedObjects]) -> bool:
    """A package shipping a shared library: one the Contents index shows with a
    ``lib*.so*`` file under a lib directory (not a development package, whose ``.so``
    is the link the linker reads); without a Contents index, one in Section ``libs``."""
    if is_devel(index, name):
        return False
    if shared_objects is not None:
        return name in shared_objects
    return index.section.get(name) == "libs"


def runtime_map(index: Index,
                shared_objects: Optional[SharedObjects]) -> Dict[str, Tuple[str, ...]]:
    """-dev package -> its runtime library packages (the rule of the module docstring);
    ``shared_objects``: what the Contents index shows (None: no Contents index, so no
    -dev package is taken as header-only)."""
    memo: Dict[str, Optional[Tuple[str, ...]]] = {}

    def libraries_through(name: str, source: str, seen: Set[str]) -> List[str]:
        """The libraries of ``source`` a non-library package of it brings
        (``libtag1v5`` -> ``libtag1v5-vanilla``)."""
        out: List[str] = []
        for dep in index.depends.get(name, ()):
            real = index.real(dep)
            if real is None or real in seen or index.source.get(real) != source or \
                    is_devel(index, real):
                continue
            seen.add(real)
            if is_library(index, real, shared_objects):
                out.append(real)
            else:
                out.extend(libraries_through(real, source, seen))
        return out

    def resolve(dev: str, seen: Tuple[str, ...]) -> Optional[Tuple[str, ...]]:
        if dev in memo:
            return memo[dev]
        if dev in seen:
            return ()
        seen = seen + (dev,)
        source = index.source[dev]
        own: List[str] = []
        other_libs: List[str] = []
        same_dev, other_dev = [], []
        for dep in index.depends.get(dev, ()):
            real = index.real(dep)
            if real is None:
                continue
            same = index.source.get(real) == source
            if is_library(index, real, shared_objects):
                (own if same else other_libs).append(real)
            elif is_devel(index, real):
                if same:
                    same_dev.append(real)
                elif not TOOLCHAIN_SOURCE.fullmatch(index.source.get(real, "")):
                    other_dev.append(real)
            elif same:
                own.extend(libraries_through(real, source, {dev, real}))
        result: Optional[Tuple[str, ...]] = None
        if own:
            subs = [resolve(sub, seen) for sub in same_dev]
            if all(got is not None for got in subs):  # a part unknown: the whole is
                result = tuple(sorted(set(own).union(*subs)))
        elif shared_objects is not None:
            # no library of its source: a metapackage (libboost-all-dev, libpython3-dev),
            # headers/static archives only, or a default name whose .so link points
            # into the library of the versioned -dev package it depends on (tcl-dev's
            # libtcl.so -> libtcl8.6.so); what it brings is what the libraries and -dev
            # packages it depends on bring; a .so link's target must be among them: a
            # library of its own source (libmariadb-dev-compat's libmysqlclient.so ->
            # libmariadb.so.3), else one whose file name starts as the link's does
            subs = [resolve(sub, seen) for sub in same_dev]
            others = [resolve(sub, seen) for sub in other_dev]
            if all(got is not None for got in subs + others):
                found = tuple(sorted(set(other_libs).union(*subs, *others)))
                stems = {stem for lib in found for stem in shared_objects.get(lib, ())}
                if any(subs) or all(any(stem.startswith(link) for stem in stems)
                                    for link in shared_objects.get(dev, ())):
                    result = found
        memo[dev] = result
        return result

    out: Dict[str, Tuple[str, ...]] = {}
    for name in index.version:
        if is_dev(name) and not SOURCE_ONLY.fullmatch(name):
            got = resolve(name, ())
            if got is not None:
                out[name] = got
    for virtual, providers in index.provides.items():
        if is_dev(virtual) and virtual not in index.version and len(providers) == 1 and \
                not SOURCE_ONLY.fullmatch(virtual):
            got = out.get(next(iter(providers)))
            if got is not None:
                out[virtual] = got
    return out


# ----------------------------------------------------------------- fetching

_SO = re.compile(rb"^(?:usr/)?lib(?:32|64|x32)?/(?:\S*/)?(lib[^/\s]*?)\.so(?:\.\d[^/\s]*)?\s+(\S+)$",
                 re.M)


def contents_urls(dist: str, codename: str) -> List[str]:
    """The release's ``Contents-amd64.gz`` indexes (Debian: one per component)."""
    base = MIRRORS[dist][0][0]
    return ([f"{base}/dists/{codename}/{comp}/Contents-amd64.gz" for comp in COMPONENTS[dist]]
            if dist == "debian" else [f"{base}/dists/{codename}/Contents-amd64.gz"])


def shared_object_packages(dist: str, codename: str,
                           offline: bool) -> Tuple[Optional[SharedObjects], str]:
    """The packages of the release's Contents index that ship a ``lib*.so*`` under a
    lib directory (a file or a symlink), with the names of those files before ``.so``."""
    out: SharedObjects = {}
    for url in contents_urls(dist, codename):
        data, why = fetch(url, offline)
        if data is None:
            return None, f"{url}: {why}"
        for m in _SO.finditer(zlib.decompress(data, 16 + zlib.MAX_WBITS)):
            stem = m.group(1).decode()
            for qualified in m.group(2).split(b","):
                out.setdefault(qualified.rpartition(b"/")[2].decode(), set()).add(stem)
    return out, ""


def release_index(dist: str, codename: str, offline: bool) -> Tuple[Optional[Index], List[str], str]:
    """(the index, the pockets read, why not)."""
    index = Index()
    pockets = []
    for base, suffix in MIRRORS[dist]:
        suite = codename + suffix
        got = []
        for comp in COMPONENTS[dist]:
            data, why = fetch(f"{base}/dists/{suite}/{comp}/binary-amd64/Packages.xz", offline)
            if data is None:
                if not suffix:
                    return None, [], f"{suite}/{comp}: {why}"
                continue
            got.append(comp)
            for st in stanzas(lzma.decompress(data).decode("utf-8", "replace")):
                index.add(st)
        if got:
            pockets.append(suite)
    return index, pockets, ""


def release_codenames() -> Dict[str, Dict[str, str]]:
    """distribution -> codename -> version of the Debian and Ubuntu releases the image
    data names (``datagen/official_images.py``): the releases to ask the archives for."""
    with gzip.open(os.path.join(DATA, "images", "index.json.gz")) as fh:
        return json.load(fh)["codenames"]


def each_release(offline: bool, releases: Dict[str, Dict[str, dict]],
                 unavailable: List[dict]) -> Iterable[Tuple[str, str, str, Index, List[str]]]:
    """(distribution, codename, version, index, pockets) of each Debian and Ubuntu release
    the image data names whose index reads; ``releases`` gets an empty table for each
    distribution and ``unavailable`` the releases that do not read, with why."""
    codenames = release_codenames()
    for dist in MIRRORS:
        releases[dist] = {}
        for codename in codenames.get(dist, {}):
            index, pockets, why = release_index(dist, codename, offline)
            if index is None:
                unavailable.append({"dist": dist, "release": codename, "why": why})
                continue
            yield dist, codename, codenames[dist][codename], index, pockets


def by_release(answers: Dict[str, Dict[str, List[str]]]) -> Dict[str, list]:
    """name -> [[answer, "release release ..."], ...]: the releases that share an answer
    written once (most answers are the same on every release)."""
    return {name: sorted(([a, " ".join(rels)] for a, rels in got.items()), key=lambda x: x[1])
            for name, got in sorted(answers.items())}


def write_data(path: str, doc: dict) -> None:
    """``doc`` as compact gzip JSON with no name or time in the header: the same data
    gives the same bytes, so regenerating shows no diff."""
    raw = json.dumps(doc, separators=(",", ":")).encode()
    with open(path, "wb") as fh:
        with gzip.GzipFile(filename="", fileobj=fh, mode="wb", compresslevel=9,
                           mtime=0) as gz:
            gz.write(raw)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--offline", action="store_true", help="use only the download cache")
    ap.add_argument("--out", default=os.path.join(DATA, "runtime_packages.json.gz"))
    args = ap.parse_args(argv)
    start = time.time()
    releases: Dict[str, Dict[str, dict]] = {}
    unavailable: List[dict] = []
    by_dev: Dict[str, Dict[str, List[str]]] = {}
    for dist, codename, version, index, pockets in each_release(args.offline, releases,
                                                                unavailable):
        shared, why = shared_object_packages(dist, codename, args.offline)
        facts = {"version": version, "pockets": pockets}
        if shared is None:
            facts["contents"] = f"unavailable ({why}): no -dev package is taken as header-only"
        releases[dist][codename] = facts
        for dev, runtime in runtime_map(index, shared).items():
            by_dev.setdefault(dev, {}).setdefault(" ".join(runtime), []).append(codename)
        print(f"{dist} {codename}: {len(index.version)} packages, "
              f"{time.time() - start:.0f}s", file=sys.stderr)
    dev = by_release(by_dev)
    write_data(args.out, {"generated_from": {d: [m[0] for m in MIRRORS[d]] for d in MIRRORS},
                          "releases": releases, "unavailable": unavailable, "dev": dev})
    got = [f"{d}:{r}" for d in releases for r in releases[d]]
    print(f"{len(got)} releases ({' '.join(got)}); unavailable "
          f"{' '.join(u['dist'] + ':' + u['release'] for u in unavailable)}; {len(dev)} -dev "
          f"packages; {os.path.getsize(args.out)} bytes; {time.time() - start:.1f}s",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
