"""What the container runs besides one build artifact: a shell command of several
programs (``cd /app && python app.py``), an entry script copied from the build context
(``COPY entrypoint.sh /``, ``ENTRYPOINT ["/entrypoint.sh"]``), an init program that
starts the command (``ENTRYPOINT ["tini", "--"]``), supervisord, and a copy of the
build's output a ``cp`` after the build put on PATH.

On a same-image runner (``recipes/distribution_runner``: the builder's own distribution
image with the original's packages installed again) every program of the base image
and of those packages is in the runner as in the original; what is missing is known:
the packages that stay in the builder (build tools, -dev packages), which the recipe's
``entry_for`` declines, and files outside the copied trees.  On any other runner (a
slim sibling, a distribution's slim image) only these are the runner's: the artifacts,
the recipe's interpreter, programs every image with a shell has (``sleep``), and the
programs of packages the original keeps, which the runner installs again
(``runner_packages``; ``check_runner`` declines when it does not), unless the build
configures them in the builder.  Which package provides a program is not known here,
so a program taken to be on the runner's PATH is checked where it can fail the build
rather than the container: a runner RUN ``command -v`` (``test -x`` for a path).

An entry script (and supervisord's configuration) is read from the build context
(``--context``, through safe_files), or from the Dockerfile when a RUN writes it with
``echo``/``printf`` and its text is surely known (``written_text``): otherwise the
programs it runs could be anything of the builder, so the transpiler declines unless
the runner is the same image and installs every package again (nothing build-only is
dropped), which works either way.
What no reading can make safe is declined, named: a build tool the runner does not
install (make, gcc, git), an interactive shell (a toolbox image: every tool may be
used), a program named by a variable, ``cd`` into a directory the runner lacks, and a
RUN after the build that edits the image's files in the builder only (classify places
``rm``/``echo >>`` there as cleanup; the runner's programs would read the packages'
defaults)."""

from __future__ import annotations

import dataclasses
import os
import posixpath
import re
import shlex
from typing import List, Optional, Sequence, Tuple

from ..knowledge.packages import package_name
from ..analysis.commands import SHELLS, shell_operands
from ..analysis.context_copies import context_copies, context_path
from ..analysis.run_text import run_text
from ..analysis.shell import WRAPPER_NAMES, every_command, program_name, split_commands, unwrap, \
    unwrap_words, wrapper_problem, wrappers_of
from ..analysis.state import resolve_path
from ..analysis.variables import expand
from ..knowledge import packages
from ..safe_files import read_text
from ..knowledge.filesystem import SYSTEM_DIRS
from ..tree import ast
from .decline import Decline
from . import foreign_context, toolchain_drivers
from .moved_outputs import moved_artifact
from .runtime_inputs import copy_target
from .written_text import written_text
from .interpreter_prompts import starts_prompt
from .recipes import npm_upgrade
from .recipes.artifacts import Artifact, match_artifact
from .runner_programs import (CORE_PROGRAMS, REDIRECT, WRAPPERS, ProgramChecks, wrapped_words,
                              check_stripped, kept_packages, left_out, package_program, packages_of,
                              require, same_image)
from ..analysis.paths import is_within

#: shell builtins and keywords a command may run: nothing to find in the runner
BUILTINS = {"cd", "export", "set", "unset", "source", ".", "echo", "printf", "test", "[",
            "[[", "true", "false", ":", "exit", "return", "shift", "umask", "ulimit", "trap",
            "wait", "read", "local", "readonly", "declare", "typeset", "alias", "type",
            "command", "hash", "getopts", "let", "eval", "pwd", "kill", "break", "continue"}
#: programs of the build tools (compilers, build systems, version control): a command
#: that runs one builds at run time, unless the runner installs its package again
BUILD_PROGRAMS = (packages.TOOLCHAIN | packages.BUILD_TOOLS | {"cc", "c++", "ld", "as", "ar"}) \
    - {"gettext", "patch", "gnupg", "gpg", "gnupg2"}


def build_tool_left_behind(name: str, replay=None) -> bool:
    """Whether ``name`` is a build tool's program (``BUILD_PROGRAMS``) the runner lacks:
    ``replay`` is what a same-image runner installs again (None: a runner that installs
    none of the builder's packages), and only a package of that name brings it there."""
    installed = {package_name(p) for p in replay.install} \
        if replay is not None else set()
    return name in BUILD_PROGRAMS and name not in installed


#: entry scripts are small; a larger file is not read
SCRIPT_LIMIT = 256 * 1024
#: scripts that run scripts: how deep they are followed
DEPTH = 3
_FUNCTION = re.compile(r"^\s*(?:function\s+)?([A-Za-z_][\w-]*)\s*(?:\(\s*\))?\s*\{?\s*$|"
                       r"^\s*(?:function\s+([A-Za-z_][\w-]*)|([A-Za-z_][\w-]*)\s*\(\s*\))",
                       re.M)


def several_programs(ctx, node) -> Artifact:
    """The entry of a shell command that runs several programs: every one must be a
    builtin, an artifact or the runner's own; the artifact (or the last program) is
    the entry.  Declines naming the first program that is none of these."""
    text = run_text(node, shell_script=True)
    script = every_command(text)  # (each branch's and each substitution's programs too)
    if script.problem:
        raise Decline(f"{node.name} at {ctx.line_of(node)}: the shell command is too complex "
                      f"to follow ({script.problem})")
    checks = ProgramChecks()
    where = f"{node.name} at {ctx.line_of(node)}"
    entry = None
    cwd = ctx.facts.final.workdir
    unplaced: List[Tuple[str, str]] = []  # (directory, why) of `cd`s checked at the end
    idle = True  # only builtins and sleeps: the container is kept alive for `docker exec`
    ctx.activated = None  # (no activation before the command's first program)
    for pos, cmd in enumerate(script.commands):
        argv = unwrap(cmd).argv
        if not argv:
            continue
        idle = idle and (argv[0] in BUILTINS or program_name(argv[0]) == "sleep" or
                         idle_command(argv) is not None)
        if cmd.separator_before != "|" and "<" not in text and starts_prompt(argv):
            # (`sleep 1 && irb`: a prompt among the programs, not fed a program)
            interactive_shell(ctx, node, argv[0], argv)
        if not same_image(ctx):
            check_stripped(ctx, cmd, where, checks)
            _run_time_install(argv, where, ctx)
        if argv[0] == "cd":
            cwd = _cd(ctx, argv, cwd, where, cmd, unplaced)
            continue
        if _activation(ctx, cmd, argv, where, script.commands[pos + 1:]):
            continue
        program = argv[0]
        if "/" in program and not program.startswith("/") and "$" not in program and \
                cwd != ctx.facts.final.workdir:
            if cwd is None:
                raise Decline(f"{where}: `{program}` runs in a directory that is not known")
            program = resolve_path(cwd, program)
        found = _program(ctx, program, (program,) + tuple(argv[1:]), where, checks, 0, ())
        if found is not None and not found.provided and "/" not in program:
            checks.add(program)  # an artifact found on PATH: tested there like the rest
        if found is not None and (entry is None or entry.provided or not found.provided):
            entry = found
    ctx.activated = None
    _record(ctx, checks)
    if idle and entry is not None:  # (`while :; do sleep 3600; done`)
        interactive_shell(ctx, node, program_name(entry.name or "sleep"), (),
                          idle="only keeps the container alive for `docker exec`")
    if entry is None:
        raise Decline(f"{where}: the shell command runs only shell builtins (`echo` and "
                      "the like), no program: what the container is for is given at `docker "
                      "run`, so what the runner must hold (the artifact) is unknown")
    for target, why in unplaced:  # a directory the entry's copy makes is there
        held = entry.path if entry.tree else entry.directory
        if held is None or entry.provided or not (
                is_within(held, target)):
            raise Decline(why)
    return entry


#: package managers whose install, run when the container starts, fetches what it
#: installs then: (program, its install subcommands)
RUN_TIME_INSTALLERS = {"npm": {"install", "i", "add", "ci"}, "yarn": {"add", "install"},
                       "pip": {"install"}, "pip2": {"install"}, "pip3": {"install"},
                       "gem": {"install"}, "bundle": {"install"},
                       "composer": {"install", "require"}}


def _run_time_install(argv, where: str, ctx) -> None:
    """Declines a container command that installs packages when it starts (``npm install
    $(node -e ...) && bin/hubot``) on a runner that is not the builder's image: what it
    installs is decided then, and a package that compiles needs the builder's compilers
    and headers, which the runner lacks; whether one does is not known here."""
    name = program_name(argv[0])
    words = [w for w in argv[1:] if not w.startswith("-")]
    if words and words[0] in RUN_TIME_INSTALLERS.get(name, ()):
        raise Decline(f"{where}: runs `{name} {words[0]}` when the container starts: what it "
                      "installs is decided then, and whether a package needs the builder's "
                      f"compilers (which {ctx.facts.base.reference}'s runner lacks) is not known")


def _activation(ctx, cmd, argv, where: str, after=()) -> bool:
    """Whether ``argv`` activates a conda environment (``source activate gluon``): the
    programs after it are found on the PATH it sets (``conda_activation``), which
    ``ctx.activated`` holds for them.  Declines where that PATH is not known, or the
    activation may not run while a program after it does (``test -d x && source
    activate x; prog``, ``a || source activate x``: the PATH is then one of two);
    ``after`` are the commands that follow it."""
    from .conda_activation import activated_bin, activated_env
    env = activated_env(argv)
    if env is None:
        return False
    sep = cmd.separator_before
    if cmd.conditional or sep in ("||", "|", "&", "|&") or sep == "&&" and any(
            c.separator_before != "&&" for c in after):
        raise Decline(f"{where}: `{' '.join(argv[:3])}` activates an environment only on one "
                      "branch of the command: the PATH the programs after it are found on is "
                      "not known")
    ctx.activated = activated_bin(ctx, env, where)
    return True


def _activated_program(ctx, program, where) -> Artifact:
    """A program found on the PATH a conda activation set (``conda_activation``): tested
    in the runner on that PATH after the captured files, where the runner gets the conda
    root and its environments as the build left it (checked once the capture window is
    known, ``check_root_reaches_runner``)."""
    bin_dir, installer, root = ctx.activated
    name = program_name(program)
    if build_tool_left_behind(name, ctx.detection.replay if same_image(ctx) else None):
        raise Decline(f"{where}: runs `{name}`, a build tool, which stays in the builder")
    captured_build(ctx)  # (a build the recipe can run in a capture window runs there)
    from .recipes.build_capture import check_not_script
    check_not_script(program, ctx.facts, f"{where} ")
    need = (installer, root, where)
    if need not in ctx.activation_roots:
        ctx.activation_roots.append(need)
    text = (f"(PATH={shlex.quote(bin_dir)}:\"$PATH\" && command -v {shlex.quote(name)} "
            ">/dev/null)")
    if text not in ctx.runner_checks:
        ctx.runner_checks.append(text)
    note = (f"`{name}` is run after a conda activation, on the PATH it sets ({bin_dir} "
            f"first): the runner gets the conda root {root} as the build left it, and the "
            "program is tested there on that PATH at build time")
    if note not in ctx.added:
        ctx.added.append(note)
    return Artifact(None, name, "found on the PATH a conda activation sets, in the conda "
                    "root the runner gets as the build left it", -1, provided=True)


def shell_command(ctx, node, words: Sequence[str]) -> None:
    """The command is one shell given its commands with ``-c`` (``CMD bash -c 'source
    activate ddt; /ddt/bin/ddt-dev'``): the shell is the runner's own, and the programs
    of its commands are what the container runs, checked as those of a command of
    several programs are (a script of the build context, a build tool, an activated
    environment decline alike).  The entry stays the shell."""
    checks = ProgramChecks()
    ctx.activated = None
    _shell_arguments(ctx, tuple(words), f"{node.name} at {ctx.line_of(node)}", checks, 0)
    _record(ctx, checks)


#: program files of the runner's interpreters: unread, such a file is taken as
#: ``python app.py`` is (the program of the recipe, in the app tree)
LANGUAGE_FILES = (".py", ".js", ".mjs", ".cjs")


def context_script(ctx, program: str, held: bool = True):
    """(fact, source) of the COPY/ADD from the build context that puts the file
    ``program`` (a path) in the image last, or None.  Without the context, a program
    file of the interpreter (``./manage.py``) is left to the recipe, as ``python
    manage.py`` is: what it runs is no less known than the recipe's own program.
    With it, only a file the context holds (one it lacks the build may have made
    there); ``held=False`` answers as without it, for the readers that take a file the
    context given lacks as not read (``foreign_context``), never as absent."""
    final = ctx.facts.final
    if "/" not in program or (ctx.context is None or not held) and \
            program.endswith(LANGUAGE_FILES):
        return None
    target = resolve_path(final.workdir, program)
    if target is None:
        return None
    found = None
    for copy in context_copies(ctx.facts.instructions):
        for src in copy.sources:
            rel = context_path(src, copy.target, copy.into_directory, target)
            if rel is not None and ctx.sent is not None and held and \
                    not ctx.sent.isfile(rel):
                rel = None  # not in the context: the build made it there
            if rel is not None:
                found = (copy.fact, rel)
    return found


def held_by_context(ctx, source: str) -> bool:
    """Whether the build context given holds the file ``source`` (its path there) and
    BuildKit sends it (``.dockerignore``)."""
    return ctx.sent.isfile(source)


def program_script(ctx, program: str, held: bool = True):
    """``context_script`` for a program as a command runs it: a name is looked up on
    the final PATH (``ADD tiler.sh /bin/tiler``, ``ENTRYPOINT ["tiler"]``), in PATH
    order, among the files a COPY names itself (a copy of the whole context or of a
    directory to / would otherwise make every program on PATH a possible script); a
    path is the file itself."""
    return program_script_at(ctx, program, held)[0]


def program_script_at(ctx, program: str, held: bool = True):
    """(``program_script``'s answer, the path of the program in the image): a name is
    the file PATH finds."""
    if "/" in program:
        return context_script(ctx, program, held), \
            resolve_path(ctx.facts.final.workdir, program)
    if not program or "$" in program:
        return None, None
    for directory in ctx.facts.final.path_dirs:
        if directory.startswith("/"):
            path = posixpath.join(directory, program)
            found = context_script(ctx, path, held)
            if found is not None and found[1] in {
                    posixpath.normpath(src) for src in found[0].node.sources}:
                return found, path
    return None, None


def entry_script(ctx, node, program: str, found, words: Sequence[str]) -> Artifact:
    """The entry when the command runs a script of the build context: read (with
    ``--context``) and every program it runs checked; declined without the context."""
    fact, source = found
    where = f"{node.name} at {ctx.line_of(node)}"
    checks = ProgramChecks()
    _script(ctx, program, found, tuple(words), where, checks, 0)
    _record(ctx, checks)
    _carry(ctx, found, program_script_at(ctx, program)[1])
    if ctx.context is not None and held_by_context(ctx, source):
        # (without it, _script said why the unread script is safe)
        ctx.added.append(f"{where} runs `{program}`, a script of the build context "
                         f"({fact.node.name} at {ctx.line_of(fact.node)}): read, and every "
                         "program it runs is the runner's own or an artifact")
    return Artifact(None, posixpath.basename(program), "an entry script of the build context, "
                    "copied to the runner at the same path with its mode", -1, provided=True)


def _script(ctx, program, found, words, where, checks, depth):
    fact, source = found
    copy = f"{fact.node.name} at {ctx.line_of(fact.node)}"
    if ctx.context is None or not held_by_context(ctx, source):
        if not same_image(ctx):
            given = foreign_context.not_given(ctx) if ctx.context is None else \
                f"whose file {source} the build context given does not hold"
            raise Decline(f"{where} runs `{program}`, a script of the build context ({copy}), "
                          f"{given}: the programs it runs are unknown and the "
                          "runner has only the artifacts; "
                          f"{foreign_context.give(ctx, ' to have it read')}")
        _unread(ctx, program, found, where)
        return
    root = os.path.realpath(ctx.context)
    try:
        text = read_text(os.path.join(root, source), SCRIPT_LIMIT, within=root)
    except OSError as exc:
        raise Decline(f"{where} runs `{program}`, a script of the build context ({copy}) that "
                      f"cannot be read: {exc}") from None
    _script_text(ctx, program, text, copy, words, where, checks, depth)


def _script_text(ctx, program, text, copy, words, where, checks, depth):
    """Every program the script ``text`` runs (its interpreter, then each command of
    a shell script) checked as the command's own; ``copy`` names where the text comes
    from (a COPY of the build context, a RUN that writes it)."""
    interpreter = _shebang(text)
    if interpreter is None:
        interpreter = ["sh"]  # runc execs no script without #!: what the original does
    head = interpreter[0]
    if program_name(head) == "env" and len(interpreter) > 1:
        head = interpreter[1]
    _program(ctx, head, tuple(interpreter), f"{where} (`{program}`'s interpreter)", checks,
             depth + 1, words, interpreter=True)
    if program_name(head) not in SHELLS:
        return  # a program in its interpreter's language (python, node): as `python app.py`
    ctx.needs_shell = True  # the runner runs the script with its own shell
    script = split_commands(text)
    functions = {n for m in _FUNCTION.finditer(text) for n in m.groups() if n}
    inside = f"{where}: `{program}` ({copy})"
    other = not same_image(ctx)
    if other and script.complex:
        raise Decline(f"{inside} is too complex to follow ({script.problem}): what it runs "
                      "on a runner with only the artifacts is not known")
    cwd = ctx.facts.final.workdir
    for cmd in script.commands:
        argv = unwrap(cmd).argv
        if not argv:
            continue
        if other:  # the runner has only what is copied: every program and cd is checked
            check_stripped(ctx, cmd, inside, checks)
            if argv[0] == "cd":
                cwd = _cd(ctx, argv, cwd, inside, cmd)
                continue
            if "/" in argv[0] and not argv[0].startswith("/") and "$" not in argv[0] and \
                    cwd != ctx.facts.final.workdir:
                argv = (resolve_path(cwd, argv[0]),) + tuple(argv[1:])
        while program_name(argv[0]) in WRAPPERS and "$" not in argv[0]:
            # (`exec gosu app "$@"`: gosu placed, then what it starts read as the script's)
            inner = wrapped_command(inside, argv[0], argv)
            place_wrapper(ctx, inside, argv[0], checks)
            argv = tuple(unwrap_words(inner)[0] or inner)
        first = argv[0]
        if first in ('"$@"', "$@", '"$*"', "$*"):
            if words[1:]:
                _program(ctx, words[1], tuple(words[1:]), f"{where} (run by {inside})", checks,
                         depth + 1, ())
            continue
        if program_name(first) in functions:
            continue
        started = under_display(argv)
        if program_name(started[0]) in NOTEBOOKS or \
                cmd.separator_before != "|" and "<" not in text and starts_prompt(started):
            # (run by the script: a toolbox too)
            interactive_shell(ctx, None, started[0], started, where=inside)
        _program(ctx, first, tuple(argv), inside, checks, depth + 1, ())


#: xvfb-run's options that take the next word as their value
_XVFB_VALUED = frozenset({"-e", "-f", "-n", "-p", "-s", "-w"})


def under_display(argv: Sequence[str]) -> Tuple[str, ...]:
    """The command ``xvfb-run [options] command`` starts with a virtual X display
    (``xvfb-run -s "-screen 0 1280x720x24" start-notebook.sh``); ``argv`` itself when it
    is no xvfb-run."""
    if program_name(argv[0]) != "xvfb-run":
        return tuple(argv)
    rest = list(argv[1:])
    while rest and rest[0].startswith("-"):
        if rest.pop(0) in _XVFB_VALUED and rest:
            rest.pop(0)
    return tuple(rest) or tuple(argv)


def unread_script(ctx, node, program: str, words: Sequence[str]) -> None:
    """The command of a Python or Node runner that is not the same image (the builder's
    own slim or alpine tag, or its slim sibling) runs a script of the build context
    (``/app/bin/run``, ``bash /app/bin/run``) and no ``--context`` is given: the script
    is not read, so it is held to the same-image rule (``_unread``).  (On a full
    Debian builder ``full_image_scripts`` has declined it first.)  So is a script the
    context given lacks: not read either (``foreign_context``), rather than taken for a
    file the build made (the program of the app tree the runner copies)."""
    given = ctx.context is not None
    if not (given or _unread_applies(ctx)) or same_image(ctx) or \
            ctx.recipe.name not in ("python", "node", "ruby"):
        return
    found = program_script(ctx, program, held=False)
    if found is None:
        handed = shell_script(program, words)
        if handed:
            program, found = handed_script(ctx, handed[0], held=False)
    if found is not None and given and (program_script(ctx, program) is not None or
                                        handed_script(ctx, program)[1] is not None):
        return  # (held: read, by ``entry_script`` or ``full_image_scripts``)
    if found is not None:
        _unread(ctx, program, found, f"{node.name} at {ctx.line_of(node)}")


def _no_context(ctx) -> str:
    return "no build context" if ctx.demoted is None else \
        f"the build context given is read as none: {ctx.demoted}"


def _unread_applies(ctx) -> bool:
    return ctx.context is None and not same_image(ctx) and \
        ctx.recipe.name in ("python", "node", "ruby")


def _unread(ctx, program: str, found, where: str) -> None:
    """A script of the build context that is not read (no ``--context``) may run any
    program the original has at run time: declined when the runner leaves out a
    package the original installs and keeps (``left_out``: one the original removes
    again is missing for its own script too, which works either way).  With nothing
    left out whatever it runs of those packages is there as in the original (what a
    RUN wrote outside the copied trees is not, as for any command on this runner)."""
    fact, source = found
    copy = f"{fact.node.name} at {ctx.line_of(fact.node)}"
    given = foreign_context.not_given(ctx) if ctx.context is None else \
        f"whose file {source} the build context given does not hold"
    dropped = list(left_out(ctx))
    if dropped:
        raise Decline(f"{where} runs `{program}`, a script of the build context ({copy}), "
                      f"{given}: the programs it runs are unknown and the runner "
                      f"leaves out {', '.join(dropped[:4])}{' ...' if len(dropped) > 4 else ''} "
                      "(the original keeps them at run time); "
                      f"{foreign_context.give(ctx, ' to have the script read')}" +
                      ("" if ctx.context is None else " (the context the image is built from)"))
    _edits_after_build(ctx)
    npm_upgrade.runs_replaced(ctx.detection, f"{where} runs `{program}`, a script of the "
                              f"build context ({copy}) that is not read "
                              f"({foreign_context.give(ctx, ' with it')}): it may run npm")
    ctx.unread_entry = (program, where)
    note = (f"`{program}` ({copy}) not read ("
            f"{_no_context(ctx) if ctx.context is None else 'the build context given lacks it'}"
            "): the runner installs every "
            "package the original keeps, so the programs it may run are there")
    if note not in ctx.added:
        ctx.added.append(note)


def unread_package_script(ctx, name: str, argv, where: str) -> None:
    """``npm start`` / ``yarn X`` whose package.json script is not read (no
    ``--context``, or package.json not copied whole): the script may run any program
    the original keeps (``"start": "make serve"``, git, gpg), so a runner that leaves
    out a package the original installs and keeps is declined, as an unread script of
    the build context is (``_unread``).  (The programs of a full image its slim sibling
    lacks: ``full_image_scripts`` has moved the runner to the full image.)"""
    if ctx.recipe.name != "node":
        return
    from .recipes.node import _script_words, script_package

    if script_package(ctx.detection, ctx.facts, name, list(argv[1:]))[0] is not None or \
            _script_words(name, list(argv[1:])) is None:
        return
    npm_upgrade.runs_replaced(ctx.detection, f"{where} runs `{' '.join(argv)}`, a package.json "
                              "script that is not read "
                              f"({foreign_context.give(ctx, ' with package.json in it')}): it "
                              "may run npm")
    dropped = list(left_out(ctx))
    ctx.unread_entry = (" ".join(argv), where)
    if dropped:
        raise Decline(f"{where} runs `{' '.join(argv)}`, a package.json script that is not "
                      f"read ({foreign_context.give(ctx, ' with package.json in it')}): the "
                      "programs it runs "
                      f"are unknown and the runner leaves out {', '.join(dropped[:4])}"
                      f"{' ...' if len(dropped) > 4 else ''} (the original keeps them at run "
                      "time)")


def _program(ctx, program, argv, where, checks, depth, words,
             interpreter: bool = False) -> Optional[Artifact]:
    """The artifact or runner program ``program`` is (None for a builtin); declines
    when it is neither."""
    name = program_name(program)
    if program in BUILTINS:
        return None
    if name in WRAPPER_NAMES and not interpreter:  # (`"$@"` of `CMD ["env", "A=b", "app"]`)
        problem = wrapper_problem(argv)
        if problem:
            raise Decline(f"{where}: {problem}: the program it starts is not followed")
        inner = unwrap_words(argv)[0]
        if inner and inner != tuple(argv):
            command_wrappers(ctx, where, argv)
            return _program(ctx, inner[0], inner, where, checks, depth, words)
    if "$" in program or "`" in program:
        raise Decline(f"{where}: runs a program named by a variable (`{program}`)")
    if name in WRAPPERS and not interpreter:  # (`exec gosu app "$@"`: gosu and what it starts)
        inner = wrapped_command(where, program, argv)
        place_wrapper(ctx, where, program, checks)
        return _program(ctx, inner[0], tuple(inner), where, checks, depth, words)
    if ctx.activated is not None and "/" not in program and not interpreter:
        return _activated_program(ctx, program, where)
    if depth > DEPTH:
        raise Decline(f"{where}: scripts run scripts more than {DEPTH} deep")
    if build_tool_left_behind(name, ctx.detection.replay if same_image(ctx) else None):
        raise Decline(f"{where}: runs `{name}`, a build tool, which stays in the builder")
    toolchain_drivers.check(name, ctx.detection.replay if same_image(ctx) else None,
                            f"{where}: ")
    if name in SHELLS and not interpreter:  # a script's #! runs the script itself
        _shell_arguments(ctx, argv, where, checks, depth)
    found, path = program_script_at(ctx, program) \
        if same_image(ctx) or ctx.context is not None else (None, None)
    if found is None and ctx.context is not None and same_image(ctx):
        # (one the context given lacks: read as not read, as without the context)
        found, path = program_script_at(ctx, program, held=False)
    if found is None and not interpreter and _unread_applies(ctx):
        unread = program_script_at(ctx, program)[0]
        if unread is not None:  # (then taken as before: the runner has what it may run)
            _unread(ctx, program, unread, where)
    if found is not None:
        _script(ctx, program, found, tuple(argv) + tuple(words), where, checks, depth)
        _carry(ctx, found, path)
        return Artifact(None, name, "a script of the build context", -1, provided=True)
    if not same_image(ctx) and ctx.recipe.name in ("python", "node", "ruby") and not interpreter \
            and not (name in SHELLS and "-c" in argv):  # (sh -c: its commands are checked)
        # a script the recipe would take for the app's may run the full image's programs
        from .full_image_scripts import check as full_image_check
        full_image_check(ctx, None, program, argv, where)
    det = ctx.detection  # (after the check, which may move the runner to the full image)
    if not same_image(ctx) and (name in CORE_PROGRAMS or
                                set(packages_of(name)) & kept_packages(ctx)):
        own = package_program(ctx, program, checks, argv)
        if own is not None:  # not a console script or global npm program of that name
            return own
    try:
        hit = ctx.recipe.entry_for(program, tuple(argv), ctx.facts, det)
    except Decline as exc:
        raise Decline(f"{where}: {exc.reason}") from None
    if hit is not None:
        art, ctx.detection = hit
        det = ctx.detection
        unread_package_script(ctx, name, argv, where)
        if art is not None:
            if art.provided:
                checks.add(program)
            return art
    final = ctx.facts.final
    art, how = match_artifact(program, final.workdir, final.path_dirs, det.artifacts)
    if art is not None and how == "exact":
        return art
    moved = moved_artifact(ctx, program)
    if moved is not None:
        return moved
    own = runner_own(ctx, program, checks) if same_image(ctx) else \
        package_program(ctx, program, checks, argv)
    if own is None:
        switched = captured_build(ctx)
        if switched == "switched":  # the build runs in a capture window: read again
            return _program(ctx, program, argv, where, checks, depth, words, interpreter)
        if switched == "captured":
            from .recipes import build_capture
            own = build_capture.program(ctx, where, program)
    if own is None and same_image(ctx) and program.startswith("/"):
        own = _nested_written_script(ctx, program, argv, where, checks, depth)
    if own is None:
        from .entry_producer import reason as producer_reason

        raise Decline(producer_reason(ctx, where, program) or
                      f"{where} runs `{program}`, which no recognised build step produces")
    return own


def _nested_written_script(ctx, program, argv, where, checks, depth) -> Optional[Artifact]:
    """A script an entry script runs that a RUN writes with ``echo``/``printf`` (the
    entry's own: ``run_written_script``): read when its text is known and every RUN
    writing it reaches the runner; None when no RUN writes it (declined by the caller
    as before); declined, naming why, when its text is not known."""
    target = posixpath.normpath(program)
    written = written_text(ctx, target)
    if written is None:
        return None
    _written_in_runner(ctx, written.writers, f"{where} runs `{program}`, a script")
    run = f"RUN at {ctx.line_of(written.writers[-1].node)}"
    if written.text is None:
        raise Decline(f"{where} runs `{program}`, a script the {run} writes, whose text is "
                      f"not known ({written.why}): the programs it runs are unknown")
    _script_text(ctx, program, written.text, f"written by the {run}", tuple(argv), where,
                 checks, depth)
    return Artifact(None, posixpath.basename(program), f"a script the {run} writes, "
                    "repeated in the runner", -1, provided=True)


def captured_build(ctx) -> Optional[str]:
    """Whether the recipe runs the build in a capture window (``build_capture``) when
    the command's program is no output it names: "switched" (the detection is now that
    one: read the command again, as on a same-image runner), "captured" (it already
    was: the program is tested in the runner after the captured files) or None."""
    switch = getattr(ctx.recipe, "capture_instead", None)
    found = switch(ctx.facts, ctx.detection) if switch is not None else None
    if found is None:
        return None
    if found is ctx.detection:
        return "captured"
    ctx.detection = found
    return "switched"


def _cd(ctx, argv, cwd: Optional[str], where: str, cmd,
        unplaced: Optional[List[Tuple[str, str]]] = None) -> Optional[str]:
    """The directory ``cd`` enters, which must be in the runner as in the original:
    the final WORKDIR (or above it), a directory every image has, a copied tree or a
    directory holding a copied file.  With ``unplaced``, a directory none of these
    holds is noted there (with the reason to decline) for the caller to check against
    the program the command then runs (``cd $APP_DIR && ./manga``)."""
    args = [a for a in argv[1:] if a not in ("-P", "-L", "--")]
    if len(args) != 1 or cmd.conditional:
        raise Decline(f"{where}: `{' '.join(argv)}`: which directory the command enters is "
                      "not known")
    value = expand(args[0], ctx.facts.final.variables())
    target = resolve_path(cwd, value.value) if value.complete else None
    if target is None:
        raise Decline(f"{where}: `{' '.join(argv)}`: which directory the command enters is "
                      "not known")
    final = ctx.facts.final.workdir
    dirs = set(SYSTEM_DIRS)
    holders = [final] if final else []
    trees = []
    for art in ctx.detection.artifacts:
        if art.path and art.certain:
            holders.append(art.path if art.tree else posixpath.dirname(art.path))
            if art.tree:
                trees.append(art.path.rstrip("/"))
    boundary = max(ctx.detection.build_indices + ctx.detection.extra_build_indices,
                   default=-1)
    for fact in ctx.facts.instructions[boundary + 1:]:  # placed in the runner (or declined)
        node = fact.node
        if isinstance(node, ast.Workdir) and fact.after.workdir:
            holders.append(fact.after.workdir)
        elif isinstance(node, ast.Run) and isinstance(node.command, ast.ShellForm):
            for c in split_commands(node.command.text).commands:
                made = unwrap(c).argv
                if made and made[0] == "mkdir":
                    holders += [p for p in (resolve_path(fact.before.workdir, a)
                                            for a in made[1:] if not a.startswith("-")) if p]
    for path in holders:
        while path and path != "/":
            dirs.add(path)
            path = posixpath.dirname(path)
    if target not in dirs and not any(target.startswith(t + "/") for t in trees):
        why = (f"{where}: `cd {args[0]}` enters {target}, which the runner is not known "
               "to have (only the artifacts are copied there)")
        if unplaced is None:
            raise Decline(why)
        unplaced.append((target, why))
    return target


def command_wrappers(ctx, where: str, words: Sequence[str]) -> None:
    """The wrappers the command's words start its program through (``env A=b``,
    ``nohup``, ``sudo``: ``wrappers_of``; the shell's ``exec`` is none) are programs
    the runner must have too: the runner's own (same image) or one every image with a
    shell has or of a package the original keeps, tested there at build time (so the
    runner has a shell: a distroless one has no ``env``).  Declined when the runner is
    not known to have one."""
    rest = list(words)
    for word in wrappers_of(words):
        rest = rest[rest.index(word):]
        if program_name(word) == "exec":
            continue
        found = runner_own(ctx, word) if same_image(ctx) else \
            runner_package_program(ctx, word, rest)
        if found is None:
            raise Decline(f"{where} starts its program through "
                          f"`{word}`, which the runner is not known to have (no package the "
                          "original installs and keeps provides it)")
        ctx.needs_shell = True  # (the runner's test of it, and every image with a shell has env)


def wrapper(ctx, node, program: str, words: Sequence[str]) -> Optional[Tuple[str, Tuple[str, ...]]]:
    """(program, words) of the command a wrapper (``ENTRYPOINT ["tini", "--"]``, ``gosu
    app server``, ``timeout 60 job``: ``WRAPPERS``) starts, after placing the wrapper in
    the runner (``place_wrapper``), which must have it as much as the command.  None
    when ``program`` is no such wrapper."""
    name = program_name(program)
    if name not in WRAPPERS or "$" in program:
        return None
    where = f"{node.name} at {ctx.line_of(node)}"
    rest = wrapped_command(where, program, words)
    checks = ProgramChecks()
    place_wrapper(ctx, where, program, checks)
    if checks.names or checks.paths:  # (a copied file needs no test)
        _record(ctx, checks)
    return rest[0], tuple(rest)


def wrapped_command(where: str, program: str, words: Sequence[str]) -> List[str]:
    """The command the wrapper ``program`` starts (``wrapped_words``); declined when it
    is not known or there is none."""
    name = program_name(program)
    rest, problem = wrapped_words(name, words[1:])
    if problem is not None:
        raise Decline(f"{where} starts its program through `{name}`: {problem}, so the "
                      "program it starts is not known")
    if not rest:
        raise Decline(f"{where}: `{name}` is given no program to start: the program is "
                      "given at `docker run`, so what the runner must hold (the artifact) is "
                      "unknown")
    return rest


def place_wrapper(ctx, where: str, program: str, checks: ProgramChecks) -> None:
    """Put the wrapper ``program`` in the runner: a file the build writes at its path
    (``ADD .../dumb-init_amd64 /usr/local/bin/dumb-init``) is copied from the builder
    (the runner must have the builder's C library); the program of a package the
    original installs (``apk add tini``) or one every image with a shell has comes with
    the runner, tested there at build time (``checks``).  Declined otherwise."""
    name = program_name(program)
    final = ctx.facts.final
    if "/" in program:
        candidates = [resolve_path(final.workdir, program)]
    else:
        candidates = [posixpath.join(d.rstrip("/") or "/", name) for d in final.path_dirs]
    written = _written_file(ctx, [c for c in candidates if c])
    if written is not None:
        path, fact = written
        det = ctx.detection
        boundary = max(det.build_indices + det.extra_build_indices, default=-1)
        if isinstance(fact.node, (ast.Copy, ast.Add)) and fact.index > boundary:
            pass  # a COPY after the build: placed in the runner itself
        elif not any(a.path == path for a in det.artifacts):
            ctx.detection = dataclasses.replace(det, artifacts=det.artifacts + (
                Artifact(posixpath.dirname(path), name, f"the init program the command "
                         f"starts ({fact.node.name} at {ctx.line_of(fact.node)})",
                         fact.index),))
        require(ctx, "libc", ctx.facts.base.libc or "unknown", program)
        ctx.added.append(f"{where} starts `{name}`, a file the build writes at {path}: copied "
                         "from the builder")
    elif (runner_own(ctx, program, checks) if same_image(ctx)
          else package_program(ctx, program, checks)) is not None:
        ctx.needs_shell = True  # (the test; distroless has no timeout or nice either)
        ctx.added.append(f"{where} starts `{name}`, the runner's own (tested there at build "
                         "time)")
    else:
        raise Decline(f"{where} starts `{program}`, which no package the original installs "
                      "and no file it writes provides")


#: commands that name a file without writing it
_MODE_ONLY = frozenset({"chmod", "chown", "chgrp", "test", "[", "ls", "stat", "file"})


def _written_file(ctx, candidates: Sequence[str]):
    """(path, instruction fact) of the last COPY/ADD or RUN that writes one of the
    ``candidates`` (a RUN: its text names the path), or None."""
    for c in candidates:  # in PATH order: the first one written is the one run
        found = None
        for fact in ctx.facts.instructions:
            node = fact.node
            if isinstance(node, (ast.Copy, ast.Add)) and node.flag("from") is None:
                dest = expand(node.destination or "", fact.before.variables())
                to = resolve_path(fact.before.workdir, dest.value) if dest.complete else None
                if to is None:
                    continue
                into = dest.value.endswith("/") or len(node.sources) > 1
                if (to == c and not into) or (into and any(
                        posixpath.join(to, posixpath.basename(src.rstrip("/"))) == c
                        for src in node.sources)):
                    found = (c, fact)
            elif isinstance(node, ast.Run) and isinstance(node.command, ast.ShellForm):
                named = re.compile(r"(?<![\w./-])" + re.escape(c) + r"(?![\w./-])")
                for cmd in split_commands(node.command.text).commands:
                    argv = unwrap(cmd).argv
                    if argv and program_name(argv[0]) not in _MODE_ONLY and \
                            any(named.search(w) for w in argv[1:] + tuple(cmd.redirects)):
                        found = (c, fact)
        if found is not None:
            return found
    return None


#: where the distribution's packages put programs (a file at / or in /app is the build's)
PACKAGE_DIRS = ("/usr/", "/bin/", "/sbin/", "/lib/", "/lib64/", "/etc/init.d/")


#: what --explain says of a program ``runner_own`` takes; ``CAPTURED_OWN_NOTE`` when the
#: runner tests it after the captured files (which may hold it: a link a captured RUN made)
RUNNER_OWN_NOTE = ("is taken for the runner's own (the base image or a package installed "
                   "again) and tested there at build time")
CAPTURED_OWN_NOTE = ("is taken for the runner's own (the base image or a package installed "
                     "again) or a file the captured build wrote, and tested there at build "
                     "time, after the captured files")


def runner_own(ctx, program: str, checks: Optional[ProgramChecks] = None) -> Optional[Artifact]:
    """A program taken for the runner's own (same-image runner): a name looked up on
    PATH or an absolute path outside what the build copies, which the base image or a
    package installed again provides as in the original.  Which package provides it is
    not known here, so the runner tests it (``command -v`` / ``test -x``): a program
    the runner lacks (a build-only package's, a file a builder RUN made) fails the
    build.  A relative path is the build's own file: not the runner's."""
    if not (program.startswith("/") or "/" not in program) or "$" in program:
        return None
    if program.startswith("/"):
        if not program.startswith(PACKAGE_DIRS) or context_script(ctx, program) is not None:
            return None
        for fact in ctx.facts.instructions:  # a file a RUN writes is the builder's
            node = fact.node
            if isinstance(node, ast.Run) and node.command is not None and \
                    _names_path(node, program):
                return None
    record = checks is None
    checks = checks if checks is not None else ProgramChecks()
    checks.add(program)
    if record:
        _record(ctx, checks)
        ctx.added.append(f"`{program}` {RUNNER_OWN_NOTE}")
    return Artifact(None, program_name(program), "the runner's own (the same distribution "
                    "image with the packages installed again), tested at build time", -1,
                    provided=True)


def runner_package_program(ctx, program: str, words: Sequence[str]) -> Optional[Artifact]:
    """The command's one program on a runner that is not the builder's own image with
    every package again, when no build output is it: a program every image with a
    shell has, or the program of a package the original installs and keeps, which the
    runner installs too (``package_program``, as for a command of several programs:
    its configuration in the builder and the files its arguments name are checked
    there).  Tested in the runner at build time; None for any other program."""
    checks = ProgramChecks()
    found = package_program(ctx, program, checks, tuple(words))
    if found is not None:
        _record(ctx, checks)
    return found


def _names_path(node, path: str) -> bool:
    """Whether a RUN names ``path`` where a command may write it: any word of its text,
    except the text ``echo``/``printf`` print (a script a RUN writes names the programs
    it runs; the RUN does not write them)."""
    text = run_text(node)
    if path not in text:
        return False
    script = split_commands(text) if isinstance(node.command, ast.ShellForm) else None
    if script is None or script.complex:
        return True
    return any(path in w for c in script.commands for w in
               (c.argv[1:] if c.argv and program_name(c.argv[0]) not in ("echo", "printf")
                else ()) + c.argv[:1] + c.redirects)


#: servers whose clients log in and get a shell, and a system's own init (systemd as
#: PID 1: the container is run as a machine, used through ``docker exec``): the
#: container is used as a toolbox
LOGIN_SERVERS = frozenset({"sshd", "dropbear"})
SYSTEM_INITS = frozenset({"systemd", "init"})
#: interactive environments whose users run code of their own (a notebook's cells, a
#: ``!pip install`` that compiles): toolboxes as a shell is; the Jupyter Docker Stacks'
#: own start scripts (their images' CMD, ``start-notebook.py``) start a Jupyter server
NOTEBOOKS = frozenset({"jupyter", "jupyter-notebook", "jupyter-lab", "ipython", "ipython3",
                       "start-notebook.sh", "start-notebook.py", "start-singleuser.sh",
                       "start-singleuser.py"})
#: terminal multiplexers, whose windows are interactive shells (``CMD ["tmux"]``)
TERMINALS = frozenset({"tmux", "screen", "byobu"})
#: shell builtins that, as the whole command, change nothing and exit (``CMD alias
#: ffmpeg=avconv``): the container's program is the one given at ``docker run``
#: shells whose run with no script is an interactive shell (``CMD [ "fish" ]``): the
#: POSIX ones the command readers follow, and others no reader follows
INTERACTIVE_SHELLS = frozenset(SHELLS | {"fish", "ksh", "mksh", "tcsh", "csh", "xonsh", "nu",
                                         "elvish"})
NO_OP_BUILTINS = frozenset({"alias", "unalias", "export", "true", ":", "cd", "set", "umask"})
def idle_command(words: Sequence[str]) -> Optional[str]:
    """How a command runs no program of its own, or None: it only keeps the container
    alive for ``docker exec`` (``tail -f /dev/null``, ``tail -f LICENSE``, ``sleep
    infinity``, ``sleep 600``), or it is a
    shell builtin that does nothing (``alias x=y``), so what the container is for is
    given at ``docker run``.  Either way the image is a toolbox, as a shell is."""
    if not words:
        return None
    name, args = program_name(words[0]), [w for w in words[1:]]
    flags = [a for a in args if a.startswith("-")]
    operands = [a for a in args if not a.startswith("-") and not a.isdigit()]  # -n 0
    # (``tail -f LICENSE``: following any file, or a log no program of the command
    # writes, is waiting; ``sleep 600`` as the whole command sleeps and exits)
    if name == "tail" and operands and \
            any(f in ("-f", "-F", "--follow", "--follow=name", "--follow=descriptor")
                or (f.startswith("-") and not f.startswith("--") and "f" in f.lower())
                for f in flags):
        return "only keeps the container alive for `docker exec`"
    if name == "sleep" and args and all(not a.startswith("-") for a in args):
        return "only keeps the container alive for `docker exec`"
    if name in NO_OP_BUILTINS:
        return ("a shell builtin that runs no program of its own (it does nothing, or in exec "
                "form fails to start), so the program is the one given at `docker run`")
    return None


def interactive_shell(ctx, node, program: str, words: Sequence[str],
                      idle: Optional[str] = None, where: Optional[str] = None) -> None:
    """Decline a command that only starts a shell (``CMD bash``), a login server
    (``sshd -D``) whose users get one, a notebook (``jupyter notebook``), or one that
    runs nothing of its own (``tail -f /dev/null``, ``CMD alias x=y``: ``idle_command``),
    when the runner leaves packages in the builder, or carries only the build's outputs
    (no capture of what the build's RUNs wrote):
    the image is a toolbox whose user may run any of them (pip's compilers,
    python3-dev).  On a same-image runner that installs every package again nothing is
    missing; any other runner has only the build's outputs and the recipe's runtime."""
    name = program_name(program)
    login = name in LOGIN_SERVERS or name in SYSTEM_INITS or \
        name in INIT_DIRS and len(words) == 1 and not _adds_services(ctx, INIT_DIRS[name])
    # (``idle``: given by a reader of several programs, which all only keep it alive)
    idle = idle or idle_command(words)
    prompt = None if name in NOTEBOOKS or node is not None and "<" in run_text(node) \
        else starts_prompt(words)  # (`python < x.py` is given its program)
    if not login and name not in NOTEBOOKS and name not in TERMINALS and idle is None and \
            not prompt and (name not in INTERACTIVE_SHELLS or
                            shell_operands(words[1:]) not in ([], ["--"], ["-c"])):
        # (``bash -l -c`` with no command of its own: an ENTRYPOINT whose CMD the
        # user replaces, taken for the shell it starts)
        return
    where = where or f"{node.name} at {ctx.line_of(node)}"
    said = " ".join(words) or run_text(node, shell_script=True)
    what = (f"runs `{said}`, {idle}" if idle is not None
            else f"runs `{name}`, a login server whose users get a shell" if name in LOGIN_SERVERS
            else f"runs `{name}`, an interactive notebook or interpreter whose users run code "
            "of their own (a cell's `!pip install` may compile)" if name in NOTEBOOKS
            else f"runs `{' '.join(words)}`, an interactive notebook or interpreter whose users "
            f"run code of their own ({prompt}; a package they install may compile)"
            if prompt
            else f"runs `{name}`, a terminal multiplexer whose windows are interactive shells"
            if name in TERMINALS
            else f"runs `{program}`, the system's init: the container is run as a machine, "
            "used through `docker exec`" if login else
            f"starts an interactive shell (`{' '.join(words)}`)")
    if not same_image(ctx):
        raise Decline(f"{where}: {what}: what the container is used for is unknown, every "
                      "tool of the builder may be, and the runner has only the build's "
                      "outputs and the program's runtime")
    replay = ctx.detection.replay
    dropped = list(replay.dropped)
    if dropped:
        raise Decline(f"{where}: {what}: what the container is used for is unknown, every "
                      f"tool of the builder may be, and the runner leaves out "
                      f"{', '.join(dropped[:4])}{' ...' if len(dropped) > 4 else ''}")
    # a package the original's apt installed with its Recommends that the runner
    # installs without them (pip's: build-essential, python3-dev): the toolbox's user
    # had those too
    from .apt_config import apt_choices
    with_recommends = apt_choices(ctx.facts).recommends
    bare = [p for p in replay.install if p in with_recommends and p not in replay.recommends]
    if bare:
        raise Decline(f"{where}: {what}: what the container is used for is unknown, every "
                      f"tool of the builder may be, and the runner installs "
                      f"{', '.join(bare[:4])}{' ...' if len(bare) > 4 else ''} without the "
                      "Recommends the original's apt installed with them (pip's compilers "
                      "and headers)")
    if not getattr(ctx.detection, "captured_runs", ()):
        # the runner holds the build's outputs (/usr/local, what pip wrote), not the
        # rest of what the build wrote (a clone it installed from, a download): the
        # toolbox's user had every file of it; a capture carries them all
        raise Decline(f"{where}: {what}: what the container is used for is unknown, every "
                      "file the build wrote may be, and the runner carries only the build's "
                      "outputs (not a checkout or download the build read)")


def shell_script(program: str, words: Sequence[str]) -> Optional[Tuple[str, Tuple[str, ...]]]:
    """(script, its words) when the command hands a script to a shell (``bash
    /home/setup.sh``, ``sh -e run.sh x``): the script is what runs, as if named itself;
    None for ``sh -c ...``, an interactive shell or another program."""
    if program_name(program) not in SHELLS:
        return None
    args = shell_operands(words[1:])
    if args and args[0] == "--":
        args.pop(0)
    if not args or args[0] == "-c" or "$" in args[0]:
        return None
    return args[0], tuple(args)


def handed_script(ctx, script: str, held: bool = True):
    """(the script as a path, ``program_script``'s answer) for the file a shell is
    handed (``sh run.sh``): a name without a slash is the file of that name in the
    working directory (dash opens only that one; bash looks there first and then on
    PATH), not a program PATH finds, so it is looked up as ``./run.sh`` first and on
    PATH after (bash's fallback, ``COPY run.sh /usr/local/bin/``)."""
    if "/" not in script:
        found = program_script(ctx, "./" + script, held)
        if found is not None:
            return "./" + script, found
    return script, program_script(ctx, script, held)


def _shell_arguments(ctx, argv, where, checks, depth) -> None:
    """``bash -c 'a && b'`` runs those programs; ``bash run.sh`` runs a script: each
    is checked as the command's own."""
    args = shell_operands(argv[1:])
    if args[:1] == ["--"]:
        args = args[1:]
    if not args:
        # an interactive shell: the image is a toolbox whose user runs whatever the
        # builder had (compilers included); no program of its own to carry
        raise Decline(f"{where}: starts an interactive shell (`{' '.join(argv)}`): what the "
                      "container is used for is unknown, every tool of the builder may be")
    if args[0] == "-c":
        if len(args) < 2:
            return
        script = every_command(args[1])  # (each branch's and substitution's programs)
        if script.problem:
            raise Decline(f"{where}: the shell command is too complex to follow "
                          f"({script.problem})")
        outer = ctx.activated
        for pos, cmd in enumerate(script.commands):
            inner = unwrap(cmd).argv
            if inner and not _activation(ctx, cmd, inner, where, script.commands[pos + 1:]):
                _program(ctx, inner[0], tuple(inner), where, checks, depth + 1, ())
        ctx.activated = outer
        return
    found = context_script(ctx, args[0]) if "/" in args[0] else \
        context_script(ctx, "./" + args[0])
    if found is None:
        raise Decline(f"{where}: `{' '.join(argv[:2])}` runs a script that no COPY of the "
                      "build context is known to bring: what it runs is unknown")
    _script(ctx, args[0], found, tuple(args), where, checks, depth + 1)


def _carry(ctx, found, target: Optional[str]) -> None:
    """The script reaches the runner at its path with its mode: a COPY after the build
    is placed in the runner (from the context again); one before it is in the builder,
    and a directory the recipe copies may hold it; otherwise the file is an artifact.
    A recipe's "source tree" that is this very file copied after the build (the
    builder never gets it) is dropped, and the builder receives the file too, so its
    scans of the copied paths still find what they name."""
    if target is None:
        return
    fact, source = found
    det = ctx.detection
    boundary = max(det.build_indices + det.extra_build_indices, default=-1)
    trees = [a for a in det.artifacts if a.tree and a.path and a.destination is None]
    if fact.index > boundary:
        own = [a for a in trees if a.path == target]
        if own:
            ctx.detection = dataclasses.replace(
                det, artifacts=tuple(a for a in det.artifacts if a not in own),
                builder_additions=(fact.node,) + tuple(det.builder_additions))
        return
    if any(target.startswith(a.path.rstrip("/") + "/") or a.path == target for a in trees):
        return
    ctx.detection = dataclasses.replace(det, artifacts=det.artifacts + (
        Artifact(posixpath.dirname(target), posixpath.basename(target),
                 "an entry script of the build context", fact.index,
                 context_source=source),))


#: what a RUN after the build may remove or write without the runner missing it
_SCRATCH = ("/tmp/", "/var/cache/", "/var/lib/apt/lists", "/var/tmp/", "/root/.cache")


def _edits_after_build(ctx) -> None:
    """The programs taken for the runner's own read the image's files as the original
    did (configuration under /etc above all); a RUN after the build that removes or
    writes such a file with ``rm`` / ``>`` / ``sed -i`` is placed in the builder as
    cleanup, so the runner would start them on the package's defaults instead."""
    from .passes.classify import reaches_same_image_runner
    det = ctx.detection
    boundary = max(det.build_indices + det.extra_build_indices, default=-1)
    for fact in ctx.facts.instructions[boundary + 1:]:
        node = fact.node
        if not isinstance(node, ast.Run) or not isinstance(node.command, ast.ShellForm):
            continue
        if reaches_same_image_runner(fact, det):
            continue  # repeated in the runner (or captured there): the edit is there too
        text = node.command.text
        paths = [m.group(1) for m in REDIRECT.finditer(text) if m.group(1)]
        if REDIRECT.search(text) and not paths:
            paths = ["a file (sed -i)"]
        script = split_commands(text)
        for cmd in script.commands:
            argv = unwrap(cmd).argv
            if argv and program_name(argv[0]) == "rm":
                paths += [a for a in argv[1:] if a.startswith("/")]
        paths = [p for p in paths if p != "/dev/null" and not p.startswith(("&",) + _SCRATCH)]
        if paths:
            raise Decline(f"RUN at {ctx.line_of(node)} changes {paths[0]} after the build, in "
                          "the builder only: the programs the command runs from the runner's "
                          "packages would read the packages' defaults there")


def _record(ctx, checks: ProgramChecks) -> None:
    """The runner RUN checking the programs taken for the runner's own."""
    _edits_after_build(ctx)
    names = [n for n in checks.names if n not in BUILTINS]
    if not names and not checks.paths:
        return
    parts = [f"command -v {shlex.quote(n)} >/dev/null" for n in names] + \
        [f"test -x {shlex.quote(p)}" for p in checks.paths]
    # (one RUN for every check: a command's wrapper, `env`, is recorded before its
    # script's programs, and consecutive RUNs are one layer too many)
    held = ctx.runner_checks[-1].split(" && ") if ctx.runner_checks else []
    parts = [p for p in dict.fromkeys(parts) if p not in held]
    if not parts:
        return
    if ctx.runner_checks:
        ctx.runner_checks[-1] = " && ".join(held + parts)
    else:
        ctx.runner_checks.append(" && ".join(parts))


def _shebang(text: str) -> Optional[List[str]]:
    if not text.startswith("#!"):
        return None
    line = text[2:].split("\n", 1)[0].strip()
    words = line.split()
    return words or None


#: where supervisord looks for its configuration when no -c is given (Debian's
#: package, then the upstream default), and the folders its [include] usually names
SUPERVISOR_DEFAULTS = ("/etc/supervisor/supervisord.conf", "/etc/supervisord.conf")
SUPERVISOR_DIRS = ("/etc/supervisor/", "/etc/supervisord.d/", "/etc/supervisor.d/",
                   "/etc/supervisord.conf")


def supervisord(ctx, node, program: str, words: Sequence[str]) -> Artifact:
    """``supervisord`` as the command: it is the runner's own (checked there), and the
    programs of its configuration are checked like a CMD's.  The configuration files
    the build copies from the context (a COPY, or a RUN's ``cp``/``ln -s`` of a file a
    COPY brings) are read with ``--context``; the text a RUN writes with ``echo``/
    ``printf`` (``written_text``) is read from the Dockerfile.  Without the context,
    or when a RUN changes a file otherwise (``sed -i``), or writes text that is not
    surely known, what it starts is unknown and may be a build-only package of the
    builder: declined (keeping every package would leave nothing to gain)."""
    where = f"{node.name} at {ctx.line_of(node)}"
    checks = ProgramChecks()
    _program(ctx, program, (program,), where, checks, 0, ())
    config = None
    for i, w in enumerate(words[1:-1], 1):
        if w in ("-c", "--configuration"):
            config = resolve_path(ctx.facts.final.workdir, words[i + 1])
    places = SUPERVISOR_DIRS + SUPERVISOR_DEFAULTS + ((config,) if config else ())
    files = []  # (fact of the COPY, the context path or None: each source of the COPY)
    texts = []  # (what wrote it, the text) of the files RUNs write with echo/printf
    for fact in ctx.facts.instructions:
        n = fact.node
        if isinstance(n, ast.Run) and n.command is not None:
            files += _supervisor_run(ctx, fact, places, where, texts)
            continue
        if not isinstance(n, (ast.Copy, ast.Add)) or n.flag("from") is not None:
            continue
        to = copy_target(n, fact)
        if to is None:
            continue
        if to == config or to.startswith(SUPERVISOR_DIRS) or to in SUPERVISOR_DEFAULTS:
            files.append((fact, None))
    if config is not None and not files and not texts:
        files_here = context_script(ctx, config)
        if files_here is None:
            raise Decline(f"{where}: supervisord's configuration {config} comes from no "
                          "COPY of the build context: the programs it starts are unknown")
        files.append(files_here)  # (a file of a directory copied whole: read from there)
    if not files and not texts and config is None:
        raise Decline(f"{where} runs supervisord with no configuration of the build: "
                      "it would start nothing the transpiler can see")
    if files and ctx.context is None and not ctx.detection.replay.dropped:
        _record(ctx, checks)
        ctx.added.append(f"{where} runs supervisord; its configuration (build context) is not "
                         "read: the runner installs every package of the builder again, so "
                         "the programs it may start are there")
        return Artifact(None, "supervisord", "the distribution's supervisor, installed again "
                        "in the runner", -1, provided=True)
    if files and ctx.context is None:
        raise Decline(f"{where} runs supervisord; its configuration comes from the build "
                      f"context, {foreign_context.not_given(ctx)}: the programs it starts are "
                      "unknown and may be build-only packages the runner leaves out "
                      f"({foreign_context.give(ctx)})")
    read = 0
    for path, text in texts:
        _supervisor_programs(ctx, text, f"{where} (supervisord's {path})", checks)
        read += 1
    root = os.path.realpath(ctx.context) if files else ""
    for fact, source in files:
        for src in (fact.node.sources if source is None else (source,)):
            path = os.path.join(root, src)
            paths = [os.path.join(path, f) for f in sorted(os.listdir(path))
                     if f.endswith((".conf", ".ini")) and ctx.sent.sent(posixpath.join(src, f))] \
                if os.path.isdir(path) else [path] if ctx.sent.sent(src) else []
            for p in paths:
                try:
                    text = read_text(p, SCRIPT_LIMIT, within=root)
                except OSError as exc:
                    raise Decline(f"{where}: supervisord's configuration {src} cannot be "
                                  f"read: {exc}") from None
                _supervisor_programs(ctx, text, f"{where} (supervisord's {src})", checks)
                read += 1
    if not read:
        raise Decline(f"{where}: no configuration of supervisord could be read")
    _record(ctx, checks)
    how = " and ".join(w for w, used in (("read from the build context", files),
                                         ("written by the Dockerfile's RUNs", texts)) if used)
    ctx.added.append(f"{where} runs supervisord: the programs of its configuration "
                     f"({how}) are the runner's own or artifacts")
    return Artifact(None, "supervisord", "the distribution's supervisor, installed again "
                    "in the runner", -1, provided=True)


def _supervisor_programs(ctx, text: str, where: str, checks) -> None:
    for command in _supervisor_commands(text):
        try:
            argv = shlex.split(command)
        except ValueError:
            raise Decline(f"{where}: a command cannot be read (`{command}`)") from None
        if argv:
            _program(ctx, argv[0], tuple(argv), where, checks, 1, ())


#: programs that name supervisord's configuration without changing it
_SUPERVISOR_READS = frozenset({"supervisord", "supervisorctl"})


def _supervisor_run(ctx, fact, places, where: str, texts) -> list:
    """What a RUN does to supervisord's configuration (``places``: its files and
    folders): nothing; a file written with ``echo``/``printf`` whose text is known (added
    to ``texts``, once per path, as ``written_text`` reads the RUNs); a ``cp``/``ln -s``
    of a file a COPY brings from the build context (returned, read like that COPY).
    Anything else is declined, named."""
    n = fact.node
    text = run_text(n)
    if "supervisor" not in text:
        return []
    run = f"the RUN at {ctx.line_of(n)}"
    script = split_commands(text) if isinstance(n.command, ast.ShellForm) else None
    if script is None or script.complex:
        raise Decline(f"{where} runs supervisord, whose configuration {run} names in a "
                      "command that is not followed: the programs it starts are unknown")
    out = []
    for c in script.commands:
        argv = unwrap(c).argv
        if not argv:
            continue
        name = program_name(argv[0])
        named = [w for w in argv[1:] if any(p in w for p in places)]
        redirected = [r for r in c.redirects if any(p in r for p in places)]
        operands = [w for w in argv[1:] if not w.startswith("-")]
        read = operands[:-1] if name in ("cp", "ln") else []  # (their sources: read)
        elsewhere = [w for w in argv[1:] + c.redirects if "supervisor" in w and
                     w.startswith("/") and w not in named + redirected + read]
        if elsewhere and name not in _MODE_ONLY | _SUPERVISOR_READS | {"mkdir"}:
            # (an [include] may name it: /etc/supervisor.d/ of another layout)
            raise Decline(f"{where} runs supervisord; {run} writes `{elsewhere[0]}` with "
                          f"`{name}`, which its configuration may include: the programs it "
                          "starts are unknown")
        if redirected:
            for r in redirected:
                value = expand(r, fact.before.variables())
                path = resolve_path(fact.before.workdir, value.value) if value.complete else None
                written = written_text(ctx, path) if path else None
                if written is None or written.text is None:
                    why = written.why if written is not None else "its name is not known"
                    raise Decline(f"{where} runs supervisord, whose configuration {path or r} "
                                  f"{run} writes, and its text is not known ({why}): the "
                                  "programs it starts are unknown")
                if all(p != path for p, _ in texts):
                    _written_in_runner(ctx, written.writers, f"{where} runs supervisord, "
                                       f"whose configuration {path} is a file")
                    texts.append((path, written.text))
            continue
        if not named or name in _MODE_ONLY | _SUPERVISOR_READS | {"mkdir"}:
            continue
        if name in ("cp", "ln") and len(operands) == 2 and operands[0] not in named:
            found = context_script(ctx, resolve_path(fact.before.workdir, operands[0]) or "")
            if found is not None:  # (the copy or link must be made in the runner too)
                _written_in_runner(ctx, [fact], f"{where} runs supervisord, whose "
                                   f"configuration {named[0]} is a file")
                out.append((found[0], found[1]))
                continue
        raise Decline(f"{where} runs supervisord, whose configuration {named[0]} {run} "
                      f"changes with `{name}`: the programs it starts are unknown")
    return out


#: init programs that start the scripts of directories: phusion/baseimage's
#: ``my_init`` (every script of /etc/my_init.d, /etc/rc.local, then the runit services
#: of /etc/service) and runit's service scanner (the ``run`` script of each service)
INIT_DIRS = {
    "my_init": ("/etc/my_init.d/", "/etc/rc.local", "/etc/service/"),
    "runsvdir": ("/etc/service/", "/etc/sv/"),
    "runsvdir-start": ("/etc/service/", "/etc/sv/"),
}


def init_scripts(ctx, node, program: str) -> None:
    """An init program (``INIT_DIRS``: phusion's my_init, runit) starts the scripts the
    build puts in its directories: like supervisord's configuration, the programs they
    run are unknown unless they are read.  They are read from the build context
    (``--context``) when each comes from a COPY of a file; otherwise the command is
    declined when the runner leaves packages in the builder (keeping every package
    leaves nothing missing).  On any other runner the init itself is the base image's,
    not an artifact: declined, named, unless the build makes it."""
    name = program_name(program)
    if name not in INIT_DIRS:
        return
    dirs = INIT_DIRS[name]
    where = f"{node.name} at {ctx.line_of(node)}"
    if not same_image(ctx) and not any(
            a.name == name or a.tree and a.path and program.startswith(a.path.rstrip("/") + "/")
            for a in ctx.detection.artifacts):
        # (phusion/baseimage's /sbin/my_init on a runner with only the artifacts: the
        # init, its runit services and what they start are the base image's and the RUNs')
        raise Decline(f"{where} runs {name}, {ctx.facts.base.reference}'s init, which starts "
                      f"the services of {', '.join(dirs)}: neither it nor what it starts is "
                      "among the artifacts, and the runner is not the builder's image with "
                      "its packages")
    checks = ProgramChecks()
    dropped = list(ctx.detection.replay.dropped)
    for fact in ctx.facts.instructions:
        n = fact.node
        if isinstance(n, ast.Run) and n.command is not None and dropped and \
                _writes_into(n, dirs):
            raise Decline(f"{where} runs {name}, which starts the scripts the RUN at "
                          f"{ctx.line_of(n)} writes or changes in {', '.join(dirs)}: "
                          "the programs they run are unknown and the runner leaves out "
                          f"{', '.join(dropped[:4])}{' ...' if len(dropped) > 4 else ''}")
        if not isinstance(n, (ast.Copy, ast.Add)) or n.flag("from") is not None:
            continue
        dest = expand(n.destination or "", fact.before.variables())
        to = resolve_path(fact.before.workdir, dest.value) if dest.complete else None
        if to is None or not (to.rstrip("/") + "/").startswith(dirs):
            continue
        copy = f"{n.name} at {ctx.line_of(n)}"
        if ctx.context is None:
            if dropped:
                raise Decline(f"{where} runs {name}, which starts the scripts {copy} puts in "
                              f"{to} from the build context, {foreign_context.not_given(ctx)}: "
                              "the programs they run are unknown and the runner leaves out "
                              f"{', '.join(dropped[:4])}{' ...' if len(dropped) > 4 else ''} "
                              f"(build only); {foreign_context.give(ctx, ' to have them read')}")
            continue
        for src in n.sources:
            target = to if not dest.value.endswith("/") and len(n.sources) == 1 else \
                posixpath.join(to, posixpath.basename(src.rstrip("/")))
            found = context_script(ctx, target)
            if found is None or ctx.sent.isdir(found[1]):
                raise Decline(f"{where} runs {name}, which starts what {copy} puts in {to}: "
                              "not a file of the build context that can be read")
            _script(ctx, found[1], found, (), f"{where} ({name}'s {src})", checks, 1)
            _carry(ctx, found, target)
    _record(ctx, checks)


def _adds_services(ctx, dirs) -> bool:
    """Whether an instruction puts or changes a script in an init's directories
    (``dirs`` of ``INIT_DIRS``).  An init that starts none of the build's own (phusion's
    ``my_init`` with only the base image's cron and syslog) runs the container as a
    machine used through ``docker exec``, as ``init`` does: a toolbox."""
    for fact in ctx.facts.instructions:
        n = fact.node
        if isinstance(n, ast.Run) and n.command is not None and _writes_into(n, dirs):
            return True
        if isinstance(n, (ast.Copy, ast.Add)) and n.flag("from") is None:
            dest = expand(n.destination or "", fact.before.variables())
            if not dest.complete:
                return True
            to = resolve_path(fact.before.workdir, dest.value)
            if (to.rstrip("/") + "/").startswith(dirs) or \
                    any(d.startswith(to.rstrip("/") + "/") for d in dirs):
                return True
    return False


def _writes_into(node, dirs) -> bool:
    """Whether a RUN names a path in ``dirs`` in a command that may write it (not only
    ``chmod``/``mkdir`` of it)."""
    text = run_text(node)
    if not any(d in text for d in dirs):
        return False
    script = split_commands(text)
    if script.complex:
        return True
    return any(any(d in w for d in dirs for w in unwrap(c).argv + tuple(c.redirects))
               and program_name(unwrap(c).argv[0]) not in _MODE_ONLY | {"mkdir"}
               for c in script.commands if unwrap(c).argv)


def _supervisor_commands(text: str) -> List[str]:
    """The ``command=`` of every ``[program:x]`` section (eventlisteners too)."""
    import configparser
    parser = configparser.RawConfigParser(strict=False)
    try:
        parser.read_string(text)
    except configparser.Error as exc:
        raise Decline(f"supervisord's configuration cannot be read ({exc.__class__.__name__})") \
            from None
    return [parser.get(s, "command") for s in parser.sections()
            if s.startswith(("program:", "eventlistener:")) and parser.has_option(s, "command")]


def _written_in_runner(ctx, writers, what: str) -> None:
    """Declines unless every RUN of ``writers`` (each writing a file the command runs
    or reads: ``echo ... >> run.sh`` RUN after RUN) reaches the same-image runner
    (after the build, repeated there or captured): one that stays in the builder would
    leave the runner without the file, or without a part of it."""
    from .passes.classify import reaches_same_image_runner
    det = ctx.detection
    boundary = max(tuple(det.build_indices) + tuple(det.extra_build_indices), default=-1)
    for writer in writers:
        if writer.index <= boundary or not reaches_same_image_runner(writer, det):
            raise Decline(f"{what} the RUN at {ctx.line_of(writer.node)} writes in the builder "
                          "only: the runner would not have it")


def run_written_script(ctx, node, program: str, words: Sequence[str] = ()) -> Optional[Artifact]:
    """The command runs a file a RUN writes with a redirection (``echo '#!/bin/bash ...'
    > /entry-point.sh``) on a same-image runner: a RUN after the build that reaches the
    runner (``_written_in_runner``) writes it there as in the original.  When its text
    is surely known (``written_text``: echo/printf of literal words) the script is read
    like one of the build context and every program it runs checked; otherwise it is
    left unread (declined when the runner leaves out a package the original keeps,
    naming why the text is not known).  None when no RUN writes the path with a
    redirection."""
    if not same_image(ctx) or not program.startswith("/") or "$" in program:
        return None
    target = posixpath.normpath(program)
    writers = []
    for fact in ctx.facts.instructions:
        n = fact.node
        if not isinstance(n, ast.Run) or not isinstance(n.command, ast.ShellForm):
            continue
        variables = fact.before.variables()
        for m in REDIRECT.finditer(n.command.text):
            word = m.group(1)
            if not word:
                continue
            value = expand(word.strip("'\""), variables)
            if value.complete and resolve_path(fact.before.workdir, value.value) == target:
                writers.append(fact)
                break
    if not writers:
        return None
    where = f"{node.name} at {ctx.line_of(node)}"
    _written_in_runner(ctx, writers, f"{where} runs `{program}`, a script")
    run = f"RUN at {ctx.line_of(writers[-1].node)}"
    written = written_text(ctx, target)
    if written is not None and written.text is not None:
        checks = ProgramChecks()
        _script_text(ctx, program, written.text, f"written by the {run}", tuple(words), where,
                     checks, 0)
        _record(ctx, checks)
        ctx.added.append(f"{where} runs `{program}`, a script the {run} writes (repeated in "
                         "the runner): its text is read from the Dockerfile, and every "
                         "program it runs is the runner's own or an artifact")
        return Artifact(None, posixpath.basename(program), f"a script the {run} writes, "
                        "repeated in the runner", -1, provided=True)
    dropped = list(left_out(ctx))
    if dropped:
        unknown = f" ({written.why})" if written is not None and written.why else ""
        raise Decline(f"{where} runs `{program}`, a script the {run} writes, whose text is not "
                      f"known{unknown}: the programs it runs are unknown and the runner "
                      f"leaves out {', '.join(dropped[:4])}{' ...' if len(dropped) > 4 else ''} "
                      "(the original keeps them at run time)")
    _edits_after_build(ctx)
    npm_upgrade.runs_replaced(ctx.detection, f"{where} runs `{program}`, a script the {run} "
                              "writes, whose text is not known: it may run npm")
    ctx.unread_entry = (program, where)
    ctx.added.append(f"`{program}` (written by the {run}, repeated in the runner) is not read: "
                     "the runner installs every package the original keeps, so the programs "
                     "it may run are there")
    return Artifact(None, posixpath.basename(program), f"a script the {run} writes, repeated "
                    "in the runner", -1, provided=True)
