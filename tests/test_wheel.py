"""The grammar ships inside the wheel: build it, install it into a fresh virtual
environment outside the checkout, and parse a file with the installed command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(os.environ.get("DTRANSPILE_SKIP_WHEEL") == "1", reason="DTRANSPILE_SKIP_WHEEL=1")
def test_wheel_ships_grammar_and_works_outside_checkout(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)],
                   check=True, capture_output=True, timeout=300)
    wheel = next(dist.glob("dtranspile-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "transpiler/grammar/dockerfile.lark" in names
    assert "transpiler/py.typed" in names  # PEP 561: type checkers read the annotations
    for module in (ROOT / "transpiler").rglob("*.py"):
        rel = module.relative_to(ROOT).as_posix()
        assert rel in names, f"{rel} is missing from the wheel (list its package in pyproject.toml)"

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    # without PYTHONPATH: a checkout on it whose build left dtranspile.egg-info there
    # reads as "already installed", and pip installed nothing (no dtranspile command)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    subprocess.run([str(bindir / "python"), "-m", "pip", "install", "-q", str(wheel)],
                   check=True, capture_output=True, timeout=300, env=env)
    sample = tmp_path / "Dockerfile"
    sample.write_text("FROM golang:1.22\nRUN go build -o /app .\nCMD [\"/app\"]\n")
    proc = subprocess.run([str(bindir / "dtranspile"), "--ast", str(sample)], cwd=tmp_path,
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    tree = json.loads(proc.stdout)
    assert [n["type"] for n in tree["stages"][0]["body"]] == ["Run", "Cmd"]
    where = subprocess.run([str(bindir / "python"), "-c", "import transpiler; print(transpiler.__file__)"],
                           cwd=tmp_path, capture_output=True, text=True, env=env, check=True)
    assert str(venv) in where.stdout  # the installed copy, not the checkout
