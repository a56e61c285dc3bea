#!/usr/bin/env python3
"""Warm formatting through the language server vs a cold ``dtranspile --fmt -``.

Why: format-on-save latency is what editor users feel.  A resident server pays the
interpreter start and the imports once; each later request costs only the format
(parse, print, the safety re-parse) and the JSON-RPC round trip.  Both numbers are
measured in the same run on the same 100-line file, safety checks on in both.

    python3 bench/lsp_format.py [--requests 200] [--cold-runs 20]

Prints the median (and p90) of ``textDocument/formatting`` round trips over stdio,
measured by a client that frames the JSON-RPC messages itself, and the median wall
time of ``dtranspile --fmt -`` started from scratch for each run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from lsp_client import LspClient  # noqa: E402


def sample_100_lines() -> str:
    """100 lines: comments, ENVs and continued RUN chains with sloppy indentation, so
    every request has real work (re-indenting) and a non-empty answer."""
    lines = ["# syntax=docker/dockerfile:1", "FROM python:3.12-slim AS base",
             "ENV PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1", "WORKDIR /app"]
    i = 0
    while len(lines) < 96:
        i += 1
        lines += [f"# step {i}", "run apt-get update && \\",
                  f"  apt-get install -y pkg{i} curl && \\", "      rm -rf /var/lib/apt/lists/*",
                  f"env STEP_{i} value{i}"]
    lines = lines[:96] + ["COPY . .", "USER 1000", "EXPOSE 8000", 'CMD ["python", "-m", "app"]']
    return "\n".join(lines) + "\n"


def percentile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def warm_lsp(text: str, requests: int, folder: Path):
    client = LspClient(cmd=[sys.executable, "-m", "transpiler", "--lsp"], cwd=str(folder))
    try:
        client.initialize(folder.as_uri())
        uri = (folder / "Dockerfile").as_uri()
        client.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "dockerfile", "version": 1, "text": text}})
        client.notification("textDocument/publishDiagnostics")
        params = {"textDocument": {"uri": uri}, "options": {"tabSize": 4, "insertSpaces": True}}
        for _ in range(10):  # warm-up
            client.request("textDocument/formatting", params)
        times = []
        for _ in range(requests):
            start = time.perf_counter()
            reply = client.request("textDocument/formatting", params)
            times.append(time.perf_counter() - start)
            assert reply.get("result"), reply
        client.shutdown()
        return times
    finally:
        client.close()


def cold_cli(text: str, runs: int, folder: Path):
    exe = shutil.which("dtranspile")
    cmd = [exe] if exe else [sys.executable, "-m", "transpiler"]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(cmd + ["--fmt", "-"], input=text.encode(), capture_output=True,
                              cwd=folder)
        times.append(time.perf_counter() - start)
        assert proc.returncode == 0, proc.stderr
    return times, " ".join(os.path.basename(c) if i == 0 else c for i, c in enumerate(cmd))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--cold-runs", type=int, default=20)
    args = parser.parse_args()
    text = sample_100_lines()
    assert len(text.splitlines()) == 100
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / ".git").mkdir()  # keep the config search inside the temp folder
        warm = warm_lsp(text, args.requests, folder)
        cold, cmd = cold_cli(text, args.cold_runs, folder)
    print(f"file: 100 lines, {len(text)} bytes; python {sys.version.split()[0]}")
    print(f"LSP textDocument/formatting (warm server), median of {len(warm)}: "
          f"{statistics.median(warm) * 1000:.1f} ms (p90 {percentile(warm, 0.9) * 1000:.1f} ms)")
    print(f"{cmd} --fmt - (cold process), median of {len(cold)}: "
          f"{statistics.median(cold) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
