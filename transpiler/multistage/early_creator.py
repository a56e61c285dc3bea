"""Whether a RUN that creates users and does more may run before the runner's WORKDIR and
copies from the builder.

account_homes moves the RUNs that create a user with a home ahead of the runner's WORKDIR
and copies when those would make the home first (as root: ``adduser`` then says "the home
directory already exists.  Not copying from /etc/skel" and gives it to nobody).  It took
only RUNs made of setup commands alone (useradd, mkdir, chown ...).  A RUN such as
``adduser dev && echo 'dev ALL=(ALL) NOPASSWD:ALL' >> /etc/sudoers`` was left in its place,
after the copies, and the runner's home lacked the skeleton (.bashrc, .profile) the
original's had, or was root's.

Such a RUN may run first when nothing it does can need what the copies bring: its
commands are user tools and ``echo``/``printf``/``chpasswd`` (text into a file,
passwords), every path it names is absolute (then it does not depend on its working
directory, which may be one the copies make: it runs where the runner is) and lies
outside what the runner writes before its runtime instructions (neither within a copy's
destination nor above it).  Any other RUN is not known not to read the copies: the
runner declines rather than lose the home."""

from __future__ import annotations

import shlex
from typing import Iterable

from ..tree import ast
from ..analysis.shell import program_name, split_commands, unwrap
from ..analysis.paths import is_within
from ..knowledge.user_tools import USER_TOOLS

#: setup commands (classify.RUNTIME_SETUP) and those that only write given text
_FITS = USER_TOOLS | {"usermod", "groupmod", "true", "echo", "printf", "chpasswd"}


def creates_users(node) -> bool:
    """Whether the RUN runs a user tool (useradd, adduser, groupadd, addgroup)."""
    if not isinstance(node, ast.Run) or not isinstance(node.command, ast.ShellForm) or \
            node.heredocs:
        return False
    return any(unwrap(c).argv and program_name(unwrap(c).argv[0]) in USER_TOOLS
               for c in split_commands(node.command.text).commands)


def fits_before_copies(node, paths: Iterable[str]) -> bool:
    """Whether the user-creating RUN ``node`` may run before the runner writes ``paths``
    (its WORKDIR and the copies' destinations): see the module docstring."""
    if not isinstance(node.command, ast.ShellForm) or node.heredocs:
        return False
    script = split_commands(node.command.text)
    if not script.commands:
        return False
    for c in script.commands:
        argv = unwrap(c).argv
        if not argv or program_name(argv[0]) not in _FITS:
            return False
    try:
        words = shlex.split(node.command.text.replace("\\\n", " "), posix=True)
    except ValueError:
        return False
    written = [p for p in paths if p]
    redirect = False
    for word in words:
        if word.lstrip("0123456789&") in (">", ">>", "<", ">|"):
            redirect = True
            continue
        target = redirect
        redirect = False
        for part in word.replace(">", " > ").replace("<", " < ").split():
            if part in (">", "<"):
                target = True
                continue
            if target and not part.startswith(("/", "&")):
                return False  # a file in the working directory
            target = False
            if "/" not in part or part.startswith("-"):
                continue
            if not part.startswith("/") or "$" in part:
                return False  # relative, or not known: where it lands is not known
            if any(is_within(part, p) or is_within(p, part) for p in written):
                return False
    return True
