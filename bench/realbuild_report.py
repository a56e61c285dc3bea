#!/usr/bin/env python3
"""Run every real-build case (or those named) and print the table: case, original size,
transpiled size, ratio, same behaviour.  Needs root; installs buildah/podman/runc/
debootstrap with apt and makes the local base images on first use (a few minutes).

    python bench/realbuild_report.py [--json results.json] [CASE...]
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from realbuild.__main__ import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
