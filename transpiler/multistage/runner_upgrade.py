"""The runner's replay of the original's upgrade of everything where none of its own
installs carries it.

The original's ``apt-get upgrade`` (``apk upgrade``) left its final image with the
upgraded packages.  A runner that installs packages replays the upgrade in that install
(``packages.with_upgrade``); a runner with no install of its own (``node:latest`` on
``node:latest``), or whose first install does not carry it (the capture's package list),
gets the upgrade as a RUN of its own before its setup, as the original upgraded before
what followed.  That RUN fetches a package index the runner would not have fetched, so it
is added only where the index is known to be there: not on a Debian or Ubuntu release
whose index is gone from the mirror its images name (``runtime_packages.index_gone``,
where the original's own update fails too, unless it changed its sources, which the
runner does not have), not on an image the data does not know, and not with yum, whose
archived releases (CentOS at vault.centos.org) the data does not list."""

from __future__ import annotations

from typing import Iterable, Optional, Tuple

from ..analysis import StageFacts
from ..knowledge import packages
from ..knowledge.runtime_packages import index_gone
from ..tree import ast
from .recipes.run_walk import upgrade_of
from .runner_setup import run_node

#: what a RUN of the manager's runs first, by manager: its first such RUN is the one
#: the upgrade must come before
_TOOLS = {"apt": ("apt-get ", "apt "), "apk": ("apk ",)}


def standalone(facts: StageFacts, runner, nodes: Iterable[ast.Instruction],
               user: Optional[str] = None) -> Tuple[Optional[ast.Run], Optional[str]]:
    """(the RUN upgrading the runner ``runner`` (image facts) before ``nodes``, its
    setup, and the note saying so), or (None, None): the original upgraded nothing, the
    first RUN of ``nodes`` with the runner's package manager upgrades already, or the
    index is not known to be there (module docstring).  ``user``: the USER the runner's
    setup sets first, if any; the upgrade runs as root only (as the image's default user
    where none is set)."""
    if not runner.known or runner.shell is None or not runner.family or \
            (user or runner.default_user or "root") not in ("root", "0"):
        return None, None
    distro = packages.distro_of(runner.family, runner.release)
    if distro is None:
        return None, None
    manager = distro.record.packages.name
    if manager not in _TOOLS:
        return None, None
    verb = upgrade_of(facts, distro)
    if not verb:
        return None, None
    prefix = packages.upgrade_prefix(manager, verb)
    for node in nodes:
        text = node.command.text if isinstance(node, ast.Run) and \
            isinstance(node.command, ast.ShellForm) else ""
        if any(tool in text for tool in _TOOLS[manager]):
            if prefix in text:
                return None, None
            break
    if manager == "apt" and index_gone(distro.family, distro.release) is not None:
        return None, None
    text = prefix + ("rm -rf /var/lib/apt/lists/*" if manager == "apt" else "true")
    if manager == "apt":
        text = "export DEBIAN_FRONTEND=noninteractive && " + text
    return (run_node(text, "the original upgrades the image's packages: the runner too"),
            "the original upgrades the image's packages: the runner does too, before its "
            "setup")
