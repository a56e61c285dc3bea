"""Programs a RUN the builder alone runs puts into a PATH directory by hand.

``wget -O /usr/bin/confd``, ``curl ... | tar -C /usr/bin caddy``, ``mv wait-for
/bin/``: no build command runs the program, so it is there for the container's
program or its scripts (``npm run foreman`` starts caddy), which the runner would start
without it.  Whether they do is not known, so the runner gets it either way, at the
same path (unused, it costs its size).  What it needs to run is not known either (a
downloaded file may be a static binary, one linked to the builder's libraries, or a
script for an interpreter), so the runner tests it after its copy: an ELF file's
libraries must all resolve (``ldd``), a script's interpreter must be there; a missing
one fails the build, not the container.  On the slim sibling of a full builder image
the builder's library scan (``full_image_libraries``) reads the carried programs too.

Where the carry cannot be made correct the rewrite declines, naming the program: a
link (``ln -s /usr/local/aws/bin/aws /usr/local/bin/aws``) needs what it points to,
which the runner is not known to have; a script whose text the Dockerfile writes
(``printf '#!/bin/sh\\n/usr/local/factorio/bin/x64/factorio $@'``) runs the paths it
names, which must reach the runner too; a runner without a shell cannot test it.

Two checks declined these before, the Node and Ruby recipes' "puts X on the PATH in
the builder" and classify's "puts the program X in the builder only": this module is
both (classify calls it for every RUN the builder alone runs)."""

from __future__ import annotations

import dataclasses
import posixpath
import re
import shlex
from typing import List, Sequence, Tuple

from ..analysis.file_writes import command_writes
from ..analysis.shell import program_name
from ..knowledge.filesystem import PROGRAM_DIRS
from ..tree import ast
from .context import Context, Decline
from .recipes.artifacts import Artifact
from .recipes.run_walk import path_arg, steps
from .runner_setup import run_node
from ..analysis.paths import is_within

#: the arguments with which starting a program only shows that it starts (the RUN that
#: downloads it checks it: ``/usr/bin/caddy -version``): no use of it by the build
_SELF_CHECKS = frozenset({"-v", "-V", "--version", "-version", "version", "--help", "-h",
                          "help"})
HOW = "a program a RUN put on the PATH by hand, for the program or its scripts"


def programs_run(facts) -> set:
    """The names of the programs the stage's RUNs start (``kubectl`` for
    ``/usr/bin/kubectl apply``), other than starts that only check the program
    (``caddy -version``): a program one of them runs serves the build."""
    return {program_name(step.argv[0]) for step in steps(facts) if step.argv and
            not (len(step.argv) == 2 and step.argv[1] in _SELF_CHECKS)}


def hand_placed(path: str, run_by_build, artifacts) -> bool:
    """Whether ``path`` is a program put straight into a PATH directory (``wget -O
    /usr/bin/kubectl``, ``curl -o /usr/local/bin/gosu``) that no RUN of the stage runs
    and no artifact carries (a tree holding it, a copy filling its directory, such as
    the Python recipe's new console scripts; not the links of global npm installs,
    ``Artifact.partial``)."""
    folder, _, name = path.rpartition("/")
    if folder not in PROGRAM_DIRS or not name or name in run_by_build:
        return False
    for art in artifacts:
        where = (art.destination or art.path or "").rstrip("/")
        if art.tree and where and not art.partial and \
                is_within(folder, where):
            return False
        if art.path and art.path == path:
            return False
    return True


def carry(ctx: Context, found: Sequence[Tuple[object, str]]) -> None:
    """Carry each (RUN fact, program path) of ``found`` to the runner (an artifact at
    the same path, tested in the runner: ``check_run``), or decline where that cannot
    be made correct."""
    walked = list(steps(ctx.facts))
    carried: List[Artifact] = []
    for fact, path in found:
        if path in {a.path for a in carried} or _removed_later(path, fact.index, walked):
            continue
        where = ctx.line_of(fact.node)
        target = _link_target(path, fact.index, walked)
        if target is not None:
            raise Decline(f"RUN at {where} makes {path} a link to {target}, on the PATH in "
                          "the builder only: the program or its scripts may start it, and "
                          f"carrying the link needs {target} and what it loads in the "
                          "runner, which is not known to have them")
        maker = _maker(path, fact.index, walked)
        if maker is not None:
            raise Decline(f"RUN at {where} puts {path} on the PATH in the builder only by "
                          f"running `{maker}`, an installer the build brings, whose other "
                          "writes are not read: the program or its scripts may start "
                          f"{posixpath.basename(path)}, and what it needs of those writes "
                          "would not reach the runner")
        _check_written_script(ctx, fact, path, where)
        carried.append(Artifact(posixpath.dirname(path), posixpath.basename(path),
                                f"{HOW} (RUN at {where})", fact.index))
    if not carried:
        return
    from .recipes import full_image_libraries
    det = ctx.detection
    paths = tuple(a.path for a in carried)
    ctx.detection = full_image_libraries.with_paths_scanned(
        dataclasses.replace(det, artifacts=det.artifacts + tuple(carried)), paths)
    ctx.carried_programs.extend(paths)
    ctx.added.append(f"{', '.join(paths)} copied from the builder: put on the PATH by hand "
                     "and run by no command of the build, so there for the program, which "
                     "may start it; tested in the runner (its libraries, its interpreter)")


def _removed_later(path: str, index: int, walked) -> bool:
    """Whether a command after the one of the RUN at ``index`` that writes ``path``
    removes it (or a directory holding it), in that RUN or a later one: the builder
    has no such file to copy."""
    written = False
    for step in walked:
        if step.index < index or not step.argv or step.command is None:
            continue
        if program_name(step.argv[0]) != "rm":
            written = written or (step.index == index and path in (
                w.rstrip("/") for w in command_writes(step.command, step.cwd, step.env,
                                                      partial=True) or []))
            continue
        if not written and step.index == index:
            continue
        for word in step.argv[1:]:
            got = None if word.startswith("-") else path_arg(word, step)
            got = (got or "").rstrip("/")
            if got and is_within(path, got):
                return True
    return False


#: programs whose writes are mode or owner changes of what is there
_MODES = frozenset({"chmod", "chown", "chgrp", "touch"})


def _maker(path: str, index: int, walked):
    """The program that makes ``path`` in the RUN at ``index`` when it is one the build
    brings, named by a path outside the PATH directories (``./awscli-bundle/install -i
    /usr/local/aws -b /usr/local/bin/aws``, read as coreutils' install would be): what
    else it writes is not read.  None for a system tool, a download, a redirection."""
    found = None
    for step in walked:
        if step.index != index or not step.argv or step.command is None or \
                program_name(step.argv[0]) in _MODES:
            continue
        writes = command_writes(step.command, step.cwd, step.env, partial=True) or []
        if path in (w.rstrip("/") for w in writes):
            head = step.argv[0]
            found = head if "/" in head and posixpath.dirname(
                path_arg(head, step) or head) not in PROGRAM_DIRS else None
    return found


def placed_paths(facts) -> set:
    """The paths in the PATH directories the stage's commands say they write (their
    file tools and redirections; ``chmod`` names what is there): what ``carry`` may
    copy from the builder (the post-conditions' "produced in the builder")."""
    out = set()
    for step in steps(facts):
        if step.problem or step.command is None or not step.argv or \
                program_name(step.argv[0]) in ("rm", "rmdir"):
            continue
        for w in command_writes(step.command, step.cwd, step.env, partial=True) or []:
            if posixpath.dirname(w.rstrip("/")) in PROGRAM_DIRS:
                out.add(w.rstrip("/"))
    return out


def _link_target(path: str, index: int, walked):
    """What ``ln`` in the RUN at ``index`` makes ``path`` a link to, the last such, or
    None when no ``ln`` there makes it."""
    found = None
    for step in walked:
        if step.index != index or not step.argv or program_name(step.argv[0]) != "ln":
            continue
        operands = [w for w in step.argv[1:] if not w.startswith("-")]
        if len(operands) < 2:
            continue
        dest = path_arg(operands[-1], step)
        if dest is None:
            continue
        dest = dest.rstrip("/")
        for source in operands[:-1]:
            named = posixpath.join(dest, posixpath.basename(source.rstrip("/")))
            if path in (dest, named):
                found = source
    return found


#: an absolute path in a script's text (a word, or the part after ``=``)
_ABSOLUTE = re.compile(r"(?:^|[\s=\"'])(/[A-Za-z0-9_.+@%/-]+)")


def _check_written_script(ctx: Context, fact, path: str, where: str) -> None:
    """A script whose text the RUNs write (``printf '#!/bin/sh\\n/usr/local/factorio/bin/
    x64/factorio $@\\n' > /usr/local/bin/factorio``) runs what it names: each absolute
    path past its first line must be one the runner has, a program directory's (the
    runner's own or its packages', tested as the command's are) or one the runner
    copies; otherwise the carry would be a script that fails, and the rewrite
    declines naming the path."""
    from .written_text import written_text
    written = written_text(ctx, path)
    if written is None or written.text is None:
        return  # (not written by text: tested in the runner as any carried file)
    lines = written.text.split("\n")
    body = "\n".join(lines[1:] if lines and lines[0].startswith("#!") else lines)
    arts = [a for a in ctx.detection.artifacts + (ctx.entry,) if a.certain and a.path]
    for match in _ABSOLUTE.finditer(body):
        named = match.group(1).rstrip("/")
        if posixpath.dirname(named) in PROGRAM_DIRS or named in ("/dev/null", "/tmp"):
            continue
        if any(a.holds(named) for a in arts):
            continue
        raise Decline(f"RUN at {where} writes {path}, a script on the PATH that runs or reads "
                      f"{named}: carrying it to the runner needs {named} there too, which the "
                      "runner is not known to have")


def check_text(paths: Sequence[str]) -> str:
    """The runner's test of the carried programs: each an executable file; an ELF
    file whose every library resolves here (glibc's ldd says ``not found``, musl's
    ``Error loading``; a static one has none), a script whose interpreter is here
    (``#!/usr/bin/env X``: X on the PATH).  No pipe and no unquoted expansion (the
    ``#!`` line is split by ``read``): sh has no pipefail; the paths are the
    positional parameters (a loop over one word is a lint's warning)."""
    names = " ".join(shlex.quote(p) for p in paths)
    work = "/tmp/dtranspile-ldd"
    return (f"set -- {names}; for p in \"$@\"; do "
            "test -x \"$p\" || { echo \"dtranspile: $p is not an executable file here\" >&2; "
            "exit 1; }; "
            "if [ \"$(head -c 4 \"$p\")\" = \"$(printf '\\177ELF')\" ]; then "
            f"ldd \"$p\" > {work} 2>&1; "
            f"! grep -q -e 'not found' -e 'Error loading' {work} || "
            "{ echo \"dtranspile: $p loads a library this image lacks:\" >&2; "
            f"cat {work} >&2; exit 1; }}; "
            "elif [ \"$(head -c 2 \"$p\")\" = '#!' ]; then "
            "read -r i a b _ < \"$p\"; "
            "if [ \"$i\" = '#!' ]; then i=$a; a=$b; else i=${i#??}; fi; "
            "{ [ -x \"$i\" ] && { [ \"${i##*/}\" != env ] || command -v \"$a\" > /dev/null; }; } "
            "|| { echo \"dtranspile: $p is a script for $i, which this image lacks\" >&2; "
            "exit 1; }; "
            f"fi; done; rm -f {work}")


def check_run(ctx: Context, runner) -> Tuple[ast.Instruction, ...]:
    """The runner RUN testing the carried programs (after their copies); declined where
    the runner has no shell to run it."""
    paths = list(dict.fromkeys(ctx.carried_programs))
    if not paths:
        return ()
    if runner.known and runner.shell is None:
        raise Decline(f"{paths[0]} is put on the PATH by hand in the builder, and the runner "
                      f"gets it for the program, which may start it; {ctx.runner.image} has no "
                      "shell to test it in (a static program would run there, one linked to "
                      "libraries or a script may not, and which it is is not known)")
    return (run_node(check_text(paths), "the programs put on the PATH by hand, carried from "
                     "the builder: a library or an interpreter they need and this image "
                     "lacks fails the build, not the container"),)
