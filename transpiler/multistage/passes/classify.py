"""Place every original instruction in the builder, the runner, both, or nowhere,
and record why.  The build boundary is the last RUN that uses the toolchain (or
writes the artifact); RUN lines after it must be more build work or cleanup, runtime
setup the runner repeats, or commands whose every write is known and lands in what the
runner copies from the builder; otherwise the transpiler declines."""

from __future__ import annotations

import fnmatch
import posixpath
import re
from typing import List, Optional, Tuple

from ...tree import ast
from ...analysis.commands import command_words, last, shell_operands
from ...analysis.run_text import run_text
from ...analysis.scripts import INTERPRETERS, script_file
from ...analysis.file_writes import known_writes, possible_writes, readable_writes
from ...analysis.state import resolve_path
from ...analysis.shell import program_name, split_commands, unreadable, unwrap
from ...analysis.variables import expand
from ...knowledge.packages import read_install
from ..context import Context, Decline, Placement
from .. import foreign_context
from ..runner_packages import REPOSITORY_SCRIPTS
from .. import npm_config, path_programs, system_configuration
from ..recipes import effect_capture, services
from ..recipes.run_walk import path_arg, removals, steps, where_of
from ..timezone import only_links_zone
from ...analysis.paths import is_within, overlaps, within_any

METADATA = (ast.Label, ast.Expose, ast.Volume, ast.Stopsignal, ast.Onbuild, ast.Maintainer,
            ast.Healthcheck)
#: programs that may follow the build in the builder, whatever the ecosystem: cleanup,
#: package removal, binary inspection and shrinking (the recipe adds its build tools)
BUILDER_SIDE = {"rm", "echo", "true", "ls", "cd", "apt-get", "apk", "yum", "upx", "strip",
                "file", "ldd"}
#: programs of a RUN that only sets up the runtime (users, directories, permissions):
#: such a RUN is repeated in the runner, whose files it concerns
RUNTIME_SETUP = {"useradd", "adduser", "groupadd", "addgroup", "usermod", "mkdir", "chown",
                 "chmod", "ln", "touch", "true"}
#: what a runner that replaces the program (a web server for a static site) drops
REPLACED = (ast.Cmd, ast.Entrypoint, ast.Expose, ast.User, ast.Healthcheck)


def is_build_only(key: str, value: str, detection) -> bool:
    """Whether an ENV only matters to the build: a key the recipe names, or a PATH
    that names the toolchain's directories."""
    if key in detection.build_only_env:
        return True
    if key == "PATH":
        return any(h in value for h in detection.toolchain_paths)
    return False


def run(ctx: Context) -> None:
    facts = ctx.facts
    det = ctx.detection
    body = facts.stage.body
    boundary = max(det.build_indices + det.extra_build_indices + (ctx.entry.index,))
    last_entry = max((i for i, n in enumerate(body) if isinstance(n, ast.Entrypoint)), default=-1)
    last_cmd = max((i for i, n in enumerate(body) if isinstance(n, ast.Cmd)), default=-1)
    last_user = max((i for i, n in enumerate(body) if isinstance(n, ast.User)), default=-1)
    _check_emulator_copy(ctx)
    _check_readable_runs(ctx)
    for fact in facts.instructions:
        i, node = fact.index, fact.node
        before = i <= boundary
        where, reason = _place(ctx, fact, before, boundary, last_entry, last_cmd, last_user)
        ctx.placements.append(Placement(i, node, where, reason))
    _capture_global_node_installs(ctx)
    _capture_build_side_scripts(ctx, boundary)
    _capture_window(ctx)
    from ..conda_activation import check_root_reaches_runner
    check_root_reaches_runner(ctx)
    _state_for_late_builder_runs(ctx, boundary)
    _check_artifacts_survive(ctx)
    _check_runtime_files_reach_runner(ctx)
    _check_unread_setup_scripts(ctx, boundary)
    _check_builder_runs_after_runner_only(ctx, boundary)
    _check_named_build_outputs(ctx)


def _check_readable_runs(ctx: Context) -> None:
    """Declines a RUN whose shell text the reader cannot parse.  The build ran it, so the
    image's shell read it (``((rm -rf x) || true)`` is two subshells to dash); but what
    the reader takes from a broken parse is the part before the break, and an install
    or a write after it would be missed without a word: a ``-dev`` package whose runtime
    package the runner then lacks.  The idioms every shell reads are repaired before
    (``analysis.shell_repair``)."""
    for fact in ctx.facts.instructions:
        node = fact.node
        if not isinstance(node, ast.Run) or not isinstance(node.command, ast.ShellForm) \
                or node.heredocs:
            continue
        unread = unreadable(node.command.text)
        if unread is not None:
            raise Decline(f"RUN at {where_of(fact)}: {unread} (the parser of shell text stops "
                          "there), so what the RUN installs, writes or removes after that "
                          "place is not known")


#: a QEMU user-mode emulator copied into an image of another architecture
#: (``COPY qemu-arm-static /usr/bin/``), where binfmt_misc runs it for each RUN
_EMULATOR = re.compile(r"(^|/)qemu-[^/]*-static$")


def _check_emulator_copy(ctx: Context) -> None:
    """A build that copies a QEMU user-mode emulator into the image runs its RUNs on a
    host of another architecture through it (binfmt_misc without the fix-binary flag
    looks for the emulator inside the image): the runner's own RUNs would run without
    it, and the final image would lack the file the original has."""
    for fact in ctx.facts.instructions:
        node = fact.node
        if isinstance(node, (ast.Copy, ast.Add)) and node.flag("from") is None and \
                any(_EMULATOR.search(src.rstrip("/")) for src in node.paths[:-1]):
            raise Decline(f"{node.keyword} at {ctx.line_of(node)} copies a QEMU user-mode "
                          "emulator into the image (an image of another architecture, "
                          "built through it): the runner's RUNs would run without it")


def _made_then_removed(ctx, index: int) -> Optional[str]:
    """The directories a RUN of ``mkdir`` commands alone makes when a later RUN surely
    removes each (``rm -rf $GOPATH`` after ``mkdir -p $GOPATH/bin``), else None."""
    made = []
    for step in steps(ctx.facts):
        if step.index != index:
            continue
        if not step.argv or program_name(step.argv[0]) != "mkdir" or step.own_problem:
            return None
        for word in step.argv[1:]:
            if word.startswith("-"):
                if word in ("-m", "--mode"):
                    return None  # (a mode's value is no directory: not read here)
                continue
            path = path_arg(word, step)
            if path is None:
                return None
            made.append(path)
    gone = [path for _, path in removals(ctx.facts, index + 1, sure=True)]
    if not made or not all(within_any(path, gone) for path in made):
        return None
    return ", ".join(made)


def _place(ctx, fact, before, boundary, last_entry, last_cmd, last_user):
    node, i = fact.node, fact.index
    det = ctx.detection
    replaced = det.replaces_program
    if replaced and isinstance(node, REPLACED):
        return "dropped", "replaced: the runner serves the build output itself"
    if isinstance(node, ast.Run):
        if before and i in getattr(det, "carried_setup_indices", ()):
            return "builder", ("links made in what the runner copies from the builder: the "
                               "copy carries them")
        if only_links_zone(node, fact) and not replaced:
            return "builder", ("sets the system's time zone: the runner gets the zone the "
                               "original leaves, staged in the builder")
        if _only(node, RUNTIME_SETUP) and not replaced:
            gone = _made_then_removed(ctx, i)
            if gone:
                return "builder", (f"makes {gone}, which the build removes afterwards: the "
                                   "original has none of it at run time")
            return ("both" if before else "runner"), "runtime setup (users, directories, modes)"
        captured = dict(getattr(det, "captured_runs", ()))
        if i in captured:
            return "builder", _capture(ctx, fact, captured[i])
        if i in getattr(det, "runner_repeats_indices", ()):
            return "both", ("its effect outside the copied directories is needed at run time: "
                            "repeated in the same-image runner")
        if before:
            if i in det.build_indices:
                return "builder", "build step"
            return "builder", "before the build step: prepares the build"
        same_image = getattr(det, "runner_repeats_runs", False)
        if (_builder_side(node, BUILDER_SIDE | det.build_programs) or replaced) and \
                not (same_image and _writes_file(node)) and not _removes_image_files(node):
            copied = _runner_copy_written(ctx, fact)
            if copied is None:
                return "builder", "after the build step, but only build work or cleanup"
            if not _only(node, RUNTIME_SETUP | {"rm"}):
                raise Decline(f"RUN at {ctx.line_of(node)} changes {copied}, which a context "
                              "copy after the build fills in the runner, beside build work or "
                              "cleanup that stays in the builder")
            return "runner", (f"after the build step: changes {copied}, which the runner's "
                              "own context copy fills")
        filled = _runner_copy_landed_written(ctx, fact)
        if filled is not None:
            # (``sed -i ... searx/settings.yml`` after ``COPY . .``: the file is the
            # context's, which only the runner's copy brings; the builder has the
            # build's version, which that copy replaces)
            if same_image:
                return "runner", (f"after the build step: changes {filled}, which the "
                                  "runner's own context copy fills")
            raise Decline(f"RUN at {ctx.line_of(node)} changes {filled}, which a context "
                          "copy after the build fills in the runner only; running it in a "
                          "small runner is not supported yet")
        outside = _writes_outside_copies(ctx, fact)
        if not outside:
            return "builder", ("after the build step, but every file it writes is in what the "
                               "runner copies from the builder")
        if same_image:
            # a same-distribution runner: the builder's image with the original's
            # packages, where the recipe checked that the RUN finds its programs
            return "runner", "after the build step: sets up the runtime in the runner"
        cannot = effect_capture.unsupported(ctx.facts)
        if cannot is None:
            return "builder", _capture(ctx, fact, f"it sets up the runtime ({outside})")
        raise Decline(f"RUN at {ctx.line_of(node)} comes after the build step and sets up the "
                      f"runtime ({outside}); running it in a small runner is not supported yet, "
                      f"and its effect cannot be captured in the builder: {cannot}")
    if isinstance(node, (ast.Copy, ast.Add)):
        if node.flag("from") is not None:
            return ("builder", "copies from another image") if before else \
                   ("runner", "copies from another image after the build")
        if before:
            return "builder", "brings build inputs (sources) into the builder"
        return "runner", "copies files from the context after the build: runtime files"
    if isinstance(node, ast.Env):
        if replaced:
            return ("builder" if before else "dropped"), "the program it configured is replaced"
        runtime = [p for p in node.pairs
                   if not is_build_only(p.key, p.value, det)]
        if not runtime:
            return ("builder" if before else "dropped",
                    "build-only variables (" + ", ".join(p.key for p in node.pairs) + ")")
        if before:
            return "both", "in force during the build and at run time"
        return "runner", "runtime environment"
    if isinstance(node, ast.Arg):
        return ("both" if before else "runner"), "build argument (re-declared where used)"
    if isinstance(node, ast.Workdir):
        if before:
            return "builder", "directory of the build (the final WORKDIR is re-declared in the runner)"
        return "runner", "working directory at run time"
    if isinstance(node, ast.User):
        if i == last_user:
            return ("both" if before else "runner"), "the user the container runs as"
        if not before and getattr(det, "runner_repeats_runs", False):
            return "runner", "the user the RUNs after it run as in the runner"
        return ("builder" if before else "dropped"), "user during the build"
    if isinstance(node, ast.Shell):
        if before:
            return "builder", "shell of the build steps"
        raise Decline(f"SHELL at {ctx.line_of(node)} after the build is not supported")
    if isinstance(node, ast.Entrypoint):
        if i == last_entry:
            return "runner", "the effective ENTRYPOINT"
        return "dropped", "overridden by a later ENTRYPOINT"
    if isinstance(node, ast.Cmd):
        if i == last_cmd:
            return "runner", "the effective CMD"
        return "dropped", "overridden by a later CMD"
    if isinstance(node, METADATA):
        return "runner", "image metadata: belongs to the final image"
    raise Decline(f"{node.keyword} at {ctx.line_of(node)}: no rule to place it")


def _capture(ctx: Context, fact, why: str) -> str:
    """Record that the RUN's effect outside the copied directories is captured in the
    builder (``effect_capture``), and say so."""
    node = fact.node
    user = (fact.before.user or "root").split(":")[0]
    if fact.index not in ctx.captured:
        ctx.captured.append(fact.index)
    note = f"RUN at {ctx.line_of(node)}: " + (why or "its effect is not known")
    if user not in ("root", "0"):
        note += f" (it runs as {user} there)"
    ctx.capture_notes.append((fact.index, note))
    return ("its effect outside the copied directories is not known: it runs in the builder "
            "and what it changes there is captured for the runner")


def _join_window(ctx: Context, pos: int, side: str, reason: str, uses: str) -> None:
    """A RUN the runner would have run moves into the capture window: it runs in the
    builder and its effect is captured with the others (the accounts it makes too:
    ``account_capture``)."""
    p = ctx.placements[pos]
    line = ctx.line_of(p.node)
    ctx.placements[pos] = Placement(p.index, p.node, "builder", reason)
    ctx.captured.append(p.index)
    ctx.capture_notes.append((p.index, f"RUN at {line}: it comes {side} a captured RUN (the "
                              f"runner would have repeated it; {uses})"))


#: the package repositories' files (the runner copies the builder's)
_REPOSITORY_FILES = ("/etc/apk/repositories", "/etc/apk/keys", "/etc/apt/sources.list")


def _captured_link(ctx: Context, index: int) -> bool:
    """Whether the RUN at ``index`` only makes symbolic links without ``-f`` (``ln -s
    /app/nginx/nginx.conf /etc/nginx/``) where the capture lists (outside what the runner
    copies and what the listing leaves out): its links reach the runner with the
    captured files, and repeating it there could only fail on what is in the way."""
    from ..recipes.run_walk import path_arg, steps
    from ..recipes.effect_capture import PRUNED
    arts = [a.path.rstrip("/") for a in ctx.detection.artifacts + (ctx.entry,)
            if a.certain and a.path]
    found = False
    for step in steps(ctx.facts):
        if step.index != index:
            continue
        args = [a for a in step.argv[1:]]
        flags = "".join(a[1:] for a in args if a.startswith("-") and not a.startswith("--"))
        words = [a for a in args if not a.startswith("-")]
        if program_name(step.argv[0]) != "ln" or "s" not in flags or "f" in flags or \
                any(a.startswith("--") for a in args) or not 1 <= len(words) <= 2 or \
                step.problem:
            return False
        where = path_arg(words[-1], step) if len(words) == 2 else step.cwd
        if where is not None and where not in ("", "/") and \
                (len(words) == 1 or words[-1].endswith("/")):
            # into a directory (``ln -s /app/x.conf /etc/``): the link is the directory's
            # entry of that name, not the directory (/etc holds /etc/hosts, which the
            # listing leaves out, but not /etc/x.conf)
            where = posixpath.join(where, posixpath.basename(words[0].rstrip("/")))
        if where is None or where in ("", "/") or any(
                overlaps(where, t) for t in arts + list(PRUNED)):
            return False
        found = True
    return found


def changes_captured(ctx: Context, index: int, earlier) -> Optional[tuple]:
    """(path, tool, where) when the RUN at ``index`` changes with ``chown``, ``chmod`` or
    ``chgrp`` a path that a captured RUN among ``earlier`` (stage indices) names
    (``chown keras /opt/conda -R`` after the captured Miniconda install into /opt/conda,
    57889d03): repeated in the runner before its copy of the captured files, it would
    fail there or change nothing of them.  None otherwise."""
    if not earlier:
        return None
    from ..recipes.run_walk import path_arg
    named = {}
    for step in steps(ctx.facts):
        if step.index in earlier:
            for word in step.argv[1:]:
                path = None if word.startswith("-") else path_arg(word, step)
                if path and path.rstrip("/"):
                    named.setdefault(path.rstrip("/"), step.where)
    for step in steps(ctx.facts):
        if step.index != index or not step.argv or \
                program_name(step.argv[0]) not in ("chown", "chmod", "chgrp"):
            continue
        for word in [w for w in step.argv[1:] if not w.startswith("-")][1:]:
            path = path_arg(word, step)
            made = next((n for n in named if path and is_within(path, n)),
                        None)
            if made is not None:
                return path, program_name(step.argv[0]), named[made]
    return None


def _window_from_earlier_effects(ctx: Context) -> None:
    """A RUN the builder alone runs before the first captured one, besides the build and
    the package installs the runner replays, whose writes reach outside what the runner
    copies (``ssh-keyscan ... >> /root/.ssh/known_hosts``, ``npm install -g less``
    before a Python build): the runner would lack its effect, so the capture starts
    there (the listing before it, its effect captured with the rest).  Without a
    capture such a RUN is the recipe's (it prepares the build).

    Alpine builders only, for now: their capture is new, while the Debian outputs have
    started the window at the first captured RUN since theirs came, and widening it
    there changes 32 corpus outputs that want their own review.  A RUN that only
    edits the package repositories is left out (the runner copies the builder's
    repository files)."""
    from ..recipes.build_capture import _install_only
    from ...analysis.file_writes import known_writes
    if effect_capture.manager(ctx.facts) != "apk":
        return
    det = ctx.detection
    first = min(ctx.captured)
    builds = set(det.build_indices) | set(det.extra_build_indices)
    for p in ctx.placements:
        if p.index >= first or p.where != "builder" or not isinstance(p.node, ast.Run) or \
                p.index in builds or _only(p.node, RUNTIME_SETUP) or \
                _install_only(ctx.facts, p.index):
            continue
        fact = ctx.facts.instructions[p.index]
        outside = _writes_outside_copies(ctx, fact)
        writes, _why = known_writes(p.node, fact.before.workdir, fact.before.variables())
        if writes and all(w.startswith(_REPOSITORY_FILES) for w in writes):
            continue
        if outside:
            ctx.captured.append(p.index)
            ctx.capture_notes.append((p.index, f"RUN at {ctx.line_of(p.node)}: before the "
                                      f"build, in the builder only, and {outside}: captured "
                                      "with the later RUNs"))


#: the recipes of an application whose framework may start a program a global npm install
#: put on PATH while it serves (django-compressor's lessc, django-pipeline's yuglify,
#: Rails' ExecJS runtime)
_RUNS_NODE_TOOLS = frozenset({"python", "ruby"})


def _capture_global_node_installs(ctx: Context) -> None:
    """A RUN the builder alone runs that installs Node packages globally (``npm -g
    install yuglify``, ``yarn global add less``) in the build of a Python or Ruby program
    (93d546d6: the nodejs it installed is installed again in the runner, the yuglify of
    its global install was left behind): the program may run what it put on PATH, which
    is not known, and where it wrote is not known either (npm's prefix: /usr/local with
    Debian's and the official images' npm, /usr with NodeSource's).  Its effect is
    captured for the runner (the window starts there); declined where it cannot be."""
    recipe = getattr(ctx.recipe, "name", None)
    if recipe not in _RUNS_NODE_TOOLS or ctx.detection.replaces_program:
        return
    from ..recipes.node_commands import read as read_node
    installs = {}
    for step in steps(ctx.facts):
        if step.problem or step.index in installs or not step.argv:
            continue
        found = read_node(tuple(step.argv), step.env)
        if found is not None and found.kind == "global":
            installs[step.index] = " ".join((step.said or step.argv)[:4])
    for pos, p in enumerate(ctx.placements):
        if p.index not in installs or p.where != "builder" or \
                not isinstance(p.node, ast.Run) or p.index in ctx.captured:
            continue
        line = ctx.line_of(p.node)
        cannot = effect_capture.unsupported(ctx.facts)
        if cannot is not None:
            raise Decline(f"RUN at {line} installs Node packages globally (`{installs[p.index]}`) "
                          f"for a {recipe} program, which may run what they put on PATH; "
                          f"where they land is not known, and the RUN's effect cannot be "
                          f"captured in the builder: {cannot}")
        ctx.placements[pos] = Placement(p.index, p.node, "builder", (
            f"{p.reason}; it installs Node packages globally, which the program may run: "
            "what it changes outside the copied directories is captured for the runner"))
        ctx.captured.append(p.index)
        ctx.capture_notes.append((p.index, f"RUN at {line}: it installs Node packages "
                                  f"globally (`{installs[p.index]}`), whose programs the "
                                  f"{recipe} program may run at run time"))


def _capture_build_side_scripts(ctx: Context, boundary: int) -> None:
    """A RUN of the build step that also runs a script or program whose text is not read
    (``pip install -r requirements.txt && python manage.py create_db``, ``make &&
    ./INSTALL.sh``): what that command writes outside the copied directories is not
    known, as for the same command in a RUN of its own after the build, whose effect is
    captured (``_place``).  So is this RUN's, where the builder can capture: the window
    starts at the build step (the listing before it), and what the RUN and those after
    it change outside the copied directories comes to the runner; the build's own
    outputs in the copied trees come with those trees (the listing leaves them out).
    Where capture is impossible, ``_check_unread_setup_scripts`` declines it as before."""
    det = ctx.detection
    builds = set(det.build_indices) | set(det.extra_build_indices)
    if not builds or det.replaces_program or effect_capture.unsupported(ctx.facts) is not None:
        return
    found = _unread_setup_script(ctx, boundary, within=builds)
    if found is None:
        return
    index, what, _reason = found
    pos = next(n for n, p in enumerate(ctx.placements) if p.index == index)
    p = ctx.placements[pos]
    if p.where != "builder" or not isinstance(p.node, ast.Run):
        return
    _capture(ctx, ctx.facts.instructions[index],
             f"the build step, which also runs {what}, whose effect outside the copied "
             "directories is not known")
    ctx.placements[pos] = Placement(p.index, p.node, "builder", (
        f"{p.reason}; it also runs {what}, whose effect is not known: what it changes "
        "outside the copied directories is captured for the runner"))


def _capture_window(ctx: Context) -> None:
    """From the first captured RUN on, the builder runs every RUN (the capture, taken at
    the end of the builder, holds their effects too): a RUN the runner would have run
    instead runs in the builder, a setup RUN in both (later RUNs may need its user or
    directory), and a context COPY between them in both (a RUN may read it)."""
    if not ctx.captured:
        return
    why = effect_capture.unsupported(ctx.facts)
    if why is not None:
        node = next(p.node for p in ctx.placements if p.index == min(ctx.captured))
        raise Decline(f"RUN at {ctx.line_of(node)} has an effect outside the copied "
                      f"directories that is not known, and it cannot be captured: {why}")
    _window_from_earlier_effects(ctx)
    first = min(ctx.captured)
    for pos, p in enumerate(ctx.placements):
        # a RUN after the build the runner would have run before the first captured one
        # (a toolchain downloaded, a package installed): the captured RUN may use what
        # it made, so it runs in the builder too, and the window starts there
        if p.index < first and p.where == "runner" and isinstance(p.node, ast.Run) and \
                not _only(p.node, RUNTIME_SETUP):
            _join_window(ctx, pos, "before", (
                "before a RUN whose effect is captured, which may use what it makes: runs in "
                "the builder, and what it changes outside the copied directories is captured"),
                "that RUN may use what it made")
    first = min(ctx.captured)
    # every RUN from here on runs in the builder and is captured: a database server
    # started there on the data its package made would have that data mixed with the
    # runner's own install's (the same-image recipes' windows and those widened here
    # alike; the build capture checks its own window first, the same way)
    services.check_window(steps(ctx.facts), first)
    runs = [p.index for p in ctx.placements if isinstance(p.node, ast.Run) and
            p.where in ("runner", "both", "builder")]
    last_run = max(runs)
    for pos, p in enumerate(ctx.placements):
        node = p.node
        if p.index <= first:
            if isinstance(node, ast.Run) and p.where == "runner" and _only(node, RUNTIME_SETUP):
                # a setup RUN after the build the runner repeats: a captured RUN may use
                # its user or directory (``chown app``), so the builder runs it too
                ctx.placements[pos] = Placement(p.index, node, "both", p.reason + "; also "
                                                "in the builder, whose later RUNs are "
                                                "captured")
            continue
        if isinstance(node, ast.Run):
            if _only(node, RUNTIME_SETUP):
                if p.where in ("runner", "both") and _captured_link(ctx, p.index):
                    # repeated in the runner it would meet what the captured RUNs
                    # removed there (a package's nginx.conf the package install brings
                    # back), and after the capture the captured link itself
                    ctx.placements[pos] = Placement(p.index, node, "builder", (
                        "a link made after a captured RUN, outside the copied directories: "
                        "it comes to the runner with the captured files"))
                    ctx.captured.append(p.index)
                    ctx.capture_notes.append((p.index, f"RUN at {ctx.line_of(node)}: a link "
                                              "made after a captured RUN (its link is "
                                              "captured, not made again)"))
                    continue
                changed = changes_captured(ctx, p.index, [i for i in ctx.captured
                                                          if i < p.index])
                if p.where in ("runner", "both") and changed is not None:
                    # repeated in the runner it would come before the captured files it
                    # changes: it runs in the builder only, its owners and modes captured
                    ctx.placements[pos] = Placement(p.index, node, "builder", (
                        f"changes {changed[0]}, which the captured RUN at {changed[2]} "
                        "names: its owners and modes come to the runner with the captured "
                        "files"))
                    ctx.captured.append(p.index)
                    ctx.capture_notes.append((p.index, f"RUN at {ctx.line_of(node)}: its "
                                              f"`{changed[1]}` changes {changed[0]}, which a "
                                              "captured RUN names (captured, not repeated)"))
                    continue
                if p.where == "runner":
                    ctx.placements[pos] = Placement(p.index, node, "both", p.reason + "; also "
                                                    "in the builder, whose later RUNs are "
                                                    "captured")
                continue
            if p.where in ("runner", "both"):
                _join_window(ctx, pos, "after", (
                    "after a RUN whose effect is captured: runs in the builder, and what it "
                    "changes outside the copied directories is captured with it"),
                    "it may use what that RUN made")
    _builder_work_in_window(ctx, first)
    for pos, p in enumerate(ctx.placements):
        node = p.node
        if isinstance(node, (ast.Copy, ast.Add)) and node.flag("from") is None and \
                p.where == "runner" and p.index < last_run:
            # a captured RUN may read it, so the builder copies it too; inside a tree the
            # runner copies from the builder, the runner's own copy would undo what the
            # RUNs changed there (that tree comes as the builder left it)
            fact = ctx.facts.instructions[p.index]
            dest = resolve_path(fact.before.workdir, expand(node.destination or "",
                                                            fact.before.variables()).value)
            arts = [a for a in ctx.detection.artifacts + (ctx.entry,)
                    if a.certain and a.path and a.tree]
            inside = dest is not None and any(
                is_within(dest, a.path) for a in arts)
            ctx.placements[pos] = Placement(p.index, node, "builder" if inside else "both", (
                p.reason + "; in the builder too, for the captured RUNs after it" +
                ("; the runner takes it with the tree the builder copies" if inside else "")))


#: the reason of a RUN after the build that ``_place`` leaves in the builder as build work
_BUILD_WORK = "after the build step, but only build work or cleanup"
#: the programs of a RUN that only removes files (cleanup, whatever it removes)
_REMOVERS = frozenset({"rm", "rmdir", "true", "cd"})


def _builder_work_in_window(ctx: Context, first: int) -> None:
    """A RUN after the first captured one that ``_place`` took for build work or cleanup
    (its programs are the build's: ``echo``, ``rm``) but that writes outside what the
    runner copies (93d546d6: ``echo "daemon off;" >> /etc/nginx/nginx.conf``): its change
    reaches the runner with the captured files, which the explain says, instead of
    calling it build work (the output is the same: the capture lists the whole window)."""
    for pos, p in enumerate(ctx.placements):
        if p.index <= first or p.where != "builder" or p.reason != _BUILD_WORK or \
                not isinstance(p.node, ast.Run) or p.index in ctx.captured:
            continue
        fact = ctx.facts.instructions[p.index]
        writes, _why = known_writes(p.node, fact.before.workdir, fact.before.variables())
        if not writes or _only(p.node, _REMOVERS):
            # (a package manager's cleanup, whose writes are not known, and a removal stay
            # build work: the capture does not replay the packages' own files)
            continue
        outside = _writes_outside_copies(ctx, fact)
        if not outside:
            continue
        ctx.placements[pos] = Placement(p.index, p.node, "builder", (
            f"after the build step, inside the capture window: {outside}; its change reaches "
            "the runner with the captured files"))
        ctx.capture_notes.append((p.index, f"RUN at {ctx.line_of(p.node)}: {outside} "
                                  "(after a captured RUN: captured with it)"))


def _state_for_late_builder_runs(ctx: Context, boundary: int) -> None:
    """A RUN after the build that stays in the builder runs there with the ARG, ENV,
    WORKDIR and USER lines before it, as in the original (``ARG GIT_COMMIT`` then ``RUN
    test -n "$GIT_COMMIT"``): those placed in the runner only are put in both."""
    late = [p.index for p in ctx.placements
            if p.index > boundary and p.where == "builder" and isinstance(p.node, ast.Run)]
    if not late:
        return
    last_run = max(late)
    for pos, p in enumerate(ctx.placements):
        if not (boundary < p.index < last_run) or \
                not isinstance(p.node, (ast.Arg, ast.Env, ast.Workdir, ast.User)):
            continue
        if p.where in ("runner", "dropped"):
            where = "both" if p.where == "runner" else "builder"
            ctx.placements[pos] = Placement(p.index, p.node, where, p.reason + "; also in the "
                                            "builder, for the RUN after it that stays there")


def _runner_copy_written(ctx, fact):
    """A path the RUN writes or removes (``rm -f /temboz/tembozapp/feedparser.py``) inside
    what an earlier context COPY/ADD placed in the runner only fills: the builder does
    not have those files, so the RUN must run where they are.  None when there is none;
    the RUN itself when its writes are not known but it names such a directory."""
    targets = []
    for p in ctx.placements:
        if p.where == "runner" and isinstance(p.node, (ast.Copy, ast.Add)) and \
                p.node.flag("from") is None:
            copy = ctx.facts.instructions[p.index]
            dest = expand(p.node.destination or "", copy.before.variables())
            target = resolve_path(copy.before.workdir, dest.value) if dest.complete else None
            if target is not None and target.rstrip("/"):
                targets.append(target.rstrip("/"))
    if not targets:
        return None
    writes, _ = known_writes(fact.node, fact.before.workdir, fact.before.variables())
    for path in writes or readable_writes(fact.node, fact.before.workdir,
                                          fact.before.variables()):
        if within_any(path, targets):
            return path
    return None


def _runner_copy_landed_written(ctx, fact) -> Optional[str]:
    """A path the RUN writes that a context COPY/ADD before it, which only the runner
    runs, puts there (``sed -i searx/settings.yml`` after ``COPY . .``): the builder has
    the build's version or none, so the RUN must run where that copy is.  Where each
    source lands is read as BuildKit copies: a directory's content into the destination,
    a file (a name with an extension) into it under its name, or onto it; a source that
    may be either counts both ways.  None when no write lands there."""
    from ..runtime_inputs import copies_into_directory, copy_target
    landed = []
    for p in ctx.placements:
        node = p.node
        if p.index >= fact.index or p.where != "runner" or \
                not isinstance(node, (ast.Copy, ast.Add)) or node.flag("from") is not None:
            continue
        copy = ctx.facts.instructions[p.index]
        target = copy_target(node, copy)
        if target is None:
            continue
        into = copies_into_directory(node, copy, ctx.facts)
        for src in node.sources:
            if "://" in src:
                name = posixpath.basename(src.split("?")[0].rstrip("/"))
                landed.append(posixpath.join(target, name) if into else target)
                continue
            name = posixpath.basename(src.rstrip("/"))
            file_like = not src.endswith("/") and "." in name.lstrip(".") and \
                name not in (".", "..")
            if not file_like:  # (a directory's content, or a file without extension)
                landed.append(target.rstrip("/") or "/")
            if into and name not in (".", "..", ""):
                landed.append(posixpath.join(target, name))
            elif file_like:
                landed.append(target.rstrip("/") or "/")
    if not landed:
        return None
    writes, _ = known_writes(fact.node, fact.before.workdir, fact.before.variables())
    for path in writes or readable_writes(fact.node, fact.before.workdir,
                                          fact.before.variables()):
        if any(_names_or_holds(land, path) for land in landed):
            return path
    return None


def _writes_outside_copies(ctx, fact) -> str:
    """Why the RUN's writes may reach beyond what the runner copies from the builder
    after the whole build ran (a file artifact itself, anything under a copied tree);
    "" when every path it writes is known (``analysis.file_writes``) and inside."""
    writes, why = known_writes(fact.node, fact.before.workdir, fact.before.variables())
    if writes is None:
        return why
    arts = [a for a in ctx.detection.artifacts + (ctx.entry,) if a.certain and a.path]
    for path in writes:
        if not any(a.holds(path) for a in arts):
            return f"it writes {path}, which the runner does not copy from the builder"
    return ""


def _check_builder_runs_after_runner_only(ctx: Context, boundary: int) -> None:
    """A RUN after the build that only the runner runs (a download the runner repeats)
    makes files the builder never has: a later RUN the builder alone runs may read them
    (a9776b84: `cp -R tests/img/* ...` in /opt/loris, which only the runner's download
    made), and in the builder it would fail or copy nothing.  Declined, naming both."""
    from ...analysis.file_writes import known_writes
    facts = {f.index: f for f in ctx.facts.instructions}
    made: List[str] = []  # what the runner-only RUNs write, when known
    copied: List[str] = []  # what the runner-only context copies make
    landing: List[str] = []  # a runner-only copy's destination (a RUN there may read it)
    runner_only = None
    for p in ctx.placements:
        if p.index <= boundary:
            continue
        fact = facts[p.index]
        if isinstance(p.node, (ast.Copy, ast.Add)) and p.where == "runner" and \
                p.node.flag("from") is None:
            # a context copy only the runner makes (d27ffe34: `ADD . /leonardo/`, then
            # `mv config/leonardo.yaml.example ...` in the builder, which has no config/)
            value = expand(p.node.destination or "", fact.before.variables())
            dest = resolve_path(fact.before.workdir, value.value) if value.complete else None
            if dest is None:
                runner_only = runner_only or p
            else:
                for src in p.node.paths[:-1]:
                    name = posixpath.basename(src.rstrip("/"))
                    if src.endswith("/") or name in ("", ".") or any(c in name for c in "*?["):
                        copied.append(dest.rstrip("/"))  # a tree's contents land in dest
                    else:  # a named file lands in or onto dest, a named directory's
                        # contents in dest: a RUN in dest itself may read either
                        copied.append(posixpath.join(dest, name) if dest != "/" else "/" + name)
                        landing.append(dest.rstrip("/") or "/")
            copied[:] = [w for w in copied if w not in ("", "/")]
            continue
        if not isinstance(p.node, ast.Run):
            continue
        if p.where == "runner" and not _only(p.node, RUNTIME_SETUP):
            writes, _why = known_writes(p.node, fact.before.workdir, fact.before.variables())
            if writes is None:
                runner_only = runner_only or p
            else:
                made.extend(w.rstrip("/") for w in writes)
        elif p.where == "builder" and (runner_only is not None or made or copied) and \
                p.index not in ctx.captured and not _only(p.node, {"rm"} | RUNTIME_SETUP):
            if runner_only is None:
                text = run_text(p.node)
                cwd = (fact.before.workdir or "/").rstrip("/")
                in_copy = any(is_within(cwd, w) for w in copied) or (cwd or "/") in landing
                if not any(overlaps(w, cwd) or w in text for w in made) and \
                        not any(w in text for w in copied) and \
                        not (in_copy and _names_relative_paths(p.node)):
                    continue  # it reads nothing those RUNs and copies made
                runner_only = next(q for q in ctx.placements if q.where == "runner" and
                                   q.index > boundary and q.index < p.index and
                                   isinstance(q.node, (ast.Run, ast.Copy, ast.Add)) and
                                   (not isinstance(q.node, (ast.Copy, ast.Add)) or
                                    q.node.flag("from") is None))
            raise Decline(f"RUN at {ctx.line_of(p.node)} runs in the builder only, after the "
                          f"{runner_only.node.keyword} at {ctx.line_of(runner_only.node)}, "
                          "which only the runner runs: what that one makes is not in the "
                          "builder, where this one may need it")


def _names_relative_paths(node: ast.Run) -> bool:
    """Whether a command of the RUN names a relative path (``config/x.yaml``, ``./a``,
    ``*.conf``, ``.``): what it reads in its directory."""
    if not isinstance(node.command, ast.ShellForm):
        return True  # (exec form: not read here)
    for c in split_commands(node.command.text).commands:
        for word in unwrap(c).argv[1:]:
            if not word.startswith(("/", "-", "$")) and \
                    ("/" in word or "*" in word or word in (".", "..")):
                return True
    return False


def _check_runtime_files_reach_runner(ctx: Context) -> None:
    """A RUN kept in the builder (a build step that also copies a config file into
    place) may write a file the container reads: one the final command names by its
    path, or one inside a VOLUME (whose first use takes the image's content).  Where the
    RUN's file tools show such a write and the runner does not copy it from the builder,
    the rewrite would lose it: declined, naming the file."""
    named = set()
    for kind in (ast.Entrypoint, ast.Cmd):
        node = last(ctx.facts.stage.body, kind)
        for word in (command_words(node)[0] if node is not None else ()):
            for part in (word, word.partition("=")[2]):
                if part.startswith("/"):
                    named.add(part.rstrip("/") or "/")
    volumes = []
    for fact in ctx.facts.instructions:
        if isinstance(fact.node, ast.Volume):
            volumes.extend(resolve_path(fact.before.workdir, p) for p in fact.node.paths)
    volumes = [v.rstrip("/") for v in volumes if v and v != "/"]
    arts = [a for a in ctx.detection.artifacts + (ctx.entry,) if a.certain and a.path]
    facts = {f.index: f for f in ctx.facts.instructions}
    first_captured = min(ctx.captured, default=None)
    same_image = getattr(ctx.detection, "runner_repeats_runs", False)
    run_by_build = path_programs.programs_run(ctx.facts)
    on_path = []  # (fact, path): programs put on the PATH by hand (path_programs)
    configuration = []  # (fact, path): /etc files the system's programs read (carried)
    npm_files = []  # (fact, path): npm's or yarn's configuration a command running them reads
    npm_maybe = []  # the files npm may have written there (its version decides): staged
    for placement in ctx.placements:
        if placement.where != "builder" or not isinstance(placement.node, ast.Run):
            continue
        if first_captured is not None and placement.index >= first_captured:
            continue  # what it writes is captured and copied to the runner
        fact = facts[placement.index]
        sure = readable_writes(placement.node, fact.before.workdir, fact.before.variables())
        # (on a same-image runner too: a RUN it does not repeat leaves the file behind)
        certain, maybe = npm_config.check(ctx, fact, sure, arts)
        npm_files.extend(certain)
        npm_maybe.extend(p for p in maybe if p not in npm_maybe)
        for path in possible_writes(placement.node, fact.before.workdir,
                                    fact.before.variables()):
            if path in sure or any(a.holds(path) for a in arts):
                continue
            if path in named or any(path.startswith(v + "/") for v in volumes) or \
                    not same_image and (_runtime_configuration(path) or path_programs.hand_placed(
                        path, run_by_build, ctx.detection.artifacts)):
                raise Decline(f"RUN at {ctx.line_of(placement.node)} may write {path} in the "
                              "builder only (a command inside a shell construct, which only "
                              "may run): the runner would not have it, and carrying it is not "
                              "sure to work, as whether it exists is decided when the build "
                              "runs")
        for path in sure:
            if any(a.holds(path) for a in arts):
                continue
            held = next((v for v in volumes if path.startswith(v + "/")), None)
            if path in named or held:
                what = "the command names it" if path in named else f"the VOLUME {held} holds it"
                raise Decline(f"RUN at {ctx.line_of(placement.node)} writes {path} in the builder "
                              f"and {what}; the runner would not have it")
            if not same_image and _runtime_configuration(path):
                why = system_configuration.unknown_writes(ctx, fact)
                if why is not None:
                    # (``curl ... | sh && echo DOCKER_OPTS=... >> /etc/default/docker``,
                    # ``make install && echo zend_extension=... >> php.ini``: what the
                    # configuration is for was written where no reader follows)
                    raise Decline(f"RUN at {ctx.line_of(placement.node)} writes {path} in the "
                                  "builder only: the configuration of the system's programs, "
                                  "which the runner would start without it; carrying the file "
                                  "alone is not enough, as the RUN's other writes, which it "
                                  f"may configure, are not known: {why}")
                configuration.append((fact, path))
                continue
            if not same_image and path_programs.hand_placed(path, run_by_build,
                                                            ctx.detection.artifacts):
                on_path.append((fact, path))
    path_programs.carry(ctx, on_path)
    system_configuration.carry(ctx, configuration)
    system_configuration.carry(ctx, npm_files, npm_config.HOW, npm_config.NOTE)
    npm_config.stage(ctx, [p for p in npm_maybe if p not in {f for _, f in npm_files}])


#: scripts that configure a source tree for the build that follows (autotools, build
#: tool wrappers): what they write is the tree's, which the build consumes
_TREE_SCRIPTS = frozenset({"configure", "autogen.sh", "autogen", "bootstrap", "bootstrap.sh",
                           "buildconf", "buildconf.sh", "gradlew", "mvnw", "waf"})


def _check_unread_setup_scripts(ctx: Context, boundary: int) -> None:
    """Declines the first RUN ``_unread_setup_script`` finds (a build step's where the
    builder cannot capture: ``_capture_build_side_scripts``)."""
    found = _unread_setup_script(ctx, boundary)
    if found is not None:
        raise Decline(found[2])


def _unread_setup_script(ctx: Context, boundary: int,
                         within=None) -> Optional[Tuple[int, str, str]]:
    """A RUN the builder alone runs up to the build, captured by no window, that runs a
    script the build context brings (``COPY virtualization/Docker/...`` then ``RUN
    virtualization/Docker/setup_docker_prereqs``; ``npm run build && sh ./post.sh`` or
    ``node scripts/setup.js`` beside the build step itself): its text is not read, so
    what it installs or writes is not known, and it may be what the program needs at
    run time (Home Assistant's installs nmap, ffmpeg, libcec and phantomjs there).  Left
    in the builder, the runner would lack all of it: (index, what runs, why) of the
    first such RUN (among ``within``, stage indices, when given), the why naming the RUN
    and the COPY; None where there is none.  So is a shell that reads a script from a pipe (``curl ... | sh``), whose text
    no file holds.  Scripts that configure a source tree (``./configure``,
    ``./autogen.sh``), ``setup.py`` (the Python recipe's install) and what an install
    put in node_modules, and one a RUN the runner repeats or a capture carries are not
    concerned.  The build step's own commands (npm, pip, go) are the recipe's; a script
    beside them is not, even where it runs in the app directory the runner copies whole:
    it may write anywhere."""
    det = ctx.detection
    builds = set(det.build_indices) | set(det.extra_build_indices)
    first_captured = min(ctx.captured, default=None)
    alone = {p.index for p in ctx.placements
             if p.where == "builder" and isinstance(p.node, ast.Run) and p.index <= boundary
             and (first_captured is None or p.index < first_captured)}
    if within is not None:
        alone &= set(within)
    if not alone:
        return None
    from ..prebuild_files import _created
    walked = list(steps(ctx.facts))
    for pos, step in enumerate(walked):
        if step.index not in alone or not step.argv:
            continue
        when = ("in the RUN of the build step" if step.index in builds else
                "before the build")
        fact = ctx.facts.instructions[step.index]
        piped = _piped_shell(walked, pos)
        if piped is not None and not any(k in piped for k in _KNOWN_PIPED):
            reader = program_name(step.argv[0])
            return step.index, f"`{_short(piped)}` piped into `{reader}`", (
                f"RUN at {ctx.command_at(fact.node, step.command)} pipes "
                f"`{_short(piped)}` into `{reader}`, {when} and in the builder "
                "only: the script it runs is not read, so what it installs "
                "or writes (programs, packages, files the program may use at run "
                "time) is not known, and the runner would lack it")
        printed = _substituted_download(step.argv)
        if printed is not None and not any(k in printed[0] for k in _KNOWN_PIPED):
            reader = program_name(step.argv[0])
            return step.index, f"what `{_short(printed[0])}` prints run by `{reader}`", (
                f"RUN at {ctx.command_at(fact.node, step.command)} runs with "
                f"`{reader}` what `{_short(printed[0])}` prints ({printed[1]}), "
                f"{when} and in the builder only: the script it runs is not read, "
                "so what it installs or writes (programs, packages, files the "
                "program may use at run time) is not known, and the runner would "
                "lack it")
        script = _script_run(step.argv)
        if script is None or program_name(script) in _TREE_SCRIPTS or \
                "node_modules" in script.split("/"):
            continue
        path = resolve_path(step.cwd, script) if step.cwd or script.startswith("/") else None
        # (a downloaded program run by its path, ``/opt/tools/gen ./api``, is a tool the
        # build runs; a shell or an interpreter handed the file runs a script)
        url = _downloaded(walked[:pos], path) if path and (
            script != step.argv[0] or script.endswith((".sh", ".bash"))) else None
        installer = url is not None and _pip_installer(url, step.argv)
        if url is not None and (not any(k in url for k in _KNOWN_PIPED) or installer):
            # (``wget URL`` leaves a file already there and writes NAME.1: a copy of the
            # build context before it may be what runs)
            # (a file the context given lacks is not read, as without a context, never
            # taken for absent: that context may not be the build's, ``foreign_context``)
            kept = _context_copy_source(ctx, path, step.index) if url.bare else None
            if installer and kept is None:
                continue  # (pip's installer: as ``python -m ensurepip``, the recipe's)
            if installer:
                shown = foreign_context.give(
                    ctx, " to show the build context holds no such file") \
                    if ctx.context is None else \
                    f"the build context given holds {kept[1]}" if kept[2] else \
                    (f"the build context given does not hold {kept[1]}, which says nothing "
                     "of the build's own: it may be another folder, as with `docker build "
                     "-f <dir>/Dockerfile .`")
                raise Decline(f"RUN at {ctx.command_at(fact.node, step.command)} runs "
                              f"`{script}`, which may be the file the {kept[0].node.name} at "
                              f"{ctx.line_of(kept[0].node)} brings from the build context "
                              f"rather than pip's installer downloaded from {_short(url)} "
                              "(wget does not overwrite a file there: it writes "
                              f"{posixpath.basename(path)}.1), {when} and in the builder "
                              "only: that file's text is not read, so what it installs or "
                              f"writes is not known, and the runner would lack it ({shown})")
            also = (f" (or the file the {kept[0].node.name} at {ctx.line_of(kept[0].node)} "
                    "brings from the build context, if it holds one: wget does not "
                    "overwrite it)") if kept else ""
            return step.index, f"`{script}`", (
                f"RUN at {ctx.command_at(fact.node, step.command)} runs "
                f"`{script}`, a script downloaded from {_short(url)}{also}, {when} "
                "and in the builder only: its text is not read, so what it "
                "installs or writes (programs, packages, files the program may use "
                "at run time) is not known, and the runner would lack it")
        if url is not None:
            continue  # (a documented installer, as when piped into a shell)
        found = _context_copy_source(ctx, path, step.index) if path else None
        if found is None:
            continue
        copy, source, held = found
        # (a command after the copy that makes the file, or a tree holding it, is where
        # it comes from: ``curl -o nodesource_setup.sh``, ``git clone ... /src``)
        if any(p == path or path.startswith(p.rstrip("/") + "/") and
               program_name(s.argv[0]) not in ("mkdir", "install")
               for s in walked[:pos] if s.index > copy.index and s.argv
               for p in _created(s)):
            continue
        shell = INTERPRETERS.match(program_name(step.argv[0])) is None
        read = _read_setup_script(ctx, source, path, step) if shell and held else ""
        if read is None:
            continue  # read with --context: it writes only into the context's copies
        where = ctx.command_at(fact.node, step.command)
        if read:
            return step.index, f"`{script}`", (
                f"RUN at {where} runs `{script}`, a script the "
                f"{copy.node.name} at {ctx.line_of(copy.node)} brings from the "
                f"build context, {when} and in the builder only: read, "
                f"{read}: what it does there (programs, packages, files the program "
                "may use at run time) the runner would lack")
        unread = ("its text is not read" if shell else
                  f"`{program_name(step.argv[0])}` runs it, whose text is not read")
        hint = f" ({foreign_context.give(ctx, ' to have it read')})" \
            if shell and ctx.context is None else \
            "" if held else f" (the build context given does not hold {source}: it is not " \
            "the context the image is built from, or the build fails there)"
        return step.index, f"`{script}`", (
            f"RUN at {where} runs `{script}`, a script the "
            f"{copy.node.name} at {ctx.line_of(copy.node)} brings from the build "
            f"context, {when} and in the builder only: {unread}, so what it "
            "installs or writes (programs, packages, files the program may use at "
            f"run time) is not known, and the runner would lack it{hint}")
    return None


#: scripts piped into a shell whose effect is documented, not read: NodeSource's
#: repository setup (``runner_packages.REPOSITORY_SCRIPTS``: an apt or yum source and its
#: key, which the runner's own install of the packages again copies), rustup's (the
#: Rust toolchain in $CARGO_HOME and $RUSTUP_HOME, ~/.cargo and ~/.rustup), and the
#: installers of Go's dependency managers, which put the one tool in $GOPATH/bin for
#: the build (glide's ``glide.sh/get``, dep's ``install.sh``)
_KNOWN_PIPED = REPOSITORY_SCRIPTS + ("sh.rustup.rs", "glide.sh/get",
                                     "golang/dep/master/install.sh")


#: where pip's maintainers publish get-pip.py, pip's documented installer besides
#: ensurepip (pip.pypa.io/en/stable/installation: "Supported Methods"; pypa/get-pip's
#: README: it installs pip, and on Python 3.11 or older setuptools and wheel, "into the
#: current Python environment", its other arguments passed to ``pip install``): the
#: current one and its per-version copies (bootstrap.pypa.io/pip/2.7/get-pip.py), the
#: get-pip repository, and pip's own repository where it lived before (contrib/)
_PIP_INSTALLER = re.compile(r"https?://(bootstrap\.pypa\.io/(pip/[0-9.]+/)?|"
                            r"raw\.github(usercontent)?\.com/pypa/(get-pip|pip)/[^ ]*/)"
                            r"get-pip\.py")


def _pip_installer(url: str, argv) -> bool:
    """Whether ``argv`` runs get-pip.py downloaded from pip's own ``url`` with a Python
    (``python3.6 get-pip.py``): it installs pip into that interpreter's site-packages
    and its scripts into the interpreter's bin directory, as ``python -m ensurepip`` or
    ``pip install -U pip``, which the Python recipe reads as its install steps."""
    return bool(_PIP_INSTALLER.fullmatch(url)) and \
        re.fullmatch(r"python[0-9.]*", program_name(argv[0])) is not None


class _Url(str):
    """A download's URL; ``bare``: fetched by ``wget URL`` without ``-O``."""
    bare = False


def _downloaded(earlier, path: str) -> Optional[_Url]:
    """The URL a ``curl -o``/``wget -O``/``wget URL`` of ``earlier`` (the commands before
    the one that runs ``path``) downloads ``path`` from, when that download is the last
    command that makes ``path`` (``curl -fsSL URL -o install.sh && bash install.sh``);
    "?" for one whose URL is not a word of it; None when no download made it."""
    from ...analysis import downloads
    from ..prebuild_files import _created
    for step in reversed(earlier):
        if not step.argv or path not in _created(step):
            continue
        got = downloads.read(step.argv)
        if got is None:
            return None
        url = _Url(got.urls[0] if got.urls else "?")
        url.bare = got.bare and not {"-N", "--timestamping"} & set(step.argv[1:])
        return url
    return None


def _short(text: str, limit: int = 80) -> str:
    """``text`` cut to ``limit`` characters for a message."""
    return text if len(text) <= limit else text[:limit - 3] + "..."


def _piped_shell(walked, pos: int) -> Optional[str]:
    """The command whose output the shell of ``walked[pos]`` reads as its script
    (``curl -fsSL URL | sh``, ``wget -qO- URL | bash -s -- -y``), as text; None when it
    is no shell at the end of a pipe, or one handed a file or ``-c`` text."""
    from ...analysis.commands import SHELLS
    step = walked[pos]
    if step.command is None or step.command.separator_before != "|" or pos == 0 or \
            program_name(step.argv[0]) not in SHELLS:
        return None
    args = step.argv[1:]
    operands = shell_operands(args)
    if operands[:1] == ["-c"] or operands and "-s" not in args[:len(args) - len(operands)]:
        return None  # (``-c TEXT`` or a file: not the pipe)
    before = walked[pos - 1]
    return " ".join(before.argv) if before.index == step.index and before.argv else "?"


def _substituted_download(argv) -> Optional[tuple]:
    """(the download, the form) when ``argv`` runs as a script what a ``curl``/``wget``
    prints, with no file between: ``sh -c "$(curl -fsSL URL)"`` (a command substitution
    as the whole command string), ``bash <(curl URL)``, ``source <(curl URL)`` (a process
    substitution as the script) or ``eval "$(wget -qO- URL)"``; None otherwise.  Like
    ``curl URL | sh``, the text it runs is not read."""
    from ...analysis import downloads
    from ...analysis.commands import SHELLS
    name = program_name(argv[0]) if argv else ""
    operands = shell_operands(argv[1:]) if name in SHELLS else list(argv[1:])
    if name in SHELLS and operands[:1] == ["-c"] or name == "eval":
        text = operands[1] if name in SHELLS and len(operands) > 1 else \
            (operands[0] if operands and name == "eval" else "")
        inner, form = _whole_substitution(text.strip(), ("$(", "`")), "a command substitution"
    elif name in SHELLS or name in ("source", "."):
        inner = _whole_substitution(operands[0], ("<(",)) if operands else None
        form = "a process substitution"
    else:
        return None
    if inner is None:
        return None
    script = split_commands(inner)
    if any(got is not None and got.stdout for c in script.commands
           for got in [downloads.read(unwrap(c).argv)]):
        return inner, form
    return None


def _whole_substitution(text: str, openers) -> Optional[str]:
    """The command inside ``text`` when the whole of it is one substitution opened by
    one of ``openers`` (``$(...)``, ``<(...)``, a backquoted one), else None."""
    for opener in openers:
        closer = "`" if opener == "`" else ")"
        if not (text.startswith(opener) and text.endswith(closer)) or \
                len(text) < len(opener) + 1:
            continue
        inner = text[len(opener):-1]
        if closer == "`":
            return inner if "`" not in inner else None
        depth = 0
        for char in inner:  # (``$(a) && $(b)`` is two substitutions)
            depth += {"(": 1, ")": -1}.get(char, 0)
            if depth < 0:
                return None
        return inner if depth == 0 else None
    return None


def _read_setup_script(ctx: Context, source: str, path: str, step) -> Optional[str]:
    """With ``--context``: None when the script ``path`` (the context's file ``source``)
    writes only into the build context's copies and /tmp (``setup_scripts``), else why
    not; without it, "" (not read)."""
    import os
    from ...analysis.context_copies import context_copies
    from ...safe_files import read_text
    from ..entry_programs import SCRIPT_LIMIT
    from ..setup_scripts import confined_problem, trees_of
    if ctx.context is None:
        return ""
    root = os.path.realpath(ctx.context)
    copies = list(context_copies(ctx.facts.instructions[:step.index]))
    try:
        text = read_text(os.path.join(root, source), SCRIPT_LIMIT, within=root)
    except OSError as exc:
        return f"it cannot be read ({exc})"
    problem = confined_problem(text, step.cwd, step.env, trees_of(copies, step.index))
    if problem is None:
        ctx.added.append(f"RUN at {ctx.line_of(ctx.facts.instructions[step.index].node)} "
                         f"runs `{path}`, a script of the build context: read, it writes "
                         "only into the build context's copies and /tmp")
    return problem


#: the names of the files interpreters run (an interpreter's operand without a path or
#: one of these is no file of its own: ``node server`` loads server.js)
_SCRIPT_FILE = re.compile(r"[.]([cm]?js|ts|py|rb|pl|php)$")


def _script_run(argv) -> Optional[str]:
    """The script file a command runs: the program itself when named by a path
    (``./setup.sh``, ``scripts/install``), the file a shell or an interpreter is handed
    (``analysis.scripts.script_file``: ``bash setup.sh``, ``node scripts/post.js``; not
    ``setup.py``, the Python recipe's install), or the first such file of the text
    ``sh -c`` runs (unless that text changes directory); not a shell reading a pipe.
    A file the shell sources (``. /go/setup.sh``, ``source env.sh``) runs in the RUN's
    own shell, and may install or write anything as a script run by its path does; not
    a virtualenv's ``bin/activate``, which sets the shell's PATH and VIRTUAL_ENV only."""
    from ...analysis.commands import SHELLS
    head = argv[0]
    if head in (".", "source"):
        sourced = argv[1] if len(argv) > 1 and "$" not in argv[1] else None
        return None if sourced is None or posixpath.basename(sourced) == "activate" \
            else sourced
    if INTERPRETERS.match(program_name(head)):
        script = script_file(argv)
        return script if script and script != "-" and "$" not in script and \
            ("/" in script or _SCRIPT_FILE.search(script)) and \
            posixpath.basename(script) != "setup.py" else None
    if program_name(head) in SHELLS:
        operands = shell_operands(argv[1:])
        if operands[:1] == ["-c"]:
            if len(operands) < 2:
                return None
            inner = split_commands(operands[1])
            if inner.complex:
                return None
            words = [unwrap(c).argv for c in inner.commands]
            if any(w and program_name(w[0]) == "cd" for w in words):
                return None
            return next((found for w in words if w for found in [_script_run(w)] if found),
                        None)
        script = script_file(argv)
        # (``bash <(curl URL)`` runs what the download prints: _substituted_download)
        return script if script != "-" and not (script or "").startswith("<(") else None
    return head if "/" in head and "$" not in head else None


def _context_copy_source(ctx: Context, path: str, before: int):
    """(the last COPY/ADD from the build context before index ``before`` that puts the
    file ``path`` there: a file it names, or a directory or the whole context copied
    into a directory holding it; the file's path in the build context; whether the
    context holds it), or None.  With ``--context``, a copy of a file the context holds
    wins over a later one of a file it lacks (which copies nothing); one the context
    lacks is ``(copy, source, False)``: the build runs a file of that name that this
    context does not show, so it is not the build's context for that file (or the build
    fails), and the file is read as not read (``foreign_context``), never as absent."""
    from ...analysis.context_copies import context_copies, context_path
    found = lacked = None
    for copy in context_copies(ctx.facts.instructions[:before]):
        to = copy.target
        for src in copy.sources:
            rel = context_path(src, to, copy.into_directory, path)
            if rel is None and src.endswith("/") and \
                    path.startswith(to.rstrip("/") + "/"):
                # (``COPY dir/ dest/``: the directory's content into dest)
                base = src.rstrip("/")
                base = base[2:] if base.startswith("./") else base
                rel = posixpath.join(base, path[len(to.rstrip("/")) + 1:])
            if rel is None:
                continue
            if ctx.sent is not None and not ctx.sent.isfile(rel):
                lacked = (copy.fact, rel, False)  # (not in the context: it copies nothing)
            else:
                found = (copy.fact, rel, True)
    return found or lacked


#: what a compiler writes that a command loads by its path (a module, a plugin)
_SHARED_OBJECT = re.compile(r"[.]so([.][0-9]+)*$")


def _check_named_build_outputs(ctx: Context) -> None:
    """The final command may name, by its path, a file a build step wrote in a
    directory under names the recipe does not read (``make`` in /redis-tsdb/src, and
    ``--loadmodule /redis-tsdb/src/redis-tsdb-module.so``): the runner copies the
    program the command runs and what the build is known to produce, not that file
    (a COPY of the build context to the same directory brings the sources only).
    Declined, naming it; a capture of the build's effect copies it already.  Only a
    shared object counts: another file there (a config) may be the context's own."""
    if ctx.captured:
        return
    copied = [a for a in ctx.detection.artifacts + (ctx.entry,) if a.path and
              (a.certain or a is ctx.entry)]
    written = {a.directory.rstrip("/") for a in ctx.detection.artifacts
               if not a.certain and not a.tree and a.directory}
    if not written:
        return
    for kind in (ast.Entrypoint, ast.Cmd):
        node = last(ctx.facts.stage.body, kind)
        for word in (command_words(node)[0] if node is not None else ())[1:]:
            for part in (word, word.partition("=")[2]):
                path = part.rstrip("/")
                if not path.startswith("/") or path.rpartition("/")[0] not in written or \
                        not _SHARED_OBJECT.search(path):
                    continue
                if any(a.holds(path) for a in copied):
                    continue
                raise Decline(f"{node.name} at {ctx.line_of(node)} names {path}, in "
                              f"{path.rpartition('/')[0]}, where a build step writes files "
                              "under names the build does not show; the runner copies only "
                              "the program the command runs from there")


def reaches_same_image_runner(fact, det) -> bool:
    """Whether a RUN after the build reaches a same-image runner (``runner_repeats_runs``)
    as ``_place`` puts it: repeated there, or run in the builder with its effect
    captured; only build work and cleanup (``rm`` of a build file) stay behind."""
    if not getattr(det, "runner_repeats_runs", False) or not isinstance(fact.node, ast.Run):
        return False
    if fact.index in dict(getattr(det, "captured_runs", ())):
        return True
    node = fact.node
    return not (_builder_side(node, BUILDER_SIDE | det.build_programs) and
                not _writes_file(node) and not _removes_image_files(node))


#: what a RUN writes under /etc for the build alone or what the runner stage carries
#: by other means (package repositories, CA certificates, accounts, the time zone).
#: Not the rest of /etc/ssl: OpenSSL reads openssl.cnf when a program starts
#: (``CipherString = DEFAULT@SECLEVEL=1``, ``MinProtocol``), and a key or certificate a
#: RUN puts there is a server's (the CA bundle, which ``update-ca-certificates`` writes,
#: ``runner_stage._certificates`` carries)
_BUILD_CONFIGURATION = ("/etc/apt/", "/etc/apk/", "/etc/yum", "/etc/dnf/",
                        "/etc/ssl/certs/ca-certificates.crt", "/etc/ca-certificates",
                        "/etc/pki/", "/etc/passwd", "/etc/group",
                        "/etc/shadow", "/etc/gshadow", "/etc/sudoers", "/etc/localtime",
                        "/etc/timezone", "/etc/pip.conf", "/etc/gitconfig", "/etc/npmrc",
                        "/etc/ld.so.conf", "/etc/profile", "/etc/bash.bashrc",
                        "/etc/environment", "/etc/dpkg/", "/etc/debconf", "/etc/locale",
                        "/etc/default/locale", "/etc/resolv.conf", "/etc/hosts")


def _runtime_configuration(path: str) -> bool:
    """Whether ``path`` is system configuration a program of the runner reads at run
    time (/etc/cron.hourly/..., /etc/nginx/..., /etc/supervisor/...), not the build's."""
    return path.startswith("/etc/") and not path.startswith(_BUILD_CONFIGURATION)


def _only(node: ast.Run, programs) -> bool:
    """Whether every command of the RUN is one of ``programs``."""
    if not isinstance(node.command, ast.ShellForm) or node.heredocs:
        return False
    script = split_commands(node.command.text)
    if script.complex or not script.commands:
        return False
    return all(unwrap(c).argv and program_name(unwrap(c).argv[0]) in programs
               for c in script.commands)


def _writes_file(node: ast.Run) -> bool:
    """Whether the RUN writes a file through a redirection (``echo X > /etc/timezone``):
    not cleanup, whatever its programs."""
    text = node.command.text if isinstance(node.command, ast.ShellForm) else ""
    return bool(re.search(r"(^|[^-=>0-9&])>>?\s*[^&\s]", text)) and "/dev/null" not in text


def _removes_image_files(node: ast.Run) -> bool:
    """Whether the RUN removes configuration of the image (``rm /etc/nginx/nginx.conf``
    before a later RUN links the app's own there): not cleanup, since a runner that
    installs the packages again has the file too, and its programs would read it."""
    if not isinstance(node.command, ast.ShellForm):
        return False
    script = split_commands(node.command.text)
    for cmd in script.commands:
        argv = unwrap(cmd).argv
        if argv and program_name(argv[0]) == "rm" and \
                any(w.startswith("/etc/") for w in argv[1:]):
            return True
    return False


def _builder_side(node: ast.Run, programs) -> bool:
    if not isinstance(node.command, ast.ShellForm):
        words = node.command.args if node.command else ()
        return bool(words) and program_name(words[0]) in programs
    script = split_commands(node.command.text)
    if script.complex:
        return False
    for cmd in script.commands:
        cmd = unwrap(cmd)
        if cmd.argv and program_name(cmd.argv[0]) not in programs:
            return False
        if read_install(cmd.argv) is not None:
            return False
    return True


def _check_artifacts_survive(ctx: Context) -> None:
    """No RUN after an artifact is written may remove or move it (a relative ``mv`` word
    may name it: declined).  The ``mv`` that put the entry where the command runs it
    (``moved_by``) is its making, not a move away."""
    entry = ctx.entry
    paths = {a.path for a in [entry] if a.path}
    for step in steps(ctx.facts):
        if step.index < entry.index or step.command is None:
            continue
        node = ctx.facts.instructions[step.index].node
        if not isinstance(node.command, ast.ShellForm):
            continue
        argv = step.argv
        tool = program_name(argv[0]) if argv else None
        if tool not in ("rm", "mv", "ln"):  # cp leaves the artifact where it was
            continue
        if entry.moved_by == (step.index, argv):
            continue
        words = [w for w in argv[1:] if not w.startswith("-")]
        options = [w for w in argv[1:] if w.startswith("-")]
        # mv's last word is where things go: it replaces the artifact only when it names
        # the artifact itself or the directory the artifact would be overwritten in
        into = words[-1] if tool == "mv" and len(words) >= 2 and not any(
            o.startswith(("-t", "--target")) for o in options) else None
        sources = words[:-1] if into is not None else words
        for word in sources:
            word_path = _word_path(word, step)
            if word_path is None:
                if tool == "mv":
                    raise Decline(f"{ctx.line_of(node)}: `{' '.join(argv)}` may move "
                                  f"the artifact: {_unknown_word(word, step)}")
                continue
            for path in paths:
                if _names_or_holds(word_path, path):
                    raise Decline(f"{ctx.line_of(node)}: `{' '.join(argv)}` removes or "
                                  f"moves the artifact {path}")
        if into is not None:
            dest = _word_path(into, step)
            if dest is None or any(c in dest for c in "*?["):
                raise Decline(f"{ctx.line_of(node)}: `{' '.join(argv)}` may move the "
                              f"artifact: {_unknown_word(into, step)}")
            names = {posixpath.basename((_word_path(w, step) or w).rstrip("/"))
                     for w in sources}
            for path in paths:
                if step.index == entry.index:
                    continue  # the RUN that makes the artifact puts it there
                if path == dest.rstrip("/") or any(
                        posixpath.dirname(path) == (dest.rstrip("/") or "/") and
                        fnmatch.fnmatchcase(posixpath.basename(path), name) for name in names):
                    raise Decline(f"{ctx.line_of(node)}: `{' '.join(argv)}` may replace "
                                  f"the artifact {path}")


def _word_path(word: str, step) -> Optional[str]:
    """The absolute path a word of ``rm``/``mv``/``ln`` names, or None: after expansion,
    absolute or relative to a working directory the walk knows, without ``~``; a glob is
    kept (a pattern, ``_names_or_holds``)."""
    value = expand(word, step.env)
    if not value.complete or "$(" in value.value or "`" in value.value:
        return None
    if value.value.startswith("/"):
        return value.value
    if step.cwd and not value.value.startswith("~"):
        return posixpath.normpath(posixpath.join(step.cwd, value.value))
    return None


def _unknown_word(word: str, step) -> str:
    """Why ``_word_path`` does not know the path ``word`` names."""
    value = expand(word, step.env)
    if not value.complete or "$(" in value.value or "`" in value.value:
        return f"`{word}` has a value that is not known"
    if value.value.startswith("~"):
        return f"`{word}` is relative to a home directory"
    if any(c in value.value for c in "*?["):
        return f"`{word}` is a pattern naming more than one directory"
    return f"`{word}` is relative to the directory the RUN runs in, which is not known"


def _names_or_holds(pattern: str, path: str) -> bool:
    """Whether the absolute ``pattern`` (a path, or a glob: ``/src/dist/*``) names
    ``path`` or a directory holding it.  A glob's ``*`` is taken to match dot files
    too (the shell's does not: erring toward "may")."""
    pat = [p for p in posixpath.normpath(pattern).split("/") if p]
    parts = [p for p in path.split("/") if p]
    return len(pat) <= len(parts) and all(
        fnmatch.fnmatchcase(name, want) for name, want in zip(parts, pat))
