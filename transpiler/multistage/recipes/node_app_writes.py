"""A program of unknown effect run in a directory above the app directory: what it
wrote there is part of the app the command runs.

``WORKDIR /home/node/app`` + ``RUN nodecg setup`` (a program of the global installs,
which clones NodeCG into the directory it runs in and npm-installs it there), then the
bundle's ``npm i`` in ``/home/node/app/bundles/x``: the recipe took the bundle's
directory for the app, and the runner lacked NodeCG itself, so ``nodecg start`` (run
in /home/node/app) exited (684cccf5).  What such a program writes is never guessed: the
directory it ran in holds it, so that directory becomes the app, copied whole (as an
install in a directory above the app does: ``node._enclosing_app``).  A command whose
writes are known (``mkdir``, ``cp``: ``file_writes``) widens it only where one lands
outside the app; a program that writes outside the directory it runs in (a package
manager's system install, a global npm install, the accounts tools) does not widen it.
A directory that cannot be the app (/, /opt: ``interpreted.app_directory``) is not
widened to: a program run there (``curl ... | bash`` in /) writes into the system as
any RUN before the build may, which this reader does not follow (nor decline on)."""

from __future__ import annotations

from typing import Optional, Tuple

from ...analysis.file_writes import command_writes
from ...analysis.shell import program_name
from .interpreted import app_directory
from .run_walk import steps
from ...analysis.paths import is_within

#: the runner's note where the app was widened (no prune: see ``widened``)
NO_PRUNE = ("dev dependencies kept in the runner (no prune): {app} is the app directory, "
            "copied whole, as {by} wrote there what is not known")
#: programs whose writes land outside the directory they run in, or nowhere (npm and
#: yarn: their installs and builds are the recipe's own steps, read there)
ELSEWHERE = frozenset({
    "apt-get", "apt", "aptitude", "apk", "yum", "dnf", "microdnf", "zypper", "dpkg", "rpm",
    "apt-key", "add-apt-repository", "update-ca-certificates", "update-alternatives",
    "useradd", "adduser", "groupadd", "addgroup", "usermod", "userdel", "chsh", "passwd",
    "chpasswd", "locale-gen", "update-locale", "dpkg-reconfigure", "ldconfig", "echo",
    "printf", "true", "false", ":", "test", "[", "set", "export", "cd", "exit", "which",
    "command", "sleep", "npm", "yarn",
})


def widened(facts, app: str, installs) -> Tuple[str, Optional[str]]:
    """(app directory, the widening RUN's program and line): ``app``, or the directory
    above it where a builder RUN ran a program whose writes are unknown (or wrote
    outside ``app``), with that RUN (None when not widened).  ``installs`` are the
    recipe's install, build and prune steps (their node_modules and outputs are read by
    the recipe itself: an install above the app is ``node._enclosing_app``'s)."""
    read = {(s.index, s.argv) for s in installs}
    by = None
    for step in steps(facts):
        if not step.argv or step.cwd is None or (step.index, step.argv) in read:
            continue
        cwd = step.cwd
        if is_within(cwd, app) or not is_within(app, cwd):
            continue  # (in the app, or beside it: not the app's directory above)
        name = program_name(step.argv[0])
        if name in ELSEWHERE:
            continue
        if step.command is not None:
            writes = command_writes(step.command, cwd, step.env)
            if writes is not None and all(is_within(w, app) or not is_within(w, cwd)
                                          for w in writes):
                continue
        what = f"`{' '.join(step.argv[:2])}`"
        outer, why = app_directory(cwd, what)
        if why:
            continue  # (/, /opt: see the module's note)
        app, by = outer, f"{what} ({step.where})"
    return app, by
