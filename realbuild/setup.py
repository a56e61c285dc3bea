"""Install the Debian packages the harness needs (idempotent: nothing is done when the
tools are already there)."""

from __future__ import annotations

import os
import subprocess

from .env import tools_missing, write_config

PACKAGES = ["buildah", "podman", "runc", "debootstrap"]


def ensure_tools() -> None:
    if tools_missing():
        if os.geteuid() != 0:
            raise RuntimeError(f"missing {tools_missing()} and not root: cannot apt-get install")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", *PACKAGES], check=True, env=env)
        if tools_missing():
            raise RuntimeError(f"still missing after apt-get install: {tools_missing()}")
    write_config()
