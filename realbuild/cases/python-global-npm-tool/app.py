"""Runs semver, a program the Dockerfile installs with `npm -g install` before the pip
build (as django-pipeline runs yuglify, django-compressor lessc): its bin/semver.js loads
../semver.js beside it in npm's global node_modules."""
import subprocess

import six

found = subprocess.run(["semver", "-r", ">=1.2.0", "1.1.0", "1.3.0", "2.0.0"],
                       capture_output=True, text=True)
print("semver:", found.stdout.split(), "exit", found.returncode, "; six", six.__name__)
