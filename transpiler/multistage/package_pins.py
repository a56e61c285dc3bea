"""The versions the original pins, pinned again where the runner installs a package anew.

The readers compare package names (``packages.read_install`` drops ``=1.2``), so the
runner's installs name bare packages: ``apt-get install chromium chromium-driver`` where
the original pinned ``chromium=80.0.3987.149-1~deb10u1``, or ``cuda-core-9-0`` where it
pinned ``=9.0.176.3-1``.  Where the archive holds more than one version, the runner
would get another one than the original's, a different program.  The pins are put back
into the runner's own install commands, as the last step before the tree is assembled,
where the runner installs from the same release as the builder (the same archive, where
the pinned version is): on another release the version may not exist, and the runner's
packages follow its own release (no pin is added there).

Only the runner's own RUNs written as a chain of simple commands are rewritten
(``runner_setup.command_chain``: read by the shell parser, so a `` && `` inside a quoted
word is no command's end), and in them only the installs written as plain words (joined
by single spaces, no quoting); a RUN of the original repeated in the runner keeps its
own words."""

from __future__ import annotations

import shlex
from typing import Dict, Sequence, Set

from ..knowledge import packages
from ..knowledge.images import image_facts
from ..tree import ast
from .recipes.run_walk import steps
from .runner_setup import AND, command_chain

#: characters that make a pinned word need quoting in shell text (apk's ``pkg>1.2``)
_SPECIAL = set("<>|&;()$`\\\"' \t*?[]")


def pins_of(facts) -> Dict[str, str]:
    """package name -> the word that pins it (``curl=7.88.1-10``, apk ``musl~1.2``),
    over every install of the original's RUNs, the last one winning."""
    out: Dict[str, str] = {}
    for step in steps(facts):
        argv = list(step.argv or ())
        got = packages.read_install(argv) if argv else None
        if got is None or got.manager not in ("apt", "apk"):
            continue
        for word in argv[1:]:
            if word.startswith(("-", "/", ".")) or "$" in word:
                continue
            name = packages.package_name(word)
            if name and name != word and name in got.packages:
                out[name] = word
    return out


def _same_release(ctx) -> bool:
    """Whether the runner installs from the builder's release: the builder's very image,
    or an image of the same distribution and release (the slim sibling)."""
    if ctx.runner.image == ctx.facts.base.reference:
        return True
    runner, base = image_facts(ctx.runner.image), ctx.facts.base
    return bool(runner.known and base.known and runner.family and runner.release and
                runner.family == base.family and runner.release == base.release)


def _pinned(segment: str, words: Sequence[str], pins: Dict[str, str], used: Set[str]) -> str:
    """``segment`` (one simple command of a chain, ``words`` its words) with its bare
    pinned names replaced, when it is an install written as plain words; the pins put in
    are added to ``used``."""
    words = list(words)
    if " ".join(words) != segment or packages.read_install(words) is None:
        return segment
    out = [pins[w] if w in pins and not w.startswith("-") else w for w in words]
    if out == words:
        return segment
    used.update(p for p, w in zip(out, words) if p != w)
    return " ".join(shlex.quote(w) if set(w) & _SPECIAL else w for w in out)


def run(ctx) -> None:
    """Pin the runner's own installs of the packages the original pinned (see the
    module docstring)."""
    stage = ctx.runner_stage
    if stage is None or not _same_release(ctx):
        return
    pins = pins_of(ctx.facts)
    if not pins:
        return
    originals = {id(p.node) for p in ctx.placements}
    body, used = [], set()
    for node in stage.body:
        if isinstance(node, ast.Run) and isinstance(node.command, ast.ShellForm) and \
                id(node) not in originals:
            chain = command_chain(node)
            new = AND.join(_pinned(s, w, pins, used) for s, w in chain) if chain else None
            if chain and new != node.command.text:
                node = ast.replace(node, command=ast.ShellForm(new))
        body.append(node)
    if used:
        ctx.runner_stage = ast.replace(stage, body=tuple(body))
        ctx.added.append("the versions the original pins, pinned in the runner's installs "
                         f"too (the same release's archive): {' '.join(sorted(used))}")
