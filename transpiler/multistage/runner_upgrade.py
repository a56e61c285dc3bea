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
archived releases (CentOS at vault.centos.org) the data does not list.

The upgrade is replayed once per runner: each of the runner's install RUNs takes it
from ``with_upgrade``, but once the first has upgraded everything a later one that
repeats the same upgrade with the same package sources finds nothing left to upgrade
(what the RUNs between installed is the newest already) and only fetches the index
again to do nothing (``once``).  A later RUN keeps its upgrade where it may do more:
another one (a ``dist-upgrade`` read from the captured RUNs after the first's
``upgrade``), or after the sources may have changed (the builder's /etc/apt copied
over, a RUN of the original's the runner repeats, a RUN naming the manager's
configuration), where packages of the image may have newer versions."""

from __future__ import annotations

from typing import Iterable, List, Optional, Tuple

from ..analysis import StageFacts
from ..analysis.run_text import run_text
from ..analysis.shell import program_name
from ..knowledge import packages
from ..knowledge.runtime_packages import index_gone
from ..tree import ast
from .recipes.run_walk import upgrade_of
from .runner_setup import AND, command_chain, run_commands, run_node

#: the programs of each manager: the runner's first RUN running one is the one the
#: upgrade must come before
_TOOLS = {"apt": ("apt-get", "apt"), "apk": ("apk",)}
#: apt's index fetch, before its upgrade (``packages.upgrade_prefix``)
_UPDATE = ("apt-get", "update")


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
    for node in nodes:
        argvs = list(run_commands(node))
        if any(program_name(a[0]) in _TOOLS[manager] for a in argvs):
            if _upgrades(argvs, manager, verb):
                return None, None
            break
    if manager == "apt" and index_gone(distro.family, distro.release) is not None:
        return None, None
    text = packages.upgrade_prefix(manager, verb) + (
        packages.APT_LISTS_REMOVAL if manager == "apt" else "true")
    if manager == "apt":
        text = packages.NONINTERACTIVE + AND + text
    return (run_node(text, "the original upgrades the image's packages: the runner too"),
            "the original upgrades the image's packages: the runner does too, before its "
            "setup")


def _upgrades(argvs, manager: str, verb: str) -> bool:
    """Whether the commands ``argvs`` (a RUN's) upgrade as ``packages.upgrade_prefix``
    writes the upgrade ``verb`` of ``manager``, before another command: its words, apt's
    after the index fetch."""
    words = packages.upgrade_words(manager, verb)
    return any(tuple(a) == words and (manager != "apt" or i and tuple(argvs[i - 1]) == _UPDATE)
               for i, a in enumerate(argvs[:-1]))


#: what is left of a RUN that only upgraded (``packages.upgrade_prefix`` + the end
#: ``standalone`` and the distribution runner write), its commands' words after the
#: export of ``packages.NONINTERACTIVE``: it does nothing any more
_NOTHING_LEFT = ((_UPDATE, tuple(packages.APT_LISTS_REMOVAL.split())), (("true",),))
_FRONTEND = tuple(packages.NONINTERACTIVE.split())


#: where the package managers read their sources (and apt its other configuration)
_SOURCES = ("/etc/apt", "/etc/apk", "/etc/yum", "/etc/dnf")


def _may_change_sources(node) -> bool:
    """Whether ``node``, between two upgrades, may change what the second finds: a copy
    onto / (the capture's tree) or into the managers' configuration, any RUN of the
    original's (it has a source position; a setup script may add a repository
    unnamed), a RUN of the runner's own naming that configuration."""
    if isinstance(node, (ast.Copy, ast.Add)):
        dest = (node.paths[-1] if node.paths else "").rstrip("/")
        return dest == "" or dest.startswith(_SOURCES)
    if isinstance(node, ast.Run):
        return node.span is not None or any(s in run_text(node) for s in _SOURCES)
    return False


def _replayed_upgrade(chain) -> Optional[Tuple[int, Tuple[bool, str]]]:
    """(where, what) of the upgrade ``packages.upgrade_prefix`` writes among the commands
    ``chain`` (``command_chain``) but the last: its position, and the upgrade with whether
    apt's index fetch comes just before it (the same upgrade twice is the same pair)."""
    for i, (piece, argv) in enumerate(chain[:-1]):
        if packages.replayed_upgrade(argv):
            return i, (i > 0 and chain[i - 1][1] == _UPDATE, piece)
    return None


def once(body: List[ast.Instruction]) -> List[ast.Instruction]:
    """``body`` (a runner stage's) with the replayed upgrade in its first RUN that has
    it, and left out of each later RUN of the runner's own (no source position: the
    original's RUNs the runner repeats keep their text) that repeats that same upgrade
    with the same sources; a RUN left doing nothing is dropped (module docstring).  The
    upgrade is read among the RUN's commands (``command_chain``), and left out by writing
    the RUN again from the others."""
    first = None
    out = []
    for node in body:
        chain = command_chain(node) if isinstance(node, ast.Run) and node.span is None \
            else None
        found = _replayed_upgrade(chain) if chain else None
        if found is None:
            if first is not None and _may_change_sources(node):
                first = None
            out.append(node)
            continue
        at, upgrade = found
        if first is None or upgrade != first:
            first = first or upgrade
            out.append(node)
        else:
            left = chain[:at] + chain[at + 1:]
            words = tuple(argv for _, argv in left)
            if words[:1] == (_FRONTEND,):
                words = words[1:]
            if words not in _NOTHING_LEFT:
                out.append(node.with_changes(command=ast.ShellForm(
                    AND.join(piece for piece, _ in left))))
        if _may_change_sources(node):  # (after its own upgrade)
            first = None
    return out
