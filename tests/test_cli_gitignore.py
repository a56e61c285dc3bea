"""A folder walk in a stranger's repository takes what git keeps: the files its ignore
files ignore are left out (``cli/ignores.py``), judged against git itself
(``git ls-files --others --exclude-standard``), and names ``Dockerfile.*`` matches that
are other files (``Dockerfile.dockerignore``, a Jinja template, a script) are not
formatted as Dockerfiles."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transpiler.cli import files

ROOT = Path(__file__).resolve().parent.parent
GIT = shutil.which("git")
needs_git = pytest.mark.skipif(GIT is None, reason="git is the oracle")


def _git(repo: Path, *args: str) -> str:
    return subprocess.run([GIT, *args], cwd=repo, capture_output=True, text=True, check=True,
                          env=dict(os.environ, GIT_CONFIG_NOSYSTEM="1", HOME=str(repo))).stdout


def _tree(repo: Path, paths, ignores: dict, exclude: str = "") -> None:
    for rel in paths:
        (repo / rel).parent.mkdir(parents=True, exist_ok=True)
        (repo / rel).write_text("from alpine\n")
    for rel, text in ignores.items():
        (repo / rel).parent.mkdir(parents=True, exist_ok=True)
        (repo / rel).write_text(text)
    _git(repo, "init", "-q", ".")
    if exclude:
        (repo / ".git" / "info").mkdir(parents=True, exist_ok=True)
        (repo / ".git" / "info" / "exclude").write_text(exclude)


def _kept_by_git(repo: Path, top: str = ".") -> list:
    """The Dockerfiles git keeps under ``top`` (untracked and not ignored), as paths
    from ``repo``."""
    out = _git(repo, "ls-files", "--others", "--exclude-standard", "--", top)
    return sorted(p for p in out.splitlines() if files.is_dockerfile_name(p.rsplit("/", 1)[-1]))


def _found(repo: Path, top: str = ".") -> list:
    cwd = os.getcwd()
    os.chdir(repo)
    try:
        return sorted(os.path.relpath(p) for p in files.discover([top]))
    finally:
        os.chdir(cwd)


TREE = ["Dockerfile", "a.gen.Dockerfile", "keep.gen.Dockerfile", "rooted.Dockerfile",
        "sub/rooted.Dockerfile", "build/Dockerfile", "build/keep.gen.Dockerfile",
        "app/Dockerfile", "app/vendor/Dockerfile", "app/vendor/x/Dockerfile.dev",
        "app/tmp/Dockerfile", "deep/a/tmp/Dockerfile", "docs/x/y/Dockerfile",
        "docs/Dockerfile.prod", "svc/one/Dockerfile.x", "svc/one/Dockerfile.y",
        "svc/two/deeper/Dockerfile.x", "#hash.Dockerfile", "Dockerfile.a", "Dockerfile.c",
        "local/Dockerfile", "local/only.Dockerfile", "trail.Dockerfile",
        "gen/a.gen.Dockerfile", "gen/b.gen.Dockerfile", "cls/a.Dockerfile", "cls/b.Dockerfile",
        "cls/bx.Dockerfile", "cls/ax.Dockerfile", "cls/Q.Dockerfile", "cls/-.Dockerfile",
        "deep/x/y/z/Dockerfile", "deep/Dockerfile", "web/x/app.min.Dockerfile",
        "web/app.Dockerfile", "many/a1/b2/c3/Dockerfile", "many/a1/Dockerfile"]
IGNORES = {
    ".gitignore": "build/\n*.gen.Dockerfile\n!keep.gen.Dockerfile\n/rooted.Dockerfile\n"
                  "**/tmp/\ndocs/**/Dockerfile\nsvc/*/Dockerfile.x\n\\#hash.Dockerfile\n"
                  "Dockerfile.[ab]\ntrail.Dockerfile   \n# a comment\n",
    "app/.gitignore": "vendor/\n!vendor/x/Dockerfile.dev\n",  # (a folder left out stays out)
    "local/.gitignore": "*\n!Dockerfile\n!.gitignore\n",
    "gen/.gitignore": "!a.gen.Dockerfile\n",  # (the deeper file decides)
    # classes (negated, ranges, POSIX), ? and git's ** forms
    "cls/.gitignore": "[!a].Dockerfile\n[a-c]?.Dockerfile\n[[:upper:]].Dockerfile\n"
                      "[-].Dockerfile\n",
    "deep/.gitignore": "x/**/Dockerfile\n",
    # `**/name` as a name at any depth; more wildcards than a regex is given (_Table)
    "web/.gitignore": "**/*.min.Dockerfile\n",
    "many/.gitignore": "*/*[0-9]/*/D*k*file\n",
}


@needs_git
def test_the_walk_keeps_what_git_keeps(tmp_path):
    _tree(tmp_path, TREE, IGNORES, exclude="only.Dockerfile\n")
    kept = _kept_by_git(tmp_path)
    assert _found(tmp_path) == kept
    # and the patterns did leave files out (the test can fail)
    assert "build/Dockerfile" not in kept and "keep.gen.Dockerfile" in kept
    assert "local/only.Dockerfile" not in kept and "svc/one/Dockerfile.y" in kept
    assert "gen/a.gen.Dockerfile" in kept and "gen/b.gen.Dockerfile" not in kept
    assert [p for p in kept if p.startswith(("cls/", "deep/", "web/", "many/"))] == \
        ["cls/a.Dockerfile", "deep/Dockerfile", "many/a1/Dockerfile", "web/app.Dockerfile"]


@needs_git
@pytest.mark.parametrize("top", ["app", "svc/one", "local"])
def test_from_a_folder_inside_the_ancestors_ignore_files_apply(tmp_path, top):
    _tree(tmp_path, TREE, IGNORES, exclude="only.Dockerfile\n")
    assert _found(tmp_path, top) == _kept_by_git(tmp_path, top)


@needs_git
def test_a_folder_named_on_the_command_line_is_taken_though_ignored(tmp_path):
    _tree(tmp_path, TREE, IGNORES)
    # build/ is ignored by the top .gitignore: named, it is walked (its own rules apply)
    assert _found(tmp_path, "build") == ["build/Dockerfile", "build/keep.gen.Dockerfile"]
    # app/vendor is ignored by app/.gitignore: a folder inside it, named, is walked too
    assert _found(tmp_path, "app/vendor/x") == ["app/vendor/x/Dockerfile.dev"]
    assert "app/vendor/x/Dockerfile.dev" not in _found(tmp_path, "app")


@needs_git
def test_an_ignore_file_written_on_windows(tmp_path):
    # a byte-order mark before the first pattern and CRLF line ends, as git reads them
    _tree(tmp_path, ["Dockerfile", "build/Dockerfile", "x.gen.Dockerfile"], {})
    (tmp_path / ".gitignore").write_bytes(b"\xef\xbb\xbfbuild/\r\n*.gen.Dockerfile\r\n")
    assert _found(tmp_path) == _kept_by_git(tmp_path) == ["Dockerfile"]


def test_patterns_of_many_wildcards_take_time_in_proportion(tmp_path):
    # as a regular expression `*a*a*a*a*a*a*a*a*a*a*a*b` backtracks for ages against a
    # long name of a's (a hostile repository); a table answers in proportion.  (git's
    # own wildmatch took over ten minutes of CPU on this tree: no oracle here)
    names = [f"{'a' * 200}{i}/Dockerfile" for i in range(5)] + \
        [f"{'a' * 200}b/Dockerfile", "ok/Dockerfile"]
    for rel in names:
        (tmp_path / rel).parent.mkdir(parents=True)
        (tmp_path / rel).write_text("FROM a\n")
    (tmp_path / ".gitignore").write_text(
        "".join(f"*a*a*a*a*a*a*a*a*a*a*a*{c}\n" for c in "bcdefghijk")
        + "**/a*a*a*a*a*a*a*a*a*a*a*a*/**/Dockerfile.x\n")
    start = time.process_time()
    found = _found(tmp_path)
    assert time.process_time() - start < 1.0
    assert found == sorted(n for n in names if not n.split("/")[0].endswith("b"))


def test_respect_gitignore_off_takes_everything(tmp_path):
    _tree(tmp_path, ["Dockerfile", "build/Dockerfile"], {".gitignore": "build/\n"}) \
        if GIT else None
    if GIT is None:
        pytest.skip("git makes the repository")
    found = sorted(os.path.relpath(p, tmp_path)
                   for p in files.discover([str(tmp_path)], respect_gitignore=False))
    assert found == ["Dockerfile", "build/Dockerfile"]


def test_outside_a_repository_the_walks_own_ignore_files_apply(tmp_path):
    (tmp_path / "gen").mkdir()
    for rel in ("Dockerfile", "gen/Dockerfile"):
        (tmp_path / rel).write_text("FROM a\n")
    (tmp_path / ".gitignore").write_text("gen/\n")
    left = []
    found = list(files.discover([str(tmp_path)], left_out=left))
    assert found == [str(tmp_path / "Dockerfile")] and left == [str(tmp_path / "gen")]


@pytest.mark.skipif(os.name != "posix", reason="links, FIFOs")
def test_a_hostile_ignore_file_is_not_read(tmp_path):
    # a .gitignore that is a FIFO or a link to /dev/zero would hang or fill memory
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    os.mkfifo(tmp_path / "a" / ".gitignore")
    os.symlink("/dev/zero", tmp_path / "b" / ".gitignore")
    for rel in ("a/Dockerfile", "b/Dockerfile"):
        (tmp_path / rel).write_text("FROM a\n")
    assert len(list(files.discover([str(tmp_path)]))) == 2


_SEGMENTS = st.sampled_from(["a", "b", "build", "x"])
_FILES = st.sampled_from(["Dockerfile", "Dockerfile.dev", "x.Dockerfile", "Containerfile",
                          "ab.Dockerfile", "Dockerfile.a1", "y.Dockerfile"])
#: pieces of a pattern: names, wildcards, classes, git's ** forms, escapes
_PIECES = st.sampled_from(["a", "b", "x", "build", "*", "**", "?", "[ab]", "[!a]", "[a-c]",
                           "*.Dockerfile", "Dockerfile*", "Dockerfile.?1", "[xy].Dockerfile",
                           "D*e", "*file.*", "\\x", "[[:alpha:]]*", "Container*"])


@st.composite
def _pattern(draw):
    body = "/".join(draw(st.lists(_PIECES, min_size=1, max_size=3)))
    return (draw(st.sampled_from(["", "!"])) + draw(st.sampled_from(["", "/"])) + body
            + draw(st.sampled_from(["", "/"])))


@needs_git
@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paths=st.lists(st.tuples(st.lists(_SEGMENTS, max_size=3), _FILES), min_size=1,
                      max_size=10),
       top=st.lists(_pattern(), max_size=5), nested=st.lists(_pattern(), max_size=3),
       where=_SEGMENTS)
def test_random_ignore_rules_agree_with_git(tmp_path_factory, paths, top, nested, where):
    repo = tmp_path_factory.mktemp("repo")
    rels = sorted({"/".join(d + [f]) for d, f in paths})
    _tree(repo, rels, {".gitignore": "\n".join(top) + "\n",
                       f"{where}/.gitignore": "\n".join(nested) + "\n"})
    assert _found(repo) == _kept_by_git(repo), (top, nested)


# ------------------------------------------------------------------------- names


@pytest.mark.parametrize("name", [
    "Dockerfile", "dockerfile", "Dockerfile.dev", "Dockerfile.3.11", "api.Dockerfile",
    "web.dockerfile", "Containerfile", "base.containerfile", "Containerfile.arm64",
    "Dockerfile.min", "Dockerfile.txt", "containerfile"])
def test_dockerfile_names(name):
    assert files.is_dockerfile_name(name)


@pytest.mark.parametrize("name", [
    "Dockerfile.dockerignore", "api.Dockerfile.dockerignore", "Dockerfile.j2",
    "Dockerfile.tmpl", "Dockerfile.template", "Dockerfile.in", "Dockerfile.orig",
    "Dockerfile~", "Dockerfile.bak", "Dockerfile.md", "Dockerfile.sh", "Dockerfile.yml",
    "README.md", "Dockerfiles", "my-dockerfile", "dockerfile.go", "dockerfile.ts",
    "Dockerfile.go", "DOCKERFILE", "dockerfile.dev"])
def test_other_files_beside_a_dockerfile(name):
    assert not files.is_dockerfile_name(name)


def test_write_in_a_repository_leaves_ignored_and_other_files_as_they_were(tmp_path):
    repo = tmp_path
    (repo / "build").mkdir()
    texts = {"Dockerfile": "from alpine\n", "build/Dockerfile": "from alpine\n",
             "Dockerfile.dockerignore": "Run\nenv\n", "Dockerfile.sh": "env X=1 make\n",
             ".gitignore": "build/\n"}
    for rel, text in texts.items():
        (repo / rel).write_text(text)
    proc = subprocess.run([sys.executable, "-m", "transpiler", "--fmt", "-w", "."], cwd=repo,
                          capture_output=True, text=True, timeout=60,
                          env=dict(os.environ, PYTHONPATH=str(ROOT), NO_COLOR="1"))
    assert proc.returncode == 0, proc.stderr
    assert (repo / "Dockerfile").read_text() == "FROM alpine\n"
    for rel in ("build/Dockerfile", "Dockerfile.dockerignore", "Dockerfile.sh"):
        assert (repo / rel).read_text() == texts[rel], rel


def test_nothing_found_says_what_git_ignore_left_out(tmp_path):
    (tmp_path / "Dockerfile").write_text("FROM a\n")
    (tmp_path / ".gitignore").write_text("Dockerfile\n")
    proc = subprocess.run([sys.executable, "-m", "transpiler", "--fmt", "--check", "."],
                          cwd=tmp_path, capture_output=True, text=True, timeout=60,
                          env=dict(os.environ, PYTHONPATH=str(ROOT), NO_COLOR="1"))
    assert proc.returncode == 0
    assert proc.stderr.strip() == ("no Dockerfiles found (1 entry left out as git ignores "
                                   "them: --no-respect-gitignore takes them)")


def test_the_pre_commit_hooks_take_the_names_a_walk_takes():
    # pre-commit hands the hook the files its `files`/`exclude` select, which dtranspile
    # then takes as named: the two must agree, or the hook formats a Dockerfile.dockerignore
    import re

    yaml = pytest.importorskip("yaml")
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    names = ["Dockerfile", "dockerfile", "Dockerfile.dev", "api.Dockerfile", "web.dockerfile",
             "Containerfile", "Containerfile.arm64", "Dockerfile.txt", "README.md",
             "Dockerfiles", "my-dockerfile", "notes.txt", "dockerfile.go", "dockerfile.dev",
             "DOCKERFILE", "x.DOCKERFILE", "containerfile", "x.containerfile"] + \
        [f"Dockerfile{e}" for e in files.OTHER_FILE_ENDINGS] + \
        [f"x.Dockerfile{e}" for e in files.OTHER_FILE_ENDINGS]
    for hook in hooks:
        for name in names:
            path = f"svc/{name}"
            taken = re.search(hook["files"], path) is not None and \
                re.search(hook["exclude"], path) is None
            assert taken is files.is_dockerfile_name(name), (hook["id"], name)
