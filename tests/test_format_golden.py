"""Golden format cases (tests/cases/format/<name>.in.Dockerfile), one per style rule
and per peer failure in ../shared/spec/formatting.md, each checked three ways:
expected output (snapshot in golden/format/), idempotence, equivalence (our own
semantics via the built-in safety check, and BuildKit's own parser)."""

from __future__ import annotations

from pathlib import Path

import pytest

import transpiler
from golden import golden_extension

import format_checks

CASES = Path(__file__).resolve().parent / "cases" / "format"

#: formatting options per case (default: 4-space indent, operators at line start)
OPTIONS = {
    "operator-chains-end": {"operator_position": "end"},
    "indent-tabs": {"indent": "\t"},
}


def _cases():
    return sorted(p.name[: -len(".in.Dockerfile")] for p in CASES.glob("*.in.Dockerfile"))


def _read(name: str) -> str:
    return (CASES / f"{name}.in.Dockerfile").read_bytes().decode("utf-8")


@pytest.fixture
def golden(snapshot):
    return snapshot.use_extension(golden_extension("format", "Dockerfile"))


@pytest.mark.parametrize("name", _cases())
def test_format_golden(name, golden):
    text = _read(name)
    out = transpiler.format(text, **OPTIONS.get(name, {}))
    # golden files are text: make carriage returns visible so CRLF stays checked
    assert out.replace("\r", "\u240d") == golden


@pytest.mark.parametrize("name", _cases())
def test_format_idempotent_and_equivalent(name):
    text = _read(name)
    assert format_checks.problems(text, **OPTIONS.get(name, {})) == []


def test_cases_cover_every_peer_failure():
    expected = {
        "unknown-instruction", "heredoc-several", "heredoc-non-shell", "copy-json-with-spaces",
        "env-legacy", "continuation-inside-word", "comments-in-continuations",
        "blank-after-comment", "backtick-escape", "empty-continuation-line", "keyword-case",
        "final-newline", "shell-constructs", "blank-lines", "directives", "operator-chains",
        "operator-chains-end", "indent-tabs", "exec-form", "trailing-whitespace", "crlf",
        "dtranspile-off", "diagnostics-verbatim", "directive-like-comment",
    }
    assert expected <= set(_cases())
