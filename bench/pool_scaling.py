#!/usr/bin/env python3
"""``dtranspile --fmt --check`` over the whole corpus with 1, 2, ... worker processes:
wall time, speed-up over one worker, and the CPU time all processes used (what the
pool itself costs shows as CPU time above the one-worker run's).

    python3 bench/pool_scaling.py [--runs 3] [--corpus ../shared/corpus/shipwright]

The corpus is copied to a temporary folder first (``--check`` writes nothing, but the
run should not depend on the shared folder's cache state or name rules).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(folder: str, jobs: int):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    # --no-cache: every run formats every file (the cache of formatted contents would
    # turn the second run into reading and hashing)
    proc = subprocess.run([sys.executable, "-m", "transpiler", "--fmt", "--check", "-q",
                           "--no-cache", "-j", str(jobs), folder], capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1, 2):  # 2: the two corpus files BuildKit rejects too
        raise SystemExit(f"dtranspile failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "shipwright"))
    args = ap.parse_args()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = os.path.join(tmp, "corpus")
        shutil.copytree(args.corpus, folder)
        count = len(os.listdir(folder))
        print(f"dtranspile --fmt --check over {count} files; median of {args.runs}; {cores} cores")
        base = None
        for jobs in range(1, cores + 1):
            walls, cpus = [], []
            for _ in range(args.runs):
                wall, cpu = run(folder, jobs)
                walls.append(wall)
                cpus.append(cpu)
            wall, cpu = statistics.median(walls), statistics.median(cpus)
            base = base or wall
            print(f"  -j {jobs}: {wall:6.2f} s wall  {base / wall:4.2f}x one worker  "
                  f"{cpu:6.2f} s CPU  {count / wall:6.0f} files/s")


if __name__ == "__main__":
    main()
