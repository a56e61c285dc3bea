"""Records a commit through GitPython, which runs the git program (python:3.11 has git,
from buildpack-deps' scm layer; python:3.11-slim has none): on a slim runner the import
works and the first use fails."""
import os
import sys
import tempfile

import git

os.environ.update(GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org",
                  GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org",
                  GIT_AUTHOR_DATE="2020-01-01T00:00:00Z",
                  GIT_COMMITTER_DATE="2020-01-01T00:00:00Z")
try:
    repo = git.Repo.init(tempfile.mkdtemp())
    repo.git.commit("--allow-empty", "-m", "first")
    repo.git.commit("--allow-empty", "-m", "second")
    print("commits", len(list(repo.iter_commits())))
    print("git major", git.Git().version_info[0])
except Exception as exc:  # GitCommandNotFound on a runner without git
    print("git:", type(exc).__name__)
    sys.exit(1)
