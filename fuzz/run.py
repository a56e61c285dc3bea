"""Run the fuzzer:  python -m fuzz.run --seed 1 --count 500000 [--start 0] [--out fuzz/out]
                    python -m fuzz.run --context --seed 1 --count 100000   (build contexts)

Two processes with different seeds use two cores.  Statistics (inputs, inputs/s,
distinct failures) are printed at the end and kept in OUT/stats-SEED.json; each distinct
failure's input is saved in OUT with its seed and index.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from fuzz.harness import run


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m fuzz.run")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=10000)
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent / "out"))
    ap.add_argument("--time-limit", type=float, default=None, help="stop after this many seconds")
    ap.add_argument("--context", action="store_true",
                    help="fuzz the build context (file kinds and sizes; fuzz/context.py) "
                         "instead of the Dockerfile text")
    ap.add_argument("--repro", metavar="SEED:INDEX",
                    help="print one input (repr) and what checking it gives, then exit")
    args = ap.parse_args(argv)
    if args.repro and args.context:
        from fuzz.context import repro

        seed, _, index = args.repro.partition(":")
        text, kinds, outcome = repro(int(seed), int(index))
        print(repr(text))
        print(kinds)
        print(outcome)
        return 0
    if args.context:
        from fuzz.context import run as run_context

        stats = run_context(args.seed, args.count, Path(args.out), start=args.start,
                            time_limit=args.time_limit)
        rate = stats["inputs"] / stats["seconds"] if stats["seconds"] else 0.0
        print(json.dumps({**stats, "inputs_per_second": round(rate, 1)}, indent=1))
        return 1 if stats["failures"] else 0
    if args.repro:
        from fuzz.harness import check_bytes, load_corpus, make_input

        seed, _, index = args.repro.partition(":")
        data = make_input(load_corpus(), int(seed), int(index))
        print(repr(data))
        print(check_bytes(data))
        return 0
    stats = run(args.seed, args.count, Path(args.out), start=args.start,
                time_limit=args.time_limit)
    rate = stats["inputs"] / stats["seconds"] if stats["seconds"] else 0.0
    print(json.dumps({**stats, "inputs_per_second": round(rate, 1)}, indent=1))
    return 1 if stats["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
