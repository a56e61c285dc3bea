#!/usr/bin/env python3
"""Scaling curve: format time against input size, and a 1 MB single RUN line.
Linear cost means time(N lines) / time(200 lines) stays near N / 200.

    python3 bench/scaling.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import transpiler  # noqa: E402

BLOCK = ["# step {i}", "RUN apt-get update \\", "    && apt-get install -y pkg{i} \\",
         "    && rm -rf /var/lib/apt/lists/*", "COPY src{i}/ /app/src{i}/", "ENV K{i}=v{i}", ""]


def dockerfile(lines: int) -> str:
    out = ["FROM debian:bookworm"]
    i = 0
    while len(out) < lines:
        i += 1
        out.extend(l.format(i=i) for l in BLOCK)
    return "\n".join(out[:lines]) + "\n"


def best(fn, repeat=3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main():
    base_n = 200
    base = best(lambda: transpiler.format(dockerfile(base_n)))
    print(f"format with safety checks; best of 3; baseline {base_n} lines = {base * 1000:.1f} ms")
    for n in (200, 2000, 20000):
        text = dockerfile(n)
        t = best(lambda: transpiler.format(text))
        print(f"  {n:6d} lines  {t * 1000:9.1f} ms   time ratio {t / base:7.1f}   size ratio {n / base_n:6.1f}"
              f"   ratio/linear {t / base / (n / base_n):.2f}")
    # BuildKit rejects physical lines over 65,535 bytes; the rejection must be quick
    for size in (60_000, 1_000_000):
        text = "FROM a\nRUN " + " && ".join("echo x" for _ in range(size // 10)) + "\n"

        def attempt():
            try:
                transpiler.format(text)
            except transpiler.ParseError:
                pass
        t = best(attempt, repeat=1)
        print(f"  single RUN line of {len(text) / 1e6:.2f} MB: {t * 1000:.1f} ms"
              f"{'  (rejected: line over 65535 bytes)' if len(text) > 65536 else ''}")
    # the same 1 MB spread over continuation lines is legal and must stay linear
    text = "FROM a\nRUN " + " \\\n    && ".join("echo x" for _ in range(100_000)) + "\n"
    t = best(lambda: transpiler.format(text), repeat=1)
    print(f"  one RUN of 100,000 continuation lines ({len(text) / 1e6:.1f} MB): {t * 1000:.1f} ms")


if __name__ == "__main__":
    main()
