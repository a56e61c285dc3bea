"""Plan the runner with the recipe, for its own image or the one ``--runtime`` names
(the recipe's setup is kept either way), and check that it fits: the C library the
program links, a shell when the command needs one."""

from __future__ import annotations

import dataclasses
import re

from ...tree import ast
from ...knowledge import official
from ...knowledge.images import image_facts, language_version
from ...knowledge.references import arch_namespace, hub_mirror, in_arch_namespace, through_mirror
from ..context import Context, Decline
from ..recipes import full_image_libraries
from ..recipes.full_image_libraries import same_image
from ..recipes.artifacts import match_artifact
from ...analysis.shell import program_name
from ...knowledge.user_tools import USER_TOOLS, user_names
from ..argument_paths import in_builder_steps, workdir_arguments
from ..runtime_inputs import capabilities_need_shell, file_capabilities, stage_empty_root
from ..timezone import stage_timezone
from .. import optional_outputs, pip_checkouts
from ..runner_setup import account_names, accounts_only, base_family, builder_commands


def run(ctx: Context) -> None:
    det = ctx.detection
    linking = det.linking
    if ctx.runtime:
        entry = image_facts(ctx.runtime)
        if not entry.known:
            ctx.warnings.append(f"runner {ctx.runtime} is not in the runner table: PATH, shell, "
                                "C library and users cannot be checked (weaker checks)")
        else:
            _forced_interpreter(ctx, entry)
        if entry.known and linking.dynamic:
            builder_libc = ctx.facts.base.libc
            if entry.libc is None or (builder_libc and entry.libc != builder_libc):
                raise Decline(f"{linking.phrase} ({'; '.join(linking.evidence)}), so the binary "
                              f"is linked against {builder_libc or 'the builder libc'}; runner "
                              f"{ctx.runtime} has {entry.libc or 'no C library'}")
            _release_not_older(ctx, linking)
    flavour = base_family(ctx.facts.base) or "debian"
    runner_runs = [p for p in ctx.placements
                   if isinstance(p.node, ast.Run) and p.where in ("runner", "both")]
    shell_runs = [p for p in runner_runs if accounts_only(p.node, flavour) is None]
    needs_shell = ctx.needs_shell or bool(shell_runs) or \
        bool(ctx.captured) or _healthcheck_needs_tools(ctx) or \
        _build_creates_homes(ctx, flavour) or capabilities_need_shell(ctx)
    # (``captured``: the runner removes, merges, runs ldconfig)
    ctx.detection = _settled_for_own_image(ctx)
    ctx.runner = ctx.recipe.plan_runner(ctx.detection, ctx.facts, ctx.runtime or None,
                                        needs_shell)
    _full_image_libraries(ctx, det)
    _unknown_runtime_interpreter(ctx)
    _pull_through_mirror(ctx)
    _keep_arch_namespace(ctx)
    _accounts_from_builder(ctx, runner_runs, shell_runs)
    stage_empty_root(ctx)
    ctx.timezone = stage_timezone(ctx)
    file_capabilities(ctx)
    pairs = workdir_arguments(ctx.facts)
    if pairs:  # the transpiler's builder steps name a directory an ARG chooses as it does
        ctx.detection = dataclasses.replace(ctx.detection, builder_additions=in_builder_steps(
            ctx.detection.builder_additions, pairs))
    ctx.added.extend(ctx.runner.added)
    ctx.warnings.extend(ctx.runner.warnings)
    pip_checkouts.stage(ctx)
    optional_outputs.stage(ctx)
    entry = image_facts(ctx.runner.image)
    if ctx.needs_shell and entry.known and entry.shell is None:
        raise Decline(f"the command needs a shell and runner {ctx.runner.image} has none")


#: a runner RUN that fails the build unless the image has the builder's interpreter
#: where the copied packages are read: (language, test command) by recipe variable
_INTERPRETER_TESTS = {
    "PYTHON_VERSION": ("python{v} -c 'import sys; sys.exit(sys.prefix != \"/usr/local\")'",
                       "Python {v} under /usr/local"),
    "NODE_VERSION": ("node -e 'process.exit(process.versions.node.split(\".\")[0] === "
                     "\"{v}\" ? 0 : 1)'", "Node.js {v}"),
    "RUBY_VERSION": ("ruby -e 'exit(RUBY_VERSION.start_with?(\"{v}.\") ? 0 : 1)'",
                     "Ruby {v}"),
}


def _builder_interpreter(ctx: Context):
    """(variable, numbers, language, the builder's version) of the recipe's interpreter
    (``InterpreterRecipe.interpreter_version``) where the data knows the builder, else
    None: an unknown builder's version is only its tag's guess, and a distribution's own
    interpreter (apt's python3) sets no such variable."""
    wanted = getattr(ctx.recipe, "interpreter_version", None)
    if wanted is None or not ctx.facts.base.known:
        return None
    variable, parts, language = wanted
    built = language_version(ctx.facts.base, variable, parts)
    return (variable, parts, language, built) if built is not None else None


def _unknown_runtime_interpreter(ctx: Context) -> None:
    """A ``--runtime`` image the data does not know gets a first RUN that tests it has
    the builder's interpreter (``_forced_interpreter`` checks a known one statically):
    without it the packages the build installed are not found, and the image would
    build and fail when it runs; with the test the build stops, saying why."""
    if not ctx.runtime or image_facts(ctx.runtime).known or same_image(ctx.runtime, ctx.facts):
        return  # (the very image has the builder's interpreter)
    wanted = _builder_interpreter(ctx)
    if wanted is None or wanted[0] not in _INTERPRETER_TESTS:
        return
    variable, _, _, built = wanted
    test, what = (t.format(v=built) for t in _INTERPRETER_TESTS[variable])
    run = ast.Run(keyword="RUN", command=ast.ShellForm(
        f"{test} || {{ echo '{ctx.runtime} has no {what}, which the packages the builder "
        "installed are for' >&2; exit 1; }"),
        leading=(ast.Comment(f"# --runtime {ctx.runtime} is not in the image data: the "
                             f"build stops here unless it has the builder's {what}"),))
    ctx.runner = dataclasses.replace(
        ctx.runner, setup=(run,) + tuple(ctx.runner.setup), added=ctx.runner.added + (
            f"{ctx.runtime} is tested for the builder's {what} by a RUN before the copies: "
            "the image data does not know it",))


def _distribution_version(reference: str):
    """(distribution, its version numbers) the image data shows for ``reference``
    (``debian``, (12,); ``ubuntu``, (22, 4); ``alpine``, (3, 18)), None when unknown."""
    try:
        data = official.resolve(reference)
    except (ValueError, KeyError, OSError):
        return None
    if data is None or not data.distribution or not data.distribution_version:
        return None
    # (a Debian release is its major number: 12.15 is a point release of bookworm)
    parts = 1 if data.distribution == "debian" else 2
    numbers = tuple(int(n) for n in re.findall(r"\d+", data.distribution_version)[:parts])
    return (data.distribution, numbers) if numbers else None


def _release_not_older(ctx: Context, linking) -> None:
    """A dynamically linked program on a ``--runtime`` image of the builder's
    distribution: declines where the data shows the runner's release older than the
    builder's (a binary built against the newer C library fails there: ``GLIBC_2.xx not
    found``; its libraries' sonames moved on too); the same release is checked; a newer
    one or another distribution is warned of, its libraries not compared."""
    built = _distribution_version(ctx.facts.base.reference)
    runs = _distribution_version(ctx.runtime)
    if built and runs and built[0] == runs[0]:
        if runs[1] < built[1]:
            raise Decline(f"{linking.phrase}: --runtime {ctx.runtime} is {runs[0]} "
                          f"{'.'.join(map(str, runs[1]))}, older than the builder's "
                          f"{'.'.join(map(str, built[1]))} ({ctx.facts.base.reference}), whose "
                          "C library and libraries the program is linked against")
        if runs[1] == built[1]:
            return
    ctx.warnings.append(f"{linking.phrase}: {ctx.runtime} must have the same C library "
                        "release as the builder; this is not checked")


def _forced_interpreter(ctx: Context, runner) -> None:
    """Declines where ``--runtime`` names an image the data knows whose interpreter is
    not the builder's: the packages the build installed are for the builder's Python
    X.Y / Node.js major / Ruby X.Y (the directory they are in, the ABI their compiled
    extensions are built for), and a runner with another version, or with none of that
    image family (``debian:bookworm-slim`` for a ``python:3.11`` build), would not find
    or load them.  An image the data does not know keeps the "weaker checks" warning and
    is tested at build time (``_unknown_runtime_interpreter``); an unknown builder's
    version is only its tag's guess, so nothing is compared there."""
    wanted = _builder_interpreter(ctx) if runner.known else None
    if wanted is None:
        return
    variable, parts, language, built = wanted
    has = language_version(runner, variable, parts)
    if has != built:
        what = f"{language} {has}" if has else \
            f"no {language} of the {ctx.recipe.image} images ({variable} unset)"
        raise Decline(f"--runtime {ctx.runtime} has {what}, and the build installed its "
                      f"packages for the builder's {language} {built} "
                      f"({ctx.facts.base.reference}): the runner needs the same {language}")


def _settled_for_own_image(ctx: Context):
    """The detection the runner is planned with.  The full image's libraries (and git)
    are gathered for a runner that is not the builder's own image, whichever chose it:
    the recipe's slim sibling, or ``--runtime`` over a detection that would keep the
    full image (``full_image``).  The builder's own image has them, and is known to be
    the runner before it is planned (``full_image`` without a ``--runtime`` naming
    another image, or ``--runtime`` naming the builder's): the detection without the
    gathering (``full_image_libraries.for_runner``), so the recipe plans the runner once,
    without the merge step (``ldconfig`` alone where the build installed libraries)."""
    det = ctx.detection
    image = ctx.runtime or (ctx.facts.base.reference if det.full_image else None)
    return full_image_libraries.for_runner(det, image, ctx.facts) if image else det


def _full_image_libraries(ctx: Context, det) -> None:
    """Says so where ``--runtime`` replaces the builder's own image the detection
    ``det`` (before ``_settled_for_own_image``) would keep."""
    if not ctx.runtime or not det.full_image or \
            full_image_libraries.same_image(ctx.runtime, ctx.facts):
        return
    base = ctx.facts.base.reference
    gathered = f"; the libraries the copied modules load are gathered for it (ELF NEEDED, " \
        f"merged where its loader lacks them), as for the slim sibling of {base}" \
        if full_image_libraries.gathered(det.artifacts) else ""
    ctx.added.append(f"the runner is {ctx.runtime}, chosen with --runtime, not the builder's "
                     f"own image {base}, which the transpiler would have kept{gathered}")
    ctx.warnings.append(f"--runtime {ctx.runtime} replaces {base}, the runner the transpiler "
                        f"keeps here ({det.full_image}): whether {ctx.runtime} has what the "
                        "program uses of it is not checked")


def _pull_through_mirror(ctx: Context) -> None:
    """A builder pulled through a Docker Hub mirror (``mirror.gcr.io/library/python``)
    gets its runner through the same mirror: the build was written for a place where
    Docker Hub itself is slow, rate-limited or unreachable."""
    mirror = hub_mirror(ctx.facts.base.reference)
    if ctx.runtime or not mirror:
        return
    image = through_mirror(ctx.runner.image, mirror)
    if image != ctx.runner.image:
        ctx.runner = dataclasses.replace(ctx.runner, image=image, added=ctx.runner.added + (
            f"the runner is pulled through {mirror.rstrip('/')}, the Docker Hub mirror the "
            "builder comes from",))


def _keep_arch_namespace(ctx: Context) -> None:
    """A builder pulled from an architecture's namespace (``ppc64le/ubuntu:18.04``) gets
    its runner from the same namespace: the plain name pulls the build host's
    architecture, where the builder's binaries and captured files would not run.  A
    runner published in no such namespace (not an official image) declines."""
    namespace = arch_namespace(ctx.facts.base.reference)
    if ctx.runtime or not namespace:
        return
    image = in_arch_namespace(ctx.runner.image, namespace)
    if image is None:
        raise Decline(f"the builder {ctx.facts.base.reference} is the {namespace[:-1]} build "
                      f"of an official image, and the runner {ctx.runner.image} is not "
                      f"published in the {namespace[:-1]}/ namespace: the plain name pulls "
                      "the build host's architecture, where the builder's binaries would not "
                      "run")
    if image != ctx.runner.image:
        ctx.runner = dataclasses.replace(ctx.runner, image=image, added=ctx.runner.added + (
            f"the runner is pulled from {namespace[:-1]}/, the architecture namespace the "
            "builder comes from",))


def _accounts_from_builder(ctx: Context, runner_runs, shell_runs) -> None:
    """On a runner without a shell, the RUNs that only create users and groups run in
    the builder, and the runner takes the builder's /etc/passwd and /etc/group, so a
    ``USER name`` keeps its name (and its numeric id)."""
    entry = image_facts(ctx.runner.image)
    if not runner_runs or shell_runs or not entry.known or entry.shell is not None:
        return
    moved = {id(p) for p in runner_runs}
    ctx.placements[:] = [dataclasses.replace(p, where="builder", reason=p.reason +
                                             "; run in the builder, whose /etc/passwd and "
                                             "/etc/group the runner takes (it has no shell)")
                         if id(p) in moved else p for p in ctx.placements]
    ctx.copy_accounts = True


def _healthcheck_needs_tools(ctx: Context) -> bool:
    """Whether the final HEALTHCHECK needs more than the artifacts: a shell (shell form,
    ``sh -c``) or a program such as curl that the runner installs with its package
    manager.  Only an exec-form check running a binary the build wrote needs neither."""
    health = None
    for p in ctx.placements:
        if isinstance(p.node, ast.Healthcheck) and p.where in ("runner", "both"):
            health = p.node
    if health is None or health.is_none or health.command is None:
        return False
    if not isinstance(health.command, ast.ExecForm) or not health.command.args:
        return True
    final = ctx.facts.final
    art, _ = match_artifact(health.command.args[0], final.workdir, final.path_dirs,
                            ctx.detection.artifacts)
    return art is None or not art.certain


def _build_creates_homes(ctx: Context, flavour: str) -> bool:
    """Whether a build RUN creates a user the final image runs as together with a home
    directory (``useradd -m``): the runner then repeats the creation with its shell,
    since /etc/passwd alone would leave the home missing."""
    named = {(p.node.value or "").partition(":")[0] for p in ctx.placements
             if isinstance(p.node, ast.User) and p.where in ("runner", "both")}
    for _node, argv in builder_commands(ctx.placements):
        if program_name(argv[0]) in USER_TOOLS and account_names(argv, flavour) is None:
            users, _, _ = user_names(argv, flavour)
            if users & named:
                return True
    return False
