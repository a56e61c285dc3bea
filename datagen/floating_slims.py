"""Floating slim twins of the distribution images' moving tags, proven from the
manifests' history: a moving tag with no ``-slim`` tag of its own (``debian:latest``)
gets the slim image of another moving tag (``debian:stable-slim``) only when, in every
version of the family's manifest that listed both, the two named the same release,
and the moving tag and that slim image named it too.  Recorded in the family's data
file (``debian.json.gz``, key ``floating_slim``) and read by
``transpiler/knowledge/official.py`` as the tag's ``slim`` sibling.

    PYTHONPATH=. python3 -m datagen.floating_slims [--mirrors /work/.mirror]

Called by ``official_images.py`` at its end; alone, it adds the key to the data
already written (reading the manifests up to the commit the data names as its source,
so the same data gives the same bytes).

Which release an entry is: the codename its tags or folder name (``latest`` rides on
the entry of ``trixie``); for an entry whose tags name only the suite (``stable``,
``stable-20260803``, ``stable-slim``), the release the suite named on the day the
image was built, by Debian's release table (``data/debian_releases.json.gz``, from
distro-info-data): the build day is the serial its tag carries (``-20260803``), or,
before serials (2017-06), the day the manifest first listed the entry.  A build day
that is a release day of Debian is ambiguous (the archive moves the suite during that
day): the pair is refused, as it is when any version shows two releases, or a release
is not known.  Each manifest version is one commit: tags that moved to a new release
in two commits, a version apart, differ in the version between and are refused.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import sys
from typing import Dict, List, Optional, Tuple

from . import manifests
from .official_images import _day, dump, root_os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "transpiler", "knowledge", "data", "images")
#: the distribution families whose moving tags are checked (ubuntu: no slim image)
FAMILIES = ("debian", "ubuntu")
#: moving tags (the first word of a tag: ``stable`` of ``stable-slim``)
MOVING = ("latest", "stable", "oldstable", "oldoldstable", "testing", "unstable")
KEY = "floating_slim"


def versions(oi_repo: str, rev: str,
             family: str) -> List[Tuple[int, str, Dict[str, manifests.Entry]]]:
    """(time, commit, tag -> entry) of every version of ``library/<family>`` up to
    ``rev``, oldest first (first-parent history, as ``manifests.history``)."""
    changes = [(when, commit, meta[3]) for when, commit, meta, path in manifests.raw_changes(
        oi_repo, "--diff-merges=first-parent", "--no-abbrev", rev, "--", f"library/{family}")
        if path == f"library/{family}"]
    texts = manifests.read_blobs(oi_repo, sorted({b for *_, b in changes if set(b) != {"0"}}))
    out = []
    for when, commit, blob in changes:
        text = texts.get(blob)
        out.append((when, commit, manifests.tag_map(manifests.parse(text)) if text else {}))
    return out


def _serial(entry: manifests.Entry) -> Optional[str]:
    """The build day a ``-YYYYMMDD`` tag names (``stable-20260803-slim``)."""
    for tag in entry.tags:
        m = re.search(r"-((?:19|20)\d{6})(?:-|$)", tag)
        if m:
            s = m.group(1)
            return f"{s[:4]}-{s[4:6]}-{s[6:]}"
    return None


def release(family: str, entry: manifests.Entry, first: str, codenames: Dict[str, str],
            table: List[list]) -> Optional[str]:
    """The release ``entry`` is (see the module's docstring); None when not known."""
    found = root_os(family, entry, {family: codenames})
    if found and found["rel"] in codenames:
        return found["rel"]
    suites = {t.split("-")[0] for t in entry.tags} & set(MOVING)
    if family != "debian" or len(suites) != 1:
        return None
    suite = suites.pop()
    day = _serial(entry) or first
    if any(r[3] == day for r in table):
        return None  # the suite moved that day
    released = [r[0] for r in table if r[3] and r[3] <= day]
    back = {"stable": 0, "oldstable": 1, "oldoldstable": 2}.get(suite)
    if back is None or len(released) <= back:
        return None
    return released[-1 - back]


def check(family: str, history: list, codenames: Dict[str, str], table: List[list],
          log=None) -> Dict[str, dict]:
    """moving tag -> its floating slim twin with the evidence, for every moving tag with no
    ``-slim`` tag of its own whose releases matched another moving tag's (and that tag's
    ``-slim``) in every version listing both."""
    first: Dict[tuple, str] = {}
    for when, _commit, tags in history:
        for entry in tags.values():
            first.setdefault(entry.key(), _day(when))
    last = history[-1][2] if history else {}
    ever = {t for _w, _c, tags in history for t in tags}
    out: Dict[str, dict] = {}
    pairs = 0
    for tag in MOVING:
        if tag not in last or f"{tag}-slim" in ever:
            continue
        for other in MOVING:
            slim = f"{other}-slim"
            if other == tag or other not in last or slim not in last:
                continue
            pairs += 1
            checked, with_slim, days, moves, bad = 0, 0, set(), 0, []
            before = None
            for when, commit, tags in history:
                if tag not in tags or other not in tags:
                    continue
                mine = release(family, tags[tag], first[tags[tag].key()], codenames, table)
                rels = [release(family, tags[t], first[tags[t].key()], codenames, table)
                        for t in (other, slim) if t in tags]
                checked += 1
                with_slim += slim in tags
                days.add(_day(when))
                if mine is None or any(r != mine for r in rels):
                    bad.append(f"{_day(when)} {commit[:12]}: {tag} {mine}, "
                               f"{other}/{slim} {rels}")
                elif before is not None and mine != before:
                    moves += 1
                before = mine
            if log:
                print(f"{family}:{tag} ~ {other}: {checked} manifest versions on {len(days)} "
                      f"days ({with_slim} listing {slim} too), {moves} release changes made "
                      "together, "
                      f"{len(bad)} versions differing" + "".join(f"\n  {b}" for b in bad[:10]),
                      file=log)
            if checked and not bad:
                out[tag] = {"slim": slim, "as": other, "versions": checked, "days": len(days),
                            "since": min(days), "until": max(days), "moves": moves}
                break
    if log and not pairs:
        print(f"{family}: no moving tag without a -slim tag of its own has a moving -slim "
              "image beside it", file=log)
    return out


def add(oi_repo: str, out_dir: str, log=sys.stderr) -> Dict[str, dict]:
    """Add each family's floating slim twins to its data file (written before); returns
    them by family."""
    with gzip.open(os.path.join(out_dir, "index.json.gz"), "rb") as fh:
        index = json.loads(fh.read())
    rev = index["source"].split("@", 1)[1]
    table_path = os.path.join(out_dir, "..", "debian_releases.json.gz")
    with gzip.open(table_path, "rb") as fh:
        table = json.loads(fh.read())["releases"]
    found = {}
    for family in FAMILIES:
        info = index["families"].get(family)
        if info is None:
            continue
        path = os.path.join(out_dir, info["file"])
        with gzip.open(path, "rb") as fh:
            doc = json.loads(fh.read())
        twins = check(family, versions(oi_repo, rev, family), index["codenames"].get(family, {}),
                      table, log)
        doc.pop(KEY, None)
        if twins:
            doc[KEY] = twins
            found[family] = twins
        dump(path, doc)
    return found


def main(argv=None) -> int:
    from . import git_family  # (its command line: --mirrors, --out)

    def run(mirrors: str, out: str) -> None:
        found = add(os.path.join(mirrors, "docker-library+official-images", "repo"), out)
        print(json.dumps(found, sort_keys=True), file=sys.stderr)

    return git_family.main(run, __doc__, argv, OUT)


if __name__ == "__main__":
    sys.exit(main())
