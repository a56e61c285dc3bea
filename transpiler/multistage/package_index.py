"""Whether the runner can fetch the package index its installs need.

A runner stage that runs ``apt-get update`` on a release whose index is gone from the
mirror its image names (the package data found HTTP 404 there: stretch, jessie, trusty
... moved to archive.debian.org / old-releases.ubuntu.com) fails its build.  Where the
original runs ``apt-get update`` itself it fails the same way, so the rewrite is no
worse; where the original fetched no index (``rust:1.32`` needs no package at all, and
its runner ``debian:stretch-slim`` must install the libraries the binary links), the
original builds and the rewrite would not: declined (87614fa9).

On the builder's very image, unknown to the data (``proven_family``), the release is
not known, so neither is whether its index is still served; an original that fetched
no index at all installed from the lists the image itself holds.  The runner is that
same image, so its installs do the same (``image_lists``): no ``apt-get update``,
and the image's lists are left as the original left them.  Where the original fetched
one (``apt-get update``, or a script that may run it), the runner fetches too: the
original's fetch on that image succeeded."""

from __future__ import annotations

from typing import Iterable, Optional

from ..analysis.shell import program_name, split_commands
from ..knowledge import install_helpers
from ..knowledge.images import image_facts
from ..knowledge.runtime_packages import index_gone
from ..tree import ast
from .decline import Decline
from .recipes.run_walk import steps
from .runner_setup import runs_apt

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
    themselves: ``apt-get update``, the image's apt wrapper (``install_helpers``: it runs
    one first), or a script or repository helper that may run one."""
    for step in walk:
        if not step.argv:
            continue
        name = program_name(step.argv[0])
        if name in ("apt-get", "apt", "aptitude") and "update" in step.argv[1:]:
            return True
        if install_helpers.helper_of(step.argv) is not None:
            return True  # (the image's apt wrapper runs apt-get update first)
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


def image_lists(facts, image: str) -> bool:
    """Whether the runner ``image`` installs from the package lists it holds (see the
    module docstring): the builder's very image, unknown to the data and proven
    Debian-family, where the original fetched no index.  The code writing the runner's
    apt installs asks this and writes them so (``packages.install_command``'s
    ``fetch``, ``distribution_runner.PlainBase.image_lists``): no ``apt-get update``,
    the lists kept."""
    from .recipes import effect_capture
    from .recipes.proven_family import proven_unknown
    if not effect_capture.very_image(facts, image):
        return False
    proof = proven_unknown(facts)
    return proof is not None and proof.family == "debian" and not fetches_index(steps(facts))


def on_image_lists(ctx) -> None:
    """Say so where the runner's own setup RUNs (no source position: a RUN of the
    original repeated there holds no fetch, or it would count as one) run apt on the
    lists the image holds (``image_lists``), fetching none."""
    stage = ctx.runner_stage
    if stage is None or not image_lists(ctx.facts, ctx.runner.image):
        return
    if any(n.span is None and runs_apt(n) and not _updates(n) for n in stage.body):
        ctx.added.append("the runner's installs use the package lists the image holds, "
                         "without apt-get update, as the original's did (it fetched no "
                         "index): the runner is that very image")
