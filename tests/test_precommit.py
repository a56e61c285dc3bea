"""The pre-commit hooks, run the way a user's repository runs them: ``pre-commit
try-repo`` installs this project into pre-commit's own virtual environment (its
dependencies come from PyPI) and runs each hook on a temporary git repository.

The hook repository is a fresh commit of the working tree's package files, so the
test checks the code being tested, committed or not."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_FILES = ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "transpiler", "grammar")
NETWORK_TROUBLE = ("Could not find a version", "Failed to establish a new connection",
                   "Temporary failure in name resolution", "Network is unreachable")

try:
    import pre_commit  # noqa: F401
    HAVE_PRE_COMMIT = True
except ImportError:
    HAVE_PRE_COMMIT = False

pytestmark = pytest.mark.skipif(
    not HAVE_PRE_COMMIT or shutil.which("git") is None,
    reason="pre-commit (test extra) and git are needed to run the hooks with try-repo")

UGLY = "from alpine\nrun echo a && \\\n  echo b\n"


def git(*args, cwd):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, timeout=60,
                   env=dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.invalid",
                            GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.invalid"))


def hook_repo(base: Path) -> Path:
    repo = base / "hooks"
    repo.mkdir()
    for name in PACKAGE_FILES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, repo / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(src, repo / name)
    git("init", "-q", ".", cwd=repo)
    git("add", ".", cwd=repo)
    git("commit", "-q", "-m", "hooks", cwd=repo)
    return repo


def try_repo(hooks: Path, hook_id: str, project: Path, home: Path):
    env = dict(os.environ, PRE_COMMIT_HOME=str(home), PRE_COMMIT_COLOR="never")
    env.pop("PYTHONPATH", None)
    proc = subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(hooks), hook_id,
                           "--ref", "HEAD", "--all-files"],
                          cwd=project, capture_output=True, text=True, env=env, timeout=900)
    output = proc.stdout + proc.stderr
    if proc.returncode not in (0, 1) or ("error has occurred" in output
                                         and any(t in output for t in NETWORK_TROUBLE)):
        if any(t in output for t in NETWORK_TROUBLE):
            pytest.skip("pre-commit could not install the hook's dependencies from PyPI")
    return proc.returncode, output


def test_check_hook_fails_then_format_hook_fixes_then_check_passes(tmp_path):
    hooks = hook_repo(tmp_path)
    project = tmp_path / "project"
    (project / "svc").mkdir(parents=True)
    (project / "svc" / "Dockerfile").write_text(UGLY)
    (project / "api.Dockerfile").write_text("FROM alpine\nRUN echo ok\n")
    (project / "notes.txt").write_text("from alpine\n")  # not a Dockerfile: left alone
    git("init", "-q", ".", cwd=project)
    git("add", ".", cwd=project)
    home = tmp_path / "pre-commit-home"

    code, out = try_repo(hooks, "dtranspile-check", project, home)
    assert code == 1, out
    assert "would rewrite svc/Dockerfile" in out and "+FROM alpine" in out
    assert (project / "svc" / "Dockerfile").read_text() == UGLY

    code, out = try_repo(hooks, "dtranspile-format", project, home)
    assert code == 1, out  # pre-commit fails a hook that modified files
    assert "files were modified by this hook" in out
    fixed = (project / "svc" / "Dockerfile").read_text()
    assert fixed == "FROM alpine\nRUN echo a \\\n    && echo b\n"
    assert (project / "notes.txt").read_text() == "from alpine\n"

    git("add", ".", cwd=project)
    code, out = try_repo(hooks, "dtranspile-check", project, home)
    assert code == 0, out
    code, out = try_repo(hooks, "dtranspile-format", project, home)
    assert code == 0, out
