"""The "no context" mode (issue 18): a Dockerfile piped through ``dtranspile -`` comes
with no build context, and the transpiler must not rely on files it cannot see.  Every
case that has a context (golden cases with a ``.context`` sidecar, the real-build
samples) is transpiled again from stdin, run from inside that context folder: the
result must not depend on the files around it (the same as the API's with no context),
must decline or pass every post-condition, and a whole-context COPY must reach the
runner (nothing shows which of its files the program reads).  The corpus tests run
without a context already (the corpus has none).

The command line runs in this process (``dtranspile -`` as the console script runs it,
quick path included, from inside the folder): a process per case cost a second of
start-up each, a tenth of the whole suite over the real-build samples.  One case also
runs as its own process, so the installed entry point is covered end to end."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import transpiler
from transpile_checks import check_result
from transpiler.analysis import analyze_stage, global_args
from transpiler.analysis.state import resolve_path
from transpiler.analysis.variables import expand
from transpiler.multistage.api import transpile
from transpiler.tree import ast

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "cases" / "transpile"
SAMPLES = ROOT / "realbuild" / "cases"


def _cases():
    out = [(p.stem, p, p.with_suffix(".context")) for p in sorted(GOLDEN.glob("*.Dockerfile"))
           if p.with_suffix(".context").is_dir()]
    out += [(f"realbuild/{d.name}", d / "Dockerfile", d) for d in sorted(SAMPLES.iterdir())
            if (d / "Dockerfile").is_file()]
    return out


def _cli_here(text: str, folder: Path, monkeypatch) -> "tuple[int, str, str]":
    """``dtranspile -`` with ``text`` on stdin, run in this process from ``folder``:
    (exit code, stdout, stderr)."""
    from transpiler.cli import main as cli

    monkeypatch.chdir(folder)
    monkeypatch.setattr(sys, "argv", ["dtranspile", "-"])
    stdin = io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8")
    stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    stderr = io.StringIO()
    monkeypatch.setattr(sys, "stdin", stdin)
    monkeypatch.setattr(sys, "stdout", stdout)
    monkeypatch.setattr(sys, "stderr", stderr)
    saved = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    code = 0
    try:
        cli.run()
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)
    stdout.flush()
    return code, stdout.buffer.getvalue().decode("utf-8"), stderr.getvalue()


def test_stdin_without_context_as_its_own_process():
    """The console script's own process (interpreter start, imports, quick path) from
    inside a context folder, for one case; the in-process test covers the rest."""
    name, dockerfile, folder = next(c for c in _cases() if c[0].startswith("realbuild/"))
    text = dockerfile.read_text()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-m", "transpiler", "-"], input=text, cwd=folder,
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == transpile(text, context=None).output, \
        "the files around stdin changed the output"


@pytest.mark.parametrize("name,dockerfile,folder", _cases(), ids=[c[0] for c in _cases()])
def test_stdin_without_context(name, dockerfile, folder, monkeypatch):
    text = dockerfile.read_text()
    code, out, err = _cli_here(text, folder, monkeypatch)
    assert code == 0, err
    result = transpile(text, context=None)
    assert out == result.output, "the files around stdin changed the output"
    check_result(text, result)
    if result.report.declined or result.report.detection.replaces_program:
        return
    tree = transpiler.parse(result.output)
    builder, runner = tree.stages[0], tree.stages[-1]
    facts = analyze_stage(builder, global_args(tree))
    carried = [src.rstrip("/") + "/" for n in runner.body if isinstance(n, ast.Copy)
               and n.flag("from") is not None for src in n.sources]
    from_context = any(isinstance(n, (ast.Copy, ast.Add)) and n.flag("from") is None and
                       any(s in (".", "./") for s in n.sources) for n in runner.body)
    for fact in facts.instructions:
        node = fact.node
        if isinstance(node, (ast.Copy, ast.Add)) and node.flag("from") is None and \
                any(s in (".", "./") for s in node.sources):
            # (``ADD . $APP_DIR``: the destination as the ENV before it sets it)
            known = {k: v for k, v in fact.before.args.items() if v is not None}
            said = expand(node.destination, {**known, **fact.before.env}).value
            dest = resolve_path(fact.before.workdir, said).rstrip("/") + "/"
            assert from_context or any(dest.startswith(c) for c in carried), \
                f"{dest}: the context the builder received whole does not reach the runner"
