"""The time zone the original container runs in.

A build that sets the system's zone (``ln -snf /usr/share/zoneinfo/$TZ /etc/localtime
&& echo $TZ > /etc/timezone``, ``cp`` of a zone file, ``dpkg-reconfigure tzdata``,
``setup-timezone``) does it in a RUN the runner does not repeat when the RUN also builds
or stays in the builder; and ``ENV TZ=Asia/Shanghai`` moves to the runner, but glibc,
musl and Python's ``zoneinfo`` read the zone from ``/usr/share/zoneinfo/<name>``, which a
slim or Alpine runner may not have (no ``tzdata``).  Either way the program would run
in UTC there: log times, schedules and dates printed an hour or a day off, with no
error anywhere.

The choice that works either way: the builder stages, after its last step, the zone as
the original leaves it (``/etc/localtime``: a link stays a link, with the zone file it
names at that path, since ICU takes the zone's name from the link; ``/etc/timezone``;
the file ``$TZ`` names), only what exists there, and the runner lays the staged tree
over its root.  Where the original's link dangles (no tzdata in the
builder), nothing is staged and both run in UTC; a zone file the runner already has is
replaced by the builder's copy of the same zone.  BuildKit replaces a symbolic link at
the destination (``/etc/localtime -> /usr/share/zoneinfo/Etc/UTC`` on Debian) rather
than writing through it."""

from __future__ import annotations

import dataclasses
import posixpath
import re
import shlex
from typing import List, Optional

from ..analysis.file_writes import readable_writes
from ..analysis.shell import program_name, split_commands, unwrap
from ..analysis.variables import expand
from ..tree import ast
from .recipes.run_walk import steps
from .root_staging import staged_onto_root

#: the builder's staging tree, laid over the runner's root
TZ_STAGE = staged_onto_root("/opt/dtranspile-timezone")
LOCALTIME = "/etc/localtime"
TIMEZONE_FILE = "/etc/timezone"
ZONEINFO = "/usr/share/zoneinfo"
#: commands that set the zone without naming the files they write
_ZONE_SETTERS = (("dpkg-reconfigure", "tzdata"), ("setup-timezone",), ("timedatectl", "set-timezone"))
#: a zone name glibc looks up under ZONEINFO (America/Argentina/Buenos_Aires, Etc/GMT+3, UTC)
_ZONE_NAME = re.compile(r"[A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+)*\Z")


def _sets_zone(facts, indexes) -> Optional[str]:
    """Where ("line N") a RUN among ``indexes`` (those left in the builder) sets the
    system's time zone; None when none does."""
    for fact in facts.instructions:
        node = fact.node
        if fact.index not in indexes or not isinstance(node, ast.Run):
            continue
        writes = readable_writes(node, fact.before.workdir, fact.before.variables())
        if any(w in (LOCALTIME, TIMEZONE_FILE) for w in writes):
            return f"line {node.span.line}" if node.span else "(new)"
    for step in steps(facts):
        if step.index not in indexes or not step.argv:
            continue
        argv = (program_name(step.argv[0]),) + tuple(a for a in step.argv[1:]
                                                       if not a.startswith("-"))
        if any(argv[:len(s)] == s for s in _ZONE_SETTERS):
            return step.where
    return None


def only_links_zone(node, fact) -> bool:
    """Whether every command of the RUN links /etc/localtime to a zone file
    (``ln -sf /usr/share/zoneinfo/Asia/Shanghai /etc/localtime``): such a RUN sets the
    system's time zone and nothing else.  It stays in the builder, whose staging
    (``stage_timezone``) carries the zone as the original leaves it, with its file: the
    runner repeating the link would make it dangle where its image has no zoneinfo (a
    slim or Alpine runner) and undo a later setter of the original
    (``dpkg-reconfigure tzdata`` after it), which the staging follows."""
    if not isinstance(node, ast.Run) or not isinstance(node.command, ast.ShellForm) or \
            node.heredocs:
        return False
    script = split_commands(node.command.text)
    if script.complex or not script.commands:
        return False
    known = fact.before.variables()
    for raw in script.commands:
        argv = unwrap(raw).argv
        if not argv or program_name(argv[0]) != "ln":
            return False
        flags = "".join(w[1:] for w in argv[1:] if w.startswith("-") and not w.startswith("--"))
        longs = [w for w in argv[1:] if w.startswith("--")]
        operands = [w for w in argv[1:] if not w.startswith("-")]
        if "s" not in flags or set(flags) - set("sfn") or \
                any(w not in ("--symbolic", "--force", "--no-dereference") for w in longs) or \
                len(operands) != 2:
            return False
        words = [expand(w, known, unquote=False) for w in operands]
        if not all(w.complete for w in words):
            return False
        target, link = (posixpath.normpath(w.value) for w in words)
        if link != LOCALTIME or not target.startswith(ZONEINFO + "/"):
            return False
    return True


def _zone_file(facts) -> Optional[str]:
    """The zone file ``ENV TZ`` of the Dockerfile names (``Asia/Shanghai``,
    ``:Europe/Minsk``, ``/usr/share/zoneinfo/Asia/Seoul``); None for no TZ, a POSIX
    rule (``EST5EDT,M3.2.0,M11.1.0`` carries its own offsets) or a name not read."""
    sets = any(isinstance(f.node, ast.Env) and any(kv.key == "TZ" for kv in f.node.pairs)
               for f in facts.instructions)
    value = facts.final.env.get("TZ") if sets else None
    if not value:
        return None
    value = value[1:] if value.startswith(":") else value
    if value.startswith("/"):
        path = posixpath.normpath(value)
        return path if _ZONE_NAME.match(path.lstrip("/")) else None
    if "," in value or not _ZONE_NAME.match(value) or ".." in value.split("/"):
        return None
    return posixpath.join(ZONEINFO, value)


def stage_timezone(ctx) -> Optional[str]:
    """Adds the builder's staging RUN when the runner would miss the original's zone;
    returns why (for the runner's copy), None when nothing is staged."""
    det = ctx.detection
    if det.replaces_program:
        return None  # a web server serves the build output, not the program
    builder_only = {p.index for p in ctx.placements if p.where == "builder"}
    where = _sets_zone(ctx.facts, builder_only)
    zone = _zone_file(ctx.facts)
    if where is None and zone is None:
        return None
    parts = [f"mkdir -p {TZ_STAGE}/etc"]
    if where is not None:
        # a link stays a link (ICU names the zone from the link's target path), with
        # the zone file at that path; a dangling link stages nothing
        parts += [f"if [ -L {LOCALTIME} ] && [ -e {LOCALTIME} ]; then "
                  f"zone=\"$(readlink {LOCALTIME})\" && case \"$zone\" in /*) ;; "
                  f"*) zone=\"/etc/$zone\" ;; esac && "
                  f"mkdir -p \"{TZ_STAGE}$(dirname \"$zone\")\" && "
                  f"cp -L {LOCALTIME} \"{TZ_STAGE}$zone\" && cp -P {LOCALTIME} {TZ_STAGE}{LOCALTIME}; "
                  f"elif [ -f {LOCALTIME} ]; then cp {LOCALTIME} {TZ_STAGE}{LOCALTIME}; fi",
                  f"{{ [ ! -f {TIMEZONE_FILE} ] || cp {TIMEZONE_FILE} {TZ_STAGE}{TIMEZONE_FILE}; }}"]
    if zone is not None:
        q, d = shlex.quote(zone), shlex.quote(TZ_STAGE + posixpath.dirname(zone))
        parts.append(f"{{ [ ! -f {q} ] || {{ mkdir -p {d} && cp -L {q} {d}/; }}; }}")
    why = " and ".join(filter(None, (
        f"the RUN at {where} sets the system's time zone" if where else "",
        f"ENV TZ names {zone}" if zone else "")))
    from .runner_setup import run_node

    node = run_node(" && ".join(parts), f"the time zone the original runs in ({why}), for "
                    "the runner")
    ctx.detection = dataclasses.replace(det, builder_additions=det.builder_additions + (node,))
    return why


def timezone_copy(ctx, why: Optional[str]) -> List[ast.Instruction]:
    """The runner's copy of what ``stage_timezone`` staged."""
    if why is None:
        return []
    from .context import CopiedFile  # the pipeline's context imports the recipes

    ctx.copies.append(CopiedFile(TZ_STAGE + "/", "/", f"the original's time zone ({why})"))
    ctx.added.append(f"the original's time zone copied from the builder: {why}, and "
                     f"{ctx.runner.image} would otherwise run the program in UTC")
    return [ast.Copy(keyword="COPY", flags=(ast.Flag("from", ctx.builder_name),),
                     paths=(TZ_STAGE + "/", "/"), leading=(ast.Comment(
                         f"# the time zone the original runs in ({why})"),))]
