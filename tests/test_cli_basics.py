"""The command-line contract: stdin/stdout, --ast, positioned errors on stderr with
documented exit codes, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

SEED = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "spec", "seed-example",
                    "input.Dockerfile")


def run(*args, stdin: bytes = b"", env=None):
    proc = subprocess.run([sys.executable, "-m", "transpiler", *args], input=stdin,
                          capture_output=True, env=env, timeout=120)
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")


def test_ast_from_stdin_is_json_with_positions():
    code, out, err = run("--ast", "-", stdin=b"FROM alpine AS base\nRUN echo hi\n")
    assert code == 0, err
    data = json.loads(out)
    assert data["type"] == "Dockerfile"
    run_node = data["stages"][0]["body"][0]
    assert run_node["type"] == "Run"
    assert run_node["span"]["line"] == 2 and run_node["span"]["column"] == 1


def test_parse_error_is_positioned_with_caret_and_exit_2():
    code, out, err = run("--ast", "--stdin-filename", "Dockerfile.bad",
                         stdin=b"FROM a\nCMD [\"x\", 1]\n")
    assert code == 2
    assert out == ""
    lines = err.splitlines()
    assert lines[0] == ("Dockerfile.bad:2:5: error: when using JSON array syntax, "
                        "arrays must be comprised of strings only")
    assert lines[1].strip() == 'CMD ["x", 1]'
    assert lines[2].strip() == "^"
    assert "Traceback" not in err


def test_missing_file_and_directory_are_bad_input(tmp_path):
    code, out, err = run("--ast", str(tmp_path / "nope"))
    assert code == 2 and "no such file" in err and out == ""
    code, out, err = run("--ast", str(tmp_path))
    assert code == 2 and "directory" in err and out == ""


def test_invalid_utf8_says_where():
    code, out, err = run("--ast", stdin=b"FROM a\nRUN \xc3\x28\n")
    assert code == 2
    assert "<stdin>:2:5: error: invalid UTF-8 at byte offset 11" in err


def test_usage_errors_exit_2():
    code, _, err = run("--fmt", "--ast")
    assert code == 2
    code, _, err = run("--bogus-option")
    assert code == 2


def test_version():
    code, out, _ = run("--version")
    assert code == 0 and "dtranspile" in out


def test_python_dash_m_matches_console_script_help():
    code, out, _ = run("--help")
    assert code == 0
    for option in ("--fmt", "--write", "--check", "--diff", "--runtime", "--explain", "--ast",
                   "--strict"):
        assert option in out
