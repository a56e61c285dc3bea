"""Terminal niceties of the CLI: colors only on a terminal (NO_COLOR wins), a progress
bar only on a terminal and only for many files, --quiet and --verbose."""

from __future__ import annotations

import os
import select
import subprocess
import sys

import pytest

BAD = b'FROM a\nCMD ["x", 1]\n'
UGLY = "from alpine\nrun echo a && \\\n  echo b\n"


def run(*args, stdin: bytes = b"", env=None, cwd=None):
    proc = subprocess.run([sys.executable, "-m", "transpiler", *args], input=stdin, cwd=cwd,
                          capture_output=True, env=env, timeout=120)
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode()


def env_with(**changes):
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env.update(changes)
    return env


def run_with_tty_stderr(args, cwd, env=None):
    """Run the CLI with stderr on a pseudo-terminal; (exit code, what the terminal got)."""
    pty = pytest.importorskip("pty")
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "transpiler", *args], cwd=cwd,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave,
                            env=env or env_with())
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        if not ready:
            break
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    proc.stdout.read()
    code = proc.wait(60)
    os.close(master)
    return code, b"".join(chunks).decode("utf-8", "replace")


def test_errors_are_plain_in_a_pipe_and_colored_when_forced():
    code, _, err = run("--ast", stdin=BAD, env=env_with())
    assert code == 2 and "\x1b[" not in err
    code, _, err = run("--ast", stdin=BAD, env=env_with(FORCE_COLOR="1"))
    assert code == 2 and "\x1b[1;31merror:\x1b[0m" in err
    assert err.splitlines()[1].strip() == 'CMD ["x", 1]'  # the source line, then the caret
    code, _, err = run("--ast", stdin=BAD, env=env_with(FORCE_COLOR="1", NO_COLOR="1"))
    assert "\x1b[" not in err


def test_colors_on_a_terminal_unless_no_color(tmp_path):
    (tmp_path / "Dockerfile").write_bytes(BAD)
    code, screen = run_with_tty_stderr(["--fmt", "Dockerfile"], tmp_path)
    assert code == 2 and "\x1b[1;31merror:\x1b[0m" in screen and "^" in screen
    code, screen = run_with_tty_stderr(["--fmt", "Dockerfile"], tmp_path,
                                       env=env_with(NO_COLOR="1"))
    assert code == 2 and "\x1b[" not in screen and "error:" in screen


def test_progress_bar_on_a_terminal_for_many_files(tmp_path):
    for i in range(60):
        (tmp_path / f"{i:02}.Dockerfile").write_text(UGLY if i == 7 else "FROM alpine\n")
    code, screen = run_with_tty_stderr(["--fmt", "--check", "-j", "1", "."], tmp_path)
    assert code == 1
    assert "checking [" in screen and "60/60" in screen
    assert "would rewrite ./07.Dockerfile" in screen
    # not in a pipe
    code, _, err = run("--fmt", "--check", "-j", "1", ".", cwd=tmp_path)
    assert code == 1 and "checking [" not in err and "\r" not in err


def test_quiet_prints_errors_only_and_verbose_says_more(tmp_path):
    (tmp_path / "Dockerfile").write_text(UGLY)
    (tmp_path / "Bad.Dockerfile").write_bytes(BAD)
    code, _, err = run("--fmt", "--check", "-q", ".", cwd=tmp_path)
    assert code == 2
    assert "would rewrite" not in err and "Bad.Dockerfile:2:5: error:" in err
    code, _, err = run("--fmt", "--check", ".", cwd=tmp_path)
    assert "would rewrite ./Dockerfile" in err
    code, _, err = run("--fmt", "-w", "-q", ".", cwd=tmp_path)
    assert code == 2 and "rewritten" not in err
    code, _, err = run("-q", "-v", "--fmt", cwd=tmp_path)
    assert code == 2 and "cannot be combined" in err


def test_python_dash_m_and_the_script_agree():
    code, out, _ = run("--version")
    assert code == 0 and out.startswith("dtranspile")
