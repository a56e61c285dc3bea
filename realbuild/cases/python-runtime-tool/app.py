"""Runs curl, which the Dockerfile installs with apt-get for the app (as an app that
shells out to a tool, or an external health check, does)."""
import subprocess

import six

version = subprocess.run(["curl", "--version"], capture_output=True, text=True, check=True)
print(version.stdout.split()[0], "found; six", six.__name__)
