"""Whether the runner can fetch the package index its installs need.

A runner stage that runs ``apt-get update`` on a release whose index is gone from the
mirror its image names (the package data found HTTP 404 there: stretch, jessie, trusty
... moved to archive.debian.org / old-releases.ubuntu.com) fails its build.  Where the
original runs ``apt-get update`` itself it fails the same way, so the rewrite is no
worse; where the original fetched no index (``rust:1.32`` needs no package at all, and
its runner ``debian:stretch-slim`` must install the libraries the binary links), the
original builds and the rewrite would not: declined (87614fa9)."""

from __future__ import annotations

from typing import Iterable, Optional

from ..analysis.shell import program_name, split_commands
from ..knowledge.images import image_facts
from ..knowledge.runtime_packages import index_gone
from ..tree import ast
from .decline import Decline
from .recipes.run_walk import steps

#: programs that may run ``apt-get update`` themselves (a script, a repository helper)
_MAY_UPDATE = frozenset({"bash", "sh", "dash", "zsh", "add-apt-repository", "eval",
                         "source", "."})


def _updates(node: ast.Run) -> bool:
    """Whether the RUN runs ``apt-get update`` outside an ``if``/loop body."""
    if not isinstance(node.command, ast.ShellForm):
        return False
    for cmd in split_commands(node.command.text).commands:
        if cmd.argv and program_name(cmd.argv[0]) in ("apt-get", "apt") and \
                "update" in cmd.argv[1:] and not cmd.conditional:
            return True
    return False


def fetches_index(walk: Iterable) -> bool:
    """Whether the commands of ``walk`` (run_walk steps) may fetch a package index
    themselves: ``apt-get update``, or a script or repository helper that may run one."""
    for step in walk:
        if not step.argv:
            continue
        name = program_name(step.argv[0])
        if name in ("apt-get", "apt", "aptitude") and "update" in step.argv[1:]:
            return True
        if name in _MAY_UPDATE or name.endswith(".sh") or step.argv[0].startswith(("./", "/")):
            return True
    return False


def check(ctx) -> Optional[str]:
    """Decline when the runner's apt-get update would meet a gone index while the
    original fetched none."""
    stage = ctx.runner_stage
    if stage is None or not any(isinstance(n, ast.Run) and _updates(n) for n in stage.body):
        return None
    facts = image_facts(ctx.runner.image)
    family, release = getattr(facts, "family", None), getattr(facts, "release", None)
    gone = index_gone(family, release) if family and release else None
    if gone is None or fetches_index(steps(ctx.facts)):
        return None
    raise Decline(f"the runner {ctx.runner.image} must run apt-get update, and {family} "
                  f"{release}'s package index is gone from the mirror the image names "
                  f"({gone}), while the original fetches no index: the original builds and "
                  "the rewrite would not")
