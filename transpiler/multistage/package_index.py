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
same image, so its installs do the same (``on_image_lists``): no ``apt-get update``,
and the image's lists are left as the original left them.  Where the original fetched
one (``apt-get update``, or a script that may run it), the runner fetches too: the
original's fetch on that image succeeded."""

from __future__ import annotations

import re
from typing import Iterable, Optional

from ..analysis.shell import program_name, split_commands
from ..knowledge import install_helpers
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


#: the runner setup's index fetch and list removal (``distribution_runner.runner_plan``,
#: ``effect_capture.runner_nodes``)
_FETCH = "apt-get update && "
_DROP_LISTS = re.compile(r"rm -rf /var/lib/apt/lists/\* ?")


def on_image_lists(ctx) -> None:
    """Rewrite the runner's setup RUNs to install from the image's own package lists
    where the runner is the builder's very image the data does not know and the
    original fetched no index (see the module docstring).  Only the runner's own setup
    is rewritten: a RUN of the original repeated there holds no fetch (it would count
    as one)."""
    from .recipes import effect_capture
    from .recipes.proven_family import proven_unknown
    stage = ctx.runner_stage
    if stage is None or not effect_capture.very_image(ctx.facts, ctx.runner.image):
        return
    proof = proven_unknown(ctx.facts)
    if proof is None or proof.family != "debian" or fetches_index(steps(ctx.facts)):
        return
    body, changed = [], False
    for node in stage.body:
        if isinstance(node, ast.Run) and isinstance(node.command, ast.ShellForm) and \
                _FETCH in node.command.text:
            text = _DROP_LISTS.sub(lambda m: "rm -f " if m.group(0).endswith(" ") else "",
                                   node.command.text.replace(_FETCH, ""))
            text = re.sub(r" && rm -f (?=;|$| &&)", "", text.replace(" && ;", ";"))
            text = re.sub(r" && (?=;|$)", "", text)
            leading = tuple(ast.Comment(c.text + ",DL3009") if isinstance(c, ast.Comment) and
                            c.text.startswith("# hadolint ignore=") and "DL3009" not in c.text
                            else c for c in node.leading)
            node = ast.replace(node, command=ast.ShellForm(text), leading=leading)
            changed = True
        body.append(node)
    if changed:
        ctx.runner_stage = ast.replace(stage, body=tuple(body))
        ctx.added.append("the runner's installs use the package lists the image holds, "
                         "without apt-get update, as the original's did (it fetched no "
                         "index): the runner is that very image")
