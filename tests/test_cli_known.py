"""Contents known to be formatted (cli/known.py): a second --check over files found
formatted formats nothing, and everything else — another option, another version, a
changed file, an untrusted cache — is formatted as without the cache."""

from __future__ import annotations

import os
import signal

import pytest
from click.testing import CliRunner

from transpiler.cli import known, main as cli
from transpiler.formatting import api

UGLY = "from alpine\nrun   echo a && \\\n  echo b\n"
PRETTY = "FROM alpine\nRUN echo a \\\n    && echo b\n"


@pytest.fixture
def dtranspile(tmp_path, monkeypatch):
    """Runs the CLI in this process with a private cache; ``.formatted`` lists the texts
    the formatter was asked to format."""
    monkeypatch.setenv("DTRANSPILE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("NO_COLOR", "1")
    saved = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    real = api.format
    calls = []
    monkeypatch.setattr(api, "format", lambda text, **kw: calls.append(text) or real(text, **kw))

    def invoke(*args):
        calls.clear()
        cli._RUN.update(lookup=None, known=None)
        result = CliRunner().invoke(cli.main, [str(a) for a in args], catch_exceptions=False)
        return result.exit_code, result.stderr

    invoke.formatted = calls
    yield invoke
    for sig, handler in saved.items():
        signal.signal(sig, handler)


@pytest.fixture
def repo(tmp_path):
    folder = tmp_path / "repo"
    folder.mkdir()
    for i in range(5):
        (folder / f"Dockerfile.{i}").write_text(PRETTY.replace("a", f"a{i}"))
    (folder / "Dockerfile.ugly").write_text(UGLY)
    return folder


def test_second_check_formats_only_what_was_not_found_formatted(dtranspile, repo):
    assert dtranspile("--fmt", "--check", "-j", "1", repo) == (1, f"would rewrite {repo}/Dockerfile.ugly\n")
    assert len(dtranspile.formatted) == 6
    assert dtranspile("--fmt", "--check", "-j", "1", repo) == (1, f"would rewrite {repo}/Dockerfile.ugly\n")
    assert dtranspile.formatted == [UGLY]  # the five formatted ones were known


def test_written_outputs_are_known_and_a_changed_file_is_not(dtranspile, repo):
    assert dtranspile("--fmt", "-w", "-j", "1", repo)[0] == 0
    assert dtranspile("--fmt", "--check", "-j", "1", repo) == (0, "")
    assert dtranspile.formatted == []
    (repo / "Dockerfile.3").write_text(UGLY)
    assert dtranspile("--fmt", "--check", "-j", "1", repo)[0] == 1
    assert dtranspile.formatted == [UGLY]


def test_other_options_and_no_cache_format_again(dtranspile, repo):
    dtranspile("--fmt", "--check", "-j", "1", repo)
    code, err = dtranspile("--fmt", "--check", "-j", "1", "--indent", "2", repo)
    assert len(dtranspile.formatted) == 6 and err.count("would rewrite") == 6
    dtranspile("--fmt", "--check", "-j", "1", "--no-cache", repo)
    assert len(dtranspile.formatted) == 6


def test_pool_run_skips_known_files_too(dtranspile, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(cli.POOL_THRESHOLD + 10):
        (folder / f"Dockerfile.{i}").write_text(PRETTY.replace("a", f"a{i}"))
    (folder / "Dockerfile.ugly").write_text(UGLY)
    assert dtranspile("--fmt", "--check", "-j", "2", folder)[0] == 1
    (folder / "Dockerfile.1").write_text(UGLY)
    code, err = dtranspile("--fmt", "--check", "-j", "2", folder)
    assert code == 1 and sorted(err.splitlines()) == sorted(
        [f"would rewrite {folder}/Dockerfile.1", f"would rewrite {folder}/Dockerfile.ugly"])
    assert dtranspile.formatted == [UGLY, UGLY]  # the parent's pass: two misses, no pool


def _saved_entry(folder) -> bytes:
    """A cache in ``folder`` holding one entry, whose digest is returned."""
    entries = known.Known(str(folder), known.code_version())
    digest = entries.digest(("fmt",), b"FROM a\n")
    entries.add(digest)
    entries.save()
    return digest


def test_cache_written_by_someone_else_is_not_read(tmp_path):
    folder = tmp_path / "cache"
    digest = _saved_entry(folder)
    assert digest in known.Known.load(str(folder))
    os.chmod(folder / known.FILE_NAME, 0o622)  # others may write it
    assert known.Known.load(str(folder)) is None
    os.chmod(folder / known.FILE_NAME, 0o600)
    os.chmod(folder, 0o770)
    assert known.Known.load(str(folder)) is None


def test_torn_entry_and_other_version_are_ignored(tmp_path):
    folder = tmp_path / "cache"
    first = _saved_entry(folder)
    with open(folder / known.FILE_NAME, "ab") as fh:
        fh.write(b"\x01" * 7)  # a run stopped mid-write
    loaded = known.Known.load(str(folder))
    assert list(loaded.entries) == [first]
    other = known.Known(str(folder), b"another version!")
    assert other.digest(("fmt",), b"FROM a\n") != first


def test_cache_off_when_the_folder_is_empty_string(monkeypatch):
    monkeypatch.setenv("DTRANSPILE_CACHE_DIR", "")
    assert known.Known.load() is None
