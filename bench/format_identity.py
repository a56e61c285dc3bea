#!/usr/bin/env python3
"""Proof that a change to the formatter or to the command's file handling changed no
output: every corpus file formatted by this checkout and by another one (``--baseline``,
e.g. ``git archive main | tar -x -C DIR``), compared byte for byte.

    python3 bench/format_identity.py --baseline DIR [--corpus DIR]

Two comparisons:

- the library: ``formatting.api.format`` of every corpus file with each option set
  below, safety checks on and off; an input that fails must fail the same way (error
  class, message, position);
- the command: ``--fmt -w`` with one process and with two over a copy of the corpus
  laid out as a repository (``bench/repo_throughput.py``'s), then every file of the two
  copies compared, and the exit codes.

Prints the counts and every difference; exits 1 if there is one.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

OPTION_SETS = [
    {},
    {"fast": True},
    {"indent": "\t", "operator_position": "end"},
    {"indent": "  "},
]

_LIBRARY = r"""
import hashlib, json, os, sys
from transpiler.formatting.api import format as fmt
from transpiler.tree.errors import DtranspileError
corpus, option_sets = sys.argv[1], json.loads(sys.argv[2])
result = {}
for name in sorted(os.listdir(corpus)):
    data = open(os.path.join(corpus, name), "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        continue
    for k, options in enumerate(option_sets):
        try:
            out = "ok " + hashlib.sha256(fmt(text, **options).encode("utf-8")).hexdigest()
        except DtranspileError as exc:
            out = f"{type(exc).__name__} {exc.line}:{exc.column} {exc.message}"
        result[f"{name} {k}"] = out
json.dump(result, sys.stdout)
"""


def library_outputs(checkout: Path, corpus: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(checkout))
    proc = subprocess.run([sys.executable, "-c", _LIBRARY, str(corpus), json.dumps(OPTION_SETS)],
                          capture_output=True, text=True, env=env, check=True)
    return json.loads(proc.stdout)


def tree_digests(folder: Path) -> dict:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and ".git" not in p.parts}


def command_outputs(checkout: Path, repo: Path, work: Path, jobs: int) -> tuple:
    copy = work / f"{checkout.name}-j{jobs}"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(repo, copy)
    env = dict(os.environ, PYTHONPATH=str(checkout), DTRANSPILE_CACHE_DIR="")
    proc = subprocess.run([sys.executable, "-m", "transpiler", "--fmt", "-w", "-q", "-j",
                           str(jobs), "."], cwd=copy, capture_output=True, env=env)
    return proc.returncode, tree_digests(copy)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--baseline", required=True, help="the other checkout")
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "shipwright"))
    args = ap.parse_args()
    corpus, baseline = Path(args.corpus), Path(args.baseline).resolve()
    differences = []
    ours, theirs = library_outputs(ROOT, corpus), library_outputs(baseline, corpus)
    differences += [f"library {key}: {theirs.get(key)} -> {ours.get(key)}"
                    for key in sorted(set(ours) | set(theirs)) if ours.get(key) != theirs.get(key)]
    outputs = sum(1 for v in ours.values() if v.startswith("ok "))
    print(f"library: {len(ours)} (file, options) pairs over {len(OPTION_SETS)} option sets, "
          f"{outputs} outputs and {len(ours) - outputs} errors; "
          f"{len(ours) - len([d for d in differences if d.startswith('library')])} identical")
    sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
    from repo_throughput import build_repository

    with tempfile.TemporaryDirectory(prefix="format-identity-") as tmp:
        work = Path(tmp)
        count, _ = build_repository(corpus, work / "repo")
        for jobs in (1, 2):
            code_a, a = command_outputs(ROOT, work / "repo", work, jobs)
            code_b, b = command_outputs(baseline, work / "repo", work, jobs)
            same = sum(1 for k in a if a[k] == b.get(k))
            print(f"command --fmt -w -j{jobs}: {count} files, {same} identical, exit "
                  f"{code_b} -> {code_a}")
            if code_a != code_b:
                differences.append(f"command -j{jobs}: exit {code_b} -> {code_a}")
            differences += [f"command -j{jobs} {k}" for k in sorted(set(a) | set(b))
                            if a.get(k) != b.get(k)]
    for line in differences:
        print("DIFFERENT", line)
    print("byte-identical" if not differences else f"{len(differences)} differences")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
