#!/usr/bin/env python3
"""CPU and wall time of real-build samples with this tree's harness against another
tree's (the peer: main), in the same run, alternating, on the same warm image store.

    python bench/realbuild_peer.py --peer /work/main [--rounds 2] CASE...

Each round runs one process per tree (the order alternating between rounds), in the
harness's default mode (both sides of a sample at once).  A process first checks the
base images every case needs ("setup": once per pytest session in CI), then runs each
case with ``run_case``.  CPU is user+sys of the process and of every command it waited
for (buildah, podman and what they wait for); what podman does not wait for (conmon,
the container's own processes, ``podman container cleanup``) is left out on both sides
alike.  Needs root and a warm store; take the case locks first (a real build of a case
under /work/notes/locks/CASE.lock, as rebuild.sh does).  Prints the load average: the
machine is shared, and CPU time is the steadier figure."""

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]

# run in a child process with the tree to measure first on sys.path
DRIVER = r"""
import json, os, resource, sys, time
sys.path.insert(0, sys.argv[1])
from realbuild import cases as cases_mod
from realbuild.env import ROOT, write_config
from realbuild.runner import ensure_images, from_images, run_case
from transpiler.multistage.api import transpile

def cpu():
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime

write_config()
selected = cases_mod.by_name(sys.argv[2:])
out = {"cases": {}}
t, c = time.monotonic(), cpu()
for case in selected:
    text = case.dockerfile.read_text()
    ctx = cases_mod.build_context(case, ROOT / "work" / case.name / "context")
    rewrite = transpile(text, runtime=case.runtime, context=ctx if case.context else None)
    refs = from_images(text) + ([] if rewrite.report.declined else from_images(rewrite.output))
    ensure_images(refs, ROOT / "logs" / "bench-peer.log")
out["setup"] = [time.monotonic() - t, cpu() - c]
for case in selected:
    t, c = time.monotonic(), cpu()
    res = run_case(case)
    out["cases"][case.name] = [time.monotonic() - t, cpu() - c, res.status]
print(json.dumps(out))
"""


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def measure(tree: Path, names) -> dict:
    env = dict(os.environ, PYTHONPATH=str(tree))
    env.pop("DTRANSPILE_REALBUILD_SEQUENTIAL", None)
    proc = subprocess.run([sys.executable, "-c", DRIVER, str(tree), *names], env=env,
                          capture_output=True, text=True, cwd=tree)
    if proc.returncode != 0:
        raise SystemExit(f"{tree}: exited {proc.returncode}\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--peer", required=True, type=Path, help="the other tree (main)")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("cases", nargs="+")
    args = ap.parse_args(argv)
    trees = {"peer": args.peer.resolve(), "this": HERE}
    got = {name: [] for name in trees}
    print(f"peer {trees['peer']}, this {trees['this']}; load average at start: {load()}")
    for rnd in range(args.rounds):
        order = ["peer", "this"] if rnd % 2 == 0 else ["this", "peer"]
        for name in order:
            t0, l0 = time.monotonic(), os.getloadavg()[0]
            res = measure(trees[name], args.cases)
            got[name].append(res)
            wall = sum(v[0] for v in res["cases"].values())
            cpu = sum(v[1] for v in res["cases"].values())
            print(f"round {rnd + 1} {name}: setup wall {res['setup'][0]:5.1f} s cpu "
                  f"{res['setup'][1]:5.1f} s; cases wall {wall:6.1f} s cpu {cpu:6.1f} s "
                  f"(load {l0:.2f} -> {os.getloadavg()[0]:.2f}; "
                  f"{time.monotonic() - t0:.0f} s)", flush=True)
    print()
    print(f"{'case':28} {'peer wall':>9} {'this wall':>9} {'peer cpu':>9} {'this cpu':>9} "
          "cpu this/peer  status")
    mismatched = []
    for case in args.cases:
        row = {n: [sum(r["cases"][case][i] for r in got[n]) / args.rounds for i in (0, 1)]
               for n in trees}
        status = {n: {r["cases"][case][2] for r in got[n]} for n in trees}
        if status["peer"] != status["this"] or len(status["this"]) != 1:
            mismatched.append((case, status))
        print(f"{case:28} {row['peer'][0]:9.2f} {row['this'][0]:9.2f} {row['peer'][1]:9.2f} "
              f"{row['this'][1]:9.2f} {row['this'][1] / row['peer'][1]:13.2f}  "
              f"{','.join(sorted(status['this']))}")
    tot = {n: [sum(sum(v[i] for v in r["cases"].values()) for r in got[n]) for i in (0, 1)]
           for n in trees}
    setup = {n: [sum(r["setup"][i] for r in got[n]) for i in (0, 1)] for n in trees}
    print(f"\ncases, all rounds: wall peer {tot['peer'][0]:.1f} s this {tot['this'][0]:.1f} s "
          f"(this/peer {tot['this'][0] / tot['peer'][0]:.2f}); CPU peer {tot['peer'][1]:.1f} s "
          f"this {tot['this'][1]:.1f} s (this/peer {tot['this'][1] / tot['peer'][1]:.2f})")
    print(f"setup (base image checks), all rounds: wall peer {setup['peer'][0]:.1f} s this "
          f"{setup['this'][0]:.1f} s; CPU peer {setup['peer'][1]:.1f} s this "
          f"{setup['this'][1]:.1f} s")
    print(f"load average at end: {load()}")
    for case, status in mismatched:
        print(f"STATUS DIFFERS for {case}: {status}")
    return 1 if mismatched else 0


if __name__ == "__main__":
    sys.exit(main())
