"""The two sides of a sample (the original and the rewrite) are built and run at the same
time, with the verdicts the sequential harness gave; servers never share a port."""

import subprocess
import threading
import time

import pytest

from realbuild import cases, runner
from realbuild.env import CommandError


@pytest.fixture
def cli_case(monkeypatch, tmp_path):
    """A CLI sample the transpiler rewrites, with the store and podman replaced: builds
    are recorded, the original is 2 bytes and the rewrite 1, both print "hi"."""
    case = cases.by_name(["go-static-cli"])[0]
    monkeypatch.setattr(runner, "WORK", tmp_path)
    monkeypatch.setattr(runner, "ensure_images", lambda refs, log: None)
    monkeypatch.setattr(runner.images, "image_sizes",
                        lambda tags: [1 if t.endswith(":transpiled") else 2 for t in tags])
    monkeypatch.setattr(runner, "exercise",
                        lambda *a, **k: runner.Outcome(exit_code=0, stdout="hi\n"))
    # no build record stands (reuse: tests/realbuild/test_realbuild_reuse.py)
    monkeypatch.setattr(runner, "plan_sides", lambda *a: None)
    return case


def _ok(argv):
    return subprocess.CompletedProcess(argv, 0, "", "")


def _side(argv):
    return "transpiled" if argv[argv.index("-t") + 1].endswith(":transpiled") else "original"


def test_both_sides_build_at_once(cli_case, monkeypatch):
    """Each build waits for the other to have started: only builds run side by side pass."""
    both_started = threading.Barrier(2, timeout=20)
    monkeypatch.setattr(runner, "run", lambda argv, **kw: (both_started.wait(), _ok(argv))[1])
    monkeypatch.delenv("DTRANSPILE_REALBUILD_SEQUENTIAL", raising=False)
    res = runner.run_case(cli_case)
    assert (res.status, res.original_size, res.transpiled_size) == ("same", 2, 1)


def test_sequential_mode_builds_and_runs_one_side_after_the_other(cli_case, monkeypatch):
    steps = []
    monkeypatch.setattr(runner, "run", lambda argv, **kw:
                        steps.append(("build", _side(argv))) or _ok(argv))
    monkeypatch.setattr(runner, "exercise", lambda case, image, log, transpiled=False:
                        steps.append(("run", image.rsplit(":", 1)[1])) or
                        runner.Outcome(exit_code=0))
    monkeypatch.setenv("DTRANSPILE_REALBUILD_SEQUENTIAL", "1")
    assert runner.run_case(cli_case).status == "same"
    assert steps == [("build", "original"), ("run", "original"),
                     ("build", "transpiled"), ("run", "transpiled")]


def _failing(which, ended):
    def run(argv, **kw):
        time.sleep(0.2 if _side(argv) == "transpiled" else 0)
        ended.append(_side(argv))
        if _side(argv) == which:
            raise CommandError(argv, subprocess.CompletedProcess(argv, 1, "", "no"))
        return _ok(argv)
    return run


@pytest.mark.parametrize("mode", ["0", "1"])
def test_a_failed_original_build_fails_the_case_once_both_builds_ended(cli_case, monkeypatch,
                                                                          mode):
    ended = []
    monkeypatch.setattr(runner, "run", _failing("original", ended))
    monkeypatch.setenv("DTRANSPILE_REALBUILD_SEQUENTIAL", mode)
    res = runner.run_case(cli_case)
    assert res.status == "build-failed" and res.original is None
    # together, the rewrite's build is waited for (none runs on into the next sample);
    # one after the other, it is not started, as before
    assert ended == (["original", "transpiled"] if mode == "0" else ["original"])


@pytest.mark.parametrize("mode", ["0", "1"])
def test_a_failed_rewrite_build_is_reported_after_the_original_ran(cli_case, monkeypatch,
                                                                   mode):
    monkeypatch.setattr(runner, "run", _failing("transpiled", []))
    monkeypatch.setenv("DTRANSPILE_REALBUILD_SEQUENTIAL", mode)
    res = runner.run_case(cli_case)
    assert res.status == "transpiled-build-failed" and res.original.stdout == "hi\n"
    assert res.original_size == 2 and res.transpiled_size is None


def _kernel_offers(ports, monkeypatch, tmp_path):
    """The free ports the kernel offers, in turn; the ports' lock files in tmp_path."""
    offered = iter(ports)

    class Socket:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def bind(self, addr):
            self.port = next(offered)

        def getsockname(self):
            return ("127.0.0.1", self.port)

    monkeypatch.setattr(runner, "ROOT", tmp_path)
    monkeypatch.setattr(runner.socket, "socket", Socket)


def test_a_port_is_not_handed_out_twice_while_in_use(monkeypatch, tmp_path):
    """The kernel may offer the same free port to both sides (it was closed again)."""
    _kernel_offers([41000, 41000, 41001], monkeypatch, tmp_path)
    first, second = runner._free_port(), runner._free_port()
    assert (first, second) == (41000, 41001)
    runner._release_port(first)
    runner._release_port(second)


def _overlap(probe, monkeypatch, tmp_path):
    """How many servers of a case with ``probe`` ran at once at most, and their ports."""
    case = cases.Case("x", cases.CASES_DIR, "go", probe=probe)
    now, most, ports = [0], [0], []
    lock = threading.Lock()

    def serve(case, image, log, transpiled, port, port_env):
        with lock:
            now[0] += 1
            most[0] = max(most[0], now[0])
            ports.append(port)
        time.sleep(0.3)
        with lock:
            now[0] -= 1
        return runner.Outcome()
    monkeypatch.setattr(runner, "_serve", serve)
    monkeypatch.setattr(runner, "_port_taken", lambda port: False)
    monkeypatch.setattr(runner, "ROOT", tmp_path)  # (the ports' lock files)
    threads = [threading.Thread(target=runner.run_server, args=(case, "i", None, side))
               for side in (False, True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return most[0], ports


def test_servers_on_a_fixed_port_take_turns(monkeypatch, tmp_path):
    assert _overlap({"port": 8000}, monkeypatch, tmp_path) == (1, [8000, 8000])


def test_servers_told_their_port_run_at_once_on_two_ports(monkeypatch, tmp_path):
    most, ports = _overlap({"port_env": "PORT"}, monkeypatch, tmp_path)
    assert most == 2 and len(set(ports)) == 2


def test_a_server_is_killed_once_its_answers_and_logs_are_in(monkeypatch):
    """No grace period: a server that ignores SIGTERM as PID 1 cost 2 s a side."""
    case = cases.Case("x", cases.CASES_DIR, "go", probe={"port_env": "PORT", "paths": ["/"]})
    calls = []

    class Proc:
        returncode, stdout, stderr = 0, "", ""

    def run(argv, **kw):
        calls.append(list(argv))
        return Proc()
    monkeypatch.setattr(runner, "run", run)
    monkeypatch.setattr(runner.urllib.request, "urlopen", _answer)
    runner.run_server(case, "i", None)
    assert [c[:2] for c in calls] == [["podman", "run"], ["podman", "logs"], ["podman", "rm"]]
    assert calls[-1][calls[-1].index("-t") + 1] == "0"


class _answer:
    status = 200

    def __init__(self, url, timeout):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def read(self):
        return b"ok"


def test_a_port_another_process_serves_on_is_not_handed_out(monkeypatch, tmp_path):
    """The pytest workers build samples at the same time: a port whose lock file another
    harness process holds is skipped, and a fixed port waits for that lock."""
    import fcntl

    _kernel_offers([40001, 40002], monkeypatch, tmp_path)
    other = runner._port_lock_path(40001).open("w")  # another process's open file
    fcntl.flock(other, fcntl.LOCK_EX)
    try:
        port = runner._free_port()
        assert port == 40002
        held = runner._port_lock_path(40002).open("w")
        with pytest.raises(BlockingIOError):
            fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        runner._release_port(port)
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # released: free again
        held.close()
    finally:
        other.close()
