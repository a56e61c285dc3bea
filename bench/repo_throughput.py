#!/usr/bin/env python3
"""A whole repository in one command: ``dtranspile --fmt --check`` / ``--fmt -w`` next
to dprint (Rust, with its Dockerfile plugin as WebAssembly) on the same files, in the
same run.

    python3 bench/repo_throughput.py [--runs 5] [--keep DIR] [--corpus DIR] [--jobs 1,2]

dtranspile runs from a wheel of this checkout installed in a venv (``bench/cold_start.py``
builds it), with bytecode compiled as pip installs it.
dprint and its Dockerfile plugin are installed from the npm registry (pinned versions)
into ``--keep`` by this script, as ``bench/cold_start.py`` installs the Node formatters.

The repository: every file of the shared corpus that both formatters accept (dprint
formats all of them; dtranspile rejects the two that BuildKit rejects too), laid out as a
repository is: one folder per two leading hex digits of the file's name (256 folders of
about 20 files, each file named ``<hash>.Dockerfile``), a ``.git`` folder at the top so the
configuration lookup stops there as in a checkout, and no configuration file, so both
tools format with their defaults.  (The issue's folder of 2,414 files, 4.42 MB, cannot be
rebuilt from its description; this one holds every corpus file the tools share, so
per-file costs weigh at least as much as they did there.)

With ``--gitignore`` the repository also has a root ``.gitignore`` of 40 common patterns
that match none of its files (``GITIGNORE``), which both tools read and match: the cost of
respecting it, best measured with ``--baseline`` naming a checkout from before a change.

Rows, each timed on its own copy of that repository:

- ``check``: over a copy the tool itself formatted first (so nothing would change).
  Each tool is shown twice: as it runs by default (dprint's ``incremental``: it remembers
  the files it formatted; dtranspile remembers the digests of contents it found
  formatted, ``transpiler/cli/known.py``), and with that memory off
  (``--incremental=false``, ``--no-cache``), which formats every file.
- ``fmt`` / ``-w``: over an unformatted copy for every run (restored before the clock
  starts); every file the tool changes is written.

Every command runs once before timing (page cache, bytecode, dprint's plugin
compilation); then the rows take turns in each round, so a change in the machine's speed
(other processes share its cores) hits all of them alike; the best of ``--runs`` is
printed, with the ratio ``dprint wall / this wall`` (above 1: faster than dprint), and
the CPU time (user + system, all processes) of the cheapest run, which a busy machine
disturbs less than the wall time, and of every run with its system part.

The system time of the writing rows depends on the file system more than on the tools:
dtranspile creates a temporary file per file it writes and renames it over the old
one (so a file is old or new, never truncated), dprint writes in place.  On ext4
without a journal a new file's inode is searched past every inode freed in the last
minute or more (the copies this script deletes before each run, and what other programs
deleted), and with ``discard`` each replaced file's blocks are trimmed before the rename
returns.  ``--keep`` on a tmpfs (``/dev/shm/...``) times both tools without a disk.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DPRINT = {"dprint": "0.57.4", "@dprint/dockerfile": "0.6.0"}


def install_dprint(work: Path) -> tuple:
    """(dprint executable, plugin.wasm) installed from npm into ``work``."""
    folder = work / "dprint"
    exe = folder / "node_modules" / ".bin" / "dprint"
    wasm = folder / "node_modules" / "@dprint" / "dockerfile" / "plugin.wasm"
    if exe.exists() and wasm.exists():
        return exe, wasm
    if not shutil.which("npm"):
        raise SystemExit("npm is needed to install dprint")
    folder.mkdir(parents=True, exist_ok=True)
    specs = [f"{name}@{version}" for name, version in DPRINT.items()]
    proc = subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix",
                           str(folder), *specs], capture_output=True, text=True)
    if proc.returncode != 0 or not exe.exists():
        raise SystemExit(f"npm install failed: {proc.stderr.strip()[:500]}")
    return exe, wasm


DTRANSPILE = []  # the installed command, set by main()
ENV = {}


def dtranspile_cmd(*args) -> list:
    return [*DTRANSPILE, *args]


def env() -> dict:
    return ENV


#: ``--gitignore``: a root .gitignore as projects keep one (GitHub's Node, Python, Go,
#: Terraform and editor templates, abridged), none of whose patterns matches a file or
#: folder of the repository: both tools read and match it, and format the same files
GITIGNORE = """node_modules/
npm-debug.log*
yarn-error.log*
.pnpm-debug.log*
dist/
build/
coverage/
.nyc_output/
*.log
*.tmp
*.swp
.DS_Store
Thumbs.db
__pycache__/
*.py[cod]
*.egg-info/
.eggs/
.venv/
venv/
env/
.env
.env.*
!.env.example
*.so
*.o
*.a
target/
bin/
obj/
out/
.idea/
.vscode/
*.iml
.terraform/
*.tfstate
*.tfstate.*
vendor/
tmp/
.cache/
.pytest_cache/
"""


def build_repository(corpus: Path, dest: Path, gitignore: bool = False) -> tuple:
    """The repository described in the module docstring; (files, bytes)."""
    from transpiler.formatting.api import format as format_text
    from transpiler.tree.errors import DtranspileError

    shutil.rmtree(dest, ignore_errors=True)
    (dest / ".git").mkdir(parents=True)
    if gitignore:
        (dest / ".gitignore").write_text(GITIGNORE)
    count = size = 0
    for path in sorted(corpus.iterdir()):
        data = path.read_bytes()
        try:
            format_text(data.decode("utf-8"))
        except (UnicodeDecodeError, DtranspileError):
            continue  # the files BuildKit rejects
        folder = dest / path.name[:2]
        folder.mkdir(exist_ok=True)
        (folder / path.name).write_bytes(data)
        count, size = count + 1, size + len(data)
    return count, size


def restore(source: Path, dest: Path) -> Path:
    """``dest`` made to hold what ``source`` holds: each file's bytes written back in
    place when both hold the same names (no file deleted or created), else a new copy.
    Why in place: on ext4 without a journal (this bench's machine), a file system that
    will not reuse an inode freed in the last minute or more, deleting the 5,269 files
    of the last run's copy made every file created after it search past them: ten times
    the cost of creating a file, paid by dtranspile (a temporary file per file written)
    and not by dprint (which writes in place).  ``--recopy`` times it that way anyway."""
    if RECOPY or not dest.exists():
        return copy(source, dest)
    names = {p.relative_to(source): p for p in source.rglob("*") if p.is_file()}
    there = {p.relative_to(dest) for p in dest.rglob("*") if p.is_file()}
    if set(names) != there:
        return copy(source, dest)
    for name, path in names.items():
        data = path.read_bytes()
        target = dest / name
        with open(target, "r+b") as fh:
            if fh.read() != data:
                fh.seek(0)
                fh.write(data)
                fh.truncate()
    return dest


RECOPY = []  # --recopy: a new copy before each run of a writing row


def copy(source: Path, dest: Path) -> Path:
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(source, dest)
    return dest


def dprint_config(work: Path, wasm: Path, incremental: bool) -> Path:
    config = work / f"dprint{'' if incremental else '-noinc'}.json"
    config.write_text(json.dumps({
        "plugins": [str(wasm)], "incremental": incremental,
        "dockerfile": {"associations": ["**/*.Dockerfile", "**/Dockerfile", "**/Dockerfile.*"]},
    }))
    return config


class Row:
    """One command of the table; ``fresh`` is the unformatted repository a writing row
    gets a new copy of before each run, else None (the row reads its own copy)."""

    def __init__(self, name, cmd, folder, fresh=None, ok=(0,)):
        self.name, self.cmd, self.folder, self.fresh, self.ok = name, cmd, folder, fresh, ok
        self.times, self.cpu, self.sys = [], [], []

    def run(self, timed: bool = True) -> None:
        if self.fresh is not None:
            restore(self.fresh, self.folder)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        proc = subprocess.run(self.cmd, cwd=self.folder, capture_output=True, env=env())
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode not in self.ok:
            raise SystemExit(f"{self.name}: exit {proc.returncode}\n{proc.stderr.decode()[-800:]}")
        if timed:
            self.times.append(wall)
            self.cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
            self.sys.append(after.ru_stime - before.ru_stime)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keep", default=os.path.join(tempfile.gettempdir(), "dtranspile-bench"),
                    help="folder for the npm install and the repository copies")
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "shipwright"))
    ap.add_argument("--jobs", default="1,2", help="dtranspile -j values, comma-separated")
    ap.add_argument("--baseline", metavar="DIR",
                    help="another checkout (e.g. `git archive main | tar -x -C DIR`) whose "
                         "--check/-w rows are timed in the same rounds: before/after")
    ap.add_argument("--recopy", action="store_true",
                    help="delete and copy the unformatted repository before each run of a "
                         "writing row, instead of writing its files back in place")
    ap.add_argument("--gitignore", action="store_true",
                    help="give the repository a root .gitignore of 40 common patterns, none "
                         "matching its files (GITIGNORE): the cost of reading and matching it")
    args = ap.parse_args()
    if args.recopy:
        RECOPY.append(True)
    sys.path.insert(0, str(ROOT))
    work = Path(args.keep)
    work.mkdir(parents=True, exist_ok=True)
    exe, wasm = install_dprint(work)
    sys.path.insert(0, str(ROOT / "bench"))
    from cold_start import install_wheel  # the same wheel-in-a-venv a user runs

    venv = install_wheel(work)
    DTRANSPILE[:] = [str(venv / "bin" / "dtranspile")]
    baseline = None
    if args.baseline:
        import importlib.util

        spec = importlib.util.spec_from_file_location(
            "baseline_cold_start", Path(args.baseline) / "bench" / "cold_start.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)  # its install_wheel builds that checkout's wheel
        baseline = str(module.install_wheel(work) / "bin" / "dtranspile")
    # bytecode as pip compiled it; both tools keep what they remember between runs in
    # --keep (dprint: ~/.cache/dprint; dtranspile: the digests of formatted contents)
    ENV.update(os.environ, PYTHONDONTWRITEBYTECODE="", DTRANSPILE_CACHE_DIR=str(work / "cache"))
    ENV.pop("PYTHONPATH", None)
    repo = work / "repo"
    count, size = build_repository(Path(args.corpus), repo / "unformatted", args.gitignore)
    inc, noinc = dprint_config(work, wasm, True), dprint_config(work, wasm, False)

    by_dprint = copy(repo / "unformatted", repo / "by-dprint")
    subprocess.run([str(exe), "fmt", "--config", str(noinc)], cwd=by_dprint, check=True,
                   capture_output=True)
    by_us = copy(repo / "unformatted", repo / "by-dtranspile")
    subprocess.run(dtranspile_cmd("--fmt", "-w", "-q", "."), cwd=by_us, check=True,
                   capture_output=True, env=env())

    jobs = [int(j) for j in args.jobs.split(",")]
    rows = [Row("dprint check", [str(exe), "check", "--config", str(inc)], by_dprint),
            Row("dprint check --incremental=false", [str(exe), "check", "--config", str(noinc)],
                by_dprint)]
    rows += [Row(f"dtranspile --fmt --check -j{j}", dtranspile_cmd("--fmt", "--check", "-q",
                                                                   "-j", str(j), "."), by_us)
             for j in jobs]
    rows += [Row(f"dtranspile --fmt --check --no-cache -j{j}",
                 dtranspile_cmd("--fmt", "--check", "-q", "--no-cache", "-j", str(j), "."), by_us)
             for j in jobs]
    if baseline:
        rows += [Row(f"baseline --fmt --check -j{j}", [baseline, "--fmt", "--check", "-q", "-j",
                                                       str(j), "."], by_us) for j in jobs]
    rows.append(Row("dprint fmt", [str(exe), "fmt", "--config", str(inc)], repo / "w-dprint",
                    fresh=repo / "unformatted"))
    rows += [Row(f"dtranspile --fmt -w -j{j}", dtranspile_cmd("--fmt", "-w", "-q", "-j", str(j),
                                                              "."),
                 repo / f"w-dtranspile-{j}", fresh=repo / "unformatted") for j in jobs]
    if baseline:
        rows += [Row(f"baseline --fmt -w -j{j}", [baseline, "--fmt", "-w", "-q", "-j", str(j), "."],
                     repo / f"w-baseline-{j}", fresh=repo / "unformatted") for j in jobs]

    for row in rows:  # warm-up: page cache, bytecode, dprint's compiled plugin
        row.run(timed=False)
    for _ in range(args.runs):
        for row in rows:
            row.run()

    best = {row.name: min(row.times) for row in rows}
    folders = sum(1 for p in (repo / "unformatted").iterdir() if p.is_dir() and p.name != ".git")
    print(f"{count} files, {size / 1e6:.2f} MB in {folders} folders"
          f"{' and a root .gitignore' if args.gitignore else ''}"
          f"; best of {args.runs}, alternating; {os.cpu_count()} cores; "
          f"python {sys.version.split()[0]}, dprint {DPRINT['dprint']}")
    print("| command | wall (best) | all runs | CPU (best) | CPU all runs (of it system) "
          "| vs dprint |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        peer = ("dprint check" if "check" in row.name else "dprint fmt")
        ratio = "1x" if row.name.startswith("dprint") and row.name == peer else \
            f"{best[peer] / best[row.name]:.2f}x"
        if not row.name.startswith("dprint") and "check" in row.name:
            ratio += (f" ({best['dprint check --incremental=false'] / best[row.name]:.2f}x "
                      "non-incremental)")
        runs = " ".join(f"{t:.2f}" for t in row.times)
        cpu = " ".join(f"{c:.2f} ({k:.2f})" for c, k in zip(row.cpu, row.sys))
        print(f"| `{row.name}` | {best[row.name]:.2f} s | {runs} | {min(row.cpu):.2f} s | "
              f"{cpu} | {ratio} |")
    for tool in ("dtranspile", "baseline"):
        for kind in ("--check", "--check --no-cache", "-w"):
            names = [f"{tool} --fmt {kind} -j{j}" for j in jobs]
            if len(names) > 1 and all(name in best for name in names):
                print(f"{tool} -j{jobs[-1]} / -j{jobs[0]} ({kind}): "
                      f"{best[names[0]] / best[names[-1]]:.2f}x")


if __name__ == "__main__":
    main()
