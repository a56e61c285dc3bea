#!/usr/bin/env python3
"""Cold start: one process formatting a 100-line Dockerfile, median wall time of N
runs, next to peers measured in the same run:

- ``python -c pass`` of the same interpreter (the floor for any Python tool);
- ``dtranspile --fmt`` installed from a freshly built wheel into a private venv (pip
  compiles the bytecode at install time, as for a user; running from an editable
  checkout with PYTHONDONTWRITEBYTECODE=1 would recompile every module each run);
- the Node-based formatters ``dockerfile-utils`` and ``@reteps/dockerfmt``, installed
  from the npm registry into a temporary folder by this script.

    python3 bench/cold_start.py [--runs 20] [--keep DIR]

Prints one line per command: median ms and the ratio to ``python -c pass``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NODE_PEERS = {"dockerfile-utils": "0.16.3", "@reteps/dockerfmt": "0.5.4"}


def sample_100_lines() -> str:
    lines = ["# syntax=docker/dockerfile:1", "FROM python:3.12-slim AS base",
             "ENV PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1", "WORKDIR /app"]
    i = 0
    while len(lines) < 96:
        i += 1
        lines += [f"# step {i}", "RUN apt-get update \\", f"    && apt-get install -y pkg{i} \\",
                  "    && rm -rf /var/lib/apt/lists/*", f"COPY src{i}/ /app/src{i}/", ""]
    lines = lines[:96] + ["EXPOSE 8000", "USER nobody", 'ENTRYPOINT ["python"]', 'CMD ["-m", "app"]']
    return "\n".join(lines) + "\n"


def _tree_hash() -> str:
    h = hashlib.sha256()
    for folder in ("transpiler", "grammar"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".lark", ".typed"):
                h.update(path.read_bytes())
    h.update((ROOT / "pyproject.toml").read_bytes())
    return h.hexdigest()[:12]


def venv_env(**extra) -> dict:
    """The environment for the venv's commands, without PYTHONPATH: a checkout on it
    would be imported instead of the installed wheel, and the dtranspile.egg-info the
    wheel build leaves there makes pip take the wheel as already installed."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(extra)
    return env


def install_wheel(work: Path) -> Path:
    """A venv with the current tree installed from a wheel; reused while the tree is
    unchanged."""
    venv = work / f"venv-{_tree_hash()}"
    exe = venv / "bin" / "dtranspile"
    if exe.exists():
        return venv
    dist = work / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)],
                   check=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    env = venv_env(PYTHONDONTWRITEBYTECODE="")
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q",
                    str(next(dist.glob("*.whl")))], check=True, env=env)
    return venv


def install_node_peers(work: Path) -> dict:
    folder = work / "node"
    bins = {name: folder / "node_modules" / ".bin" / exe
            for name, exe in (("dockerfile-utils", "dockerfile-utils"), ("@reteps/dockerfmt", "dockerfmt"))}
    if all(b.exists() for b in bins.values()):
        return bins
    if not shutil.which("npm"):
        return {}
    folder.mkdir(parents=True, exist_ok=True)
    specs = [f"{name}@{version}" for name, version in NODE_PEERS.items()]
    proc = subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix",
                           str(folder), *specs], capture_output=True, text=True)
    if proc.returncode != 0:
        print(f"  (npm install failed: {proc.stderr.strip()[:200]})")
        return {}
    return {k: v for k, v in bins.items() if v.exists()}


def medians_ms(rows, runs: int, env=None) -> dict:
    """Median wall time of each (name, cmd, stdin) row; the rows take turns within each
    round, so a drift in the machine's speed (this VM's drifts by up to 1.5x within an
    hour) hits all of them alike."""
    for _, cmd, stdin in rows:
        subprocess.run(cmd, input=stdin, capture_output=True, env=env)  # warm the page cache
    times = {name: [] for name, _, _ in rows}
    for _ in range(runs):
        for name, cmd, stdin in rows:
            start = time.perf_counter()
            subprocess.run(cmd, input=stdin, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, env=env)
            times[name].append((time.perf_counter() - start) * 1000)
    return {name: statistics.median(t) for name, t in times.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=20)
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    ap.add_argument("--keep", default=os.path.join(cache, "dtranspile-bench"),
                    help="folder for the venv and npm installs (reused between runs; "
                         "must be this user's alone, as what it holds is run)")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from transpiler.safe_files import private_folder

    work = Path(private_folder(args.keep))
    venv = install_wheel(work)
    peers = install_node_peers(work)
    sample = work / "sample-100.Dockerfile"
    sample.write_text(sample_100_lines())
    text = sample.read_bytes()
    env = venv_env(PYTHONDONTWRITEBYTECODE="")
    vpy, vdt = str(venv / "bin" / "python"), str(venv / "bin" / "dtranspile")
    rows = [
        ("python -c pass", [vpy, "-c", "pass"], b""),
        ("dtranspile --fmt - < file", [vdt, "--fmt", "-"], text),
        ("dtranspile --fmt --fast - < file", [vdt, "--fmt", "--fast", "-"], text),
        ("dtranspile --ast file", [vdt, "--ast", str(sample)], b""),
    ]
    for name, exe in peers.items():
        args_ = [str(exe), "format", str(sample)] if name == "dockerfile-utils" else [str(exe), str(sample)]
        rows.append((f"{name} (Node)", args_, b""))
    print(f"cold start, 100-line Dockerfile, median of {args.runs} runs "
          f"({os.cpu_count()} cores, python {sys.version.split()[0]})")
    results = medians_ms(rows, args.runs, env)
    base = results["python -c pass"]
    for name, ms in results.items():
        print(f"  {name:34s} {ms:8.1f} ms   {ms / base:5.2f}x python -c pass")
    ours = results["dtranspile --fmt - < file"]
    for name in results:
        if name.endswith("(Node)"):
            print(f"  dtranspile --fmt / {name}: {ours / results[name]:.2f}x")


if __name__ == "__main__":
    main()
