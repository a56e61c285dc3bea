"""The repository walk and the reads it feeds take fewer system calls (no stat of a
found file whose folder listing says it is a regular file, no stat before opening):
what they find and refuse is what the checked walk found and refused."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from transpiler.cli import files
from transpiler.safe_files import UnsafeFile, read_named

ROOT = Path(__file__).resolve().parent.parent


def _reference(top: str) -> list:
    """The walk as it was: ``os.walk`` and every found name checked with stats."""
    found = []
    for root, dirs, names in os.walk(top):
        dirs[:] = sorted(d for d in dirs if d not in files.SKIP_DIRS and not d.startswith("."))
        for name in sorted(names):
            path = os.path.join(root, name)
            if files.is_dockerfile_name(name) and files._found_file_is_safe(path, top):
                found.append(path)
    return found


@pytest.mark.skipif(os.name != "posix", reason="links, FIFOs")
def test_walk_finds_what_the_checked_walk_found(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "Dockerfile").write_text("FROM a\n")
    repo = tmp_path / "repo"
    for folder in ("", "b", "a", "a/deep", ".hidden", "node_modules", "z"):
        (repo / folder).mkdir(exist_ok=True)
        for name in ("Dockerfile", "x.Dockerfile", "Dockerfile.dev", "README.md"):
            (repo / folder / name).write_text("FROM a\n")
    os.symlink(outside, repo / "linked-folder")  # not entered
    os.symlink(outside / "Dockerfile", repo / "out.Dockerfile")  # leads out: refused
    os.symlink(repo / "a" / "Dockerfile", repo / "in.Dockerfile")  # inside: taken
    os.symlink(repo / "missing", repo / "dangling.Dockerfile")  # reading reports it
    os.symlink("/dev/zero", repo / "z" / "zero.Dockerfile")
    os.mkfifo(repo / "z" / "fifo.Dockerfile")
    os.mkdir(repo / "z" / "dir.Dockerfile")  # a folder with a Dockerfile's name
    (repo / "z" / "dir.Dockerfile" / "Dockerfile").write_text("FROM a\n")
    for top in (str(repo), str(repo) + "/", os.path.relpath(repo)):
        assert list(files.discover([top])) == _reference(top)
    found = list(files.discover([str(repo)]))
    assert str(repo / "in.Dockerfile") in found and str(repo / "dangling.Dockerfile") in found
    assert not any(name in p for p in found for name in ("out.", "zero.", "fifo.", "linked-",
                                                          ".hidden", "node_modules"))


def test_walk_through_a_linked_top_folder(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "Dockerfile").write_text("FROM a\n")
    os.symlink(tmp_path / "real", tmp_path / "link")
    top = str(tmp_path / "link")
    assert list(files.discover([top])) == _reference(top) == [os.path.join(top, "Dockerfile")]


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="Unix sockets")
def test_a_socket_named_on_the_command_line_is_refused(tmp_path):
    path = tmp_path / "Dockerfile"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        with pytest.raises(UnsafeFile, match="is a socket, not a file"):
            read_named(str(path))
        env = dict(os.environ, PYTHONPATH=str(ROOT), NO_COLOR="1")
        proc = subprocess.run([sys.executable, "-m", "transpiler", "--fmt", str(path)],
                              capture_output=True, text=True, timeout=120, env=env)
        assert proc.returncode == 2
        assert proc.stderr.strip() == f"{path}: error: cannot read: it is a socket, not a file"
    finally:
        server.close()


def test_other_open_errors_pass_through(tmp_path):
    with pytest.raises(FileNotFoundError):
        read_named(str(tmp_path / "missing"))


def test_prepared_files_are_not_kept_by_the_batch_that_prepared_them(tmp_path):
    """A pool worker prepares with one long-lived batch; the parent's batch adopts and
    commits: the worker's must not hold them too (it would grow with every file)."""
    targets = [tmp_path / f"Dockerfile.{i}" for i in range(3)]
    for f in targets:
        f.write_text("old\n")
    worker, parent = files.WriteBatch(), files.WriteBatch()
    for f in targets:
        parent.adopt(worker.prepare(str(f), "new\n", files.read_original(str(f))[1]))
    assert len(worker) == 0 and len(parent) == 3
    assert [error for _, error in parent.commit()] == [None] * 3
    assert [f.read_text() for f in targets] == ["new\n"] * 3
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f.name for f in targets)


def _staged_many(folder, count=files.THREADS_FROM + 8):
    """``count`` files holding "old" in two folders, staged "new" by one batch: enough
    for its renames to be spread over threads."""
    names = []
    for sub in ("a", "b"):
        (folder / sub).mkdir()
        names += [folder / sub / f"Dockerfile.{i:02d}" for i in range(count // 2)]
    for f in names:
        f.write_text("old\n")
    batch = files.WriteBatch()
    for f in names:
        batch.stage(str(f), "new\n", files.read_original(str(f))[1])
    return names, batch


def test_threaded_renames_report_in_order_and_leave_a_changed_file_alone(tmp_path):
    names, batch = _staged_many(tmp_path)
    names[5].write_text("theirs, longer\n")
    results = batch.commit()
    assert [path for path, _ in results] == [str(f) for f in names]
    errors = {path: error for path, error in results if error is not None}
    assert list(errors) == [str(names[5])]
    assert isinstance(errors[str(names[5])], files.FileChangedError)
    assert names[5].read_text() == "theirs, longer\n"
    assert [f.read_text() for f in names if f != names[5]] == ["new\n"] * (len(names) - 1)
    assert not list(tmp_path.rglob(".dtranspile-*"))


def test_threaded_renames_stopped_by_an_unexpected_error_leave_old_or_new(tmp_path,
                                                                         monkeypatch):
    names, batch = _staged_many(tmp_path)
    calls = []

    def hook(stage, tmp):
        calls.append(tmp)
        if len(calls) == 10:
            raise RuntimeError("unexpected")

    monkeypatch.setattr(files, "_test_hook", hook)
    with pytest.raises(RuntimeError):
        batch.commit()
    contents = [f.read_text() for f in names]
    assert set(contents) <= {"old\n", "new\n"} and "old\n" in contents
    assert not list(tmp_path.rglob(".dtranspile-*"))  # every temporary file removed
