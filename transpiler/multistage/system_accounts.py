"""Where the runner creates the system accounts the original created before its
package installs.

A system account's id is the first free one of the system range when the tool runs
(BusyBox ``adduser -S``/``addgroup -S`` from 100, Debian's ``adduser --system``,
shadow's ``useradd -r``/``groupadd -r``), and the packages' own scripts take theirs from
the same range: Alpine's redis runs ``addgroup -S redis`` and ``adduser -S ... redis``
when it is installed.  The original (alpine:3.6) ``addgroup -S localshop && adduser -S
-D -G localshop localshop`` and then ``apk add redis`` gives localshop uid 100 and
redis 101; a runner that installs redis first and creates localshop after gives them
the other way round, so the program runs as another uid than the original's, and files
the original image (or the builder's copies, whose owners are numbers) gave to
localshop belong to redis there.  Which package creates accounts is not known here (no
package data says), so the runner keeps the original's order: such an account, and
what the runner repeats before it, come before every package install of the runner.

Accounts with their ids given (``-u 1000``) and login accounts (from 1000 up, a range
no package takes) do not depend on the installs and keep their place.  An account the
original created after one install and before another cannot keep its place where the
runner installs all their packages in one RUN: that declines.  The account's RUN must
then run with what the runner's image has before any install: BusyBox's tools on
Alpine, shadow's ``useradd``/``groupadd`` (Priority: required) on Debian and Ubuntu, or
anything on an image with the builder's packages (its very image, ``debian:X`` ->
``debian:X-slim``); Debian's ``adduser`` on another image declines (not every image
has it: Debian's dropped it with trixie, and the image data does not list packages)."""

from __future__ import annotations

import re
from typing import Iterable, Optional

from ..analysis.shell import program_name
from ..knowledge import packages
from ..knowledge.user_tools import system_id_chosen, user_names
from ..tree import ast
from .decline import Decline
from .recipes.run_walk import steps

#: a RUN that runs a package manager (the runner's installs, upgrades, the captured
#: RUNs' packages, ``xargs -r apk add < list``)
_PACKAGE_TOOL = re.compile(r"(^|[\s;&|(])(apt-get|apt|aptitude|apk|yum|dnf|microdnf|dpkg)\s")


def runs_packages(nodes: Iterable[ast.Instruction]) -> bool:
    """Whether a RUN among ``nodes`` runs a package manager."""
    return any(isinstance(n, ast.Run) and isinstance(n.command, ast.ShellForm) and
               _PACKAGE_TOOL.search(n.command.text) for n in nodes)


def _installs(argv) -> bool:
    """Whether a command installs packages or upgrades them (an upgrade may bring new
    dependencies, whose scripts may create accounts too)."""
    return packages.read_install(argv) is not None or bool(packages.upgrade_verb([argv]))


def before_installs(ctx, creators, flavour: str, runner, same_packages: bool,
                    in_order=lambda index: False, ahead=frozenset()) -> Optional[int]:
    """The index of the last original instruction whose system accounts the runner must
    create before its package installs (None: none).  ``creators``: (placement, users
    it contributes or None for all) of the RUNs whose user creation the runner repeats,
    as ``account_homes.accounts_first`` takes them; ``same_packages``: the runner has
    the packages of the builder's image (the very image, or Debian's ``-slim`` sibling,
    which leaves out documentation, not packages), so every tool the original's RUN
    found there.  ``in_order(index)``: whether the runner installs the packages of the
    original's RUN ``index`` itself, at that RUN's place among its runtime instructions
    (a RUN it repeats, the captured RUNs' install), unless ``ahead``, the packages its
    installs before them name, has one of them: such an install after the account
    keeps its place after it."""
    wanted = {p.index: only for p, only in creators}
    walk = list(steps(ctx.facts))
    installs = [i for i, s in enumerate(walk) if s.argv and _installs(s.argv)]
    if not installs:
        return None
    until = None
    for at, step in enumerate(walk):
        if step.index not in wanted or not step.argv or \
                not system_id_chosen(step.argv, flavour):
            continue
        only = wanted[step.index]
        users, groups, _ = user_names(step.argv, flavour)
        if only is not None and not (users | groups) & only:
            continue
        earlier = [i for i in installs if i < at]
        if not earlier:
            _check_tool(step, flavour, runner, same_packages, ctx.runner.image)
            until = step.index if until is None else max(until, step.index)
            continue
        later = [i for i in installs if i > at and not _kept_after(walk[i], in_order, ahead)]
        if later:
            raise Decline(
                f"{step.where} creates a system account (`{' '.join(step.argv)}`: the first "
                f"free id of the system range) after the package install at "
                f"{walk[earlier[-1]].where} and before the one at {walk[later[0]].where}; "
                "the runner installs their packages together, so it cannot come between "
                "them as in the original, and whether their scripts create system "
                "accounts of their own (taking ids from the same range) is not known")
    return until


def _kept_after(step, in_order, ahead) -> bool:
    """Whether the runner installs what ``step`` installs in the original's order (after
    an account before it), not among its installs ahead of its runtime instructions."""
    got = packages.read_install(step.argv)
    return in_order(step.index) and not (got is not None and set(got.packages) & set(ahead))


def _check_tool(step, flavour: str, runner, same_packages: bool, image: str) -> None:
    """Decline when the account's tool may be missing from the runner's image before its
    installs (the module docstring)."""
    tool = program_name(step.argv[0])
    if same_packages:
        return
    if runner.distribution is None:
        raise Decline(f"{step.where} creates a system account, which the runner must create "
                      f"before its package installs, and what user tools {image} has is not "
                      "known")
    own = runner.distribution.user_tools
    if own == "alpine" and tool in ("adduser", "addgroup"):
        return  # BusyBox's, in every Alpine image
    if own in ("debian", "rhel") and tool in ("useradd", "groupadd"):
        return  # shadow's (passwd, Priority: required; shadow-utils in every RHEL image)
    if own == "alpine" and flavour != "alpine" and tool in ("useradd", "groupadd",
                                                               "adduser", "addgroup"):
        return  # translated to BusyBox's (runner_setup)
    raise Decline(f"{step.where} creates a system account with `{tool}`, which the runner "
                  f"must run before its package installs (the ids the packages' own "
                  f"accounts take follow it), and whether {image} has `{tool}` before any "
                  "install is not known (Debian's images dropped adduser with trixie)")
