#!/usr/bin/env python3
"""Cold start of the command on a 100-line Dockerfile (median of N process runs),
next to ``python -c pass`` measured in the same run (and hyperfine's figures when
hyperfine is installed: ``apt-get install hyperfine``).

    python3 bench/cold_start.py [--runs 20] [--mode ast|fmt|transpile]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SAMPLE_LINES = [
    "# syntax=docker/dockerfile:1",
    "FROM python:3.12-slim AS base",
    "ENV PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1",
    "WORKDIR /app",
]


def sample_100_lines() -> str:
    lines = list(SAMPLE_LINES)
    i = 0
    while len(lines) < 96:
        i += 1
        lines += [f"# step {i}", f"RUN apt-get update \\", f"    && apt-get install -y pkg{i} \\",
                  "    && rm -rf /var/lib/apt/lists/*", f"COPY src{i}/ /app/src{i}/", ""]
    lines = lines[:96] + ["EXPOSE 8000", "USER nobody", 'ENTRYPOINT ["python"]', 'CMD ["-m", "app"]']
    return "\n".join(lines) + "\n"


def median_ms(cmd, stdin: bytes, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--mode", default="ast", choices=["ast", "fmt", "transpile"])
    args = ap.parse_args()
    text = sample_100_lines().encode()
    exe = shutil.which("dtranspile")
    cmd = [exe] if exe else [sys.executable, "-m", "transpiler"]
    flag = {"ast": ["--ast"], "fmt": ["--fmt"], "transpile": []}[args.mode]
    full = cmd + flag + ["-"]
    subprocess.run(full, input=text, capture_output=True)  # warm the grammar cache
    base = median_ms([sys.executable, "-c", "pass"], b"", args.runs)
    ours = median_ms(full, text, args.runs)
    print(f"100-line file, median of {args.runs} runs")
    print(f"  python -c pass              {base:7.1f} ms")
    print(f"  dtranspile {' '.join(flag) or '(transpile)':14s}   {ours:7.1f} ms  ({ours / base:.1f}x python -c pass)")
    if shutil.which("hyperfine"):
        with tempfile.NamedTemporaryFile("wb", suffix=".Dockerfile", delete=False) as fh:
            fh.write(text)
        subprocess.run(["hyperfine", "-N", "--warmup", "3", "--runs", str(args.runs),
                        f"{sys.executable} -c pass", " ".join(full[:-1] + [fh.name])])


if __name__ == "__main__":
    main()
