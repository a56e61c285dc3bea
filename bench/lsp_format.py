#!/usr/bin/env python3
"""Warm formatting through the language server vs a cold ``dtranspile --fmt -``.

Why: format-on-save latency is what editor users feel.  A resident server pays the
interpreter start and the imports once; each later request costs only the format
(parse, print, the safety re-parse) and the JSON-RPC round trip.  Safety checks are on
everywhere.

    python3 bench/lsp_format.py [--requests 200] [--cold-runs 20] [--compare-lsp REV]

The client frames the JSON-RPC messages itself and plays an editor on a 100-line file
that it keeps formatted: each round it retypes one line in its own style (``env K v``
where the formatted text has ``ENV K="v"``, a new value every round, so nothing the
server saw before can answer), formats, applies the returned edits and sends them back
as the editor would.  Printed, median and p90 of:

- edit + format: from sending the ``didChange`` until the ``textDocument/formatting``
  answer arrives: the format latency.  The edited text is parsed once, in this time
  (the server publishes the edit's diagnostics from that parse once the answer is out);
- format request after the edit: the same edit, but the request is sent once the
  edit's diagnostics are published (the editor's usual order: typing, then saving), so
  the parse made for them is not in this time;
- repeated request on an unchanged document: answered from the server's cache, shown
  only to say what a cache hit costs, never the format latency;

and the median wall time of ``dtranspile --fmt -`` started from scratch for each run.

``--compare-lsp REV`` measures this tree's server against the same package with
``transpiler/lsp/`` as it was at git revision REV (same parser and formatter: the
server's own share): both servers run at once and take turns round by round, the
order swapped every round, so both see the same load at the same moments (over
``--rounds`` pairs of fresh servers); it prints the ratio of the two medians, the
figure to compare across runs (this machine's speed drifts too much for the
absolute ones).
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))
from lsp_client import LspClient  # noqa: E402

import transpiler  # noqa: E402
from transpiler.lsp.edits import apply_text_edits  # noqa: E402


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


class Editor:
    """One open document, kept in step with the server the way an editor does."""

    def __init__(self, client: LspClient, uri: str, text: str):
        self.client, self.uri, self.text, self.version = client, uri, text, 1
        client.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "dockerfile", "version": 1, "text": text}})
        self.diagnostics()

    def diagnostics(self) -> None:
        version = self.version
        self.client.notification("textDocument/publishDiagnostics",
                                 lambda p: p["uri"] == self.uri and p.get("version") == version)

    def change_line(self, line: int, new: str) -> None:
        """Replace one line's content (an incremental change, as typed)."""
        lines = self.text.split("\n")
        old = lines[line]
        lines[line] = new
        self.text = "\n".join(lines)
        self.version += 1
        self.client.notify("textDocument/didChange", {
            "textDocument": {"uri": self.uri, "version": self.version},
            "contentChanges": [{"range": {"start": {"line": line, "character": 0},
                                          "end": {"line": line, "character": len(old)}},
                                "text": new}]})

    def format_async(self) -> int:
        return self.client.request_async("textDocument/formatting", {
            "textDocument": {"uri": self.uri}, "options": {"tabSize": 4, "insertSpaces": True}})

    def apply(self, reply: dict) -> None:
        """Apply the answer's edits and send the result back (the whole text: untimed)."""
        assert "result" in reply, reply
        new = apply_text_edits(self.text, reply["result"] or [])
        assert new == transpiler.format(self.text), "the edits do not give the formatted text"
        self.text, self.version = new, self.version + 1
        self.client.notify("textDocument/didChange", {
            "textDocument": {"uri": self.uri, "version": self.version},
            "contentChanges": [{"text": new}]})
        self.diagnostics()


#: rounds played before the timed ones (the server's caches and the client's settle)
WARMUP = 10


def _play(text: str, folder: Path, package: Path, timings):
    """Start the server of the ``transpiler`` package in folder ``package``, open the
    document in ``folder``, and play one round of the editor per ``next()`` (the first
    only sets up), filling ``timings``: the three lists (seconds) described in the
    module docstring, rounds after WARMUP only."""
    env = dict(os.environ, PYTHONPATH=str(package))
    folder.mkdir(exist_ok=True)
    (folder / ".git").mkdir(exist_ok=True)  # keep the config search inside the folder
    client = LspClient(cmd=[sys.executable, "-m", "transpiler", "--lsp"], cwd=str(folder),
                       env=env)
    try:
        client.initialize(folder.as_uri())
        editor = Editor(client, (folder / "Dockerfile").as_uri(), text)
        editor.apply(client.response(editor.format_async()))  # now formatted
        env_lines = [i for i, line in enumerate(editor.text.split("\n"))
                     if line.startswith("ENV STEP_")]
        n = 0
        while True:
            yield
            line = env_lines[n % len(env_lines)]
            key = editor.text.split("\n")[line].split("=")[0][4:]
            # edit + format, timed from the didChange
            start = time.perf_counter()
            editor.change_line(line, f"env {key} edit{n}")
            reply = client.response(editor.format_async())
            took = time.perf_counter() - start
            assert reply.get("result"), reply
            # the same request again on the unchanged document: the cache
            start = time.perf_counter()
            again = client.response(editor.format_async())
            took_again = time.perf_counter() - start
            assert again["result"] == reply["result"]
            editor.apply(reply)
            # an edit whose diagnostics are in before the format request is sent
            editor.change_line(line, f"env {key} late{n}")
            editor.diagnostics()
            start = time.perf_counter()
            reply = client.response(editor.format_async())
            took_after = time.perf_counter() - start
            assert reply.get("result"), reply
            editor.apply(reply)
            if n >= WARMUP:
                for acc, value in zip(timings, (took, took_after, took_again)):
                    acc.append(value)
            n += 1
    except GeneratorExit:
        client.shutdown()
        raise
    finally:
        client.close()


def warm_lsp(text: str, requests: int, servers):
    """The three timings for each server of ``servers`` ((folder, package) pairs),
    started together and played in turns, round by round, the order swapped every
    round: whatever load the machine has at a moment, all of them see it."""
    timings = [([], [], []) for _ in servers]
    players = [_play(text, folder, package, found)
               for (folder, package), found in zip(servers, timings)]
    try:
        for player in players:
            next(player)  # started and set up
        for n in range(WARMUP + requests):
            for player in (players if n % 2 else players[::-1]):
                next(player)
    finally:
        for player in players:
            player.close()
    return timings


def cold_cli(text: str, runs: int, folder: Path):
    exe = shutil.which("dtranspile")
    cmd = [exe] if exe else [sys.executable, "-m", "transpiler"]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(cmd + ["--fmt", "-"], input=text.encode(), capture_output=True,
                              cwd=folder, env=dict(os.environ, PYTHONPATH=str(ROOT)))
        times.append(time.perf_counter() - start)
        assert proc.returncode == 0, proc.stderr
    return times, " ".join(os.path.basename(c) if i == 0 else c for i, c in enumerate(cmd))


def package_with_lsp_from(rev: str, dest: Path) -> Path:
    """A copy of this tree's package (and grammar) whose transpiler/lsp/ is REV's."""
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "transpiler", dest / "transpiler", ignore=ignore)
    shutil.copytree(ROOT / "grammar", dest / "grammar", ignore=ignore)
    shutil.rmtree(dest / "transpiler" / "lsp")
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "transpiler/lsp"],
                             capture_output=True, check=True).stdout
    safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(dest, **safe)
    return dest


def row(label, times) -> None:
    print(f"{label}, median of {len(times)}: {statistics.median(times) * 1000:.1f} ms "
          f"(p90 {percentile(times, 0.9) * 1000:.1f} ms)")


def compare(text: str, rev: str, rounds: int, requests: int, folder: Path) -> None:
    sides = {"this tree": ROOT, f"lsp/ at {rev}": package_with_lsp_from(rev, folder / "base")}
    found = {side: ([], [], []) for side in sides}
    for _ in range(rounds):  # fresh servers each round
        servers = [(folder / f"work{i}", package) for i, package in enumerate(sides.values())]
        for side, timings in zip(sides, warm_lsp(text, requests, servers)):
            for acc, times in zip(found[side], timings):
                acc.extend(times)
    for side, (cycle, after, repeated) in found.items():
        row(f"{side}: LSP edit + format", cycle)
        row(f"{side}: LSP format request after the edit's diagnostics", after)
        row(f"{side}: LSP repeated request (may be a cache hit)", repeated)
    ours, theirs = found.values()
    print("ratio of medians, this tree / " + f"lsp/ at {rev}: " + ", ".join(
        f"{label} {statistics.median(a) / statistics.median(b):.2f}"
        for label, a, b in zip(("edit + format", "after diagnostics", "repeated"), ours, theirs)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--cold-runs", type=int, default=20)
    parser.add_argument("--compare-lsp", metavar="REV",
                        help="also measure the server with transpiler/lsp/ as at REV")
    parser.add_argument("--rounds", type=int, default=4,
                        help="with --compare-lsp: pairs of fresh servers, --requests each")
    args = parser.parse_args()
    load_before = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    text = sample_100_lines()
    assert len(text.splitlines()) == 100
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / ".git").mkdir()  # keep the config search inside the temp folder
        if args.compare_lsp:
            compare(text, args.compare_lsp, args.rounds, args.requests, folder)
            print(f"file: 100 lines, {len(text)} bytes; python {sys.version.split()[0]}; "
                  f"load average before the run {load_before}, after "
                  + " / ".join(f"{x:.2f}" for x in os.getloadavg()))
            return
        cycle, after, repeated = warm_lsp(text, args.requests, [(folder / "work", ROOT)])[0]
        cold, cmd = cold_cli(text, args.cold_runs, folder)
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"file: 100 lines, {len(text)} bytes; python {sys.version.split()[0]}; "
          f"load average before the run {load_before}, after {load}")
    row("LSP edit + format (didChange, then textDocument/formatting)", cycle)
    row("LSP format request after the edit's diagnostics", after)
    row("LSP repeated request, unchanged document (may be a cache hit: no format latency)",
        repeated)
    print(f"{cmd} --fmt - (cold process), median of {len(cold)}: "
          f"{statistics.median(cold) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
