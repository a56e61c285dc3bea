#!/usr/bin/env python3
"""Wall time of real-build samples with the two sides of each built and run one after the
other (DTRANSPILE_REALBUILD_SEQUENTIAL=1: the harness before, but for servers now killed
without podman's 2 s grace period in both modes) and at the same time (the default),
measured in the same process, alternating, on the same warm image store.

    python bench/realbuild_pairs.py [--rounds 2] CASE...

Needs root and a warm store (run ``bench/realbuild_report.py CASE...`` once first: a cold
first build measures the image factory, not the harness).  Each round runs every case in
both modes, the mode run first alternating between rounds and cases; every run must end
with the same status in both modes, else the figures are not comparable and it says so.
Prints the load average beside the figures: the machine is shared."""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from realbuild import cases as cases_mod  # noqa: E402
from realbuild.env import ROOT  # noqa: E402
from realbuild.runner import ensure_images, from_images, run_case  # noqa: E402
from realbuild.setup import ensure_tools  # noqa: E402

MODES = ("sequential", "together")


def timed(case, mode: str):
    os.environ["DTRANSPILE_REALBUILD_SEQUENTIAL"] = "1" if mode == "sequential" else "0"
    t0 = time.monotonic()
    res = run_case(case)
    return time.monotonic() - t0, res.status


def check_images(selected) -> None:
    """Check (or make) every base image first, untimed: the first check in a process waits
    for images.lock, which another process making images may hold for minutes."""
    from transpiler.multistage.api import transpile

    log = ROOT / "logs" / "bench-pairs.log"
    with tempfile.TemporaryDirectory() as tmp:
        for case in selected:
            text = case.dockerfile.read_text()
            context = cases_mod.build_context(case, Path(tmp) / case.name)
            rewrite = transpile(text, runtime=case.runtime,
                                context=context if case.context else None).output
            ensure_images(from_images(text) + from_images(rewrite), log)


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cases", nargs="+")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)
    ensure_tools()
    selected = cases_mod.by_name(args.cases)
    check_images(selected)
    totals = {(r, m): 0.0 for r in range(args.rounds) for m in MODES}
    mismatched = []
    print(f"load average at start: {load()}")
    for rnd in range(args.rounds):
        for i, case in enumerate(selected):
            order = MODES if (rnd + i) % 2 == 0 else MODES[::-1]
            got = {m: timed(case, m) for m in order}
            for m in MODES:
                totals[(rnd, m)] += got[m][0]
            if got["sequential"][1] != got["together"][1]:
                mismatched.append((case.name, got["sequential"][1], got["together"][1]))
            print(f"round {rnd + 1} {case.name:40} sequential {got['sequential'][0]:6.1f}s "
                  f"together {got['together'][0]:6.1f}s  ({got['together'][1]}; load {load()})",
                  flush=True)
    print()
    for rnd in range(args.rounds):
        seq, tog = totals[(rnd, "sequential")], totals[(rnd, "together")]
        print(f"round {rnd + 1}: {len(selected)} cases, sequential {seq:.1f}s, together "
              f"{tog:.1f}s, together/sequential {tog / seq:.2f}")
    seq = sum(v for (_, m), v in totals.items() if m == "sequential")
    tog = sum(v for (_, m), v in totals.items() if m == "together")
    print(f"all rounds: sequential {seq:.1f}s, together {tog:.1f}s, together/sequential "
          f"{tog / seq:.2f}; load average at end: {load()}")
    for name, a, b in mismatched:
        print(f"STATUS DIFFERS for {name}: sequential {a}, together {b}")
    return 1 if mismatched else 0


if __name__ == "__main__":
    sys.exit(main())
