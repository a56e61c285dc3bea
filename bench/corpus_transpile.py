#!/usr/bin/env python3
"""Whole-corpus transpile time of this checkout next to an earlier revision of the
project, measured in the same run.

    python3 bench/corpus_transpile.py [--against REV] [--runs 3] [--corpus DIR]

Issue 15 set the bar "transpiling the whole corpus takes at most twice today's time":
the peer is therefore the project as it was when that issue was filed, by default the
parent of its first commit (``3cb78a3^``), unpacked with ``git archive`` into a private
temporary folder (the checkout and its worktrees are not touched).  The current
checkout runs from its working tree, uncommitted changes included.

Each side runs in a process of its own, which imports ``transpiler`` from its tree,
transpiles every corpus file once untimed (the image knowledge loads lazily; first-use
costs are not what the bar is about) and then once timed, as ``dtranspile - < file``
would (no build context).  The sides take turns in every round, so a change in the
machine's speed (helpers share its two cores) hits both alike; the best of ``--runs``
rounds is printed for each, with the ratio ``this / peer`` (the bar: at most 2.0), the
files transpiled by each, and the CPU time of the best round.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "shipwright"

# The measuring side: runs inside the tree under test, prints one JSON line.
_CHILD = r"""
import json, os, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import transpiler
files = sorted(p for p in Path(sys.argv[2]).rglob("*") if p.is_file() and p.suffix == ".Dockerfile")
texts = [p.read_bytes().decode("utf-8", errors="surrogateescape") for p in files]

def once():
    done = 0
    for t in texts:
        try:
            r = transpiler.transpile(t)
        except Exception:
            continue
        done += not r.report.declined
    return done

once()
c0 = resource.getrusage(resource.RUSAGE_SELF)
t0 = time.perf_counter()
done = once()
wall = time.perf_counter() - t0
c1 = resource.getrusage(resource.RUSAGE_SELF)
cpu = (c1.ru_utime - c0.ru_utime) + (c1.ru_stime - c0.ru_stime)
print(json.dumps({"files": len(texts), "transpiled": done, "wall": wall, "cpu": cpu}))
"""


def unpack(rev: str, into: Path) -> Path:
    """The peer's source tree, exactly as committed at ``rev``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "transpiler", "grammar"],
                             check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def measure(tree: Path, corpus: Path) -> dict:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONPATH", None)
    out = subprocess.run([sys.executable, "-c", _CHILD, str(tree), str(corpus)],
                         check=True, capture_output=True, text=True, env=env, cwd=str(tree)).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--against", default="3cb78a3^",
                    help="peer revision (default: the project when issue 15 was filed)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    rev = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", args.against],
                         check=True, capture_output=True, text=True).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="dtranspile-bench-") as tmp:
        peer = unpack(args.against, Path(tmp))
        sides = {f"peer {rev}": peer, "this checkout": ROOT}
        best: dict[str, dict] = {}
        for n in range(args.runs):
            for name, tree in sides.items():
                m = measure(tree, args.corpus)
                print(f"round {n + 1}: {name:<16} {m['wall']:7.2f} s wall  {m['cpu']:7.2f} s CPU",
                      file=sys.stderr)
                if name not in best or m["wall"] < best[name]["wall"]:
                    best[name] = m
    print(f"whole corpus ({best['this checkout']['files']} files), best of {args.runs}:")
    for name, m in best.items():
        print(f"  {name:<16} {m['wall']:7.2f} s wall  {m['cpu']:7.2f} s CPU  "
              f"{m['transpiled']:5d} transpiled  {1000 * m['wall'] / m['files']:.2f} ms/file")
    this, then = best["this checkout"], best[f"peer {rev}"]
    print(f"ratio this / peer {rev}: {this['wall'] / then['wall']:.2f} wall, "
          f"{this['cpu'] / then['cpu']:.2f} CPU (issue 15's bar: at most 2.00)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
