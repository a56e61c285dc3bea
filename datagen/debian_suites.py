"""Debian's releases with the days each was created and released, for reading which
release a moving suite (``stable``, ``oldstable``, ``testing``, ``unstable``) named on a
given day.  Source: Debian's own release table, the ``distro-info-data`` package's
``/usr/share/distro-info/debian.csv`` (``apt-get install distro-info-data``).

The official ``debian:stable`` image is built from whatever the suite points to and its
manifest entry names no codename; the day the entry was last listed (in the image data)
and this table say which release that was (``debian:stable`` on 2026-08-21 is trixie).

    PYTHONPATH=. python3 -m datagen.debian_suites [--csv PATH]
"""

from __future__ import annotations

import argparse
import csv
import os
import sys

from .runtime_packages import write_data

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "transpiler", "knowledge", "data", "debian_releases.json.gz")
DEFAULT_CSV = "/usr/share/distro-info/debian.csv"


def read_table(path: str) -> list:
    """[[codename, version, created, released], ...] in Debian's order; sid and
    experimental left out (``unstable`` is always sid)."""
    rows = []
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            if row["series"] in ("sid", "experimental"):
                continue
            rows.append([row["series"], row["version"], row["created"], row.get("release") or ""])
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--csv", default=DEFAULT_CSV)
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args(argv)
    rows = read_table(args.csv)
    write_data(args.out, {"source": "distro-info-data debian.csv", "releases": rows})
    print(f"{len(rows)} Debian releases -> {os.path.relpath(args.out)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
