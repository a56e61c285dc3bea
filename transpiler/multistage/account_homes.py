"""Where the runner creates the build's accounts relative to their homes.

The runner stage writes the final WORKDIR and the builder's copies first and repeats
the RUNs that create users later.  Where the original created a user with a home
(``useradd -m app``, ``adduser -D app``) before anything else made that directory,
``useradd`` made it: owned by the user, the skeleton files in it.  In the runner the
WORKDIR (``/home/app/srv``) or a ``COPY --from=builder`` into the home would make it
first, as root (BuildKit creates missing parents as root), and ``useradd`` then says
"the home directory already exists. Not copying any file from skel directory into it"
and leaves it root's: the program, running as the user, cannot write its home.  Such
accounts, and everything the runner repeats before them, come before those writes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import FrozenSet, Iterable, List, Optional

from ..tree import ast
from ..analysis.run_text import run_text
from ..analysis.shell import program_name, split_commands, unwrap
from ..analysis.state import resolve_path
from ..analysis.variables import substitute_known
from ..knowledge.user_tools import USER_TOOLS, created_home, user_names
from .context import Decline
from ..analysis.paths import is_within


@dataclass(frozen=True)
class AccountsFirst:
    """The runner's runtime instructions up to original instruction ``until`` come
    before its WORKDIR (when ``workdir_after``) and its copies from the builder."""

    until: int
    homes: FrozenSet[str]
    workdir_after: bool
    #: they come before its package installs too (``system_accounts``: a system
    #: account's id follows the accounts the packages' scripts created before it)
    before_installs: bool = False
    #: what the runner writes before its runtime instructions (its WORKDIR, the copies'
    #: destinations): an early RUN doing more than create users must not need them
    paths: tuple = ()

    @property
    def because(self) -> str:
        """Why they come first, for the messages."""
        if self.before_installs:
            return "its system ids, which the packages' own accounts would take first"
        return "its home"


def _home_existed(facts, index: int, home: str, base_workdir: Optional[str]) -> bool:
    """Whether the original may have had ``home`` before instruction ``index`` (a WORKDIR,
    COPY or ADD at or under it, a RUN that names it): then its useradd found it too."""
    if base_workdir and is_within(base_workdir, home):
        return True
    for f in facts.instructions:
        if f.index >= index:
            break
        node = f.node
        if isinstance(node, ast.Workdir) and f.after.workdir and is_within(f.after.workdir, home):
            return True
        if isinstance(node, (ast.Copy, ast.Add)) and node.destination:
            dest = resolve_path(f.before.workdir, node.destination)
            if dest is None or is_within(dest, home):
                return True
        if isinstance(node, ast.Run) and home.rstrip("/") in run_text(node):
            return True
    return False


def _homes(node, fact, flavour: str, line: str, paths, only_users=None):
    """The homes the user tools of a RUN may create (variables resolved).  A home
    named with a variable of no known value declines when one of the runner's
    ``paths`` starts with its literal beginning (``/home/`` of ``/home/$NAME``)."""
    out = []
    for c in split_commands(node.command.text).commands:
        argv = unwrap(c).argv
        if not argv or program_name(argv[0]) not in USER_TOOLS:
            continue
        users, _, _ = user_names(argv, flavour)
        if only_users is not None and not users & only_users:
            continue
        home = created_home(argv, flavour)
        if home is None:
            continue
        known = fact.before.variables()
        words = [substitute_known(w, known, lambda name: False) for w in argv]
        if any(w is None for w in words):
            prefix = home.split("$", 1)[0]
            if any(p.startswith(prefix) for p in paths):
                raise Decline(f"RUN at {line} creates a user whose home ({home}) is not known "
                              "(a variable without a known value): whether the runner's "
                              "WORKDIR or copies make it before the user exists, as root, is "
                              "not known")
            continue
        out.append(created_home(words, flavour))
    return out


def accounts_first(ctx, creators: Iterable, runner_paths: Iterable[str], workdir: Optional[str],
                   flavour: Optional[str], base_workdir: Optional[str]) -> Optional[AccountsFirst]:
    """The accounts the runner must create before its WORKDIR and copies (None: none).
    ``creators``: (placement, users it contributes or None for all) of the RUNs whose
    user creation the runner repeats; ``runner_paths``: what the runner writes before
    its runtime instructions; ``workdir``: its final WORKDIR when it writes one."""
    paths = [p for p in runner_paths if p]
    if workdir:
        paths.append(workdir)
    facts = {f.index: f for f in ctx.facts.instructions}
    until, homes = None, set()
    for placement, only in creators:
        fact = facts[placement.index]
        for home in _homes(placement.node, fact, flavour or "debian", ctx.line_of(placement.node),
                           paths, only):
            if not any(is_within(p, home) for p in paths):
                continue
            if _home_existed(ctx.facts, placement.index, home, base_workdir):
                continue
            homes.add(home)
            until = placement.index if until is None else max(until, placement.index)
    if until is None:
        return None
    return AccountsFirst(until, frozenset(homes),
                         bool(workdir) and any(is_within(workdir, h) for h in homes),
                         paths=tuple(paths))


_ROOT = {"", "root", "0"}


def workdir_owner_makers(ctx, workdir: str) -> List[int]:
    """The instructions (indexes) that may leave the original's final working directory
    other than root's 0755, which the runner's WORKDIR would make it: a WORKDIR run as
    another user (BuildKit creates the directory as the USER in force), a RUN that
    chowns or chmods it (or a directory above it, or ``.`` there), a COPY/ADD with
    --chown/--chmod that creates it."""
    workdir = workdir.rstrip("/") or "/"
    above = set()
    path = workdir
    while path not in ("", "/"):
        above.add(path)
        path = path.rsplit("/", 1)[0]
    out = []
    for f in ctx.facts.instructions:
        node = f.node
        if isinstance(node, ast.Workdir) and (f.after.workdir or "").rstrip("/") == workdir:
            if (f.before.user or "").split(":")[0] not in _ROOT:
                out.append(f.index)
        elif isinstance(node, ast.Run):
            text = run_text(node)
            if "chown" not in text and "chmod" not in text:
                continue
            words = {w.rstrip("/") for w in text.replace(";", " ").replace("&&", " ").split()}
            if words & above or (f.before.workdir or "").rstrip("/") == workdir and \
                    words & {".", ""}:
                out.append(f.index)
        elif isinstance(node, (ast.Copy, ast.Add)) and node.destination and \
                (node.flag("chown") is not None or node.flag("chmod") is not None):
            dest = resolve_path(f.before.workdir, node.destination)
            exists = (f.before.workdir or "").rstrip("/") == workdir  # a WORKDIR made it
            if dest is None or dest.rstrip("/") == workdir and not exists:
                out.append(f.index)
    return out


def workdir_owner_may_differ(ctx, workdir: str) -> bool:
    """Whether the original's final working directory may not be root's 0755
    (``workdir_owner_makers``)."""
    return bool(workdir_owner_makers(ctx, workdir))


def runner_only_home(ctx, path: str) -> Optional[str]:
    """The home holding ``path`` that a RUN the runner alone runs creates (None: none).
    The builder never ran that RUN, so it lacks the home and the user: what it stages
    of a directory there (workdir_owner: owner and mode, ``id -u`` of the user) is not
    the original's.  Homes named with variables are not resolved (None)."""
    flavour = (ctx.facts.base.distribution.user_tools
               if ctx.facts.base.distribution is not None else None) or "debian"
    for p in ctx.placements:
        if p.where != "runner" or not isinstance(p.node, ast.Run) or \
                not isinstance(p.node.command, ast.ShellForm):
            continue
        for c in split_commands(p.node.command.text).commands:
            argv = unwrap(c).argv
            if not argv or program_name(argv[0]) not in USER_TOOLS:
                continue
            home = created_home(argv, flavour)
            if home and "$" not in home and is_within(path, home):
                return home
    return None
