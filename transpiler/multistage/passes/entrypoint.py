"""Find what the container runs (the last ENTRYPOINT, else the last CMD) and tie it
to a build artifact: in a single-stage file the thing the container runs is the build
output.  When the build's own naming is uncertain the command decides (with a
warning); when nothing matches, the transpiler declines.  Gate, part 3: a command
that needs the toolchain (``go run`` ...) keeps the single stage."""

from __future__ import annotations

import dataclasses
import posixpath
import shlex

from ...analysis.commands import SEVERAL, SHELLS, command_words, last, program_of
from ...analysis.commands import shell_command_string, shell_string_words
from ...analysis.shell import WRAPPER_NAMES, program_name, unwrap_words
from ...tree import ast
from ...knowledge.images import DEFAULT_PATH
from ..context import Context, Decline
from .. import foreign_context
from ..runner_setup import run_node
from ..recipes.artifacts import match_artifact
from ..runner_programs import CORE_PROGRAMS
from ..recipes.run_walk import steps
from .. import command_variables, entry_producer, entry_programs, full_image_scripts, moved_outputs, \
    unproduced_entry
from ..recipes import build_capture, full_image_libraries
from .. import guessed_program


#: core programs that run the command their arguments name
_RUN_COMMANDS = frozenset({"env", "nohup", "xargs", "find"})

def run(ctx: Context) -> None:
    body = ctx.facts.stage.body
    entrypoint = last(body, ast.Entrypoint)
    cmd = last(body, ast.Cmd)
    if entrypoint is None and cmd is None:
        raise Decline("no CMD or ENTRYPOINT: what the container runs (the artifact) is unknown")
    for node in (entrypoint, cmd):
        if node is not None:
            words, _ = command_words(node)
            reason = ctx.recipe.needs_toolchain(words)
            if reason and not ctx.recipe.carries_tool(words, ctx.detection):
                raise Decline(f"{node.name} at {ctx.line_of(node)}: {reason}")
    main = entrypoint if entrypoint is not None else cmd
    program, needs_shell, problem = program_of(main)
    written = command_words(main)[0] + (command_words(cmd)[0] if entrypoint is not None and
                                        cmd is not None else ())
    words = unwrap_words(written)[0] or written  # (`exec sh start.sh`: `sh start.sh`)
    if program is not None and words and program_name(program) in WRAPPER_NAMES:
        program = words[0]  # (`ENTRYPOINT ["env", "A=b"]` starts the CMD's program)
    if program is not None and not problem:
        words = shell_string_words(program, words)
    spaced = entry_producer.spaced_word(f"{main.name} at {ctx.line_of(main)}", program) \
        if program is not None and isinstance(main.command, ast.ExecForm) else None
    if spaced is not None:  # (on every runner, before a same-image one takes it for a path)
        raise Decline(spaced)
    if program is not None and not problem:
        program, ctx.command_image_env = command_variables.resolved_program(
            ctx, main, program, needs_shell)
    several = problem == SEVERAL
    if problem and not several:
        if isinstance(main.command, ast.ExecForm) and not main.command.args:
            problem += (": what the container runs is given at `docker run`, so what the "
                        "runner must hold (the artifact) is unknown")
        raise Decline(f"{main.name} at {ctx.line_of(main)}: {problem}")
    ctx.needs_shell = needs_shell or any(
        node is not None and isinstance(node.command, ast.ShellForm) for node in (entrypoint, cmd))
    # the HEALTHCHECK's command is checked (and curl/wget installed) with the runner
    final = ctx.facts.final
    if not several:
        entry_programs.command_wrappers(ctx, f"{main.name} at {ctx.line_of(main)}", written)
    inner = entry_programs.wrapper(ctx, main, program, words) if not problem else None
    while inner is not None:  # a wrapper (tini, gosu, timeout): the command it starts
        wrapping = program_name(program)
        program, words = inner
        if unwrap_words(words)[0]:  # (`tini -- env A=b app`)
            entry_programs.command_wrappers(ctx, f"{main.name} at {ctx.line_of(main)}", words)
            words = unwrap_words(words)[0]
            program = words[0]
        if shell_command_string(words) is not None:
            raise Decline(f"{main.name} at {ctx.line_of(main)}: `{wrapping}` starts a "
                          "shell command, which is not followed")
        inner = entry_programs.wrapper(ctx, main, program, words)  # (`tini -- gosu app x`)
    if several:  # each program is the runner's own, a builtin or an artifact
        ctx.entry = entry_programs.several_programs(ctx, main)
        ctx.entry_reference = "path"
        return
    if entry_programs.same_image(ctx) and program_name(program) == "supervisord":
        ctx.entry = entry_programs.supervisord(ctx, main, program, words)
        ctx.entry_reference = "path" if "/" in program else "name"
        return
    # with the context, a script is read and its programs checked on every runner but
    # a full python/node image's slim sibling (full_image_scripts reads those)
    reads = entry_programs.same_image(ctx) or ctx.context is not None and (
        ctx.recipe.name not in ("python", "node", "ruby") or
        not full_image_libraries.applies(ctx.facts))
    script = entry_programs.program_script(ctx, program) if reads else None
    # (a script the context given lacks, on the builder's own image: read as not read,
    # as without the context (``foreign_context``), not taken for a file the build made)
    lacked = ctx.context is not None and entry_programs.same_image(ctx)
    if script is None and lacked:
        script = entry_programs.program_script(ctx, program, held=False)
    if script is not None:
        ctx.entry = entry_programs.entry_script(ctx, main, program, script, words)
        ctx.entry_reference = "path"
        return
    handed = entry_programs.shell_script(program, words) if reads else None
    named, script = entry_programs.handed_script(ctx, handed[0]) if handed else (None, None)
    if handed and script is None and lacked:
        named, script = entry_programs.handed_script(ctx, handed[0], held=False)
    if script is not None:  # `bash /home/setup.sh`: the script runs, read as if named
        ctx.entry = entry_programs.entry_script(ctx, main, named, script, handed[1])
        ctx.entry_reference = "path"
        return
    if words[:1] == (program,) and shell_command_string(words) is not None:
        # `bash -c '...'` as the whole command: its commands are what the container runs
        entry_programs.shell_command(ctx, main, words)
    if ctx.recipe.name in ("python", "node", "ruby") and not entry_programs.same_image(ctx):
        full_image_scripts.check(ctx, main, program, words)
        entry_programs.unread_script(ctx, main, program, words)
    entry_programs.interactive_shell(ctx, main, program, words)
    entry_programs.init_scripts(ctx, main, program)
    try:  # the recipe knows interpreters its runner provides, jars the command names ...
        found = _entry_for(ctx, program, words)
    except Decline as exc:
        raise Decline(f"{main.name} at {ctx.line_of(main)}: {exc.reason}") from None
    artifact, how = None, ""
    if found is not None:
        artifact, ctx.detection = found
        how = "exact"
        entry_programs.unread_package_script(ctx, program_name(program), words,
                                             f"{main.name} at {ctx.line_of(main)}")
    if artifact is None:  # the recipe may refine the detection and leave the match here
        artifact, how = match_artifact(program, final.workdir, final.path_dirs,
                                       ctx.detection.artifacts)
    if artifact is not None and how.startswith("guess") and program in CORE_PROGRAMS and \
            program not in SHELLS and program not in _RUN_COMMANDS and \
            not entry_programs.same_image(ctx):
        # (`CMD ["id", "-un"]` beside console scripts: no build shows an `id`, every
        # image with a shell has one; taken for the build's, the copy of
        # /usr/local/bin/id failed the build.  A shell, env, nohup or xargs runs what
        # its arguments name, which is not read here: left to the rules below)
        artifact, how = entry_programs.runner_package_program(ctx, program, words), "exact"
    if artifact is None:  # a mv/cp/install after the build put the output there
        artifact = moved_outputs.moved_artifact(ctx, program)
        how = "exact" if artifact is not None else how
    if artifact is None and entry_programs.same_image(ctx):
        artifact = entry_programs.run_written_script(ctx, main, program, words)
    if artifact is None and entry_programs.same_image(ctx):
        artifact = entry_programs.runner_own(ctx, program)
    if artifact is None:
        switched = entry_programs.captured_build(ctx)
        if switched == "switched":  # the build runs in a capture window: read again
            return run(ctx)
        if switched == "captured":
            artifact = build_capture.program(ctx, f"{main.name} at {ctx.line_of(main)}",
                                              program)
    if artifact is None and not entry_programs.same_image(ctx) and \
            not unproduced_entry.runs_code(program):
        # (after the capture: a build that runs in a capture window reads the command
        # again as on a same-image runner)
        artifact = entry_programs.runner_package_program(ctx, program, words)
        how = "exact" if artifact is not None else how
    if artifact is None:
        _unread_context_script(ctx, main, program)
        why = unproduced_entry.reason(ctx, main, program, words) or \
            entry_producer.reason(ctx, f"{main.name} at {ctx.line_of(main)}", program)
        raise Decline(why or f"{main.name} runs `{program}`, which no recognised build step "
                      "produces")
    if how.startswith("guess"):
        if program_name(program) in SHELLS:
            # (`CMD sh $GOPATH/src/app/run.sh` after `go get`: no build makes a shell,
            # and a copy of <bin>/sh would fail the build or shadow the runner's)
            raise Decline(f"{main.name} at {ctx.line_of(main)} runs the shell `{program}`, "
                          "which no build step makes; what it runs is not read "
                          f"({foreign_context.give(ctx, ' with the script in it')})")
        _guessed_script(ctx, main, program, artifact)
        ctx.warnings.append(f"{main.name} runs `{program}`; the build does not show the binary's "
                            f"name for sure ({artifact.how}), so the name is taken from "
                            f"{main.name}")
        artifact = guessed_program.carried(ctx, main, program, artifact)
    ctx.entry = artifact
    ctx.entry_reference = "name" if "/" not in program else "path"
    ctx.detection = ctx.recipe.with_entry(ctx.detection, ctx.facts, artifact)
    _staged_program_check(ctx, program, artifact)
    _unsure_tree_check(ctx, program, artifact)
    guessed_program.stage(ctx, artifact)


def _unread_context_script(ctx: Context, main, program: str) -> None:
    """The command runs a script a COPY/ADD brings from the build context (``COPY
    entrypoint.sh /``) that no build step makes and that was not read: no ``--context``
    was given and the runner is not the builder's own image with every package again
    (where ``entry_script`` takes it unread).  The programs it runs could be anything
    of the builder: declined, naming the COPY and the way out, rather than as a program
    no build step produces.  Only a file the COPY names itself: one inside a directory
    copied whole (``COPY . /kids``, ``CMD ["src/kids"]``) may be what a build there
    wrote."""
    if ctx.context is not None:
        return
    found = entry_programs.program_script(ctx, program)
    if found is None:
        return
    fact, source = found
    if posixpath.normpath(source) not in {posixpath.normpath(src[2:] if src.startswith("./")
                                                           else src)
                                          for src in fact.node.sources}:
        return  # (in a directory copied whole: a build in it may have written the file)
    raise Decline(f"{main.name} at {ctx.line_of(main)} runs `{program}`, the file {source} "
                  f"that the {fact.node.name} at {ctx.line_of(fact.node)} brings from the "
                  f"build context, {foreign_context.not_given(ctx)}: what it runs is unknown "
                  "and the runner has only the artifacts; "
                  f"{foreign_context.give(ctx, ' to have it read')}")


def _staged_program_check(ctx: Context, program: str, artifact) -> None:
    """A program found in a staged prefix (what the build added to an image's own
    /usr/local: ``native_staging``) may be the image's own instead (php:7.1's
    /usr/local/bin/php, after a build that only added an extension), which the staged
    copy does not hold: the builder tests the staged copy for it after staging, so a
    runner without it fails the build, not the container.  A program found by name in
    a directory of the prefix that only the image's PATH searches (``_unsearched_staged``)
    fails the build too: the runner would not find it."""
    if not (artifact.tree and artifact.source):
        return
    root, stage = artifact.path.rstrip("/"), artifact.source.rstrip("/")
    if "/" in program:
        paths = [program]
    else:
        paths = [posixpath.join(d, program) for d in ctx.facts.final.path_dirs
                 if (d.rstrip("/") + "/").startswith(root + "/")]
    paths = [stage + p[len(root):] for p in paths if (p + "/").startswith(root + "/")]
    if not paths:
        return
    for step in steps(ctx.facts):
        tool = program_name(step.argv[0]) if step.argv else ""
        if tool in _LANGUAGE_INSTALLERS:
            # (c6f917a3: cpanm's /usr/local/bin/prove runs #!/usr/local/bin/perl, the
            # perl image's own, which neither the staged copy nor the runner holds)
            raise Decline(f"the command's `{program}` may be a script that `{tool}` "
                          f"({step.where}) installed into {root} for "
                          f"{ctx.facts.base.reference}'s own interpreter, which the staged "
                          "copy does not hold and the runner lacks")
    tests = " || ".join(f"test -x {shlex.quote(p)}" for p in paths)
    text = (f"{{ {tests} || {{ echo 'dtranspile: {program} is not among what the build "
            f"installed into {root} (a program {ctx.facts.base.reference} keeps there, which "
            "the runner lacks)' >&2; exit 1; }; }")
    unsearched = _unsearched_staged(ctx, program, root)
    if unsearched:
        text = " && ".join(
            f"{{ test ! -e {shlex.quote(stage + d[len(root):] + '/' + program)} || {{ echo "
            f"'dtranspile: the build installed {program} into {d}: the PATH of "
            f"{ctx.facts.base.reference} searches it, the PATH of the runner does not' "
            ">&2; exit 1; }; }" for d in unsearched) + " && " + text
    ctx.detection = dataclasses.replace(
        ctx.detection, builder_additions=ctx.detection.builder_additions + (
            run_node(text, f"the command's {program} is among what the build installed"),))
    ctx.added.append(f"`{program}` is taken from what the build installed into {root} "
                     f"(staged), tested in the builder: {ctx.facts.base.reference} keeps "
                     "programs of its own there, which the staged copy does not hold" + (
                         f"; and not in {', '.join(unsearched)}, which the runner's PATH does "
                         "not search" if unsearched else ""))


def _tree_paths(ctx: Context, program: str, root: str):
    """Where the command's program is inside the tree ``root`` (its path, or the PATH
    directories inside the tree that a name is looked up in)."""
    if "/" in program:
        paths = [program]
    else:
        paths = [posixpath.join(d, program) for d in ctx.facts.final.path_dirs
                 if (d.rstrip("/") + "/").startswith(root + "/")]
    return [p for p in paths if (p + "/").startswith(root + "/")]


def _unsure_tree_check(ctx: Context, program: str, artifact) -> None:
    """A program found in a prefix copied whole whose contents are a guess
    (``Artifact.unsure``: the /usr/local taken for a ``make install`` whose Makefile no
    configure step wrote; a hand-written one may install into /usr/bin or /opt): the
    builder tests that the program is there after the build, so a runner without it
    fails the build, not the container.  Not a name that a package the original installs
    and keeps has for its program: the PATH may find that one instead."""
    if not (artifact.tree and artifact.unsure) or artifact.source:
        return
    from ..runner_programs import kept_packages, packages_of
    if "/" not in program and set(packages_of(program)) & kept_packages(ctx):
        # (c0d28bd1: `fish` after a make install of fish functions is the fish package's
        # /usr/bin/fish, which the runner installs again, as likely as the prefix's)
        return
    root = artifact.path.rstrip("/")
    paths = _tree_paths(ctx, program, root)
    if not paths:
        return
    tests = " || ".join(f"test -x {shlex.quote(p)}" for p in paths)
    text = (f"{{ {tests} || {{ echo 'dtranspile: {program} is not among what make install "
            f"put into {root}: no configure step wrote the Makefile, whose install may "
            "write elsewhere' >&2; exit 1; }; }")
    ctx.detection = dataclasses.replace(
        ctx.detection, builder_additions=ctx.detection.builder_additions + (
            run_node(text, f"the command's {program} is among what make install put into "
                     f"{root}"),))
    ctx.added.append(f"`{program}` is taken from {root}, copied whole, tested in the builder: "
                     f"{root} is the prefix taken for a make install whose Makefile no "
                     "configure step wrote (a hand-written one may install elsewhere)")


def _unsearched_staged(ctx: Context, program: str, root: str):
    """The directories inside the staged prefix that the image's PATH searches before
    the standard ones and a runner's PATH does not (ruby's /usr/local/bundle/bin,
    openjdk's /usr/local/openjdk-8/bin): the program found by name there in the
    original is staged, but the runner, whose PATH is its own image's unless the
    Dockerfile sets one, would not find it.  None when the command names a path or the
    Dockerfile sets PATH (the runner takes that ENV, with the image's part expanded)."""
    if "/" in program or any(isinstance(f.node, ast.Env) and
                             any(p.key == "PATH" for p in f.node.pairs)
                             for f in ctx.facts.instructions):
        return []
    standard = [d for d in DEFAULT_PATH.split(":") if (d + "/").startswith(root + "/")]
    out = []
    for d in (d.rstrip("/") for d in ctx.facts.final.path_dirs):
        if d in standard:
            break
        if (d + "/").startswith(root + "/"):
            out.append(d)
    return out


#: language package managers whose programs are scripts for the image's own interpreter
_LANGUAGE_INSTALLERS = frozenset({"cpanm", "cpan", "gem", "bundle", "pip", "pip2", "pip3",
                                  "npm", "yarn", "composer", "pecl", "luarocks"})

#: names that say a file is a shell script, not a compiler's output
SHELL_SCRIPT_SUFFIXES = (".sh", ".bash")


def _guessed_script(ctx: Context, main, program: str, artifact) -> None:
    """A command whose program the build does not show it makes (``make`` in a copied
    directory) is taken for that output by its name; a name that says it is a shell
    script (``/twister-core/docker-entrypoint.sh``) that a COPY/ADD of the build context
    puts at that path is the context's script, whose programs are unknown without
    ``--context`` (the runner has only the build's output and its libraries): declined,
    as an unread entry script is.  One no COPY/ADD brings came with what a RUN fetched
    (``git clone`` of the project, whose ``make`` then runs beside it): no compiler
    writes a file so named, and the programs it runs (the build's other outputs in that
    directory) are not known with or without ``--context``: declined too."""
    if not program.endswith(SHELL_SCRIPT_SUFFIXES):
        return
    found = entry_programs.program_script(ctx, program)
    if found is None:
        raise Decline(f"{main.name} at {ctx.line_of(main)} runs `{program}`, which the build "
                      f"does not show it makes ({artifact.how}): its name says it is a shell "
                      "script, which no compiler writes, so it came with what a RUN fetched, "
                      "and the programs it runs (the build's outputs beside it) are not known")
    if ctx.context is not None:
        return
    fact, _ = found
    raise Decline(f"{main.name} at {ctx.line_of(main)} runs `{program}`, which the build does "
                  f"not show it makes ({artifact.how}) and the {fact.node.name} at "
                  f"{ctx.line_of(fact.node)} brings from the build context, a script whose "
                  "programs are unknown without it; "
                  f"{foreign_context.give(ctx, ' to have it read')}")


def _entry_for(ctx: Context, program: str, words):
    """The recipe's ``entry_for``, shown the detection as the runner will be: a full
    image kept (``full_image``) that ``--runtime`` replaces by another image has none of
    its programs there, so the recipe must not take them for the runner's own
    (``make serve`` on python:3.11 forced onto its slim sibling).  The reason the full
    image was kept stays on the detection for the runner plan's note and warning."""
    det = ctx.detection
    if not det.full_image or \
            full_image_libraries.runner_is_own_image(det, ctx.runtime, ctx.facts):
        return ctx.recipe.entry_for(program, words, ctx.facts, det)
    found = ctx.recipe.entry_for(program, words, ctx.facts,
                                 dataclasses.replace(det, full_image=None))
    if found is None:
        return None
    artifact, refined = found
    return artifact, dataclasses.replace(refined, full_image=det.full_image)
