"""Install the Debian packages the harness needs (idempotent: nothing is done when the
tools are already there), and say why real builds cannot run here."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Optional

from .env import tools_missing, write_config

PACKAGES = ["buildah", "podman", "runc", "debootstrap"]


def unavailable() -> Optional[str]:
    """Why real builds cannot run on this machine, or None when they can."""
    if not sys.platform.startswith("linux"):
        return f"real builds need Linux (buildah/podman), not {sys.platform}"
    missing = tools_missing()
    if missing:
        return (f"real builds need {', '.join(missing)}: `apt-get install {' '.join(PACKAGES)}` "
                "as root (.ci/run does it when it can)")
    if os.geteuid() != 0:
        return "real builds need root (buildah chroot isolation, debootstrap)"
    return None


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
