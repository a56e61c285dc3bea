"""Every syntax feature has a case in tests/cases/syntax/: its AST is a golden
snapshot (golden/ast/), it prints back byte for byte, and it means what BuildKit's own
parser says it means."""

from __future__ import annotations

from pathlib import Path

import pytest

import transpiler
from transpiler.tree.ast_json import dumps

import oracle
from golden import golden_extension

CASES = sorted((Path(__file__).parent / "cases" / "syntax").glob("*.Dockerfile"))


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


@pytest.fixture
def golden(snapshot):
    return snapshot.use_extension(golden_extension("ast", "json"))


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_ast_golden(path, golden):
    assert dumps(transpiler.parse(_read(path))) + "\n" == golden


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_lossless(path):
    text = _read(path)
    assert transpiler.unparse(transpiler.parse(text)) == text


@pytest.mark.skipif(not oracle.available(), reason="PyPI 'dockerfile' (BuildKit parser) not installed")
@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_agrees_with_buildkit(path):
    text = _read(path)
    tree = transpiler.parse(text)
    expected, error = oracle.oracle_commands(text)
    if error == "file with no instructions":
        assert tree.instructions == ()  # we accept empty and comment-only files
        return
    rule = oracle.gap_rule(text)
    if rule:
        pytest.skip(f"oracle gap: {rule}")
    assert error is None
    assert oracle.ours(tree) == expected
