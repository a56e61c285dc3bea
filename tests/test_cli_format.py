"""``dtranspile --fmt`` through the command line: stdin/stdout, --write (only changed
files, atomic, mode kept), --check, --diff, directories, the process pool, and a kill
during --write that never leaves a truncated file."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time

import pytest

UGLY = "from alpine\nrun   echo hi\n"
PRETTY = "FROM alpine\nRUN echo hi\n"


def run(*args, stdin: bytes = b"", cwd=None):
    proc = subprocess.run([sys.executable, "-m", "transpiler", *args], input=stdin,
                          capture_output=True, cwd=cwd, timeout=300)
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode()


def test_stdin_to_stdout():
    code, out, err = run("--fmt", "-", stdin=UGLY.encode())
    assert (code, out) == (0, PRETTY), err


def test_empty_stdin_prints_nothing_and_succeeds():
    code, out, err = run("--fmt", stdin=b"")
    assert (code, out) == (0, "")


def test_write_only_changed_files_keeps_mode(tmp_path):
    ugly, pretty = tmp_path / "Dockerfile", tmp_path / "app.Dockerfile"
    ugly.write_text(UGLY)
    pretty.write_text(PRETTY)
    os.chmod(ugly, 0o640)
    before = pretty.stat().st_mtime_ns
    time.sleep(0.01)
    code, out, err = run("--fmt", "-w", str(tmp_path))
    assert code == 0, err
    assert ugly.read_text() == PRETTY
    assert stat.S_IMODE(ugly.stat().st_mode) == 0o640
    assert pretty.stat().st_mtime_ns == before  # untouched: content did not change
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".dtranspile-")]


def test_check_lists_files_and_exits_1(tmp_path):
    (tmp_path / "Dockerfile").write_text(UGLY)
    (tmp_path / "Containerfile").write_text(PRETTY)
    code, out, err = run("--fmt", "--check", str(tmp_path))
    assert code == 1
    assert f"would rewrite {tmp_path / 'Dockerfile'}" in err
    assert "Containerfile" not in err
    assert (tmp_path / "Dockerfile").read_text() == UGLY


def test_diff_is_a_patch(tmp_path):
    f = tmp_path / "Dockerfile"
    f.write_text(UGLY)
    code, out, err = run("--fmt", "--diff", str(f))
    assert code == 0
    assert "-run   echo hi\n" in out and "+RUN echo hi\n" in out
    code, out, err = run("--fmt", "--diff", "--check", str(f))
    assert code == 1 and out


def test_stdin_filename_names_errors():
    code, out, err = run("--fmt", "--stdin-filename", "svc/Dockerfile", stdin=b"FROM a\nENV X\n")
    assert code == 2 and out == ""
    assert err.startswith("svc/Dockerfile:2:5: error: ENV must have two arguments")


def test_pool_gives_same_results_as_one_process(tmp_path):
    for i in range(40):
        (tmp_path / f"Dockerfile.{i}").write_text(UGLY if i % 2 else PRETTY)
    code, _, err_pool = run("--fmt", "--check", "-j", "2", str(tmp_path))
    code1, _, err_one = run("--fmt", "--check", "-j", "1", str(tmp_path))
    assert code == code1 == 1
    assert err_pool == err_one
    assert err_pool.count("would rewrite") == 20


def _wait_for_orphans(marker: str, timeout: float = 20.0) -> None:
    """Pool workers of a killed command must end by themselves (PR_SET_PDEATHSIG)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        alive = subprocess.run(["pgrep", "-f", marker], capture_output=True, text=True).stdout.split()
        if not alive:
            return
        time.sleep(0.2)
    subprocess.run(["pkill", "-f", marker])
    raise AssertionError(f"pool workers outlived the killed command: {alive}")


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_kill_while_spares_are_rewritten_leaves_old_or_new(tmp_path):
    """Many small files in several folders, one process: later files go into the inodes
    earlier ones replaced (files._Spares) from the second batch on, so a kill lands
    while spares are written and swapped in."""
    ugly = "from alpine\nrun   echo {i} \\\n      && true\n"
    names = []
    for folder in ("a", "b", "c", "d"):
        (tmp_path / folder).mkdir()
        names += [tmp_path / folder / f"Dockerfile.{i}" for i in range(150)]
    olds = {f: ugly.format(i=k) for k, f in enumerate(names)}
    news = {f: subprocess.run([sys.executable, "-m", "transpiler", "--fmt", "--fast"],
                              input=olds[f].encode(), capture_output=True,
                              check=True).stdout.decode() for f in names[:1]}
    pretty = news[names[0]].replace("echo 0", "echo {i}")
    killed_midway = 0
    for delay in (0.0, 0.03, 0.08):
        for f in names:
            f.write_text(olds[f])
        proc = subprocess.Popen([sys.executable, "-m", "transpiler", "--fmt", "-w", "-j", "1",
                                 str(tmp_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.time() + 120
        while time.time() < deadline and proc.poll() is None:
            if names[0].read_text() != olds[names[0]]:  # the first batch is in: spares exist
                break
            time.sleep(0.005)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        new = 0
        for k, f in enumerate(names):
            text = f.read_text()
            assert text in (olds[f], pretty.format(i=k)), f"{f} is neither old nor new"
            new += text != olds[f]
        killed_midway += 0 < new < len(names)
    assert killed_midway  # the test is about a run stopped part-way


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_kill_during_write_leaves_old_or_new_never_truncated(tmp_path):
    big_ugly = "from alpine\n" + "".join(f"run   echo {i} \\\n      && true\n" for i in range(3000))
    files = []
    from transpiler.cli.main import POOL_THRESHOLD

    for i in range(POOL_THRESHOLD + 8):  # enough for -j 2 to start its workers
        f = tmp_path / f"Dockerfile.{i}"
        f.write_text(big_ugly)
        files.append(f)
    pretty = subprocess.run([sys.executable, "-m", "transpiler", "--fmt", "--fast"],
                            input=big_ugly.encode(), capture_output=True, check=True).stdout.decode()
    for delay in (0.6, 1.2):
        for f in files:
            f.write_text(big_ugly)
        proc = subprocess.Popen([sys.executable, "-m", "transpiler", "--fmt", "-w", "-j", "2",
                                 str(tmp_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        _wait_for_orphans(str(tmp_path))
        for f in files:
            assert f.read_text() in (big_ugly, pretty), f"{f} is neither old nor new"
