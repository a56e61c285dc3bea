#!/usr/bin/env python3
"""What a disk cache of the Lark tables would save: building the reference parser in a
fresh process, against loading it from Lark's pickle cache (the cache dtranspile no
longer keeps, see transpiler/syntax/grammar.py), interleaved, median of N runs each.

    python3 bench/grammar_cache.py --runs 10
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from lark import Lark
from transpiler.syntax import grammar
kwargs = dict(parser="lalr", lexer="contextual", start=grammar.START_RULES,
              maybe_placeholders=False)
if sys.argv[2]:
    kwargs["cache"] = sys.argv[2]
text = grammar.grammar_text("\\")
start = time.perf_counter()
Lark(text, **kwargs)
print((time.perf_counter() - start) * 1000)
"""


def once(cache: str) -> float:
    out = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), cache], check=True,
                         capture_output=True, text=True).stdout
    return float(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as private:  # mkdtemp: mode 0700, ours alone
        cache = str(Path(private) / "grammar.lark-cache")
        once(cache)  # write it
        built, loaded = [], []
        for _ in range(args.runs):
            built.append(once(""))
            loaded.append(once(cache))
    b, c = statistics.median(built), statistics.median(loaded)
    print(f"build the LALR tables (no cache): {b:.1f} ms")
    print(f"load them from the pickle cache:  {c:.1f} ms")
    print(f"saved per process and escape character: {b - c:.1f} ms")


if __name__ == "__main__":
    main()
