"""The final working directory with the original's owner and mode in the runner.

The original's directory is not root's 0755 where a WORKDIR ran as another user
(BuildKit makes a missing directory as the USER in force: ``llb.Mkdir`` with
``WithUser``), or a RUN chowned/chmodded it, or a COPY --chown made it
(``account_homes.workdir_owner_makers``).  The runner's own WORKDIR runs as root,
and a ``COPY --from=builder /app /app`` does not help either: Dockerfile COPY copies a
directory's *contents*, and the target directory it creates is root's 0755 (fsutil's
``prepareTargetDir`` makes it with ``MkdirAll`` before the copy, which then keeps an
existing target's metadata; moby/buildkit#1941).  A program that writes in its
directory as the user (a sqlite file, uploads, logs) then fails with EACCES.

What a copy does carry is a *child's* owner and mode, even onto an existing directory
(fsutil copies the metadata of every entry below the source).  So the builder stages
an empty directory named as the final one, with that directory's owner and mode as the
builder has it (the builder is the original up to the build; where the builder does not run the
original's WORKDIR as its user, the owner that WORKDIR gives), and the runner copies
the staging directory's contents onto the final directory's parent: its one child is
the final directory, which takes the owner and mode.  Numeric ids travel, as a copy
of the builder's files does; no shell is needed in the runner."""

from __future__ import annotations

import posixpath
import shlex
from typing import List, Optional, Tuple

from ..tree import ast
from ..analysis.shell import program_name
from ..analysis.state import resolve_path
from .recipes import interpreted
from .recipes.run_walk import steps
from .recipes.virtualenvs import venv_target
from .account_homes import runner_only_home, workdir_owner_makers
from .decline import Decline
from ..analysis.paths import is_within

STAGED = "/var/lib/dtranspile/workdir"

_ROOT = ("", "root", "0")


def _made_as(ctx, final: str) -> Optional[Tuple[int, str]]:
    """(index, user) of the last WORKDIR that makes ``final`` as a user other than root."""
    found = None
    for f in ctx.facts.instructions:
        if isinstance(f.node, ast.Workdir) and (f.after.workdir or "").rstrip("/") == final:
            user = f.before.user or ""
            if user.split(":")[0] not in _ROOT:
                found = (f.index, user)
    return found


def _root(user: str) -> bool:
    return user.split(":")[0] in _ROOT


def _append_as_root(builder: List[ast.Instruction], first_user: str, text: str, why: str
                    ) -> List[ast.Instruction]:
    """The builder's body with the staging RUN ``text`` appended, run as root (the USER in
    force after it as before)."""
    body = list(builder)
    users = [n.value for n in body if isinstance(n, ast.User)]
    end_user = users[-1] if users else first_user
    while body and isinstance(body[-1], ast.User):
        body.pop()  # (set again after the staging: no USER twice in a row)
    users = [n.value for n in body if isinstance(n, ast.User)]
    user = users[-1] if users else first_user
    if not _root(user):
        # (numeric where the user is: hadolint's DL3066 asks for ids there)
        user = "0" if user.split(":")[0].isdigit() else "root"
        body.append(ast.User(keyword="USER", value=user))
    lint = (ast.Comment("# hadolint ignore=DL3059"),) if isinstance(body[-1], ast.Run) else ()
    body.append(ast.Run(keyword="RUN", command=ast.ShellForm(text), leading=(
        ast.Comment(why + " (a copy keeps a child's owner and mode, not its target's)"),) + lint))
    if end_user != user and not (_root(end_user) and _root(user)):
        body.append(ast.User(keyword="USER", value=end_user))
    return body


def staged_workdir(ctx, builder: List[ast.Instruction], first_user: str, copies: List
                   ) -> Optional[Tuple[List[ast.Instruction], ast.Copy]]:
    """(the builder's body with the staging appended, the runner's COPY) that give the
    runner's final WORKDIR the original's owner and mode; None where root's 0755 is
    already right or the directory is not a plain absolute path (``/``, a build
    argument's).  ``builder``: the builder stage's body; ``first_user``: the user in
    force at its start; ``copies``: the runner's copies so far."""
    final = (ctx.facts.final.workdir or "").rstrip("/")
    if not final or "$" in final or not final.startswith("/"):
        return None
    makers = workdir_owner_makers(ctx, final)
    where = {p.index: p.where for p in ctx.placements}
    if not makers or isinstance(ctx.facts.instructions[makers[-1]].node, ast.Run) and \
            where.get(makers[-1]) == "runner":
        # (the last one is a RUN the runner alone runs, after its copies; one placed in
        # both may still be kept in the builder only, as a RUN that prepared build paths)
        return None
    if all(where.get(i) in ("builder", "both") for i in makers) and any(
            isinstance(n, ast.Copy) and n.flag("from") is not None and len(n.paths) == 2 and
            n.paths[0].rstrip("/") == n.paths[1].rstrip("/") and
            final.startswith(n.paths[0].rstrip("/") + "/") for n in copies):
        return None  # (a copy of a tree above it brings it as a child: with its metadata)
    home = runner_only_home(ctx, final)
    if home is not None:
        if home.rstrip("/") == final and all(
                isinstance(ctx.facts.instructions[i].node, ast.Workdir) for i in makers):
            # the runner's useradd makes it before its WORKDIR (account_homes), as the
            # original's did: a WORKDIR finding it changes nothing, and the builder,
            # which never ran that RUN, would stage root's directory
            return None
        raise Decline(f"the final WORKDIR {final} lies in {home}, which a RUN the runner "
                      "alone runs creates with its user: the builder has neither, so the "
                      "owner and mode the original gives the directory cannot be staged there")
    made = _made_as(ctx, final)
    name = posixpath.basename(final)
    stage = shlex.quote(f"{STAGED}/{name}")
    if made is not None and made[0] == makers[-1] and \
            where.get(made[0]) not in ("builder", "both"):
        # the builder never makes it: the owner is the one BuildKit gives a WORKDIR's
        # directory, the USER in force (a name: its uid and primary gid in /etc/passwd;
        # a number alone: that uid and gid), mode 0755
        owner = made[1]
        if "$" in owner:
            return None
        who = owner.split(":")[0]
        if ":" in owner:
            spec = shlex.quote(owner)
        elif who.isdigit():
            spec = f"{who}:{who}"
        else:
            spec = f"{shlex.quote(who)}:\"$(id -g {shlex.quote(who)})\""
        made_here = f"mkdir {stage} && chmod 755 {stage} && chown {spec} {stage}"
        if not who.isdigit():
            made_here = f"mkdir {stage} && chmod 755 {stage} && " \
                f"{{ ! id -u {shlex.quote(who)} >/dev/null 2>&1 || chown {spec} {stage}; }}"
        why = (f"# {final} as the original has it: the builder's where it has one (made "
               f"before the WORKDIR), else as that WORKDIR makes it (as {owner}, 0755), "
               "for the runner")
    else:
        made_here = ""
        why = f"# {final} as an empty directory with its owner and mode here, for the runner"
    path = shlex.quote(final)
    text = f"mkdir -p {STAGED} && if [ -d {path} ]; then mkdir {stage} && " \
        f"chown \"$(stat -c %u:%g {path})\" {stage} && chmod \"$(stat -c %a {path})\" {stage}; " + \
        (f"else {made_here}; fi" if made_here else "fi")
    body = _append_as_root(builder, first_user, text, why)
    parent = posixpath.dirname(final)
    copy = ast.Copy(keyword="COPY", flags=(ast.Flag("from", ctx.builder_name),),
                    paths=(STAGED, parent if parent == "/" else parent + "/"),
                    leading=(ast.Comment(f"# {final} with the original's owner and mode (a WORKDIR "
                                         "or a copy here makes it root's 0755)"),))
    ctx.added.append(f"{final} given the original's owner and mode from the builder: the "
                     "original's is not root's (a WORKDIR as another user, a chown or chmod, a "
                     "COPY --chown made it), and the runner's WORKDIR or a COPY of the "
                     "directory makes it root's 0755")
    return body, copy


#: where the builder stages the copied trees' top directories, one folder per parent
TOPS = "/var/lib/dtranspile/tops"


def _operands(step) -> List[Optional[str]]:
    """The absolute paths a command's operands name (None where not known)."""
    return [resolve_path(step.cwd, w) if step.cwd or w.startswith("/") else None
            for w in step.argv[1:] if not w.startswith("-")]


def _mkdirs(ctx, top: str) -> List:
    """The ``mkdir`` commands of the RUNs that make ``top`` or a directory below it."""
    return [s for s in steps(ctx.facts) if s.argv and program_name(s.argv[0]) == "mkdir" and
            any(is_within(p, top) for p in _operands(s))]


def _run_makers(ctx, top: str, recursive_only: bool = False) -> List[int]:
    """The RUNs that may leave ``top`` other than root's 0755: a chown/chmod of it (of a
    directory above it with -R), or a ``mkdir`` of it or below it run as another user
    (``USER app`` + ``RUN mkdir -p /home/app/data``: app's).  ``recursive_only``: only
    a chown/chmod -R of it or above (what is done to a directory, not to a file)."""
    facts = ctx.facts.instructions
    out = []
    above = set()
    path = posixpath.dirname(top)
    while path not in ("", "/"):
        above.add(path)
        path = posixpath.dirname(path)
    for s in steps(ctx.facts):
        name = program_name(s.argv[0]) if s.argv else ""
        if name in ("chown", "chmod"):
            recursive = any(w == "-R" or w.startswith("--recursive") or
                            w.startswith("-") and not w.startswith("--") and "R" in w
                            for w in s.argv[1:])
            if (recursive or not recursive_only) and \
                    any(p is not None and (p.rstrip("/") == top or recursive and
                                           p.rstrip("/") in above) for p in _operands(s)):
                out.append(s.index)
    if not recursive_only:
        # (made as a user other than root: the stage's USER, or `sudo -u app mkdir`)
        out.extend(s.index for s in _mkdirs(ctx, top)
                   if not _root(facts[s.index].before.user or "") or s.as_user)
    return out


def _directory(ctx, top: str, copies: List) -> bool:
    """Whether the build shows ``top`` to be a directory (a WORKDIR in or below it, a
    COPY/ADD or a ``mkdir`` below it or into it, another runner copy from below it): a
    copied file takes its own owner and mode (``chmod +x /usr/bin/kubectl``)."""
    below = top + "/"
    if _mkdirs(ctx, top):
        return True
    for f in ctx.facts.instructions:
        node = f.node
        if isinstance(node, ast.Workdir) and ((f.after.workdir or "").rstrip("/") == top or
                                              (f.after.workdir or "").startswith(below)):
            return True
        if isinstance(node, (ast.Copy, ast.Add)) and node.destination:
            dest = resolve_path(f.before.workdir, node.destination)
            if dest is not None and (dest.startswith(below) or dest.rstrip("/") == top and
                                     (node.destination.endswith("/") or len(node.sources) > 1
                                      or "." in node.sources)):
                return True
    if any(venv_target(s.argv, s.cwd) == top for s in interpreted.steps(ctx.facts)):
        return True  # (``virtualenv /home/app/env``, run as the user or chowned after)
    return any(isinstance(n, ast.Copy) and n.flag("from") is not None and len(n.paths) == 2
               and n.paths[0].startswith(below) for n in copies)


def _context_tree(ctx, top: str) -> bool:
    """Whether a COPY/ADD of one source of the build context writes ``top`` itself and
    that source may be a directory (``ADD src /home/app/src``): the context shows one,
    or, not known, a chown/chmod -R of it or above changes it (a chmod of the path
    alone is taken for a file's: ``chmod +x /usr/local/bin/dumb-init``).  The staging
    tests ``[ -d ]`` in the builder, so a file copied there is left alone."""
    for f in ctx.facts.instructions:
        node = f.node
        if not isinstance(node, (ast.Copy, ast.Add)) or not node.destination or \
                node.flag("from") is not None or len(node.sources) != 1:
            continue
        dest = resolve_path(f.before.workdir, node.destination)
        source = node.sources[0]
        if dest is None or dest.rstrip("/") != top or "://" in source or \
                source.startswith("git@"):
            continue
        if ctx.sent is None:
            return bool(_run_makers(ctx, top, recursive_only=True))
        rel = posixpath.normpath(source.lstrip("/"))
        if ctx.sent.isdir("" if rel == "." else rel):
            return True
    return False


def staged_tops(ctx, builder: List[ast.Instruction], first_user: str, copies: List
                ) -> Optional[Tuple[List[ast.Instruction], List[ast.Copy]]]:
    """(the builder's body with the staging appended, the runner's COPYs) that give the
    top directory of each ``COPY --from=builder DIR DIR`` among ``copies`` the
    original's owner and mode where the build may have set them (a chown or chmod of it
    or above, a COPY --chown, a WORKDIR or RUN as another user that made it): the copy
    makes a directory the runner lacks root's 0755, as for the final WORKDIR
    (``staged_workdir``, which keeps that one).  Each is staged from the builder's own
    (``stat``: the builder is the original up to the build) and copied onto its parent
    after the tree.  None where no top needs it."""
    final = (ctx.facts.final.workdir or "").rstrip("/")
    where = {p.index: p.where for p in ctx.placements}
    tops = []
    for node in copies:
        if not isinstance(node, ast.Copy) or node.flag("from") is None or \
                len(node.paths) != 2 or node.flag("chown") is not None:
            continue
        src, dst = (p.rstrip("/") for p in node.paths)
        if src != dst or not src.startswith("/") or src == final or src in tops:
            continue
        makers = [i for i in workdir_owner_makers(ctx, src)
                  if not isinstance(ctx.facts.instructions[i].node, ast.Run)] + \
            _run_makers(ctx, src)
        last = ctx.facts.instructions[max(makers)].node if makers else None
        if not makers or isinstance(last, ast.Run) and where.get(max(makers)) == "runner":
            continue  # (the runner's own RUN sets it after its copies)
        shown = _directory(ctx, src, copies)
        if not shown and (not _context_tree(ctx, src) or "$" in src):
            continue
        if "$" in src:
            maker = ctx.line_of(ctx.facts.instructions[makers[0]].node)
            raise Decline(f"the runner copies {src} from the builder, whose owner and mode the "
                          f"build may set ({maker}): a path with a variable cannot be staged "
                          "with them")
        tops.append(src)
    if not tops:
        return None
    parents: dict = {}
    for top in tops:
        parents.setdefault(posixpath.dirname(top), []).append(top)
    lines, runner = [], []
    for n, (parent, group) in enumerate(sorted(parents.items())):
        folder = f"{TOPS}/{n}"
        for top in group:
            path, stage = shlex.quote(top), shlex.quote(f"{folder}/{posixpath.basename(top)}")
            lines.append(f"if [ -d {path} ]; then mkdir -p {stage} && chown \"$(stat -c %u:%g "
                         f"{path})\" {stage} && chmod \"$(stat -c %a {path})\" {stage}; fi")
        runner.append(ast.Copy(keyword="COPY", flags=(ast.Flag("from", ctx.builder_name),),
                               paths=(folder, parent if parent == "/" else parent + "/"),
                               leading=(ast.Comment(
                                   f"# {', '.join(group)} with the original's owner and mode "
                                   "(a copy makes a missing directory root's 0755)"),)))
    text = f"mkdir -p {' '.join(f'{TOPS}/{n}' for n in range(len(parents)))} && " + \
        " && ".join(lines)
    body = _append_as_root(builder, first_user, text, f"# {', '.join(tops)} as empty "
                           "directories with their owners and modes here, for the runner")
    ctx.added.append(f"{', '.join(tops)} given the original's owner and mode from the "
                     "builder: the build may have set them (a chown or chmod, a COPY --chown, "
                     "a WORKDIR or RUN as another user), and a copy into the runner makes "
                     "a directory it lacks root's 0755")
    return body, runner
