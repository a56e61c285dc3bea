"""A command that compiles and runs at container start (``go run .``, ``cargo run
--release``) becomes a build step and a command that runs what it built, before the
recipes read the stage: the toolchain then stays in the builder like any other build.

``go run [build flags] PKG|FILES [args]`` compiles exactly what ``go build [build flags]
-o BIN PKG|FILES`` compiles, from the same directory with the same environment, then
runs it with ``args``; ``cargo run [--release|--profile P] [--bin X] [--features ...]
[-- args]`` runs ``cargo build`` with those options and then the binary it wrote under
``target/<profile>/``.  The program sees the same working directory, environment and
arguments; only its own path (``argv[0]``) differs.

Declined (the rewrite could differ from compiling at start): ``go run -exec``; a
working directory the build context does not fill with ``COPY . <dir>`` (sources from
``go get``: the files the program reads next to them would stay in the builder); a
``VOLUME`` over the sources (they may be replaced at run time, which is what compiling
at start would pick up); a ``cargo run`` whose binary name only Cargo.toml shows when the
build context is not readable; options this reading does not know; development
watchers (``air``, ``cargo watch``) are not rewritten at all.  The CMD/ENTRYPOINT
change is the purpose of the rewrite: the report says so and the post-conditions allow
it for that instruction only."""

from __future__ import annotations

import posixpath
import re
import shlex
from typing import List, Optional, Tuple

from ...analysis import analyze_stage
from ...analysis.commands import last
from ...analysis.shell import program_name, split_commands
from ...analysis.state import resolve_path
from ...analysis.variables import expand
from ...tree import ast
from ..context import Context, Decline
from ..recipes import global_options
from ..recipes.go_commands import VALUE_FLAGS
from ..runner_setup import run_node
from ...analysis.paths import is_within

#: where the binary ``go run`` would have compiled is written in the builder
GO_BIN = "/usr/local/bin"
_MAJOR = re.compile(r"^v\d+$")
#: cargo options that only select what is built (kept on ``cargo build``)
_CARGO_VALUED = {"--bin", "--profile", "--features", "-F", "-j", "--jobs", "--color",
                 "--target-dir"}
_CARGO_FLAGS = {"--release", "-r", "--all-features", "--no-default-features", "--locked",
                "--frozen", "--offline", "-q", "--quiet", "-v", "--verbose"}


def run(ctx: Context) -> None:
    body = ctx.facts.stage.body
    entrypoint, cmd = last(body, ast.Entrypoint), last(body, ast.Cmd)
    if entrypoint is not None and cmd is not None:
        return  # the command is split over both: not rewritten
    node = entrypoint or cmd
    if node is None or node.command is None:
        return
    said, shell_form = _words(node)
    # (`CMD exec go run .`: the shell's exec, kept before the program that replaces it)
    execs = shell_form and len(said) > 1 and said[0] == "exec" and not said[1].startswith("-")
    words = said[1:] if execs else said
    if len(words) > 1 and not words[1].startswith("+"):
        # (the tool's global options before `run`: `cargo --locked run` is `cargo run
        # --locked`; rustup's +toolchain and go's -C stay unread, the build would need
        # them too)
        reading = global_options.read(words)
        words = reading.argv if reading.directory is None else words
    if len(words) < 2 or words[1] != "run":
        return
    head = program_name(words[0])
    if head == "go":
        build, program, args, what = _go_run(ctx, node, words[2:])
    elif head == "cargo":
        build, program, args, what = _cargo_run(ctx, node, words[2:])
    else:
        return
    if shell_form:
        if any(ch in w for w in args for ch in "$`\"'\\"):
            raise Decline(f"{node.name} at {ctx.line_of(node)}: `{' '.join(words[:2])}` with "
                          "arguments the shell expands; the rewrite could not keep them as written")
        command = ast.ShellForm(" ".join(("exec",) * execs + tuple(
            shlex.quote(w) for w in (program,) + args)))
    else:
        command = ast.ExecForm((program,) + args)
    original = " ".join(said)
    step = run_node(build, f"{node.name} ran `{original}`, which compiles at every start: "
                    "compiled here instead")
    # the original's comments above the command speak of compiling at start: they stay
    # with the step that now does it
    step = ast.replace(step, leading=tuple(node.leading) + tuple(step.leading))
    new = ast.replace(node.with_changes(command=command), leading=())
    stage = ctx.facts.stage
    new_body = []
    for item in stage.body:
        if item is node:
            if new_body and isinstance(new_body[-1], ast.Run):
                # kept apart from the RUN before it, whose `cd` would move this one
                step = ast.replace(step, leading=step.leading + (
                    ast.Comment("# hadolint ignore=DL3059"),))
            new_body.extend((step, new))
        else:
            new_body.append(item)
    ctx.facts = analyze_stage(stage.with_changes(body=tuple(new_body)),
                              ctx.facts.global_args)
    ctx.allowed_changes.add(node.name)
    ctx.added.append(f"{node.name} `{original}` compiled at every start with the {what} "
                     f"toolchain; now built in the builder (`{build}`) and run as "
                     f"`{' '.join((program,) + args)}` (same directory, environment and "
                     "arguments)")


def _words(node) -> Tuple[Tuple[str, ...], bool]:
    command = node.command
    if isinstance(command, ast.ExecForm):
        return tuple(command.args), False
    script = split_commands(command.text)
    if script.complex or len(script.commands) != 1 or script.commands[0].assignments:
        return (), True
    return tuple(script.commands[0].argv), True


def _workdir(ctx: Context, node, tool: str) -> str:
    workdir = ctx.facts.final.workdir
    if not workdir:
        raise Decline(f"{node.name} at {ctx.line_of(node)}: `{tool} run` compiles in a working "
                      "directory that is not known")
    for fact in ctx.facts.instructions:
        if isinstance(fact.node, ast.Volume):
            for path in fact.node.paths:
                target = posixpath.normpath(posixpath.join(fact.before.workdir or "/", path))
                if is_within(workdir, target):
                    raise Decline(f"{node.name} at {ctx.line_of(node)}: `{tool} run` compiles "
                                  f"{workdir}, which the VOLUME at {ctx.line_of(fact.node)} may "
                                  "replace at run time")
    if not _from_context(ctx, workdir):
        raise Decline(f"{node.name} at {ctx.line_of(node)}: `{tool} run` compiles in {workdir}, "
                      "which the build context does not fill (`COPY . <dir>`): which of its "
                      "files the program reads at run time is not known")
    return workdir


def _from_context(ctx: Context, workdir: str) -> bool:
    """Whether a ``COPY . <dir>`` of the build context put the working directory there
    (the runner then carries the files the program may read, ``runtime_inputs``)."""
    for fact in ctx.facts.instructions:
        node = fact.node
        if isinstance(node, (ast.Copy, ast.Add)) and node.flag("from") is None and \
                any(src.rstrip("/") in (".", "") for src in node.sources):
            value = expand(node.destination or ".", fact.before.variables())
            dest = resolve_path(fact.before.workdir, value.value) if value.complete else None
            if dest and is_within(workdir, dest):
                return True
    return False


def _go_run(ctx: Context, node, args: Tuple[str, ...]):
    workdir = _workdir(ctx, node, "go")
    flags: List[str] = []
    i = 0
    while i < len(args) and args[i].startswith("-") and args[i] != "--":
        word = args[i]
        name, eq, _ = word.lstrip("-").partition("=")
        if name == "exec":
            raise Decline(f"{node.name} at {ctx.line_of(node)}: go run -exec runs the program "
                          "through another one")
        if name in ("o", "C"):
            raise Decline(f"{node.name} at {ctx.line_of(node)}: go run {word} is not read")
        flags.append(word)
        if not eq and name in VALUE_FLAGS and name != "buildvcs":
            if i + 1 >= len(args):
                return _unread(ctx, node)
            flags.append(args[i + 1])
            i += 1
        i += 1
    if i < len(args) and args[i] == "--":
        i += 1
    rest = args[i:]
    if not rest:
        return _unread(ctx, node)
    files = []
    for word in rest:
        if not word.endswith(".go"):
            break
        files.append(word)
    if files:
        target, program_args = tuple(files), rest[len(files):]
        first = posixpath.normpath(files[0])
        parent = posixpath.basename(posixpath.dirname(first))
        name = parent or posixpath.splitext(posixpath.basename(first))[0]
    else:
        target, program_args = (rest[0],), rest[1:]
        name = _package_name(rest[0], workdir)
    if any("$" in w or "*" in w for w in target) or not name or \
            not re.fullmatch(r"[A-Za-z0-9._+-]+", name):
        return _unread(ctx, node)
    binary = f"{GO_BIN}/{name}"
    build = " ".join(shlex.quote(w) for w in ("go", "build", *flags, "-o", binary, *target))
    return build, binary, tuple(program_args), "Go"


def _package_name(package: str, workdir: str) -> str:
    """The name ``go build`` would give the package's binary (its directory's or its
    import path's last element, a /vN suffix skipped)."""
    if package in (".", "./"):
        path = workdir
    elif package.startswith(("./", "../")) or package.startswith("/"):
        path = posixpath.normpath(posixpath.join(workdir, package))
    else:
        path = package
    parts = [p for p in path.split("/") if p]
    if len(parts) > 1 and _MAJOR.match(parts[-1]):
        parts = parts[:-1]
    return parts[-1] if parts else ""


def _unread(ctx: Context, node):
    raise Decline(f"{node.name} at {ctx.line_of(node)}: the package `go run` compiles is not "
                  "read")


def _cargo_run(ctx: Context, node, args: Tuple[str, ...]):
    workdir = _workdir(ctx, node, "cargo")
    options: List[str] = []
    profile, binary, target_dir = "debug", None, None
    i = 0
    while i < len(args) and args[i] != "--":
        word = args[i]
        name, eq, value = word.partition("=")
        if name in _CARGO_VALUED:
            if not eq:
                if i + 1 >= len(args):
                    raise Decline(f"{node.name} at {ctx.line_of(node)}: cargo run {word} has no "
                                  "value")
                value = args[i + 1]
                i += 1
            options.extend((name, value))
            if name == "--bin":
                binary = value
            elif name == "--profile":
                profile = {"dev": "debug", "test": "debug", "bench": "release"}.get(value, value)
            elif name == "--target-dir":
                target_dir = value
        elif word in _CARGO_FLAGS:
            options.append(word)
            if word in ("--release", "-r"):
                profile = "release"
        else:
            raise Decline(f"{node.name} at {ctx.line_of(node)}: cargo run {word}: which binary "
                          "it runs is not read")
        i += 1
    program_args = args[i + 1:] if i < len(args) else ()
    if binary is None:
        binary = _cargo_binary_name(ctx, workdir)
    if binary is None or "$" in binary or (target_dir and "$" in target_dir):
        raise Decline(f"{node.name} at {ctx.line_of(node)}: cargo run starts the binary "
                      "Cargo.toml names, which the Dockerfile does not show (pass the build "
                      "context, or `--bin NAME`)")
    target_dir = target_dir or ctx.facts.final.env.get("CARGO_TARGET_DIR") or "target"
    if "$" in target_dir:
        raise Decline(f"{node.name} at {ctx.line_of(node)}: CARGO_TARGET_DIR is not known")
    program = posixpath.normpath(posixpath.join(workdir, target_dir, profile, binary))
    build = " ".join(shlex.quote(w) for w in ("cargo", "build", *options))
    return build, program, tuple(program_args), "Rust"


def _cargo_binary_name(ctx: Context, workdir: str) -> Optional[str]:
    if ctx.context is None:
        return None
    from ..project import Project
    from ..recipes.rust import cargo_binary
    project = Project(ctx.sent, ctx.facts)
    name = cargo_binary(project.read(workdir, "Cargo.toml"))
    ctx.warnings.extend(project.warnings)
    return name
