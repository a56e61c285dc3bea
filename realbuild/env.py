"""Where the harness keeps its state and how every buildah/podman command is run.

All storage (rootfs trees, image store, work files) lives under ``ROOT``
(``$DTRANSPILE_REALBUILD_DIR``, default /var/tmp/dtranspile-realbuild), never in the
repository.  The harness writes its own containers.conf, storage.conf and
registries.conf there and points CONTAINERS_CONF / CONTAINERS_STORAGE_CONF /
CONTAINERS_REGISTRIES_CONF at them, so the machine's own configuration is left alone."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Mapping, Sequence

ROOT = Path(os.environ.get("DTRANSPILE_REALBUILD_DIR", "/var/tmp/dtranspile-realbuild"))
CONF_DIR = ROOT / "conf"
STORAGE = ROOT / "storage"
RUNSTATE = ROOT / "run"
ROOTFS = ROOT / "rootfs"
WORK = ROOT / "work"

# crun fails here ("cgroups in hybrid mode not supported"); raising rlimits is not permitted,
# so containers get explicit limits no higher than the current ones.
CONTAINERS_CONF = """\
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"

[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]
"""

STORAGE_CONF = """\
[storage]
driver = "overlay"
graphroot = "{graphroot}"
runroot = "{runroot}"
"""

# Images are tagged with fully qualified names (docker.io/library/golang:...), which is
# what Docker resolves short names to; pulls are disabled in every command (--pull=never).
REGISTRIES_CONF = """\
unqualified-search-registries = ["docker.io"]
short-name-mode = "permissive"
"""


@contextmanager
def process_lock(path: Path):
    """An exclusive lock between processes (two test runs must not debootstrap into the
    same folder at once, nor start two servers on one port)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def write_config() -> dict:
    """Write the three config files (idempotent) and return the environment to use.
    ``ROOT`` must be this user's alone (``private_folder``): it sits under a fixed name
    in a shared folder, and its containers.conf and images run as root."""
    from transpiler.safe_files import private_folder

    private_folder(ROOT)
    CONF_DIR.mkdir(parents=True, exist_ok=True)
    for d in (STORAGE, RUNSTATE, ROOTFS, WORK):
        d.mkdir(parents=True, exist_ok=True)
    files = {
        "containers.conf": CONTAINERS_CONF,
        "storage.conf": STORAGE_CONF.format(graphroot=STORAGE, runroot=RUNSTATE),
        "registries.conf": REGISTRIES_CONF,
    }
    for name, text in files.items():
        path = CONF_DIR / name
        if not path.exists() or path.read_text() != text:
            path.write_text(text)
    return environ()


def environ(extra: Mapping[str, str] | None = None) -> dict:
    from transpiler.safe_files import private_folder

    private_folder(ROOT)  # see write_config
    env = dict(os.environ)
    env.update({
        "CONTAINERS_CONF": str(CONF_DIR / "containers.conf"),
        "CONTAINERS_STORAGE_CONF": str(CONF_DIR / "storage.conf"),
        "CONTAINERS_REGISTRIES_CONF": str(CONF_DIR / "registries.conf"),
        "BUILDAH_ISOLATION": "chroot",
        "TMPDIR": str(ROOT / "tmp"),
    })
    (ROOT / "tmp").mkdir(parents=True, exist_ok=True)
    if extra:
        env.update(extra)
    return env


# the two sides of a case run at once and share its log: one command's block at a time
_LOG_TURN = threading.Lock()


def append_log(log: Path, text: str) -> None:
    """Add ``text`` to a case's log as one block (the other side may be writing)."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with _LOG_TURN, log.open("a") as fh:
        fh.write(text)


class CommandError(RuntimeError):
    def __init__(self, cmd: Sequence[str], proc: subprocess.CompletedProcess):
        self.cmd, self.proc = list(cmd), proc
        tail = (proc.stderr or proc.stdout or "")[-3000:]
        super().__init__(f"{' '.join(map(str, cmd))} exited {proc.returncode}:\n{tail}")


def run(cmd: Sequence[str], *, check: bool = True, timeout: float = 900, nice: bool = False,
        input: str | None = None, log: Path | None = None) -> subprocess.CompletedProcess:
    """Run a command with the harness environment; ``nice`` lowers its priority (builds
    share two cores with everyone); ``log`` appends the command and its output to a file."""
    cmd = [str(c) for c in cmd]
    full = (["nice", "-n", "10"] + cmd) if nice else cmd
    try:
        proc = subprocess.run(full, env=environ(), capture_output=True, text=True,
                              timeout=timeout, input=input, errors="replace")
    except subprocess.TimeoutExpired as exc:
        proc = subprocess.CompletedProcess(full, 124, _text(exc.stdout),
                                           _text(exc.stderr) + f"\n[timed out after {timeout}s]")
    if log is not None:
        append_log(log, f"$ {' '.join(cmd)}\n[exit {proc.returncode}]\n"
                        f"{proc.stdout}{proc.stderr}\n")
    if check and proc.returncode != 0:
        raise CommandError(cmd, proc)
    return proc


def _text(data) -> str:
    if data is None:
        return ""
    return data.decode(errors="replace") if isinstance(data, bytes) else data


def tools_missing() -> list[str]:
    return [t for t in ("buildah", "podman", "runc", "debootstrap") if shutil.which(t) is None]
