"""Where ``yarn global add`` puts packages and the links to their programs, on the
official node images, run as root.

Yarn 1 keeps its global packages in a project of its own, ``<data dir>/global``
(``node_modules``, ``package.json``), and links their programs into ``<prefix>/bin``.
As root on Linux, yarn 0.21 and later take ``/usr/local/share`` for the user's home
(``src/util/user-home-dir.js``), so the data dir is ``/usr/local/share/.config/yarn``
(``XDG_DATA_HOME/yarn`` from 1.5 when that is set); the prefix is the one of the node
that runs it, ``/usr/local`` on the node images (``PREFIX``, ``--prefix`` or a
configured prefix move it).  Both are then known, and the runner, ``node:<same>-slim``
or the same alpine tag, gets that directory at the same path and the links beside the
ones of ``npm install -g`` (``node.global_links_run``: a program the command names is
tested there, so a link that went elsewhere fails the build).

Before 0.21 the data dir is the home's (``$HOME/.config/yarn``), yarn 2 and later have
no ``global``, and a yarn the build installed itself has a version the image data
does not show: those stay declined, as does a non-root user (its home's directory, and
a prefix it may not write), and a builder pinned by a digest on a tag that floats
(``runner_policy.digest_on_floating_tag``): the data's YARN_VERSION is the tag's on its
date, while the digest may be an older image of the tag with another yarn (the data
keeps each tag's last image only: ``node:6``, published from 2016-04, shows yarn
1.15.2)."""

from __future__ import annotations

import re
from typing import List, Optional, Sequence

from ...analysis import StageFacts
from ...analysis.shell import program_name
from .artifacts import Artifact
from .runner_policy import digest_on_floating_tag

#: the data directory of yarn 0.21 and later run as root on Linux
DATA_DIR = "/usr/local/share/.config/yarn"
GLOBAL_DIR = DATA_DIR + "/global"
ARTIFACT = Artifact(DATA_DIR, "global", "packages installed globally with yarn (yarn global "
                    "add, yarn's global project in /usr/local/share/.config/yarn/global)", -1,
                    tree=True)
#: the part of a link's target that says it leads into yarn's global packages
LINK_PATTERN = r"[.]config[/]yarn[/]global[/]node_modules[/]"

#: environment variables (lower-cased) that move yarn's global packages or links:
#: yarn reads ``yarn_*`` and ``npm_config_*`` variables as its settings
_MOVING = re.compile(r"(yarn_|npm_config_)(prefix|global[_-]folder)|prefix|destdir|"
                     r"xdg_data_home")
#: flags of ``yarn global`` that move them
_MOVING_FLAGS = ("--prefix", "--global-folder")
_ROOT = ("root", "0")


def _version(text: Optional[str]):
    match = re.match(r"(\d+)\.(\d+)", text or "")
    return (int(match.group(1)), int(match.group(2))) if match else None


def problems(facts: StageFacts, globals_: Sequence) -> List[str]:
    """Why where the ``yarn global`` steps of ``globals_`` put their packages and links
    is not known (an empty list: GLOBAL_DIR and /usr/local/bin)."""
    found: List[str] = []
    yarn_steps = [s for s in globals_ if program_name(s.argv[0]) == "yarn"]
    if not yarn_steps:
        return found
    first = yarn_steps[0]
    version = facts.base.versions.get("YARN_VERSION")
    parsed = _version(version)
    if digest_on_floating_tag(facts.base):
        found.append(f"{first.where}: {facts.base.reference} is pinned by a digest on a tag "
                     f"that floats: the image data shows the tag's yarn ({version or 'none'} on "
                     f"{facts.base.seen_on}), not necessarily the "
                     "digest's, so where `yarn global` put its packages (the home's "
                     ".config/yarn before 0.21) is not known")
    elif parsed is None:
        found.append(f"{first.where}: the yarn of {facts.base.reference} has a version the "
                     "image data does not show: where `yarn global` puts its packages (the "
                     "home's .config/yarn before 0.21) is not known")
    elif parsed < (0, 21) or parsed >= (2, 0):
        found.append(f"{first.where}: the yarn of {facts.base.reference} is {version}, whose "
                     "`yarn global` does not put packages in " + GLOBAL_DIR +
                     (" (before 0.21: the home's .config/yarn)" if parsed < (0, 21) else
                      " (yarn 2 has no global packages)"))
    for step in globals_:
        if step.index < first.index and any(
                program_name(w) == "yarn" or w.startswith("yarn@") for w in step.argv[2:]):
            found.append(f"{step.where}: the build installs another yarn before `yarn global` "
                         f"({first.where}), whose version the image data does not show")
    for step in yarn_steps:
        user = (facts.instructions[step.index].before.user or "root").split(":")[0]
        if user not in _ROOT:
            found.append(f"{step.where}: `yarn global` runs as {user}, whose packages go to "
                         "its home and whose links may not go to /usr/local/bin")
        moving = sorted(k for k in step.env if _MOVING.fullmatch(k.lower()))
        flags = [a for a in step.argv[1:] if a.split("=", 1)[0] in _MOVING_FLAGS]
        if moving or flags:
            found.append(f"{step.where}: `yarn global` with {', '.join(moving + flags)}, which "
                         "moves its packages or the links to their programs")
        if step.complex:
            found.append(f"{step.where}: yarn inside a shell construct the transpiler cannot "
                         f"follow ({step.complex})")
    for step in _config_steps(facts, first.index):
        found.append(f"{step.where}: `{' '.join(step.argv[:4])}` may move where `yarn "
                     "global` puts its packages or links")
    return found


def _config_steps(facts: StageFacts, before: int):
    """The ``yarn config set`` / ``npm config set`` steps before ``before`` that set a
    prefix or global folder (which moves yarn's global packages or links), or a key
    the transpiler cannot read (a variable that expands to nothing)."""
    from . import interpreted

    for step in interpreted.steps(facts):
        if step.index > before:
            break
        words = [w for w in step.argv[1:] if not w.startswith("-")]
        if program_name(step.argv[0]) in ("yarn", "npm") and words[:2] == ["config", "set"] \
                and (len(words) < 3 or re.search(r"prefix|global", words[2])):
            yield step
