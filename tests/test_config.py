"""Project configuration: the nearest file wins, command-line flags win over files,
EditorConfig fills in, and a typo is an error naming the file and the key."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from transpiler.cli import config
from transpiler.formatting import eol

CONTINUED = "FROM alpine\nRUN echo a && \\\n  echo b\n"


def run(*args, cwd, stdin: bytes = b""):
    proc = subprocess.run([sys.executable, "-m", "transpiler", *args], input=stdin, cwd=cwd,
                          capture_output=True, timeout=120)
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode()


@pytest.fixture
def project(tmp_path):
    (tmp_path / ".git").mkdir()  # the upward search stops at the project root
    (tmp_path / "svc").mkdir()
    (tmp_path / "svc" / "Dockerfile").write_text(CONTINUED)
    return tmp_path


def test_pyproject_table_sets_the_formatter_options(project):
    (project / "pyproject.toml").write_text(
        '[tool.dtranspile]\nindent = 2\noperator-position = "end"\n')
    code, out, err = run("--fmt", "svc/Dockerfile", cwd=project)
    assert code == 0, err
    assert out == "FROM alpine\nRUN echo a && \\\n  echo b\n"


def test_nearest_file_wins_and_pyproject_without_table_is_skipped(project):
    (project / "pyproject.toml").write_text('[tool.dtranspile]\nindent = 2\n')
    (project / "svc" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert config.resolve(str(project / "svc" / "Dockerfile")).indent == "  "
    (project / "svc" / ".dtranspile.toml").write_text('indent = "tab"\n')
    settings = config.resolve(str(project / "svc" / "Dockerfile"))
    assert settings.indent == "\t"
    assert settings.origin["indent"] == str(project / "svc" / ".dtranspile.toml")
    code, out, _ = run("--fmt", "svc/Dockerfile", cwd=project)
    assert out == "FROM alpine\nRUN echo a \\\n\t&& echo b\n"


def test_search_stops_at_the_repository_root(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.dtranspile]\nindent = 2\n')
    inner = tmp_path / "checkout"
    (inner / ".git").mkdir(parents=True)
    assert "indent" not in config.resolve(str(inner / "Dockerfile")).origin


def test_command_line_flags_win(project):
    (project / "pyproject.toml").write_text(
        '[tool.dtranspile]\nindent = 2\noperator-position = "end"\n')
    code, out, err = run("--fmt", "--indent", "4", "svc/Dockerfile", cwd=project)
    assert code == 0, err
    assert out == "FROM alpine\nRUN echo a && \\\n    echo b\n"  # indent from the flag
    code, out, _ = run("--fmt", "--operator-position", "start", "svc/Dockerfile", cwd=project)
    assert out == "FROM alpine\nRUN echo a \\\n  && echo b\n"
    code, out, _ = run("--fmt", "--no-config", "svc/Dockerfile", cwd=project)
    assert out == "FROM alpine\nRUN echo a \\\n    && echo b\n"


def test_stdin_uses_stdin_filename_or_the_current_folder(project):
    (project / "svc" / ".dtranspile.toml").write_text("indent = 3\n")
    code, out, _ = run("--fmt", "--stdin-filename", "svc/Dockerfile", "-", cwd=project,
                       stdin=CONTINUED.encode())
    assert out == "FROM alpine\nRUN echo a \\\n   && echo b\n"
    code, out, _ = run("--fmt", cwd=project / "svc", stdin=CONTINUED.encode())
    assert out == "FROM alpine\nRUN echo a \\\n   && echo b\n"
    code, out, _ = run("--fmt", cwd=project, stdin=CONTINUED.encode())
    assert out == "FROM alpine\nRUN echo a \\\n    && echo b\n"


def test_editorconfig_indent_eol_and_final_newline(project):
    (project / ".editorconfig").write_text(
        "root = true\n[*]\nindent_size = 8\n[*.py]\nindent_size = 2\n"
        "[{Dockerfile,*.Dockerfile}]\nindent_style = tab\nend_of_line = crlf\n"
        "insert_final_newline = false\n")
    (project / "svc" / "Dockerfile").write_bytes(CONTINUED.rstrip("\n").encode())
    code, out, err = run("--fmt", "svc/Dockerfile", cwd=project)
    assert code == 0, err
    assert out == "FROM alpine\r\nRUN echo a \\\r\n\t&& echo b"
    (project / "api.txt").write_text(CONTINUED)
    assert config.resolve(str(project / "api.txt")).indent == " " * 8
    # the dtranspile config beats .editorconfig
    (project / ".dtranspile.toml").write_text('indent = 2\nend-of-line = "lf"\n')
    settings = config.resolve(str(project / "svc" / "Dockerfile"))
    assert (settings.indent, settings.end_of_line, settings.insert_final_newline) == \
        ("  ", "lf", False)


def test_unknown_key_is_an_error_naming_file_and_key(project):
    (project / "pyproject.toml").write_text('[tool.dtranspile]\nindnet = 2\n')
    code, out, err = run("--fmt", "svc/Dockerfile", cwd=project)
    assert code == 2 and out == ""
    assert str(project / "pyproject.toml") in err and "'indnet'" in err
    assert "Traceback" not in err
    (project / "pyproject.toml").write_text('[tool.dtranspile]\nindent = "wide"\n')
    code, _, err = run("--fmt", "svc/Dockerfile", cwd=project)
    assert code == 2 and "indent" in err and "'wide'" in err
    (project / "pyproject.toml").write_text('[tool.dtranspile\n')
    code, _, err = run("--fmt", "svc/Dockerfile", cwd=project)
    assert code == 2 and "invalid TOML" in err


def test_verbose_names_the_file_that_set_an_option(project):
    (project / "pyproject.toml").write_text('[tool.dtranspile]\nindent = 2\n')
    code, _, err = run("--fmt", "-v", "svc/Dockerfile", cwd=project)
    assert f"svc/Dockerfile: indent from {project / 'pyproject.toml'}" in err


@pytest.mark.parametrize("pattern,path,expected", [
    ("*", "a/Dockerfile", True),
    ("Dockerfile", "a/b/Dockerfile", True),
    ("*.Dockerfile", "api.Dockerfile", True),
    ("{Dockerfile,Containerfile}", "x/Containerfile", True),
    ("/Dockerfile", "a/Dockerfile", False),
    ("a/**/Dockerfile", "a/b/c/Dockerfile", True),
    ("Dockerfile.{1..3}", "Dockerfile.2", True),
    ("Dockerfile.{1..3}", "Dockerfile.4", False),
    ("[Dd]ockerfile", "dockerfile", True),
    ("*.py", "Dockerfile", False),
])
def test_editorconfig_globs(pattern, path, expected):
    assert config.glob_matches(pattern, path) is expected


def test_line_ending_policy_is_checked_like_any_rewrite():
    assert eol.apply("A\nB\n", "A\nB\n", end_of_line="crlf") == "A\r\nB\r\n"
    assert eol.apply("FROM a\r\n", "FROM a\r\n", end_of_line="lf") == "FROM a\n"
    assert eol.apply("FROM a\n", "FROM a", insert_final_newline=False) == "FROM a"
    assert eol.apply("FROM a\n", "FROM a\n", insert_final_newline=False) == "FROM a\n"


def test_runtime_from_the_config_reaches_the_transpiler(project):
    (project / "svc" / "Dockerfile").write_text(
        "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\nCMD [\"/app\"]\n")
    # (the build context shows the module and that it imports no C: without Go sources
    # cgo is kept and a musl runner declines)
    (project / "svc" / "go.mod").write_text("module example.com/svc\n\ngo 1.22\n")
    (project / "svc" / "main.go").write_text("package main\n\nfunc main() {}\n")
    (project / ".dtranspile.toml").write_text('runtime = "alpine:3.20"\n')
    code, out, err = run("svc/Dockerfile", cwd=project)
    assert code == 0, err
    assert "FROM alpine:3.20" in out
    code, out, err = run("--runtime", "busybox:1.36", "svc/Dockerfile", cwd=project)
    assert "FROM busybox:1.36" in out and "alpine:3.20" not in out
