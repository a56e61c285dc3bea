"""Reports its own version from the git checkout it runs in, as self-updating tools do
(`git describe`, `git log` on their own repository): git must be on the PATH."""
import subprocess
import sys

try:
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], check=True,
                          capture_output=True, text=True).stdout.strip()
    subject = subprocess.run(["git", "log", "-1", "--format=%s"], check=True,
                             capture_output=True, text=True).stdout.strip()
    status = subprocess.run(["git", "status", "--porcelain"], check=True,
                            capture_output=True, text=True).stdout.strip()
except (OSError, subprocess.CalledProcessError) as exc:
    print("git:", exc)
    sys.exit(1)
import six  # noqa: E402  (the requirement the build installed)
print("version", head, subject, "clean" if not status else "dirty", "six", six.__name__)
