"""Reports the commit of the repository it is run in, as test reporters do (they run
git at run time: codeclimate-test-reporter, coveralls)."""
import os
import subprocess
import sys
import tempfile

repo = tempfile.mkdtemp()
env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org",
           GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org",
           GIT_AUTHOR_DATE="2020-01-01T00:00:00Z", GIT_COMMITTER_DATE="2020-01-01T00:00:00Z")
try:
    for args in (["init", "-q"], ["commit", "-q", "--allow-empty", "-m", "report"]):
        subprocess.run(["git", "-C", repo] + args, check=True, env=env)
    head = subprocess.run(["git", "-C", repo, "rev-parse", "HEAD"], check=True, env=env,
                          capture_output=True, text=True).stdout.strip()
except (OSError, subprocess.CalledProcessError) as exc:
    print("git:", exc)
    sys.exit(1)
print("commit", head)
