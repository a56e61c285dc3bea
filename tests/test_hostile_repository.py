"""A stranger's repository: what dtranspile does when the files around a Dockerfile
are hostile (README, "Security").

Each case runs the command a CI bot or pre-commit would run, as a subprocess with a
timeout, and checks: the documented exit code, one clear message naming the file,
nothing written in the repository, and (in process, without the interpreter's start-up)
that the work takes under a second of CPU.  Before this, the /dev/zero link read until a
MemoryError (exit 123), the FIFO never returned, and the planted cache ran its code.
"""

from __future__ import annotations

import os
import pickle
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from transpiler import safe_files
from transpiler.cli import config
from transpiler.multistage.api import transpile

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases" / "transpile"
NODE = (CASES / "node-npm-start-context.Dockerfile").read_text()
GO = (CASES / "go_module_name_from_context.Dockerfile").read_text()
#: the node recipe reads package.json as absent: it keeps the dev dependencies (issue 18)
NPM_UNKNOWN = "`npm start` runs a package.json script that could not be read"


def run(*args, cwd, env=None, timeout=20):
    env = dict(os.environ if env is None else env, PYTHONPATH=str(ROOT), NO_COLOR="1")
    proc = subprocess.run([sys.executable, "-m", "transpiler", *map(str, args)], cwd=cwd,
                          capture_output=True, timeout=timeout, env=env)
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode()


def snapshot(folder: Path):
    """Every entry's name, kind, size and modification time: what must not change."""
    out = []
    for here, dirs, files in os.walk(folder):
        for name in dirs + files:
            st = os.lstat(os.path.join(here, name))
            out.append((os.path.relpath(os.path.join(here, name), folder),
                        stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime_ns))
    return sorted(out)


def timed_transpile(text: str, context: Path):
    """The result and the CPU seconds it took (CPU, not wall time: the machine's load
    is not the case's cost; a hang shows in the subprocess run's timeout)."""
    start = time.process_time()
    result = transpile(text, context=context)
    return result, time.process_time() - start


@pytest.fixture
def repo(tmp_path):
    """A repository with a node service; each test makes one of its files hostile."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "Dockerfile").write_text(NODE)
    return tmp_path


def _expect_read_as_absent(repo: Path, name: str, reason: str):
    before = snapshot(repo)
    code, out, err = run("Dockerfile", cwd=repo)
    assert code == 0, err
    assert f"Dockerfile: warning: build context: {name} {reason}" in err
    assert "; read as if absent" in err
    assert snapshot(repo) == before
    result, seconds = timed_transpile(NODE, repo)
    assert seconds < 1.0, seconds
    assert any(NPM_UNKNOWN in note for note in result.report.added), result.report.added
    assert not result.report.declined  # the rewrite proceeds (--strict would exit 3)
    (repo / name).unlink()  # the same output as without the file
    assert transpile(NODE, context=repo).output == result.output
    return result


def test_package_json_linked_to_dev_zero(repo):
    os.symlink("/dev/zero", repo / "package.json")
    _expect_read_as_absent(repo, "package.json", f"leads to /dev/zero, outside {repo}")


def test_package_json_is_a_fifo(repo):
    os.mkfifo(repo / "package.json")
    _expect_read_as_absent(repo, "package.json", "is a named pipe (FIFO), not a regular file")


def test_symlink_out_of_the_context(repo, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (elsewhere / "package.json").write_text('{"scripts": {"start": "node secret.js"}}')
    os.symlink(elsewhere / "package.json", repo / "package.json")
    result = _expect_read_as_absent(
        repo, "package.json", f"leads to {elsewhere / 'package.json'}, outside {repo}")
    assert "secret.js" not in result.output


def test_hundred_megabyte_go_mod(tmp_path):
    (tmp_path / "Dockerfile").write_text(GO)
    with open(tmp_path / "go.mod", "wb") as fh:  # sparse: 100 MB that take no disk
        fh.write(b"module github.com/example/api\n")
        fh.truncate(100 << 20)
    before = snapshot(tmp_path)
    code, out, err = run("--explain", "Dockerfile", cwd=tmp_path)
    assert code == 0, err
    assert ("warning: build context: go.mod is larger than 1 MB (104857600 bytes); "
            "read as if absent") in err
    assert snapshot(tmp_path) == before
    result, seconds = timed_transpile(GO, tmp_path)
    assert seconds < 1.0, seconds


def test_a_file_just_under_the_cap_is_read(tmp_path):
    (tmp_path / "Dockerfile").write_text(GO)
    with open(tmp_path / "go.mod", "wb") as fh:
        fh.write(b"module github.com/example/api\n")
        fh.truncate(safe_files.PROJECT_FILE_LIMIT)
    result = transpile(GO, context=tmp_path)
    assert not any("go.mod" in w for w in result.report.warnings), result.report.warnings


def test_stalled_read_is_abandoned_within_the_time_bound(repo, monkeypatch):
    """A network file system that stops answering: the read is left behind after
    READ_SECONDS, the file counts as unreadable, and the context is not read again."""
    (repo / "package.json").write_text('{"scripts": {"start": "node server.js"}}')
    monkeypatch.setattr(safe_files, "READ_SECONDS", 0.2)
    real_read, calls = os.read, []

    def stalled(fd, n):
        calls.append(fd)
        time.sleep(10)
        return real_read(fd, n)

    monkeypatch.setattr(os, "read", stalled)
    start = time.perf_counter()
    result = transpile(NODE, context=repo)
    # well before the stalled read would answer: the bound is the stall's, not a speed
    # (1.0 s of the whole transpile failed once on a machine shared by seven sessions)
    assert time.perf_counter() - start < 5.0
    assert "build context: package.json did not open and read within 0.2 s; read as if " \
           "absent" in result.report.warnings
    assert len(calls) == 1


def test_config_files_that_are_not_regular_files(repo):
    os.mkfifo(repo / "pyproject.toml")
    code, out, err = run("--fmt", "Dockerfile", cwd=repo)
    assert (code, out) == (2, "")
    assert err.strip() == (f"Dockerfile: error: configuration: {repo / 'pyproject.toml'}: "
                           "cannot read: it is a named pipe (FIFO), not a regular file")
    os.unlink(repo / "pyproject.toml")
    os.symlink("/dev/zero", repo / ".editorconfig")  # skipped, as a missing one is
    code, out, err = run("--fmt", "Dockerfile", cwd=repo)
    assert (code, err) == (0, "")


def test_catastrophic_editorconfig_glob(tmp_path):
    (tmp_path / ".git").mkdir()
    name = "a" * 60 + ".Dockerfile"
    (tmp_path / name).write_text("from alpine\nrun a && \\\n  b\n")
    (tmp_path / ".editorconfig").write_text(
        "root = true\n[" + "*a" * 30 + "b]\nindent_size = 2\n[*.Dockerfile]\nindent_size = 3\n")
    start = time.process_time()
    settings = config.resolve(str(tmp_path / name))
    assert time.process_time() - start < 1.0
    assert settings.indent == "   "
    before = snapshot(tmp_path)
    code, out, err = run("--fmt", name, cwd=tmp_path)
    assert (code, err) == (0, "")
    assert out == "FROM alpine\nRUN a \\\n   && b\n"
    assert snapshot(tmp_path) == before


def test_editorconfig_too_complex_to_match(tmp_path):
    """Linear is not enough when a file holds thousands of alternatives: one file's
    sections share a step budget, and running out is a configuration error."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "Dockerfile").write_text("FROM alpine\n")
    section = "[{" + ",".join(["*"] * 2000) + "}x]\nindent_size = 2\n"
    (tmp_path / ".editorconfig").write_text(section * 200)
    start = time.process_time()
    with pytest.raises(config.ConfigError, match="section globs too complex to match"):
        config.resolve(str(tmp_path / "Dockerfile"))
    assert time.process_time() - start < 1.0
    code, out, err = run("--fmt", "Dockerfile", cwd=tmp_path)
    assert code == 2 and "section globs too complex to match" in err


def test_directory_walk_takes_regular_files_inside_only(tmp_path):
    (tmp_path / "repo").mkdir()
    repo = tmp_path / "repo"
    (repo / "Dockerfile").write_text("from alpine\n")
    (tmp_path / "outside.Dockerfile").write_text("from alpine\n")
    os.symlink("/dev/zero", repo / "zero.Dockerfile")
    os.mkfifo(repo / "fifo.Dockerfile")
    os.symlink(tmp_path / "outside.Dockerfile", repo / "out.Dockerfile")
    before = snapshot(tmp_path)
    code, out, err = run("--fmt", "--check", "repo", cwd=tmp_path)
    assert (code, err.strip()) == (1, "would rewrite repo/Dockerfile")
    code, out, err = run("--fmt", "-w", "repo", cwd=tmp_path)
    assert code == 0, err
    assert (tmp_path / "outside.Dockerfile").read_text() == "from alpine\n"  # not rewritten
    rewritten = ("repo", "repo/Dockerfile")  # the one file, renamed into its folder
    assert [e for e in snapshot(tmp_path) if e[0] not in rewritten] == \
        [e for e in before if e[0] not in rewritten]


def test_dev_zero_named_on_the_command_line_ends(tmp_path):
    code, out, err = run("--fmt", "/dev/zero", cwd=tmp_path)
    assert (code, out) == (2, "")
    assert err.strip() == "/dev/zero: error: cannot read: it is larger than 64 MB"


# ------------------------------------------------------------- a cache planted by another uid

PLANTER = r"""
import os, pickle, sys
target, marker = sys.argv[1], sys.argv[2]

class Payload:
    def __reduce__(self):
        return (exec, ("open(%r, 'w').write('ran as ' + str(__import__('os').getuid()))" % marker,))

os.makedirs(os.path.dirname(target), exist_ok=True)
with open(target, "wb") as fh:   # Lark's cache layout: a hash line, then pickles
    fh.write(b"0" * 64 + b"\n" + pickle.dumps(Payload()) + pickle.dumps(Payload()))
"""

VICTIM = r"""
from transpiler.syntax.build import parse_dockerfile
parse_dockerfile("FROM a\nRUN x\n", fast=False)
parse_dockerfile("# escape=`\nFROM a\nRUN x\n", fast=False)
print("parsed")
"""


def _setpriv_other_user() -> list:
    if os.geteuid() != 0:
        pytest.skip("planting as another user needs root (setpriv --reuid)")
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv is missing: cannot run the planter under another uid")
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def _old_cache_names(uid: int, shared: Path) -> list:
    """Where dtranspile kept (and a future version might keep) Lark's pickle cache."""
    import hashlib

    import lark

    from transpiler.syntax import grammar

    names = []
    for escape in ("\\", "`"):
        key = hashlib.sha256((lark.__version__ + grammar.grammar_text(escape)).encode()
                             ).hexdigest()[:16]
        names.append(shared / f"dtranspile-{uid}" / f"grammar-{key}.lark-cache")
        names.append(shared / "xdg" / "dtranspile" / f"grammar-{key}.lark-cache")
        names.append(shared / "env-cache" / f"grammar-{key}.lark-cache")
    return names


def test_cache_folder_planted_by_another_user_runs_nothing():
    prefix = _setpriv_other_user()
    shared = Path(tempfile.mkdtemp(prefix="dtranspile-shared-"))  # a /tmp of our own
    try:
        shared.chmod(0o1777)
        marker = shared / "planted-code-ran"
        for target in _old_cache_names(os.geteuid(), shared):
            subprocess.run(prefix + [sys.executable, "-c", PLANTER, str(target), str(marker)],
                           check=True, timeout=60, capture_output=True)
            assert target.stat().st_uid == 65534
        before = snapshot(shared)
        env = dict(os.environ, PYTHONPATH=str(ROOT), TMPDIR=str(shared),
                   XDG_CACHE_HOME=str(shared / "xdg"),
                   DTRANSPILE_CACHE_DIR=str(shared / "env-cache"))
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", VICTIM], env=env, capture_output=True,
                              text=True, timeout=60)
        assert proc.returncode == 0 and proc.stdout == "parsed\n", proc.stderr
        assert time.perf_counter() - start < 5  # a cold Python with Lark, two grammars
        assert not marker.exists(), marker.read_text()
        assert snapshot(shared) == before  # nothing read into, nothing written
    finally:
        shutil.rmtree(shared, ignore_errors=True)


def test_the_planted_cache_would_have_run(tmp_path):
    """The fixture is real: Lark loading that file runs the planted code."""
    marker = tmp_path / "ran"
    target = tmp_path / "cache" / "grammar.lark-cache"
    subprocess.run([sys.executable, "-c", PLANTER, str(target), str(marker)], check=True,
                   timeout=60)
    with open(target, "rb") as fh:
        fh.readline()
        pickle.load(fh)  # what Lark's cache= does first, whatever the hash line says
    assert marker.read_text().startswith("ran as ")


def test_private_folder_refuses_what_another_user_planted():
    prefix = _setpriv_other_user()
    shared = Path(tempfile.mkdtemp(prefix="dtranspile-shared-"))
    try:
        shared.chmod(0o1777)
        planted = shared / "dtranspile-realbuild"
        subprocess.run(prefix + ["mkdir", "-m", "0755", str(planted)], check=True, timeout=30)
        with pytest.raises(safe_files.UnsafeFile, match="belongs to uid 65534"):
            safe_files.private_folder(planted)
        mine = shared / "mine"
        assert safe_files.private_folder(mine) == str(mine)
        assert stat.S_IMODE(mine.stat().st_mode) == 0o700
        mine.chmod(0o777)
        with pytest.raises(safe_files.UnsafeFile, match="writable by group or others"):
            safe_files.private_folder(mine)
        os.symlink(mine, shared / "link")
        with pytest.raises(safe_files.UnsafeFile, match="symbolic link"):
            safe_files.private_folder(shared / "link")
    finally:
        shutil.rmtree(shared, ignore_errors=True)


def test_golden_case_names_the_link_it_refused():
    """tests/cases/transpile/go_mod_symlink_out_of_context: its go.mod is a link (kept
    in git) to another case's go.mod, which names a different binary."""
    name = "go_mod_symlink_out_of_context"
    result = transpile((CASES / f"{name}.Dockerfile").read_text(),
                       context=CASES / f"{name}.context")
    assert not result.report.declined
    assert any(w.startswith("build context: go.mod leads to ") and
               w.endswith("decline_go_module_name_mismatch.context/go.mod, outside "
                          f"{CASES / (name + '.context')}; read as if absent")
               for w in result.report.warnings), result.report.warnings


def test_subfolder_links_loop_or_lead_out(tmp_path, tmp_path_factory):
    """The recipe reads cmd/api/go.mod; cmd is a link to itself (Path.resolve raised
    RuntimeError: an internal error), then a link out of the context."""
    text = ('FROM golang:1.22-bookworm\nWORKDIR /src/cmd/api\nCOPY . /src\nRUN go build\n'
            'CMD ["./api"]\n')
    os.symlink(tmp_path / "cmd", tmp_path / "cmd")
    result, seconds = timed_transpile(text, tmp_path)
    assert not result.report.declined and seconds < 1.0
    assert not any(w.startswith("build context:") for w in result.report.warnings)  # missing
    os.unlink(tmp_path / "cmd")
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (elsewhere / "api").mkdir()
    (elsewhere / "api" / "go.mod").write_text("module example.com/other\n")
    os.symlink(elsewhere, tmp_path / "cmd")
    result = transpile(text, context=tmp_path)
    assert not result.report.declined  # "other" would not match ./api: a decline
    assert (f"build context: cmd/api/go.mod leads to {elsewhere / 'api' / 'go.mod'}, "
            f"outside {tmp_path}; read as if absent") in result.report.warnings
