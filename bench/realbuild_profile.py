#!/usr/bin/env python3
"""Where the warm path of a real-build sample spends its time: every buildah/podman
command the harness runs for it (wall, and user+sys CPU of the command and the children
it waits for, through /usr/bin/time), and the Python-side steps (transpile, copying the
build context, checking the base images).

    python bench/realbuild_profile.py [--rounds 2] [--sequential] CASE...

Needs root and a warm store.  The first round of a process also checks the base images
(``ensure_images``: once per image and process, as in a pytest session); later rounds
show the per-sample cost CI pays.  CPU of a container's own processes (run under conmon,
which podman does not wait for) is not in the figures.  Prints the load average: the
machine is shared."""

import argparse
import os
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from realbuild import cases as cases_mod  # noqa: E402
from realbuild import env, images, runner  # noqa: E402
from realbuild.setup import ensure_tools  # noqa: E402

RECORDS = []  # (case, label, start, wall, cpu)
_TURN = threading.Lock()
_CASE = [""]
_T0 = [0.0]


def _label(cmd) -> str:
    words = [str(c) for c in cmd if str(c) not in ("nice", "-n", "10")]
    tool = words[0]
    sub = [w for w in words[1:3] if not w.startswith("-")]
    return " ".join([tool] + sub[:2 if sub and sub[0] in ("image", "healthcheck") else 1])


def timed_run(real):
    def run(cmd, **kw):
        with tempfile.NamedTemporaryFile("r", suffix=".time") as out:
            t = time.monotonic()
            proc = real(["/usr/bin/time", "-q", "-f", "%U %S", "-o", out.name, *cmd], **kw)
            wall = time.monotonic() - t
            try:
                user, sys_ = map(float, out.read().split()[-2:])
            except ValueError:
                user = sys_ = float("nan")
        with _TURN:
            RECORDS.append((_CASE[0], _label(cmd), t - _T0[0], wall, user + sys_))
        return proc
    return run


def timed_fn(name, fn):
    def wrapped(*a, **kw):
        t, c = time.monotonic(), time.process_time()
        try:
            return fn(*a, **kw)
        finally:
            with _TURN:
                RECORDS.append((_CASE[0], "python: " + name, t - _T0[0],
                                time.monotonic() - t, time.process_time() - c))
    return wrapped


def patch() -> None:
    import transpiler.multistage.api as api

    for module in (runner, images):
        module.run = timed_run(env.run)
    api.transpile = timed_fn("transpile", api.transpile)
    runner.build_context = timed_fn("build_context", runner.build_context)
    runner.ensure_images = timed_fn("ensure_images (incl. its commands)", runner.ensure_images)


def children_cpu() -> float:
    t = os.times()
    return t.children_user + t.children_system


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cases", nargs="+")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--sequential", action="store_true",
                    help="DTRANSPILE_REALBUILD_SEQUENTIAL=1 (one side after the other)")
    ap.add_argument("--timeline", action="store_true", help="print every command in order")
    args = ap.parse_args(argv)
    os.environ["DTRANSPILE_REALBUILD_SEQUENTIAL"] = "1" if args.sequential else "0"
    ensure_tools()
    env.write_config()
    patch()
    selected = cases_mod.by_name(args.cases)
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for rnd in range(args.rounds):
        for case in selected:
            _CASE[0] = f"{case.name}#{rnd + 1}"
            first = len(RECORDS)
            _T0[0] = time.monotonic()
            cpu0, self0 = children_cpu(), time.process_time()
            res = runner.run_case(case)
            wall = time.monotonic() - _T0[0]
            cpu, own = children_cpu() - cpu0, time.process_time() - self0
            print(f"\n{_CASE[0]}: {res.status}, wall {wall:.2f} s, CPU of commands "
                  f"{cpu:.2f} s, of this process {own:.2f} s, load {os.getloadavg()[0]:.2f}")
            rows = RECORDS[first:]
            if args.timeline:
                for _, label, start, w, c in sorted(rows, key=lambda r: r[2]):
                    print(f"  {start:6.2f} +{w:5.2f} s  cpu {c:5.2f}  {label}")
            by = defaultdict(lambda: [0, 0.0, 0.0])
            for _, label, _, w, c in rows:
                by[label][0] += 1
                by[label][1] += w
                by[label][2] += c
            for label, (n, w, c) in sorted(by.items(), key=lambda kv: -kv[1][1]):
                print(f"  {n:3d} x {label:45} wall {w:6.2f} s  cpu {c:5.2f} s")
    print(f"\nload average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
