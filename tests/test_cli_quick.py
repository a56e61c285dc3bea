"""The quick command-line path (no click import) behaves exactly like the click path
for every command line it accepts, and hands everything else to click."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from transpiler.cli.main import _quick_args

UGLY = b"from alpine\nrun   echo hi\nCMD [\"sh\"]\n"
BAD = b"FROM a\nENV X\n"


def run(args, stdin=b"", quick=True, cwd=None):
    env = dict(os.environ)
    if not quick:
        env["DTRANSPILE_NO_QUICK"] = "1"
    proc = subprocess.run([sys.executable, "-m", "transpiler", *args], input=stdin,
                          capture_output=True, env=env, cwd=cwd, timeout=120)
    return proc.returncode, proc.stdout, proc.stderr


@pytest.mark.parametrize("args,stdin", [
    (["--fmt"], UGLY),
    (["--fmt", "-"], UGLY),
    (["--fmt", "--fast", "-"], UGLY),
    (["--fmt", "--indent", "tab", "--operator-position=end", "-"], UGLY),
    (["--fmt", "--stdin-filename", "svc/Dockerfile", "-"], BAD),
    (["--fmt", "--quiet", "--no-config", "-"], UGLY),
    (["--ast", "-"], UGLY),
    (["-"], UGLY),
    (["--explain", "--strict", "-"], UGLY),
    (["--runtime=alpine:3.20", "-"], UGLY),
])
def test_quick_path_matches_click(args, stdin):
    assert _quick_args(args) is not None
    assert run(args, stdin, quick=True) == run(args, stdin, quick=False)


@pytest.mark.parametrize("args", [
    ["--help"], ["--version"], ["--lsp"], ["--fmt", "--ast"], ["--indent", "99", "-"],
    ["-j", "x", "a"], ["-j", "300", "a"], ["-j", "-1", "a"], ["-qw", "a"], ["--", "a"],
    ["--operator-position", "middle"], ["--bogus"], ["--stdin-filename"], ["-j"],
])
def test_other_command_lines_go_to_click(args):
    assert _quick_args(args) is None


@pytest.mark.parametrize("args", [
    ["--fmt", "--check", "-j", "2", "."], ["--fmt", "--diff", "--jobs=1", "a", "b"],
    ["--fmt", "-w", "-v", "--no-cache", "a"], ["--check", "a", "b"],
    ["--fmt", "a", "b"], ["--fmt", "-w", "--check", "a"], ["--fmt", "-", "-", "--check"],
    ["--fmt", "-q", "-v", "a"], ["--fmt", "--check", "missing"],
])
def test_repository_command_lines_quick_and_click_agree(args, tmp_path):
    """Files and folders with --check/--write/--diff, and the combinations click refuses
    (the quick path hands those to click, which says why)."""
    assert _quick_args(args) is not None
    results = []
    for quick in (True, False):
        folder = tmp_path / str(quick)
        (folder / "sub").mkdir(parents=True)
        for name in ("a", "b", "sub/Dockerfile"):
            (folder / name).write_bytes(UGLY)
        code, out, err = run(args, UGLY, quick=quick, cwd=folder)
        results.append((code, out, err, [(folder / n).read_bytes() for n in ("a", "b", "sub/Dockerfile")]))
    assert results[0] == results[1]


#: modules a cold ``dtranspile --fmt`` must not load: each costs milliseconds of
#: start-up (dataclasses pulls in inspect, ast, dis, tokenize), none is needed to format
HEAVY_MODULES = ("click", "lark", "dataclasses", "inspect", "difflib", "pathlib", "tempfile",
                 "hashlib", "subprocess", "asyncio", "logging", "tree_sitter", "tree_sitter_bash")


def test_quick_path_does_not_import_heavy_modules(tmp_path):
    code = ("import sys; sys.argv = ['dtranspile', '--fmt', '-']\n"
            "from transpiler.cli.main import run\n"
            "try:\n    run()\nexcept SystemExit:\n    pass\n"
            f"sys.stderr.write('loaded: %s' % [m for m in {HEAVY_MODULES!r} if m in sys.modules])\n")
    # -S: no site-packages, so no install hooks (an editable install's finder loads
    # pathlib itself); the package comes from this checkout
    root = str(Path(__file__).resolve().parents[1])
    proc = subprocess.run([sys.executable, "-S", "-c", code], input=UGLY, capture_output=True,
                          timeout=120, cwd=tmp_path, env={**os.environ, "PYTHONPATH": root})
    assert b"loaded: []" in proc.stderr, proc.stderr
    assert proc.stdout.startswith(b"FROM alpine\n")


def test_file_argument_quick_and_click_agree(tmp_path):
    f = tmp_path / "Dockerfile"
    f.write_bytes(UGLY)
    assert run(["--fmt", str(f)]) == run(["--fmt", str(f)], quick=False)
