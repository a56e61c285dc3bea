"""Runs a program a Ruby gem installed (as autoflow runs asciidoctor-pdf from its
Gemfile to render reports)."""
import subprocess

import six

out = subprocess.run(["greet"], capture_output=True, text=True)
print(out.stdout.strip() or out.stderr.strip().splitlines()[-1], "; six", six.__name__)
