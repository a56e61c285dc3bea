"""Place every original instruction in the builder, the runner, both, or nowhere,
and record why.  The build boundary is the last RUN that uses the toolchain (or
writes the artifact); RUN lines after it must be more build work or cleanup,
otherwise the transpiler declines (runtime setup in a small runner is not done)."""

from __future__ import annotations

import re

from ...tree import ast
from ...analysis.shell import program_name, split_commands, unwrap
from ...analysis.variables import expand
from ...knowledge.packages import read_install
from ..context import Context, Decline, Placement

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
    for fact in facts.instructions:
        i, node = fact.index, fact.node
        before = i <= boundary
        where, reason = _place(ctx, fact, before, boundary, last_entry, last_cmd, last_user)
        ctx.placements.append(Placement(i, node, where, reason))
    _check_artifacts_survive(ctx)


def _place(ctx, fact, before, boundary, last_entry, last_cmd, last_user):
    node, i = fact.node, fact.index
    det = ctx.detection
    replaced = det.replaces_program
    if replaced and isinstance(node, REPLACED):
        return "dropped", "replaced: the runner serves the build output itself"
    if isinstance(node, ast.Run):
        if _only(node, RUNTIME_SETUP) and not replaced:
            return ("both" if before else "runner"), "runtime setup (users, directories, modes)"
        if i in getattr(det, "runner_repeats_indices", ()):
            return "both", ("its effect outside the copied directories is needed at run time: "
                            "repeated in the same-image runner")
        if before:
            if i in det.build_indices:
                return "builder", "build step"
            return "builder", "before the build step: prepares the build"
        same_image = getattr(det, "runner_repeats_runs", False)
        if (_builder_side(node, BUILDER_SIDE | det.build_programs) or replaced) and \
                not (same_image and _writes_file(node)):
            return "builder", "after the build step, but only build work or cleanup"
        if same_image:
            # a same-distribution runner: the builder's image with the original's
            # packages, where the recipe checked that the RUN finds its programs
            return "runner", "after the build step: sets up the runtime in the runner"
        raise Decline(f"RUN at {ctx.line_of(node)} comes after the build step and sets up the "
                      "runtime; running it in a small runner is not supported yet")
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
    """No RUN after an artifact is written may remove or move it."""
    paths = {a.path for a in [ctx.entry] if a.path}
    for fact in ctx.facts.instructions:
        node = fact.node
        if not isinstance(node, ast.Run) or fact.index < ctx.entry.index:
            continue
        if not isinstance(node.command, ast.ShellForm):
            continue
        script = split_commands(node.command.text)
        env = fact.before.variables()
        for cmd in script.commands:
            cmd = unwrap(cmd)
            tool = program_name(cmd.argv[0]) if cmd.argv else None
            if tool not in ("rm", "mv", "ln"):  # cp leaves the artifact where it was
                continue
            for word in cmd.argv[1:]:
                if word.startswith("-"):
                    continue
                value = expand(word, env)
                target = value.value.rstrip("/*") or "/"
                if not value.complete or not target.startswith("/"):
                    if tool == "mv":
                        raise Decline(f"{ctx.line_of(node)}: `{' '.join(cmd.argv)}` may move "
                                      "the artifact")
                    continue
                for path in paths:
                    if path == target or path.startswith(target.rstrip("/") + "/"):
                        raise Decline(f"{ctx.line_of(node)}: `{' '.join(cmd.argv)}` removes or "
                                      f"moves the artifact {path}")
