"""Generate ``transpiler/knowledge/data/distro_packages.json.gz``: which version of
python3, nodejs, a JDK, go, rust, gcc ... each Debian and Ubuntu release packages, read
from the distributions' own package indexes (``dists/<release>/<component>/
binary-amd64/Packages.xz``, what ``apt-get update`` reads).

Regenerate after ``datagen/official_images.py`` (the releases to ask for are the
codenames that data found in the debian and ubuntu manifests)::

    PYTHONPATH=. python3 -m datagen.distro_packages            # downloads, caches
    PYTHONPATH=. python3 -m datagen.distro_packages --offline  # reuses the cache

A release whose index cannot be fetched (archived releases move to archive.debian.org /
old-releases.ubuntu.com, which may be out of reach) is listed under ``unavailable``
with the reason, never filled in by hand.
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
import urllib.error
import urllib.request
from typing import Dict, Iterator, List, Optional, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "transpiler", "knowledge", "data")
CACHE = os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")),
                     "dtranspile-datagen")
MIRRORS = {
    "debian": ("http://deb.debian.org/debian", ("main",)),
    "ubuntu": ("http://archive.ubuntu.com/ubuntu", ("main", "universe")),
}
#: the packages whose versions a runner choice needs (a language runtime, its -dev and
#: package tools, the JDKs and the default JDK's choice)
WANTED = re.compile(
    r"(python3|python3-dev|python3-pip|python3-venv|python2\.7|python|nodejs|npm|yarnpkg|"
    r"default-jdk|default-jdk-headless|default-jre|default-jre-headless|"
    r"openjdk-\d+-(jdk|jre)(-headless)?|golang-go|golang|rustc|cargo|gcc|g\+\+|clang|"
    r"cmake|make|maven|gradle|ruby|php|php-cli|perl|dotnet-sdk-[\d.]+|"
    r"dotnet-runtime-[\d.]+|aspnetcore-runtime-[\d.]+|libc6|musl|ca-certificates|curl|git)")


def fetch(url: str, offline: bool) -> Tuple[Optional[bytes], str]:
    """(content or None, why not), through a cache so ``--offline`` can rebuild."""
    path = os.path.join(CACHE, re.sub(r"[^A-Za-z0-9._-]", "_", url))
    if os.path.exists(path):
        with open(path, "rb") as fh:
            return fh.read(), ""
    if os.path.exists(path + ".failed"):  # the answer of the online run, kept
        with open(path + ".failed") as fh:
            why = fh.read()
        if offline:
            return None, why
    elif offline:
        return None, "not in the offline cache"
    os.makedirs(CACHE, exist_ok=True)
    try:
        with urllib.request.urlopen(url, timeout=60) as resp:
            data = resp.read()
    except urllib.error.HTTPError as exc:
        return _failed(path, f"HTTP {exc.code}")
    except (urllib.error.URLError, OSError) as exc:
        return _failed(path, f"unreachable ({getattr(exc, 'reason', exc)})")
    with open(path, "wb") as fh:
        fh.write(data)
    return data, ""


def _failed(path: str, why: str) -> Tuple[None, str]:
    with open(path + ".failed", "w") as fh:
        fh.write(why)
    return None, why


def stanzas(text: str) -> Iterator[Dict[str, str]]:
    current: Dict[str, str] = {}
    key = None
    for line in text.splitlines():
        if not line:
            if current:
                yield current
            current, key = {}, None
        elif line[0] in " \t":
            if key:
                current[key] += "\n" + line.strip()
        else:
            key, _, value = line.partition(":")
            current[key] = value.strip()
    if current:
        yield current


def release_facts(dist: str, codename: str, offline: bool) -> Tuple[Optional[dict], str]:
    base, components = MIRRORS[dist]
    release, why = fetch(f"{base}/dists/{codename}/Release", offline)
    if release is None:
        return None, why
    header = next(stanzas(release.decode("utf-8", "replace")), {})
    packages: Dict[str, dict] = {}
    for comp in components:
        data, why = fetch(f"{base}/dists/{codename}/{comp}/binary-amd64/Packages.xz", offline)
        if data is None:
            return None, f"{comp}: {why}"
        for st in stanzas(lzma.decompress(data).decode("utf-8", "replace")):
            name = st.get("Package", "")
            if not WANTED.fullmatch(name):
                continue
            rec = {"version": st.get("Version", ""), "component": comp}
            depends = st.get("Depends")
            if depends and name.startswith(("default-", "python3", "golang", "nodejs")):
                rec["depends"] = depends
            packages[name] = rec
    return {"version": header.get("Version"), "date": header.get("Date"),
            "suite": header.get("Suite"), "source": f"{base}/dists/{codename}",
            "packages": dict(sorted(packages.items()))}, ""


ALPINE = "http://dl-cdn.alpinelinux.org/alpine"


def alpine_facts(release: str, offline: bool) -> Tuple[Optional[dict], str]:
    """Versions from ``APKINDEX.tar.gz`` (``P:`` name, ``V:`` version per package)."""
    import io
    import tarfile

    packages: Dict[str, dict] = {}
    for repo in ("main", "community"):
        data, why = fetch(f"{ALPINE}/v{release}/{repo}/x86_64/APKINDEX.tar.gz", offline)
        if data is None:
            return None, f"{repo}: {why}"
        with tarfile.open(fileobj=io.BytesIO(data)) as tar:
            member = tar.extractfile("APKINDEX")
            text = member.read().decode("utf-8", "replace") if member else ""
        for block in text.split("\n\n"):
            fields = dict(line.split(":", 1) for line in block.splitlines() if ":" in line)
            name = fields.get("P", "")
            if WANTED.fullmatch(name) or re.fullmatch(r"openjdk\d+(-jre|-jdk)?(-headless)?", name):
                packages[name] = {"version": fields.get("V", ""), "component": repo}
    return {"version": release, "source": f"{ALPINE}/v{release}",
            "packages": dict(sorted(packages.items()))}, ""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--offline", action="store_true", help="use only the download cache")
    ap.add_argument("--out", default=os.path.join(DATA, "distro_packages.json.gz"))
    args = ap.parse_args(argv)
    start = time.time()
    with gzip.open(os.path.join(DATA, "images", "index.json.gz")) as fh:
        codenames = json.load(fh)["codenames"]
    out: Dict[str, dict] = {}
    unavailable: List[dict] = []
    for dist in MIRRORS:
        out[dist] = {}
        for codename in codenames.get(dist, {}):
            facts, why = release_facts(dist, codename, args.offline)
            if facts is None:
                unavailable.append({"dist": dist, "release": codename, "why": why})
            else:
                out[dist][codename] = facts
    with gzip.open(os.path.join(DATA, "images", "alpine.json.gz")) as fh:
        alpine_tags = json.load(fh)["tags"]
    out["alpine"] = {}
    for release in sorted({t for t in alpine_tags if re.fullmatch(r"3\.\d+", t)},
                          key=lambda r: int(r.split(".")[1])):
        facts, why = alpine_facts(release, args.offline)
        if facts is None:
            unavailable.append({"dist": "alpine", "release": release, "why": why})
        else:
            out["alpine"][release] = facts
    doc = {"generated_from": dict({d: MIRRORS[d][0] for d in MIRRORS}, alpine=ALPINE),
           "releases": out, "unavailable": unavailable}
    raw = json.dumps(doc, separators=(",", ":")).encode()
    with open(args.out, "wb") as fh:
        with gzip.GzipFile(fileobj=fh, mode="wb", compresslevel=9, mtime=0) as gz:
            gz.write(raw)
    got = [f"{d}:{r}" for d in out for r in out[d]]
    print(f"{len(got)} releases ({' '.join(got)}); unavailable "
          f"{' '.join(u['dist'] + ':' + u['release'] for u in unavailable)}; "
          f"{os.path.getsize(args.out)} bytes; {time.time() - start:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
