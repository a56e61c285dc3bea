"""A whole repository in one command: many files written with shared syncs and still
old-or-new, the configuration looked up once per folder (and again in the next run),
and the process pool giving what one process gives."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from transpiler.cli import config, files

ROOT = Path(__file__).resolve().parent.parent
UGLY = "from alpine\nrun   echo a && \\\n  echo b"  # no final newline


def run(*args, cwd):
    env = dict(os.environ, PYTHONPATH=str(ROOT), NO_COLOR="1")
    proc = subprocess.run([sys.executable, "-m", "transpiler", *map(str, args)], cwd=cwd,
                          capture_output=True, timeout=300, env=env)
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode()


# ------------------------------------------------------------------ batched writes

class _Syncs:
    """Records the syncs, and what ``probe()`` said at each: the order is the guarantee
    (all data durable before the first rename, the folders synced after the last)."""

    def __init__(self, monkeypatch, probe=lambda: None):
        self.fsync, self.syncfs = [], []
        real_fsync = os.fsync

        def fsync(fd):
            self.fsync.append((os.readlink(f"/proc/self/fd/{fd}"), probe()))
            real_fsync(fd)

        def syncfs(fd):
            self.syncfs.append(probe())
            return 0

        monkeypatch.setattr(os, "fsync", fsync)
        monkeypatch.setattr(files, "_SYNCFS", [syncfs])


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="Linux /proc")
def test_many_files_share_one_sync_and_one_per_folder(tmp_path, monkeypatch):
    targets = []
    syncs = _Syncs(monkeypatch, probe=lambda: {f.read_text() for f in targets})
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        for i in range(20):
            f = tmp_path / folder / f"Dockerfile.{i}"
            f.write_text("old\n")
            os.chmod(f, 0o640)
            targets.append(f)
    batch = files.WriteBatch()
    for f in targets:
        batch.stage(str(f), f"new {f.name}\n", files.read_original(str(f))[1])
    assert [f.read_text() for f in targets] == ["old\n"] * 40  # nothing replaced yet
    results = batch.commit()
    assert [error for _, error in results] == [None] * 40
    assert all(f.read_text() == f"new {f.name}\n" for f in targets)
    assert {stat.S_IMODE(f.stat().st_mode) for f in targets} == {0o640}
    # one file system: one sync for all the data, before any file was replaced
    assert syncs.syncfs == [{"old\n"}]
    # then one per folder, after every file was replaced (the renames made durable)
    assert sorted(path for path, _ in syncs.fsync) == [str(tmp_path / "a"), str(tmp_path / "b")]
    assert all("old\n" not in seen for _, seen in syncs.fsync)
    assert not [p for p in tmp_path.rglob(".dtranspile-*")]


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="Linux /proc")
def test_a_few_files_are_synced_one_by_one(tmp_path, monkeypatch):
    syncs = _Syncs(monkeypatch)
    f = tmp_path / "Dockerfile"
    f.write_text("old\n")
    files.write_atomic(str(f), "new\n")
    assert f.read_text() == "new\n"
    assert syncs.syncfs == []  # one file: its own fsync, not the whole file system's
    assert len(syncs.fsync) == 2 and syncs.fsync[-1][0] == str(tmp_path)


def _staged(folder, originals: bool):
    """Ten files holding "old", and a batch that stages "new" for each."""
    names = [folder / f"Dockerfile.{i}" for i in range(10)]
    for f in names:
        f.write_text("old\n")
    batch = files.WriteBatch()
    for f in names:
        batch.stage(str(f), "new\n", files.read_original(str(f))[1] if originals else None)
    return names, batch


def test_a_file_changed_after_reading_is_left_alone_the_others_written(tmp_path):
    names, batch = _staged(tmp_path, originals=True)
    names[3].write_text("theirs, longer\n")
    results = dict(batch.commit())
    assert isinstance(results[str(names[3])], files.FileChangedError)
    assert names[3].read_text() == "theirs, longer\n"
    assert [f.read_text() for f in names if f != names[3]] == ["new\n"] * 9
    assert sorted(os.listdir(tmp_path)) == sorted(f.name for f in names)


def test_discarded_batch_leaves_every_file_old_and_no_temporary_file(tmp_path):
    names, batch = _staged(tmp_path, originals=False)
    assert len([p for p in tmp_path.iterdir() if p.name.startswith(".dtranspile-")]) == 10
    batch.discard()
    assert [f.read_text() for f in names] == ["old\n"] * 10
    assert sorted(os.listdir(tmp_path)) == sorted(f.name for f in names)


def test_symlinked_file_has_its_target_replaced(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (real / "Dockerfile").write_text("old\n")
    (tmp_path / "Dockerfile").symlink_to(real / "Dockerfile")
    files.write_atomic(str(tmp_path / "Dockerfile"), "new\n")
    assert (tmp_path / "Dockerfile").is_symlink()
    assert (real / "Dockerfile").read_text() == "new\n"


# ------------------------------------------------------------------ spares (files._Spares)

_RECYCLES = files.WriteBatch(recycle=True).recycles


def _counted_creates(monkeypatch):
    created = []
    real = files._create_temp

    def create(folder):
        created.append(folder)
        return real(folder)

    monkeypatch.setattr(files, "_create_temp", create)
    return created


def _rounds(batch, groups, text):
    """Each group of files staged then committed in turn, as ``_Writes`` does."""
    for group in groups:
        for f in group:
            batch.stage(str(f), text(f), files.read_original(str(f))[1])
        assert [error for _, error in batch.commit()] == [None] * len(group)


@pytest.mark.skipif(not _RECYCLES, reason="RENAME_EXCHANGE and leases (Linux)")
def test_later_files_are_written_into_the_inodes_earlier_ones_replaced(tmp_path, monkeypatch):
    created = _counted_creates(monkeypatch)
    groups = []
    for folder in ("a", "b", "c"):
        (tmp_path / folder).mkdir()
        group = [tmp_path / folder / f"Dockerfile.{i}" for i in range(12)]
        for i, f in enumerate(group):
            f.write_text("old " * (40 if i % 2 else 1) + f.name + "\n")  # longer and shorter
            os.chmod(f, 0o600 if folder == "b" else 0o644)
        groups.append(group)
    old_inodes = {f.stat().st_ino for group in groups for f in group}
    batch = files.WriteBatch(recycle=True)
    _rounds(batch, groups, lambda f: f"new {f.name}\n")
    batch.close()
    assert len(created) == 12  # the first group's; the others took the replaced inodes
    for group in groups:
        for f in group:
            assert f.read_text() == f"new {f.name}\n"
            assert stat.S_IMODE(f.stat().st_mode) == (0o600 if f.parent.name == "b" else 0o644)
    # the last two groups live in inodes the first two groups replaced
    assert len({f.stat().st_ino for group in groups[1:] for f in group} & old_inodes) == 24
    assert not list(tmp_path.rglob(".dtranspile-*"))  # no spare left behind


@pytest.mark.skipif(not _RECYCLES, reason="RENAME_EXCHANGE and leases (Linux)")
def test_a_replaced_file_someone_reads_or_links_elsewhere_is_not_written_again(tmp_path,
                                                                               monkeypatch):
    created = _counted_creates(monkeypatch)
    first = [tmp_path / f"Dockerfile.{i}" for i in range(3)]
    later = [tmp_path / f"Dockerfile.later.{i}" for i in range(3)]
    for f in first + later:
        f.write_text(f"old {f.name}\n")
    os.link(first[0], tmp_path / "hard-link")  # a second name for the old content
    reader = open(first[1], "rb")  # tail -f, less: an open file description
    xattr = True
    try:
        os.setxattr(first[2], "user.mark", b"1")  # an attribute a new file would not have
    except OSError:
        xattr = False
    batch = files.WriteBatch(recycle=True)
    _rounds(batch, [first, later], lambda f: f"new {f.name}\n")
    batch.close()
    assert [f.read_text() for f in first + later] == [f"new {f.name}\n" for f in first + later]
    assert (tmp_path / "hard-link").read_text() == "old Dockerfile.0\n"
    assert reader.read() == b"old Dockerfile.1\n"  # still the old file, not another's
    reader.close()
    assert len(created) == 6 if xattr else len(created) >= 5
    assert not list(tmp_path.rglob(".dtranspile-*"))


@pytest.mark.skipif(not _RECYCLES, reason="RENAME_EXCHANGE and leases (Linux)")
def test_spares_move_only_between_folders_anyone_reaches_alike(tmp_path, monkeypatch):
    created = _counted_creates(monkeypatch)
    folders = [tmp_path / "open", tmp_path / "closed", tmp_path / "deep" / "open"]
    groups = []
    for folder in folders:
        folder.mkdir(parents=True)
        group = [folder / f"Dockerfile.{i}" for i in range(4)]
        for f in group:
            f.write_text("old\n")
        groups.append(group)
    folders[1].chmod(0o700)  # a sibling closed to others
    batch = files.WriteBatch(recycle=True)
    _rounds(batch, groups, lambda f: f"new {f.name}\n")
    batch.close()
    # the closed sibling and the folder under another parent could not take the first
    # folder's spares
    assert [os.path.relpath(c, tmp_path) for c in created] == \
        ["open"] * 4 + ["closed"] * 4 + [os.path.join("deep", "open")] * 4
    assert all(f.read_text() == f"new {f.name}\n" for group in groups for f in group)
    assert not list(tmp_path.rglob(".dtranspile-*"))


@pytest.mark.skipif(not _RECYCLES, reason="RENAME_EXCHANGE and leases (Linux)")
@pytest.mark.parametrize("error", ["EINVAL", "EXDEV", "EPERM"])
def test_a_file_system_that_cannot_swap_gets_renames(tmp_path, monkeypatch, error):
    import errno

    def refuse(tmp, target):
        raise OSError(getattr(errno, error), "not supported", target)

    monkeypatch.setattr(files, "_exchange", refuse)
    monkeypatch.setattr(files, "_EXCHANGE_REFUSED", [])
    groups = [[tmp_path / f"Dockerfile.{k}.{i}" for i in range(5)] for k in range(2)]
    for group in groups:
        for f in group:
            f.write_text("old\n")
    batch = files.WriteBatch(recycle=True)
    _rounds(batch, groups, lambda f: f"new {f.name}\n")
    batch.close()
    assert all(f.read_text() == f"new {f.name}\n" for group in groups for f in group)
    assert not list(tmp_path.rglob(".dtranspile-*"))


@pytest.mark.skipif(not _RECYCLES, reason="RENAME_EXCHANGE and leases (Linux)")
def test_a_discarded_batch_removes_its_spares_too(tmp_path):
    groups = [[tmp_path / f"Dockerfile.{k}.{i}" for i in range(4)] for k in range(2)]
    for group in groups:
        for f in group:
            f.write_text("old\n")
    batch = files.WriteBatch(recycle=True)
    _rounds(batch, groups[:1], lambda f: "new\n")
    for f in groups[1]:
        batch.stage(str(f), "new\n", files.read_original(str(f))[1])
    batch.discard()
    assert [f.read_text() for f in groups[0]] == ["new\n"] * 4
    assert [f.read_text() for f in groups[1]] == ["old\n"] * 4
    assert not list(tmp_path.rglob(".dtranspile-*"))


# ------------------------------------------------------------------ configuration lookup

@pytest.fixture
def repository(tmp_path):
    """Three folders: one with its own indent, one under an .editorconfig whose section
    matches some names only, one with neither."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text('[tool.dtranspile]\nindent = 2\n')
    for folder in ("tabbed", "edited/deep", "plain"):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "tabbed" / ".dtranspile.toml").write_text('indent = "tab"\n')
    (tmp_path / "edited" / ".editorconfig").write_text(
        "[*.prod]\nend_of_line = crlf\n[Dockerfile.{1,3,5}]\ninsert_final_newline = false\n")
    paths = []
    for folder in ("tabbed", "edited/deep", "plain"):
        for i in range(30):
            name = f"Dockerfile.{i}" if i % 7 else f"Dockerfile.{i}.prod"
            (tmp_path / folder / name).write_text(UGLY)
            paths.append(tmp_path / folder / name)
    return tmp_path, paths


def test_lookup_searches_each_folder_once_and_agrees_with_resolve(repository, monkeypatch):
    root, paths = repository
    expected = {p: config.resolve(str(p)) for p in paths}
    stamped = []
    real_stamp = config._stamp
    monkeypatch.setattr(config, "_stamp", lambda path: stamped.append(path) or real_stamp(path))
    lookup = config.Lookup()
    for p in paths:
        got = lookup.resolve(str(p))
        assert (got.indent, got.end_of_line, got.insert_final_newline, got.origin) == \
            (expected[p].indent, expected[p].end_of_line, expected[p].insert_final_newline,
             expected[p].origin), p
    assert len(stamped) == len(set(stamped))  # no configuration file was looked for twice
    assert len(stamped) < 3 * len({p.parent for p in paths}) + 3 * len(root.parts)


def test_pool_run_over_a_repository_uses_each_folders_configuration(repository):
    root, paths = repository
    code, _, err = run("--fmt", "-w", "-q", "-j", "2", ".", cwd=root)
    assert code == 0, err
    tabbed = (root / "tabbed" / "Dockerfile.1").read_text()
    assert tabbed == "FROM alpine\nRUN echo a \\\n\t&& echo b\n"
    assert (root / "plain" / "Dockerfile.1").read_text() == "FROM alpine\nRUN echo a \\\n  && echo b\n"
    assert (root / "edited" / "deep" / "Dockerfile.1").read_bytes() == \
        b"FROM alpine\nRUN echo a \\\n  && echo b"
    assert (root / "edited" / "deep" / "Dockerfile.7.prod").read_bytes() == \
        b"FROM alpine\r\nRUN echo a \\\r\n  && echo b\r\n"
    assert (root / "edited" / "deep" / "Dockerfile.2").read_text() == \
        (root / "plain" / "Dockerfile.2").read_text()


def test_a_configuration_changed_between_runs_is_seen(repository):
    root, paths = repository
    assert run("--fmt", "-w", "-q", "-j", "2", ".", cwd=root)[0] == 0
    (root / "plain" / ".dtranspile.toml").write_text('indent = 3\n')
    code, _, err = run("--fmt", "--check", "-j", "2", ".", cwd=root)
    assert code == 1
    assert err.count("would rewrite") == 30 and "plain" in err and "tabbed" not in err
