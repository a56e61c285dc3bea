"""Build the runner stage: ``FROM <runner>``, the final WORKDIR, ``COPY --from=builder``
of each artifact (absolute source paths: they resolve from the builder's root), CA
certificates when the runner lacks them, then the runtime instructions in their
original relative order (runtime ENV, ARGs the runner uses, USER, LABEL, EXPOSE,
VOLUME, STOPSIGNAL, ONBUILD and the effective ENTRYPOINT/CMD).  Where the original
created a user with a home before anything else made that directory, the runtime
instructions up to that user creation come before the WORKDIR in the home and the
copies (account_homes), so useradd/adduser makes the home as in the original."""

from __future__ import annotations

import posixpath
import re
import shlex
import dataclasses
from dataclasses import dataclass
from typing import List, Optional

from ...tree import ast
from ...knowledge.images import image_facts
from ...analysis.state import resolve_path
from ...analysis.variables import expand, referenced_names, substitute_known
from ...analysis.commands import shell_command_string
from ...analysis.shell import program_name, split_commands, unwrap, unwrap_words, \
    wrapper_problem, wrappers_of
from ...knowledge import alpine_rootfs, ca_certificates, packages
from .classify import RUNTIME_SETUP, _only, is_build_only
from ..context import Context, CopiedFile, Decline
from .. import guessed_program
from ..recipes import (account_capture, effect_capture, floating_site, image_user, own_site,
                       proven_family)
from ..recipes.artifacts import match_artifact
from ..argument_paths import in_runner, workdir_arguments
from ..runner_packages import (DEBCONF_DATABASE, adds_https_source, refuse_removed_sources, dropped_installs, REPOSITORY_FILES, REPOSITORY_SETUP, installed_by, plan_installs, repository_copies,
                               runner_packages)
from ..runner_programs import CORE_PROGRAMS, WRAPPERS, check_runner, wrapped_words
from ..entry_programs import CAPTURED_OWN_NOTE, RUNNER_OWN_NOTE
from .. import command_variables, image_env, package_index, path_programs, prebuild_files, runner_upgrade
from ..account_homes import AccountsFirst, accounts_first
from ..early_creator import creates_users, fits_before_copies
from .. import system_accounts, system_configuration
from ..workdir_owner import staged_tops, staged_workdir
from .builder_stage import _root_end_is_the_builders
from ..runtime_inputs import (copy_target, empty_root_copy,
                              generated_locale_copies, replayed_places,
                              runtime_input_copies)
from ..root_staging import merged_onto_root
from ..timezone import timezone_copy
from ..runner_setup import (SHELL_BUILTINS, RunnerFiles, base_family, run_commands, runs_apt,
                            run_node, runner_family, setup_run)
from ...knowledge.user_tools import USER_TOOLS, busybox_wget_accepts, user_names
from ...analysis.paths import is_within, within_any

CA_BUNDLE = "/etc/ssl/certs/ca-certificates.crt"
RUNNER_BIN = "/usr/local/bin"


@dataclass
class _Stage:
    """What this pass learns while it writes the runner stage."""

    files: RunnerFiles  # paths, users and groups the runner has so far
    top_workdir: Optional[ast.Workdir] = None  # the WORKDIR moved to the top
    user_problem: Optional[str] = None  # why a build RUN's user creation was not repeated
    #: the packages the runner stage installs for the original's installs (runner_packages)
    carried_packages: frozenset = frozenset()
    #: the builder's package repositories were copied (runner_packages)
    repositories_copied: bool = False
    #: how many runtime nodes come before the WORKDIR/copies (account_homes)
    accounts_cut: int = 0


def run(ctx: Context) -> None:
    runner = image_facts(ctx.runner.image)
    final = ctx.facts.final
    # (no WORKDIR in the stage on the builder's very image, unknown to the data: the
    # runner sets none either and runs in the image's own, as the original; what the
    # build wrote there is captured, as no copied tree leaves it out of the listing)
    inherited = final.workdir is None and not final.unresolved and \
        effect_capture.very_image(ctx.facts, ctx.runner.image)
    if final.workdir is None and not inherited:
        why = "; ".join(final.unresolved) or (
            f"the stage sets no absolute WORKDIR and {ctx.facts.base.reference} is not in the "
            "image table, so the directory the program runs in is unknown")
        raise Decline("the final WORKDIR cannot be resolved: " + why)
    _unknown_base_config(ctx)
    body: List[ast.Instruction] = []
    runs_here = [p.node for p in ctx.placements
                 if isinstance(p.node, ast.Run) and p.where in ("runner", "both")]
    plan = ctx.runner
    if (runs_here or plan.setup) and runner.known and runner.shell is None:
        raise Decline(f"RUN instructions must run in the runner and {ctx.runner.image} has no "
                      "shell")
    base_libc = ctx.facts.base.libc
    # setup RUNs (users, directories, modes) need only a shell; installs need the same tools
    tool_runs = [n for n in runs_here if not _only(n, RUNTIME_SETUP)]
    if effect_capture.very_image(ctx.facts, ctx.runner.image):
        tool_runs = runs_here = []  # (the very image: it has what the builder had)
    if (tool_runs and (not runner.known or runner.libc is None or runner.libc != base_libc)) or \
            (runs_here and not runner.known):
        first = (tool_runs or runs_here)[0]
        raise Decline(f"RUN at {ctx.line_of(first)} sets up the runtime with the "
                      f"builder's tools; runner {ctx.runner.image} is not the same distribution "
                      f"family ({runner.libc or 'unknown'} vs {base_libc or 'unknown'}), so they "
                      "may be missing there")
    state = _Stage(RunnerFiles(runner, final.workdir))
    ca_copied = runner.known and not runner.has_ca_certificates and \
        ctx.facts.base.has_ca_certificates
    carried = runner_packages(ctx.facts, runner, ctx.runner.image, plan,
                              ctx.detection.replaces_program, ca_copied)
    ctx.added.extend(carried.added)
    state.carried_packages = frozenset(installed_by(carried.install))
    state.repositories_copied = bool(carried.repositories)
    check_runner(ctx, runner, plan_installs(plan) | installed_by(carried.install))
    system_configuration.check_runner(ctx, runner, plan_installs(plan) |
                                      installed_by(carried.install))
    user = proven_family.runner_user(ctx.facts, ctx.runner.image)
    if user is not None:
        # (the original ran everything after its own USER root; the image's default user
        # is not known, so the runner's setup sets the same first)
        body.append(ast.User(keyword="USER", value=user))
        ctx.added.append(f"USER {user} before the runner's setup, as the original set it "
                         f"before its install: {ctx.runner.image}'s own default user is not "
                         "known")
    elif ctx.runner.image == ctx.facts.base.reference and \
            image_user.non_root_default(ctx.facts) is not None:
        # (the same image, which starts as its own user: ``image_user``)
        image_user.check_root_first(ctx.facts, ctx.runner.image)
        user = "root"
        body.append(ast.User(keyword="USER", value=user))
        ctx.added.append(f"USER root before the runner's setup, as the original set it "
                         f"before running anything: {ctx.runner.image} starts as user "
                         f"{image_user.non_root_default(ctx.facts)} (the image data), and "
                         "the original's own USER lines follow")
    installs_at = len(body)  # (where the runner's package installs begin)
    upgrade, note = runner_upgrade.standalone(
        ctx.facts, runner, carried.prepare + tuple(plan.setup) + carried.install, user)
    if upgrade is not None:
        body.append(upgrade)
        ctx.added.append(note)
    body.extend(carried.prepare)
    for path in carried.repositories:
        ctx.copies.append(CopiedFile(path, path, "package repositories the build added"))
        body.append(_copy(ctx, path, path))
    body.extend(_from_builder(ctx, node) for node in plan.setup)
    body.extend(carried.install)
    body.extend(_healthcheck(ctx, runner, plan_installs(plan) | installed_by(carried.install)))
    workdir = _workdir(ctx, runner, state)
    inputs = runtime_input_copies(ctx, runner)
    # (a copy the plan's setup repeats already, the Python same-image runner's build
    # inputs outside the app directory, is not written twice)
    planned = {(n.keyword, tuple(n.paths)) for n in plan.setup
               if isinstance(n, (ast.Copy, ast.Add)) and n.flag("from") is None}
    inputs = [n for n in inputs if (n.keyword, tuple(n.paths)) not in planned]
    copies = inputs + _artifact_copies(ctx, runner, inputs)
    # what builder RUNs wrote that no later command of the build reads: for the program
    replayed = [place for node in inputs for place in replayed_places(node)]
    copies.extend(prebuild_files.runner_copies(ctx, replayed + [
        copied.destination for copied in ctx.copies if copied.destination.rstrip("/")],
        ctx.builder_name))
    trees = replayed + [
        copied.destination for copied in ctx.copies
        if not merged_onto_root(copied.source)]
    ca_note = []  # (the CA note's list of left-out packages waits for the runner's installs)
    copies.extend(_certificates(ctx, runner, plan_installs(plan) | installed_by(carried.install),
                                ca_note))
    copies.extend(empty_root_copy(ctx))
    copies.extend(generated_locale_copies(ctx, runner))
    copies.extend(timezone_copy(ctx, ctx.timezone))
    copies.extend(command_variables.runner_env(ctx))
    copies.extend(image_env.tree_env(ctx, runner, copies))
    first = _accounts_first(ctx, runner, workdir, body + copies,
                            body[installs_at:] + copies + list(plan.setup_after))
    copies.extend(_workdir_owner(ctx, copies))
    copies.extend(_copied_tops(ctx, copies))
    if first is None:
        for tree in trees:
            state.files.add_tree(tree)
        trees = []
    copies.extend(_accounts(ctx, runner, state))
    copies.extend(plan.setup_after)
    copies.extend(run_node(text, "the programs the command runs, from the runner's packages: "
                           "a missing one fails the build, not the container")
                  for text in ctx.runner_checks if not _checks_after_capture(ctx))
    if not _checks_after_capture(ctx):
        copies.extend(path_programs.check_run(ctx, runner))
    if first is None:
        body.extend(workdir + copies)
        body.extend(_runtime_instructions(ctx, runner, state))
    else:
        # the accounts (and what the runner repeats before them) before the writes that
        # would make their homes first; the builder's trees exist only after them
        early_cwd = runner.workdir if first.workdir_after or not workdir \
            else ctx.facts.final.workdir  # (no workdir: it follows its copy, or is the image's)
        runtime = _runtime_instructions(ctx, runner, state, first, early_cwd, trees)
        cut = state.accounts_cut
        if first.before_installs:
            # (and before the package installs: system_accounts; the WORKDIR, unless
            # in a home they make, before them too, where the original's came first)
            early = runtime[:cut] + workdir if first.workdir_after else \
                workdir + runtime[:cut]
            body[installs_at:installs_at] = early
            body.extend(copies)
        else:
            body.extend(runtime[:cut] + workdir + copies if first.workdir_after
                        else workdir + runtime[:cut] + copies)
        body.extend(runtime[cut:])
    body = _debconf_answers(ctx, runner, body)
    body = _apt_configuration(ctx, body, state.repositories_copied)
    body = runner_upgrade.once(body)
    if user is not None:
        body = _without_repeated_user(body)
    if plan.command is not None:
        if plan.expose:
            body.append(ast.Expose(keyword="EXPOSE", ports=tuple(plan.expose)))
        body.append(ast.Cmd(keyword="CMD", command=ast.ExecForm(tuple(plan.command))))
    body = in_runner(body, workdir_arguments(ctx.facts),
                     [n for n in ctx.facts.stage.body if isinstance(n, ast.Arg)], ctx.builder_name,
                     inputs)
    body = _keep_used_args(body)
    _args_not_kept(ctx, body)
    _copy_runs_as_root(ctx, runner, body)
    _no_shell_runs(ctx, runner, body)
    for finish in ca_note:
        finish(body)
    if _checks_after_capture(ctx):
        ctx.added[:] = [note.replace(RUNNER_OWN_NOTE, CAPTURED_OWN_NOTE) for note in ctx.added]
    leading = (ast.BlankLine(),)
    if ctx.runner.image.startswith("gcr.io/distroless/") and ":" not in ctx.runner.image:
        # the release is in the name (static-debian12); the tag only picks root/nonroot/debug
        leading += (ast.Comment("# hadolint ignore=DL3006"),)
    from_ = ast.From(keyword="FROM", args=(ctx.runner.image,), leading=leading)
    ctx.runner_stage = ast.Stage(from_=from_, body=tuple(body))


def _copy_runs_as_root(ctx, runner, body) -> None:
    """Declines where a user other than root is in force at the RUN that copies a
    directory named by a glob (``floating_site``), or removes the runner's own
    site-packages before the COPY of the builder's (``own_site``): a COPY writes as root
    whoever the user is, ``cp`` or ``rm`` in /usr/local would be refused."""
    user = runner.default_user or "root"
    for node in body:
        if isinstance(node, ast.User):
            user = node.value
        elif user.split(":")[0] in ("root", "0"):
            continue
        elif floating_site.is_copy_run(node):
            raise Decline(f"the runner copies the builder's site-packages with a RUN after "
                          f"USER {user}, which may not write there")
        elif own_site.is_removal_run(node):
            raise Decline(f"the runner removes its own site-packages before the copy of the "
                          f"builder's with a RUN after USER {user}, which may not write there")


def _no_shell_runs(ctx, runner, body) -> None:
    """Declines where the runner has no shell and its stage holds a shell-form RUN: the
    recipes' own setup (the libraries merged with ``ldconfig``, a site-packages removed,
    packages installed) is written for a runner with ``/bin/sh``, and a runner chosen
    with ``--runtime`` may have none (distroless): BuildKit would stop at that RUN."""
    if not runner.known or runner.shell is not None:
        return
    for node in body:
        if isinstance(node, ast.Run) and not isinstance(node.command, ast.ExecForm):
            what = next((c.text.lstrip("# ") for c in node.leading
                         if isinstance(c, ast.Comment)), node.command.text)
            raise Decline(f"{ctx.runner.image} has no shell, and the runner's setup needs a "
                          f"RUN ({what[:100]}{'...' if len(what) > 100 else ''})")


def _unknown_base_config(ctx) -> None:
    """An image with no record may set its own USER and ENTRYPOINT: the original runs
    with them, the runner would not.  Unknown is not a default (root, none): unless the
    stage sets both itself, or the runner replaces the program, decline."""
    base = ctx.facts.base
    if base.known or ctx.detection.replaces_program:
        return
    if effect_capture.very_image(ctx.facts, ctx.runner.image):
        # the runner is that very image (``proven_family``): its USER and ENTRYPOINT are
        # the builder's, whatever they are (and its user is root: the original's apt
        # install ran as it, or the runner sets the original's own USER root first:
        # ``proven_family.runner_user``)
        return
    if ctx.runner.image == base.reference and \
            getattr(ctx.detection, "node_image", None) == "own":
        # the very image whose own Node ran the build (``node_own_image``): its USER and
        # ENTRYPOINT are the builder's, and the runner installs nothing as that user
        return
    body = ctx.facts.stage.body
    if not any(isinstance(n, ast.User) for n in body):
        raise Decline(f"{base.reference} is not in the image table and the stage sets no USER: "
                      "the user the program runs as (the image's default) is unknown")
    if not any(isinstance(n, ast.Entrypoint) for n in body):
        raise Decline(f"{base.reference} is not in the image table and the stage sets no "
                      "ENTRYPOINT: an ENTRYPOINT of the image would run the CMD, and the "
                      "runner has none")


def _without_repeated_user(body):
    """``body`` without a USER that names the user already in force (the original's
    ``USER root`` kept as the final user, after the one ``runner_user`` set first)."""
    out, current = [], None
    for node in body:
        if isinstance(node, ast.User):
            if node.value == current:
                continue
            current = node.value
        out.append(node)
    return out


def _from_builder(ctx, node):
    """A plan's ``COPY --from=builder`` names the builder stage by its name here."""
    flag = node.flag("from") if isinstance(node, ast.Copy) else None
    if flag is None or flag.value == ctx.builder_name:
        return node
    return node.with_changes(flags=tuple(ast.Flag("from", ctx.builder_name) if f is flag else f
                                         for f in node.flags))


def _plain(node):
    """The node without its comments (they stay with the builder's copy)."""
    return ast.replace(node, leading=())


def _workdir(ctx, runner, state):
    final = ctx.facts.final.workdir
    workdirs = [p for p in ctx.placements if isinstance(p.node, ast.Workdir)]
    if not workdirs and final == runner.workdir:
        return []
    if workdirs:
        last = workdirs[-1]
        if last.where == "runner":
            state.top_workdir = last.node
        node = last.node if last.where == "runner" else _plain(last.node)
        if node.value != final:
            node = node.with_changes(value=final)
        return [node]
    ctx.added.append(f"WORKDIR {final}: the builder image's working directory, kept for the "
                     "final image")
    return [ast.Workdir(keyword="WORKDIR", value=final)]


def _guess_tested_after_capture(ctx, art) -> bool:
    """Whether ``art`` is the command's program only guessed to be the build's
    (``Artifact.guessed``) on a runner that gets captured RUNs: their packages are
    installed again there and their files copied, so the program may come from those;
    it is tested there after the captured files (``_captured_checks``) instead of copied
    from a builder path that may not exist (1e6d31f7: ``service`` of openssh-server's
    init-system-helpers, not a console script in /usr/local/bin)."""
    if not (art.guessed and ctx.captured and art.name):
        return False
    check = f"command -v {shlex.quote(art.name)} >/dev/null"
    if not any(check in text.split(" && ") for text in ctx.runner_checks):
        ctx.runner_checks.append(check)
    note = (f"`{art.name}` is not copied on its own: nothing shows the build writes it (a "
            "console script) rather than a package the captured RUNs install, so it is "
            "tested in the runner after the captured files")
    if note not in ctx.added:
        ctx.added.append(note)
    return True


def _artifact_copies(ctx, runner, inputs=()):
    """The runner's copies of the artifacts from the builder.  One inside a directory
    the runner copies whole from the builder already (``inputs``: ``COPY . .`` then
    ``cd server && npm ci``, /app as the build left it) is not copied again: the second
    copy brought the same files into a layer of their own (server/node_modules twice)."""
    path_dirs = set(d.rstrip("/") for d in runner.effective_path.split(":"))
    whole = [n.paths[0] for n in inputs if isinstance(n, ast.Copy) and
             n.flag("from") is not None and len(n.paths) == 2 and n.paths[0] == n.paths[1]]
    chosen = [] if ctx.entry.provided or _guess_tested_after_capture(ctx, ctx.entry) \
        else [ctx.entry]
    for art in ctx.detection.artifacts:
        if art.certain and art.path and "go get" not in art.how and \
                art.path not in {a.path for a in chosen} and \
                not _guess_tested_after_capture(ctx, art):
            chosen.append(art)
    trees = [a.source or a.path for a in chosen
             if a.tree and (a.destination or a.path) == (a.source or a.path)]
    nodes = []
    for art in chosen:
        dest = art.destination or art.path
        source = art.source or art.path
        if art is not ctx.entry and dest == source and (any(
                source.startswith(t.rstrip("/") + "/") for t in trees) or
                within_any(source, whole)):
            continue  # copied with the tree that holds it (cp -R defaults /opt/app/share/)
        by_name = art is ctx.entry and ctx.entry_reference == "name" and not art.tree
        if by_name and art.directory not in path_dirs:
            dest = f"{RUNNER_BIN}/{art.name}"
            ctx.added.append(f"{art.name} copied to {dest}: it was found through PATH in "
                             f"{art.directory}, which is not on {ctx.runner.image}'s PATH")
        reason = "the command the container runs" if art is ctx.entry else \
            ("what the program needs" if art.tree else "another file the build writes")
        if art is ctx.entry and art.unmade and not art.tree:
            # (staged where the build wrote it: guessed_program)
            source, dest = guessed_program.STAGED + "/", posixpath.dirname(dest) + "/"
        ctx.copies.append(CopiedFile(source, dest, f"{reason} ({art.how})",
                                     pattern=art.pattern))
        if art.pattern:
            if runner.known and runner.shell is None:
                raise Decline(f"{ctx.runner.image} has no shell, and the runner copies "
                              f"{art.pattern} with a RUN: {ctx.facts.base.reference} names "
                              "no X.Y, so the directory's name is not written out")
            nodes.append(floating_site.copy_run(art.pattern, ctx.builder_name))
        else:
            if art.replaces and not (runner.known and runner.shell is None):
                nodes.append(own_site.removal_run(dest))
            nodes.append(_copy(ctx, source, dest))
    return nodes


def _debconf_answers(ctx, runner, body):
    """The builder's debconf answers, before the runner's first apt install, where the
    original preseeds them (``echo "ttf-mscorefonts-installer ... accepted-... select
    true" | debconf-set-selections``): without them a package that asks (a EULA) takes
    its default under the noninteractive front end, and its install fails.  The runner
    is then of the builder's release (it installs with the same apt), so the database
    answers the same packages."""
    texts = [f.node.command.text for f in ctx.facts.instructions
             if isinstance(f.node, ast.Run) and isinstance(f.node.command, ast.ShellForm)]
    if not any("debconf-set-selections" in t for t in texts):
        return body
    if (runner.family, runner.release) != (ctx.facts.base.family, ctx.facts.base.release) \
            or runner.family not in ("debian", "ubuntu"):
        return body
    if not any(_installs_packages(n) for n in body):
        return body
    ctx.copies.append(CopiedFile(DEBCONF_DATABASE, DEBCONF_DATABASE,
                                 "the debconf answers the build preseeds"))
    ctx.added.append(f"{DEBCONF_DATABASE} copied from the builder before the runner's "
                     "installs: the original preseeds debconf answers "
                     "(debconf-set-selections) that its packages' installs read")
    copy = ast.Copy(keyword="COPY", flags=(ast.Flag("from", ctx.builder_name),),
                    paths=(DEBCONF_DATABASE, DEBCONF_DATABASE), leading=(ast.Comment(
                        "# the debconf answers the original preseeds, for the installs "
                        "below"),))
    return [copy] + list(body)


def _installs_packages(node) -> bool:
    """Whether ``node`` is a RUN one of whose commands installs packages with a package
    manager (``apt-get install``, the runner's ``xargs -r apt-get install < LIST``), read
    from its words: not any text holding "install" (``make install``, a path
    /opt/installer)."""
    return any(packages.read_install(argv) is not None for argv in run_commands(node))


def _apt_configuration(ctx, body, repositories_copied):
    """The apt configuration files the original's apt commands ran with, copied from the
    builder before the runner's first apt command (``apt_config``): a proxy the
    original's apt fetched through, settings its installs had.  None where the runner
    runs no apt, or copies the builder's /etc/apt whole already."""
    from ..apt_config import apt_choices
    carried = apt_choices(ctx.facts).carried
    if not carried or repositories_copied:
        return body
    if not any(runs_apt(n) for n in body):
        return body
    for path in carried:
        ctx.copies.append(CopiedFile(path, path, "apt configuration the original's apt "
                                     "commands ran with"))
    ctx.added.append(f"apt configuration the build wrote ({', '.join(carried)}) copied from "
                     "the builder before the runner's apt commands: the original's ran with it")
    copies = [ast.Copy(keyword="COPY", flags=(ast.Flag("from", ctx.builder_name),),
                       paths=(path, path)) for path in carried]
    copies[0] = ast.replace(copies[0], leading=(ast.Comment(
        "# the apt configuration the original's apt commands ran with, for those below"),))
    return copies + list(body)


def _copy(ctx, source, dest):
    return ast.Copy(keyword="COPY", flags=(ast.Flag("from", ctx.builder_name),),
                    paths=(source, dest))


def _adds_private_ca(ctx):
    """Where the original adds a CA to the system trust store (``update-ca-certificates``
    after putting a certificate in /usr/local/share/ca-certificates): the builder's
    bundle then holds it and the runner's own does not."""
    for fact in ctx.facts.instructions:
        node = fact.node
        if isinstance(node, ast.Run) and isinstance(node.command, ast.ShellForm):
            for c in split_commands(node.command.text).commands:
                argv = unwrap(c).argv
                if argv and program_name(argv[0]) == "update-ca-certificates":
                    return ctx.line_of(node)
    return None


def _certificates(ctx, runner, installed=frozenset(), finish=None):
    """The runner's CA certificates.  ``finish`` (a list) gets what completes the note
    once the runner's body is whole: the packages it says the runner leaves out are
    those no install of the final runner names (the captured RUNs' packages are
    installed later than this choice)."""
    private = _adds_private_ca(ctx)
    if private and runner.known and runner.has_ca_certificates:
        ctx.copies.append(CopiedFile(CA_BUNDLE, CA_BUNDLE, "CA certificates with the private "
                                     f"CA the RUN at {private} added"))
        ctx.added.append(f"CA certificates copied from the builder ({CA_BUNDLE}): the RUN at "
                         f"{private} added a CA to the builder's trust store, which "
                         f"{ctx.runner.image}'s own bundle lacks")
        return [_copy(ctx, CA_BUNDLE, CA_BUNDLE)]
    if runner.has_ca_certificates or not runner.known:
        return []
    if {"ca-certificates", "ca-certificates-bundle"} & set(installed):
        return []  # the runner installs them as the original did
    dropped = dropped_installs(ctx.facts, set(installed))
    target = packages.distro_of(runner.family, runner.release) if runner.shell else None
    apt = target is not None and target.manager == "apt"
    if ctx.runner.image == ctx.facts.base.reference and not (dropped and apt):
        return []  # the builder's own image, and the runner installs what the original does
    bringing = _brings_certificates(ctx, installed, target)
    if bringing:
        ctx.added.append(f"no CA certificates added: the runner's own {', '.join(bringing)}, "
                         "installed with its Recommends as the original's was, brings "
                         "ca-certificates")
        return []
    if ctx.runner.image == ctx.facts.base.reference or not ctx.facts.base.has_ca_certificates:
        if dropped and apt:
            # the image has none, but a package the original installs may have brought
            # them (apt installs Recommends: git, libcurl4, wget and openssl recommend
            # them); whether one did is not known, so the runner gets its own, which
            # works either way (a program that speaks no TLS does not notice them)
            at = len(ctx.added)
            ctx.added.append(_ca_note(ctx, dropped))
            if finish is not None:
                finish.append(lambda body: ctx.added.__setitem__(at, _ca_note(
                    ctx, dropped_installs(ctx.facts, _names(installed_by(body))))))
            return [run_node(packages.install_command(target, ["ca-certificates"]),
                             "CA certificates: the original's packages may have brought "
                             "them, the runner's image has none",
                             target.record.packages.unpinned_rule)]
    if not ctx.facts.base.has_ca_certificates:
        base = ctx.facts.base
        same_base = base.known and base.family is not None and base.family == runner.family
        if target is None or same_base:
            lacks = "has no CA certificates" if runner.family != "alpine" else \
                "is not known to have CA certificates"
            ctx.warnings.append(f"{ctx.runner.image} {lacks} and the builder "
                                "image is not known to have them: TLS connections may fail")
            return []
        # a builder image of another distribution (or not known): whether the original
        # had them is not known, so the runner gets its own, which works either way (a
        # program that speaks no TLS does not notice them)
        ctx.added.append(f"ca-certificates installed in the runner: {ctx.runner.image} has no "
                         f"CA certificates and whether {ctx.facts.base.reference} has them is "
                         "not known")
        return [run_node(packages.install_command(target, ["ca-certificates"]),
                         "CA certificates: the builder's are not known, the runner has none",
                         target.record.packages.unpinned_rule)]
    openssl = sorted(p for p in installed if re.match(r"libssl[0-9]", p))
    if openssl and target is not None and target.manager == "apt":
        # OpenSSL reads its default trust store, /usr/lib/ssl/certs (the openssl
        # package's link to /etc/ssl/certs and its hashed names), not the bundle file:
        # with libssl alone and the bundle copied, a program verifying through OpenSSL's
        # defaults trusts nothing.  The ca-certificates package brings both.
        ctx.added.append(f"ca-certificates installed in the runner: {ctx.runner.image} has "
                         f"no CA certificates, and the program may speak TLS through "
                         f"OpenSSL ({', '.join(openssl)}), which reads the hashed "
                         "certificate directory the package makes, not the bundle alone")
        return [run_node(packages.install_command(target, ["ca-certificates"]),
                         "CA certificates where OpenSSL looks for them (/usr/lib/ssl/certs)",
                         target.record.packages.unpinned_rule)]
    ctx.copies.append(CopiedFile(CA_BUNDLE, CA_BUNDLE, f"CA certificates: {ctx.recipe.program_kind} "
                                 "may speak TLS and the runner has none"))
    ctx.added.append(f"CA certificates copied from the builder ({CA_BUNDLE}): "
                     f"{ctx.runner.image} {_has_none(runner)}")
    return [_copy(ctx, CA_BUNDLE, CA_BUNDLE)]


def _brings_certificates(ctx, installed, target) -> List[str]:
    """The packages the runner installs with their Recommends (as the original's apt
    did) that bring ca-certificates on the runner's release, as the release's package
    indexes say (``knowledge.ca_certificates``); a release the data lacks answers none,
    and the runner keeps its own install.  (The data holds only the candidates of
    ``packages.CA_RECOMMENDED_BY``: any other package's chain is empty.)"""
    if target is None or target.manager != "apt":
        return []
    from ..apt_config import apt_choices
    with_recommends = _names(apt_choices(ctx.facts).recommends)
    return sorted(p for p in _names(installed) & with_recommends
                  if ca_certificates.chain(target.family, target.release, p))


def _names(installed):
    """Package names with and without their pins (``curl=7.*``)."""
    return set(installed) | {p.split("=", 1)[0] for p in installed}


def _ca_note(ctx, dropped) -> str:
    left = (f", and the packages the original installs that the runner leaves out "
            f"({', '.join(dropped)}) may have brought them in the original (a dependency "
            "or a Recommends)") if dropped else (
        ": the original's packages, installed again here after them, may have brought "
        "them in the original")
    return f"ca-certificates installed in the runner: {ctx.runner.image} has no CA certificates{left}"


def _has_none(runner) -> str:
    """How a runner without known CA certificates lacks them: an Alpine release whose
    root file system the image data did not read (or an earlier point release than the
    one read) may well have the bundle (ca-certificates-bundle, 3.13 on)."""
    if runner.family == "alpine":
        read = alpine_rootfs.bundle_releases()
        seen = f"; those it read, {read[0]} to {read[-1]}, have it" if read else ""
        return ("is not known to have them (the image data read no root file system of that "
                f"Alpine point release{seen})")
    return "has none"


def _accounts_first(ctx, runner, workdir, written, installing=()):
    """Where the runner must create accounts before its WORKDIR and copies
    (account_homes), and before its package installs (system_accounts: ``installing``,
    the nodes the runner writes before its runtime instructions, run them); None: the
    order stays."""
    if not runner.known or runner.shell is None:
        return None  # the accounts come as /etc/passwd: no useradd makes a home there
    missing = _users_to_create(ctx, runner)
    paths = []
    for node in written:
        if isinstance(node, (ast.Copy, ast.Add)) and node.destination:
            paths.append(resolve_path(ctx.facts.final.workdir, node.destination))
    creators = []
    for p in ctx.placements:
        if not isinstance(p.node, ast.Run) or not _creates_users(p.node):
            continue
        if p.where in ("runner", "both"):
            # (one doing more comes first too: _runtime_instructions declines it where
            # it may need the copies, early_creator)
            creators.append((p, None))
        elif p.where == "builder" and missing and p.index not in _carrying(ctx):
            creators.append((p, set(missing)))
    first = accounts_first(ctx, creators, paths,
                           workdir[0].value if workdir else None, base_family(ctx.facts.base),
                           ctx.facts.base.workdir)
    if first is not None and not any(a.startswith("user creation up to") for a in ctx.added):
        ctx.added.append(f"user creation up to line {_line_at(ctx, first.until)} before the "
                         f"runner's WORKDIR and copies: {', '.join(sorted(first.homes))} must "
                         "be made by useradd/adduser (owned by the user, with its skeleton) "
                         "as in the original, not by the copies as root")
    return _system_accounts_first(ctx, runner, creators, installing, first,
                                  tuple(p for p in paths + [workdir[0].value if workdir else None] if p))


def _system_accounts_first(ctx, runner, creators, installing, first, paths=()):
    """``first`` (account_homes) reaching up to the system accounts the runner must
    create before its package installs (system_accounts), and placing them there."""
    if not system_accounts.runs_packages(installing):
        return first  # (installs in the runtime instructions keep the original's order)
    captured_from = min(ctx.captured) if ctx.captured else None
    repeated = {p.index for p in ctx.placements if p.where in ("runner", "both")}
    until = system_accounts.before_installs(
        ctx, creators, base_family(ctx.facts.base) or "debian", runner, _same_packages(ctx),
        in_order=lambda index: index in repeated or
        (captured_from is not None and index >= captured_from),
        ahead=_names(installed_by(installing)))
    if until is None:
        return first
    capture_at = _after_last_builder_run(ctx) if ctx.captured else None
    if capture_at is not None and capture_at <= until:
        raise Decline(f"the system accounts created at line {_line_at(ctx, until)} must come "
                      "before the runner's package installs (the ids the packages' own "
                      "accounts take follow them), and the RUNs captured from line "
                      f"{_line_at(ctx, capture_at)} on come before them")
    if first is not None:
        until = max(until, first.until)
    first = AccountsFirst(until, first.homes if first else frozenset(),
                          bool(first and first.workdir_after), before_installs=True,
                          paths=paths)
    ctx.added.append(f"system account creation up to line {_line_at(ctx, until)} before the "
                     "runner's package installs, as in the original: a system account takes "
                     "the first free id of the system range, which the accounts the "
                     "packages' scripts create (Alpine's redis, Debian's postgresql) would "
                     "otherwise take first")
    return first


def _same_packages(ctx) -> bool:
    """Whether the runner has the packages of the builder's image: the very image, or
    the plain Debian image's ``-slim`` sibling (the same packages without their
    documentation, man pages and locales)."""
    base = ctx.facts.base
    if ctx.runner.image == base.reference:
        return True
    from ...knowledge.references import split_reference
    return split_reference(base.reference)[0] == "debian" and \
        (getattr(base, "siblings", None) or {}).get("slim") == ctx.runner.image


def _workdir_owner(ctx, copies):
    """The runner's COPY that gives its final WORKDIR the original's owner and mode, its
    staging appended to the builder (workdir_owner); none where root's is right."""
    def stage(*args):
        got = staged_workdir(*args)
        return got and (got[0], [got[1]])
    return _staged(ctx, copies, stage)


def _copied_tops(ctx, copies):
    """The runner's COPYs that give the copied trees' top directories the original's
    owner and mode, their staging appended to the builder (workdir_owner.staged_tops)."""
    return _staged(ctx, copies, staged_tops)


def _staged(ctx, copies, stage):
    """The runner's COPYs of what ``stage`` stages at the builder's end (its body then
    replaced by the one ``stage`` returns), or none."""
    first = (ctx.facts.instructions[0].before.user or "root") if ctx.facts.instructions \
        else "root"
    staged = stage(ctx, ctx.builder_stage.body, first, copies)
    if not staged:
        return []
    body, runner = staged
    _root_end_is_the_builders(ctx, body)
    ctx.builder_stage = ast.replace(ctx.builder_stage, body=tuple(body))
    return runner


def _line_at(ctx, index):
    return ctx.line_of(next(p.node for p in ctx.placements if p.index == index))[5:]


def _runtime_instructions(ctx, runner, state, first=None, early_cwd=None, trees=()):
    """The runtime instructions in their original order.  With ``first``
    (account_homes), those up to ``first.until`` run where the runner's directory is
    ``early_cwd`` and before the builder's ``trees`` exist; ``state.accounts_cut`` says
    how many nodes they are."""
    out = []
    state.accounts_cut = 0
    carried: tuple = ()
    declared = set(runner_env_names(runner))
    stage_args = {d.name for p in ctx.placements if isinstance(p.node, ast.Arg) for d in p.node.args}
    final_workdir = ctx.facts.final.workdir
    facts = {f.index: f for f in ctx.facts.instructions}
    files = state.files
    source, target = base_family(ctx.facts.base), runner_family(runner)
    missing = _users_to_create(ctx, runner)
    capture_at = _capture_position(ctx)
    capture_nodes = _capture_nodes(ctx, state) if ctx.captured else ()
    carrying = _carrying(ctx)
    capture_inserted = False
    for placement in ctx.placements:
        early = first is not None and placement.index <= first.until
        if first is not None and not early and trees:
            for tree in trees:
                files.add_tree(tree)
            trees = ()
        final_workdir = early_cwd if early else ctx.facts.final.workdir
        if placement.index == capture_at:
            out.extend(_as_root_here(out, capture_nodes))
            _add_carried(ctx, files)
            capture_inserted = True
        node = placement.node
        fact = facts[placement.index]
        if placement.where == "builder" and missing and isinstance(node, ast.Run) and \
                _creates_users(node) and placement.index not in carrying:
            extracted = _extract_users(ctx, node, fact, state, source, target, missing,
                                       final_workdir)
            if extracted is not None:
                out.append(extracted)
                if early:
                    state.accounts_cut = len(out)
            continue
        if placement.where not in ("runner", "both"):
            if placement.where == "dropped":
                carried += node.leading
            continue
        if isinstance(node, ast.Workdir):
            if node is not state.top_workdir:
                carried += node.leading  # replaced by the final WORKDIR at the top
                if placement.node.value.rstrip("/") != (final_workdir or "").rstrip("/"):
                    _not_in_runner(ctx, placement, "the runner declares only the final "
                                   f"WORKDIR, {final_workdir}")
            continue
        if placement.where == "both":
            node = _plain(node)
        if isinstance(node, ast.Run) and (capture_at is None or placement.index < capture_at):
            _check_after_package_file(ctx, fact)
        if isinstance(node, ast.Env):
            node = _runtime_env(ctx, node, fact, declared | stage_args)
            declared.update(p.key for p in node.pairs)
            left = [p.key for p in placement.node.pairs if p.key not in declared]
            if left:
                _placed(ctx, placement, placement.where, f"{', '.join(left)} left out of the "
                        "runner: the build's own setting")
        elif isinstance(node, (ast.Copy, ast.Add)):
            node = _absolute_destination(ctx, node, fact, final_workdir, runner, files)
            dest = resolve_path(final_workdir, node.destination or "")
            if dest:
                files.add_tree(dest)
        elif isinstance(node, ast.User):
            if not _carried_later(ctx, placement, capture_at, capture_inserted):
                _check_user(ctx, node, fact, runner, state)
        elif isinstance(node, ast.Run) and _only(node, RUNTIME_SETUP):
            _check_move_onto_workdir(ctx, fact, final_workdir)
            try:
                node = _setup(ctx, node, fact, runner, files, source, target,
                              placement.where == "both", final_workdir)
            except Decline as exc:
                if not early or not _fits_after_copies(ctx, node, fact, runner, files, trees,
                                                       source, target, placement):
                    raise
                raise Decline(f"{exc.reason}: the runner runs it before its copies from the "
                              "builder, as the user creation at line "
                              f"{_line_at(ctx, first.until)} must come before them "
                              f"({first.because}), and it needs them") from None
            if node is None:
                carried += placement.node.leading if placement.where == "runner" else ()
                _not_in_runner(ctx, placement, "it prepares build paths the runner does "
                               "not have")
                continue
        elif isinstance(node, ast.Run):  # (the runner's WORKDIR is the final one)
            if early and placement.index == first.until and creates_users(node) and \
                    not fits_before_copies(node, first.paths):
                raise Decline(f"RUN at {ctx.line_of(node)} creates a user whose home the "
                              "runner's WORKDIR or copies from the builder would make first, "
                              "as root (useradd then neither gives it to the user nor copies "
                              "the skeleton into it), and it does more than create users: "
                              "run before those copies, it may need them")
            if early and placement.where == "both" and not (
                    creates_users(node) and fits_before_copies(node, first.paths)):
                raise Decline(f"RUN at {ctx.line_of(node)} is repeated in the runner before the "
                              f"user creation at line {_line_at(ctx, first.until)}, which must "
                              "come before the runner's copies from the builder "
                              f"({first.because}), and it may need them")
            _check_move_onto_workdir(ctx, fact, final_workdir)
            if not (early and creates_users(node) and fits_before_copies(node, first.paths)):
                node = _in_its_directory(ctx, node, fact, final_workdir)
            for path in _redirected_files(fact):
                files.add_tree(path)  # (a script it writes: a later chmod finds it)
            _add_created_accounts(fact.node, files, source)
        if carried:
            node = ast.replace(node, leading=carried + node.leading)
            carried = ()
        out.append(node)
        if early:
            state.accounts_cut = len(out)
    if capture_at is None and ctx.captured:
        out.extend(_as_root_here(out, capture_nodes))
        _add_carried(ctx, files)
    if carried and out:
        out[-1] = ast.replace(out[-1], leading=out[-1].leading + carried)
    checks = _captured_checks(ctx) if ctx.captured else ()
    if checks:
        # after the runner's last COPY/ADD/RUN: a program the context brings after the
        # capture (``COPY apache2-foreground /usr/local/bin/``) is there by then
        last = max(i for i, n in enumerate(out) if isinstance(n, (ast.Copy, ast.Add, ast.Run)))
        out[last + 1:last + 1] = list(checks)
        if last < state.accounts_cut:
            state.accounts_cut += len(checks)
    return out


def _carrying(ctx) -> tuple:
    """The RUNs whose accounts the capture carries (``account_capture``): their user
    creation is not repeated in the runner, which merges the builder's records."""
    return account_capture.window(ctx) if account_capture.carried(ctx) is not None else ()


def _carried_later(ctx, placement, capture_at, inserted) -> bool:
    """Whether a USER before the capture's nodes names a user the capture carries and
    nothing runs as that user before them (they run as root, ``_as_root_here``): the
    user exists when it matters, as in the original, where the captured RUN made it
    before this USER."""
    accounts = account_capture.carried(ctx)
    name = (placement.node.value or "").partition(":")[0]
    if inserted or accounts is None or name not in accounts[0]:
        return False
    return not any(isinstance(p.node, ast.Run) and p.where in ("runner", "both") and
                   p.index > placement.index and (capture_at is None or p.index < capture_at)
                   for p in ctx.placements)


def _add_carried(ctx, files) -> None:
    """The users and groups the captured RUNs create exist in the runner from its
    capture's RUN on (``account_capture``)."""
    accounts = account_capture.carried(ctx)
    if accounts is not None:
        files.users |= accounts[0]
        files.groups |= accounts[1]


def _add_created_accounts(node, files, source) -> None:
    """The users and groups a RUN the runner repeats whole creates (``adduser -D searx
    && echo ... >> run.sh``): they exist there for the instructions after it (a ``chown
    searx:searx``, a ``USER searx``), as in the original."""
    if not isinstance(node.command, ast.ShellForm):
        return
    for cmd in split_commands(node.command.text).commands:
        argv = unwrap(cmd).argv
        if argv and program_name(argv[0]) in USER_TOOLS:
            users, groups, _ = user_names(argv, source or "debian")
            files.users |= users
            files.groups |= groups


def _redirected_files(fact):
    """The files a RUN the runner repeats writes with an output redirection (``echo
    ... > /start.sh``), as absolute paths whose names are known."""
    node = fact.node
    if not isinstance(node.command, ast.ShellForm):
        return []
    out = []
    for cmd in split_commands(node.command.text).commands:
        for word in cmd.redirects:
            value = expand(word, fact.before.variables())
            path = resolve_path(fact.before.workdir, value.value) if value.complete else None
            if path and path != "/dev/null" and not path.startswith("/dev/"):
                out.append(path)
    return out


def _as_root_here(out, nodes):
    """The capture's copy and RUN as root where the runner's instructions so far end
    as another user (a USER the original sets before the captured RUNs): the RUN
    installs packages, removes, changes owners and moves libraries; that user again
    after it."""
    def is_root(node):
        return node is None or (node.value or "root").split(":")[0] in ("root", "0")

    user = next((n for n in reversed(out) if isinstance(n, ast.User)), None)
    if not nodes or is_root(user):
        return list(nodes)
    if out[-1] is user and is_root(next((n for n in reversed(out[:-1])
                                         if isinstance(n, ast.User)), None)):
        out.pop()  # that USER comes right before: the capture goes ahead of it
        return [*nodes, user]
    return [ast.User(keyword="USER", value="root"), *nodes,
            ast.User(keyword="USER", value=user.value)]


def _capture_position(ctx):
    """The index of the first original instruction after the builder's last RUN (the
    captured tree is copied there, before later context copies); None without a
    capture.  The runner must take the builder's files as they are."""
    if not ctx.captured:
        return None
    why = effect_capture.runner_fits(ctx.facts, ctx.runner.image)
    if why is not None:
        first = min(ctx.captured)
        node = next(p.node for p in ctx.placements if p.index == first)
        raise Decline(f"RUN at {ctx.line_of(node)} has an effect outside the copied directories "
                      f"that the builder captures, and the runner cannot take its files: {why}")
    ctx.copies.append(CopiedFile(effect_capture.CAPTURED, "/", "what the RUNs from line "
                                 f"{ctx.line_of(next(p.node for p in ctx.placements if p.index == min(ctx.captured)))[5:]} "
                                 "on changed outside the copied directories (captured in the "
                                 "builder)"))
    return _after_last_builder_run(ctx)


def _after_last_builder_run(ctx):
    """The index of the first original instruction after the builder's last RUN (None:
    that RUN is the last instruction)."""
    last_run = max(p.index for p in ctx.placements
                   if isinstance(p.node, ast.Run) and p.where in ("builder", "both"))
    return next((p.index for p in ctx.placements if p.index > last_run), None)


#: repository setup scripts the RUNs fetch and run (their words do not show the
#: repository): the runner of a capture copies the builder's repositories too
SCRIPT_REPOSITORIES = ("deb.nodesource.com",)


def _unread_entry_keeps(ctx, installed) -> None:
    """An unread entry script was let through because the runner left out no package
    the original keeps (``entry_programs._unread``); the captured RUNs' installs are
    decided only now: one of their packages the runner leaves out as build-only
    (gnupg, gettext, make) may be what the script runs (24aa6d6e: an unread
    ``./update.sh`` after a captured ``gpg --import``), so declined."""
    if ctx.unread_entry is None:
        return
    program, where = ctx.unread_entry
    dropped = effect_capture.window_left_out(ctx.facts, min(ctx.captured), installed)
    if dropped:
        raise Decline(f"{where} runs `{program}`, which is not read (give --context with it): "
                      "the programs it runs are unknown and the runner leaves out "
                      f"{', '.join(dropped[:4])}{' ...' if len(dropped) > 4 else ''}, which "
                      "the RUNs captured in the builder install and the original keeps")


def _removals_in_repeated_copies(ctx) -> None:
    """A context COPY the runner repeats (placed "both" for the captured RUNs after it)
    brings back, in the runner, every file a captured RUN then removed: the capture's
    first listing predates the COPY, so the removal is not in what it replays
    (24aa6d6e: ``gpg --import signing.private.key && rm signing.private.key`` would leave
    the private key in the final image).  Declined where such a RUN removes a path in
    the COPY's destination, or one whose place is not known."""
    from ..recipes.run_walk import steps

    copies = []
    for p in ctx.placements:
        node = p.node
        if p.where == "both" and isinstance(node, (ast.Copy, ast.Add)) and \
                node.flag("from") is None:
            copies.append((p.index, copy_target(node, ctx.facts.instructions[p.index]), node))
    if not copies:
        return
    for step in steps(ctx.facts):
        if step.index not in ctx.captured or not step.argv or \
                program_name(step.argv[0]) != "rm":
            continue
        for arg in step.argv[1:]:
            if arg.startswith("-"):
                continue
            target = resolve_path(step.cwd, arg) if step.cwd and "$" not in arg else None
            for index, dest, node in copies:
                if index > step.index:
                    continue
                if target is None or dest is None or target == dest or \
                        target.startswith(dest.rstrip("/") + "/"):
                    raise Decline(
                        f"RUN at {step.where} removes {arg}, "
                        f"{'which may lie in' if target is None or dest is None else 'in'} "
                        f"what the {node.name} at {ctx.line_of(node)} brings from the "
                        "context; the runner repeats that copy and its capture does not "
                        "see the removal, so the file would be back in the final image")


def _capture_nodes(ctx, state):
    """The runner's install of what the captured RUNs install (their packages' files
    are not captured), the copy of the captured tree and its RUN."""
    installed = {p.split("=", 1)[0] for p in plan_installs(ctx.runner) | state.carried_packages}
    for node in ctx.runner.setup:  # the list a same-distribution runner installs from
        if isinstance(node, ast.Run) and isinstance(node.command, ast.ShellForm):
            for cmd in split_commands(node.command.text).commands:
                got = packages.read_install(unwrap(cmd).argv)
                installed.update(p.split("=", 1)[0] for p in (got.packages if got else ()))
    language = getattr(ctx.detection, "language", None)
    keeps = getattr(ctx.detection, "keeps", None)
    pkgs = effect_capture.window_packages(
        ctx.facts, min(ctx.captured), installed,
        keeps if keeps is not None else lambda package: False,
        (lambda package: bool(language.build_only.match(package))) if language is not None
        else lambda package: False)
    _unread_entry_keeps(ctx, installed | {p.split("=", 1)[0] for p in pkgs})
    _removals_in_repeated_copies(ctx)
    fetch = not package_index.image_lists(ctx.facts, ctx.runner.image)
    install = effect_capture.install_node(ctx.facts, pkgs, fetch)
    nodes = []
    if install is not None:
        ctx.added.append("installed in the runner before the captured files, as the captured "
                         f"RUNs installed them: {' '.join(sorted(pkgs))}")
        texts = [f.node.command.text for f in ctx.facts.instructions
                 if isinstance(f.node, ast.Run) and isinstance(f.node.command, ast.ShellForm)]
        copies = repository_copies(ctx.facts)
        distro = effect_capture.builder_distro(ctx.facts)
        manager = distro.manager if distro is not None else None
        script = manager == "apt" and any(m in t for t in texts for m in SCRIPT_REPOSITORIES)
        if not state.repositories_copied and manager in REPOSITORY_FILES and \
                (script or any(m in t for t in texts + copies for m in REPOSITORY_SETUP)):
            # the packages may come from a repository the build added (an apt key and
            # source list): the builder's repository files first, as runner_packages does
            base = getattr(ctx.detection, "distribution", None)
            if base is not None and manager == "apt" and (script or _https_unready(
                    ctx, base, texts)):
                # (NodeSource's setup script adds an https repository, and so does a
                # ``deb https://`` line: what apt needs to read it first, from the
                # distribution's own sources; the window's own apt-transport-https and
                # ca-certificates come only with the install that reads it)
                from ..recipes.node_distribution import https_transport_run
                nodes.append(https_transport_run(base))
                ctx.added.append("what apt needs to read the https repositories the build "
                                 "added (CA certificates, and apt-transport-https for an apt "
                                 "older than 1.5) installed first in the runner from the "
                                 "distribution's own sources")
            refuse_removed_sources(ctx.facts, "the packages of the captured RUNs")
            for path in REPOSITORY_FILES[manager]:
                ctx.copies.append(CopiedFile(path, path, "package repositories the build added"))
                nodes.append(_copy(ctx, path, path))
            state.repositories_copied = True
        nodes.append(install)
    from ..recipes.package_files import captured_file_installs
    accounts = account_capture.carried(ctx)
    if accounts is not None:
        account_capture.check_runner(ctx, image_facts(ctx.runner.image), accounts)
        named = ", ".join(sorted(accounts[0] | accounts[1]))
        scripts = account_capture.unread_script_lines(ctx)
        if scripts:
            named += ("; and " if named else "") + "any the script the RUN at " + \
                ", ".join(scripts) + " runs (not read) makes"
        ctx.added.append("the accounts the captured RUNs made or changed ("
                         f"{named or 'none created'}) "
                         "merged into the runner's from the builder's records, with the "
                         "builder's numbers, before the captured files are given to their "
                         "owners")
    return tuple(nodes) + effect_capture.runner_nodes(
        ctx.builder_name, effect_capture.manager(ctx.facts),
        bool(captured_file_installs(ctx.facts, ctx.captured)), accounts is not None, fetch)


def _https_unready(ctx, base, texts) -> bool:
    """Whether the RUNs add an apt source read over https (``adds_https_source``) and
    the runner's apt cannot read it as it is: an apt older than 1.5 (or of a release
    not known here), or an image without CA certificates."""
    from ..recipes.node_distribution import needs_transport
    if not adds_https_source(texts):
        return False
    return needs_transport(base) is not False or \
        not image_facts(ctx.runner.image).has_ca_certificates


def _checks_after_capture(ctx) -> bool:
    """The command's programs may be files the captured RUNs wrote (a C/C++ build run
    in a capture window, ``build_capture``; ``python3`` of a conda environment the
    final PATH names, b8e0e7af): tested once they are in place, on the final PATH."""
    return bool(ctx.captured)


def _captured_checks(ctx):
    if not _checks_after_capture(ctx):
        return ()
    import shlex
    texts = list(ctx.runner_checks)
    paths = getattr(ctx.detection, "captured_programs", ())
    own = [f"test -x {shlex.quote(p)}" if p.startswith("/") else
           f"command -v {shlex.quote(p)} >/dev/null" for p in paths]
    if own:
        texts.append(" && ".join(own))
    checks = path_programs.check_run(ctx, image_facts(ctx.runner.image))
    if not texts:
        return checks
    # (one RUN: the entry program's test, ``/usr/bin/tini`` a package file installed, and
    # the command's beside it)
    return (run_node(" && ".join(dict.fromkeys(texts)), "the programs the command runs, "
                     "written by the captured build or the runner's own: a missing one fails "
                     "the build, not the container"),) + checks


def _check_after_package_file(ctx, fact) -> None:
    """Decline a RUN the runner repeats before it copies the captured files that comes
    after a captured RUN installing a package file (``dpkg -i x.deb``): the runner
    installs that package from the file the builder kept only after the captured files,
    so the repeated RUN would not find what it installs (``touch`` of its directory
    would even make a file where the package needs that directory)."""
    from ..recipes.package_files import package_file
    from ..recipes.run_walk import steps
    where = next((s.where for s in steps(ctx.facts) if s.index in ctx.captured and
                  s.index < fact.index and package_file(s) is not None), None)
    if where is not None:
        raise Decline(f"RUN at {ctx.line_of(fact.node)} is repeated in the runner after the "
                      f"package file the RUN at {where} installs, whose effect is captured: "
                      "the runner installs that package from the file the builder keeps only "
                      "after its copy of the captured files, after this RUN, which may need it")


def _check_move_onto_workdir(ctx, fact, final_workdir) -> None:
    """Decline a RUN the runner repeats that moves, copies or links onto the final
    WORKDIR (or a directory holding it) where the original had not made that directory
    yet: the runner's WORKDIR, set from its top, makes it first, and ``mv src
    /home/app`` then puts src inside /home/app (/home/app/src) instead of renaming it
    (the same for ``cp -r`` and ``ln -s``), so the program's files are not where the
    command looks."""
    final = (final_workdir or "").rstrip("/")
    if not final:
        return
    if _made_before(ctx.facts, fact.index, final):
        return
    from ...analysis.artifact_moves import command_moves
    from ...knowledge.filesystem import SHARED_DIRS, SYSTEM_DIRS
    from ..recipes.run_walk import path_arg, steps
    for step in steps(ctx.facts):
        if step.index != fact.index or step.command is None:
            continue
        for move in command_moves(step.command):
            if move.into_directory or move.target is None:
                continue
            target = path_arg(move.target, step)
            if target is None:
                continue
            target = target.rstrip("/") or "/"
            if target in SYSTEM_DIRS or target in SHARED_DIRS:
                continue  # (there before the RUN in the original too: the same move)
            if target == final or final.startswith(target + "/"):
                raise Decline(f"RUN at {ctx.line_of(fact.node)} is repeated in the runner and "
                              f"its `{move.tool}` writes {target}, which the original had not "
                              f"made yet; the runner's WORKDIR {final} makes it first, so "
                              f"`{move.tool}` would put its source inside it instead")


def _made_before(facts, index: int, path: str) -> bool:
    """Whether an instruction before index ``index`` makes ``path`` or something in it:
    a WORKDIR there, a COPY/ADD landing there, a RUN whose file tools write there (the
    first RUN that made it finds it absent, as the original did; a later one finds it
    there in both)."""
    from ...analysis.file_writes import readable_writes

    def inside(p):
        return is_within(p, path)
    for f in facts.instructions[:index]:
        if inside(f.after.workdir):
            return True
        if isinstance(f.node, (ast.Copy, ast.Add)) and inside(copy_target(f.node, f)):
            return True
        if isinstance(f.node, ast.Run) and any(inside(w) for w in readable_writes(
                f.node, f.before.workdir, f.before.variables())):
            return True
    return inside(facts.instructions[index].before.workdir)


def _in_its_directory(ctx, node, fact, final_workdir):
    """A RUN the runner runs (a same-image runner repeats builder RUNs and runs the
    runtime setup after the build) ran in the directory in force then; the runner's is
    the final WORKDIR from its top, so it changes there first."""
    cwd = fact.before.workdir
    if cwd is None:
        raise Decline(f"RUN at {ctx.line_of(fact.node)} is repeated in the runner, and the "
                      "directory it ran in is not known")
    if cwd == final_workdir:
        return node
    if not isinstance(node.command, ast.ShellForm):
        raise Decline(f"RUN at {ctx.line_of(fact.node)} is repeated in the runner, in "
                      f"{final_workdir} instead of {cwd}, and its exec form cannot change "
                      "directory")
    import shlex
    return ast.replace(node.with_changes(command=ast.ShellForm(
        f"cd {shlex.quote(cwd)} && {node.command.text}")), leading=node.leading + (
            ast.Comment(f"# in {cwd}, where the builder ran it (the runner's WORKDIR is "
                        f"{final_workdir})"), ast.Comment("# hadolint ignore=DL3003")))


def runner_env_names(runner):
    return {"PATH"}


def _accounts(ctx, runner, state):
    """The builder's /etc/passwd and /etc/group, when the runner has no shell to create
    the users and groups the final image names (``ctx.copy_accounts``: the RUNs that
    created them moved to the builder; else users a build RUN created)."""
    if not runner.known or runner.shell is not None:
        return []
    missing = _users_to_create(ctx, runner)
    if not missing and not ctx.copy_accounts:
        return []
    available = set(ctx.facts.base.users)
    for p in ctx.placements:
        if p.where in ("builder", "both") and isinstance(p.node, ast.Run) and \
                _creates_users(p.node):
            for c in split_commands(p.node.command.text).commands:
                argv = unwrap(c).argv
                if argv and program_name(argv[0]) in USER_TOOLS:
                    users, groups, _ = user_names(argv, base_family(ctx.facts.base) or "debian")
                    available |= users | groups
    if missing - available:
        return []  # the USER check says which one is missing
    state.files.users |= available
    state.files.groups |= available
    names = ", ".join(sorted(missing)) or "the users the build creates"
    ctx.copies.append(CopiedFile("/etc/passwd", "/etc/passwd", f"users: {names}"))
    ctx.copies.append(CopiedFile("/etc/group", "/etc/group", f"groups: {names}"))
    ctx.added.append(f"/etc/passwd and /etc/group copied from the builder: {ctx.runner.image} "
                     f"has no shell to create {names}, which the final image runs as or "
                     "gives files to")
    return [ast.Copy(keyword="COPY", flags=(ast.Flag("from", ctx.builder_name),),
                     paths=("/etc/passwd", "/etc/group", "/etc/"),
                     leading=(ast.Comment("# users and groups the build created"),))]


def _replaced_note(pair, known, defined, image_own, escape) -> str:
    """What the runner's ENV wrote in place of the variables it reads: the builder's
    values of builder-only ones, and the empty value of those no instruction before it
    sets (9ce3457d: ``$xwnogcdh`` inside a secret key, unset, expands to nothing in the
    original too)."""
    names = [n for n in sorted(referenced_names(pair.value, escape))
             if n not in defined and not (image_own and n not in known)]
    valued = [n for n in names if n in known]
    unset = [n for n in names if n not in known]
    parts = []
    if valued:
        parts.append(f"builder-only variables replaced by their values ({', '.join(valued)})")
    if unset:
        one = len(unset) == 1
        parts.append(f"{', '.join('$' + n for n in unset)} written as the empty value "
                     f"{'it has' if one else 'they have'} in the original's ENV (no "
                     f"instruction before it sets {'it' if one else 'them'})")
    return f"ENV {pair.key}: " + ("; ".join(parts) or "builder-only variables replaced by "
                                  "their values")


def _runtime_env(ctx, node, fact, defined):
    pairs = []
    known = fact.before.variables()
    for pair in node.pairs:
        if is_build_only(pair.key, pair.value, ctx.detection):
            continue
        # a reference to itself (``ENV PYTHONPATH=$PYTHONPATH:src``) reads the value before
        # this ENV: on a known image an unset variable expands to nothing (not to the
        # value this ENV sets, which would repeat it)
        own = {pair.key: ""} if ctx.facts.base.known and pair.key not in known else {}
        # a variable that neither the known image nor an instruction before this ENV
        # defines (``ENV PYTHONPATH=$PWD:$PYTHONPATH``: $PWD is a shell's, no ENV's) is
        # empty in the original's ENV: written as that value (the runner's image might
        # define the name)
        if ctx.facts.base.known:
            own.update({name: "" for name in referenced_names(pair.value, ctx.tree.escape)
                        if name not in known})
        # (the builder's very image, unknown to the data: a variable no instruction of the
        # stage has set by here is that image's own, or unset, in the runner as in the
        # builder: ``ENV PYTHONPATH=/app:$PYTHONPATH`` over the image's PYTHONPATH)
        image_own = effect_capture.very_image(ctx.facts, ctx.runner.image)
        value = substitute_known(pair.value, {**own, **known}, lambda name: name in defined or
                                 image_own and name not in known, ctx.tree.escape)
        if value is None:
            raise Decline(f"ENV {pair.key} at {ctx.line_of(node)} uses a variable that only the "
                          "builder defines and whose value is not known")
        if value != pair.value:
            ctx.added.append(_replaced_note(pair, known, defined, image_own, ctx.tree.escape))
        if pair.legacy and not value.strip():
            # (`ENV SERVER_PORT ${PORT}` with PORT unset: the legacy form cannot say empty)
            pairs.append(ast.replace(pair, value='""', legacy=False))
        else:
            pairs.append(ast.replace(pair, value=value))
        defined = defined | {pair.key}
    if tuple(pairs) == node.pairs:
        return node
    return node.with_changes(pairs=tuple(pairs))


def _absolute_destination(ctx, node, fact, final_workdir, runner, files):
    for flag in ("chown",):
        value = node.flag(flag)
        if value is not None and value.value:
            user = value.value.split(":")[0]
            if not user.isdigit() and runner.known and user not in files.users:
                raise Decline(f"{node.name} at {ctx.line_of(node)} gives files to user {user}, "
                              f"which {ctx.runner.image} does not have")
    dest = node.destination or ""
    if dest.startswith("/") or fact.before.workdir == final_workdir:
        return node
    if fact.before.workdir is None:
        raise Decline(f"{node.name} at {ctx.line_of(node)}: its destination directory is unknown")
    absolute = posixpath.join(fact.before.workdir, dest)
    if dest.endswith("/") and not absolute.endswith("/"):
        absolute += "/"
    return node.with_changes(paths=node.paths[:-1] + (absolute,))


def _check_user(ctx, node, fact, runner, state):
    user = fact.after.user or ""
    name, _, group = user.partition(":")
    if not runner.known:
        return
    files = state.files
    if name and not name.isdigit() and name not in files.users:
        why = state.user_problem
        raise Decline(f"USER {name} at {ctx.line_of(node)}: {ctx.runner.image} has no such user "
                      "and no RUN that creates it could be repeated in the runner" +
                      (f" ({why})" if why else ""))
    if group and not group.isdigit() and group not in files.groups:
        raise Decline(f"USER {user} at {ctx.line_of(node)}: {ctx.runner.image} has no group "
                      f"{group} and no RUN that creates it could be repeated in the runner")


def _setup(ctx, node, fact, runner, files, source, target, before_build, runner_cwd):
    """A setup RUN as the runner runs it (user tools adapted, relative paths absolute:
    the runner's directory there is ``runner_cwd``); None when it only prepared the
    build."""
    text = setup_run(node, fact.before.workdir, fact.before.variables(), files, source, target,
                     runner_cwd, ctx.line_of(node), ctx.runner.image,
                     before_build=before_build, keep_args=_build_args(fact))
    if text is None:
        return node
    if text == "":
        ctx.added.append(f"RUN at {ctx.line_of(node)} kept in the builder only: it prepares "
                         "build paths (headers, sources) the runner does not have")
        return None
    if source != target:
        ctx.added.append(f"RUN at {ctx.line_of(node)} repeated in the runner with {target} "
                         f"tools: {text}")
    else:
        ctx.added.append(f"RUN at {ctx.line_of(node)} repeated in the runner as: {text}")
    return node.with_changes(command=ast.ShellForm(text))


def _fits_after_copies(ctx, node, fact, runner, files, trees, source, target, placement):
    """Whether a setup RUN the runner must repeat before its copies (account_homes)
    would be fine after them: then the order, not the RUN, is why it declines."""
    import copy
    later = copy.deepcopy(files)
    for tree in trees:
        later.add_tree(tree)
    try:
        _setup(ctx, node, fact, runner, later, source, target, placement.where == "both",
               ctx.facts.final.workdir)
    except Decline:
        return False
    return True


def _build_args(fact) -> frozenset:
    """The stage's build arguments in force at ``fact`` (an ENV of the same name hides
    one): the runner re-declares those its RUNs use, so they are not inlined."""
    return frozenset(k for k in fact.before.args if k not in fact.before.env)


def _creates_users(node) -> bool:
    if not isinstance(node.command, ast.ShellForm) or node.heredocs:
        return False
    return any(unwrap(c).argv and program_name(unwrap(c).argv[0]) in USER_TOOLS
               for c in split_commands(node.command.text).commands)


def _users_to_create(ctx, runner):
    """Users and groups the final image needs that the runner lacks and that no setup RUN
    repeated in the runner creates: they come from user creation inside build RUNs."""
    if not runner.known:
        return set()
    needed = set()
    for p in ctx.placements:
        if p.where not in ("runner", "both"):
            continue
        if isinstance(p.node, ast.User):
            name, _, group = (p.node.value or "").partition(":")
            needed |= {n for n in (name, group) if n and not n.isdigit() and "$" not in n}
        if isinstance(p.node, (ast.Copy, ast.Add)):
            flag = p.node.flag("chown")
            if flag is not None and flag.value:
                needed |= {n for n in flag.value.split(":") if n and not n.isdigit()}
    created = set()
    for p in ctx.placements:
        if p.where in ("runner", "both") and isinstance(p.node, ast.Run) and \
                _only(p.node, RUNTIME_SETUP):
            for c in split_commands(p.node.command.text).commands:
                argv = unwrap(c).argv
                if argv and program_name(argv[0]) in USER_TOOLS:
                    users, groups, _ = user_names(argv, base_family(ctx.facts.base) or "debian")
                    created |= users | groups
    carried = account_capture.carried(ctx)
    if carried is not None:
        created |= carried[0] | carried[1]  # (merged into the runner's accounts)
    return needed - set(runner.users) - created


def _extract_users(ctx, node, fact, state, source, target, missing, runner_cwd):
    """The user creation of a build RUN, repeated in the runner (None: nothing needed)."""
    if runner_family(image_facts(ctx.runner.image)) is None:
        return None
    try:
        text = setup_run(node, fact.before.workdir, fact.before.variables(), state.files, source,
                         target, runner_cwd, ctx.line_of(node), ctx.runner.image,
                         only_users=set(missing), keep_args=_build_args(fact),
                         from_builder=lambda path: any(
                             path == c.destination.rstrip("/") or
                             path.startswith(c.destination.rstrip("/") + "/")
                             for c in ctx.copies if c.destination.rstrip("/")))
    except Decline as exc:
        state.user_problem = exc.reason
        return None  # the USER check says why the user is missing
    if not text:
        return None
    ctx.added.append(f"user creation of the build RUN at {ctx.line_of(node)} repeated in the "
                     f"runner: {text}")
    return run_node(text, f"user created by the RUN at {ctx.line_of(node)} of the original")


def _healthcheck(ctx, runner, installed=frozenset()):
    """Install what the effective HEALTHCHECK runs (curl/wget) when the runner lacks it
    and no earlier RUN of the runner (``installed``: the packages the original installs
    for run time, the plan's) installs it; decline when its command cannot resolve in
    the runner."""
    health = None
    for p in ctx.placements:
        if isinstance(p.node, ast.Healthcheck) and p.where in ("runner", "both"):
            health = p.node
    if health is None or health.is_none or health.command is None:
        return []
    where = f"HEALTHCHECK at {ctx.line_of(health)}"
    command = health.command
    if isinstance(command, ast.ExecForm):
        args = list(command.args)
        if not args:
            raise Decline(f"{where}: empty command")
        script = shell_command_string(args)
        if script is not None:
            shell = program_name(args[0])
        else:
            script, shell = None, None
            commands = [tuple(args)]
    else:
        script, shell = command.text, "sh"
    if script is not None:
        parsed = split_commands(script)
        if parsed.complex:
            raise Decline(f"{where}: the shell command is too complex to check in the runner "
                          f"({parsed.problem})")
        commands = [c.argv for c in parsed.commands if c.argv]
        if runner.known and runner.shell is None:
            raise Decline(f"{where}: shell form needs a shell and {ctx.runner.image} has none")
        if shell in ("bash", "zsh") and runner.known:
            raise Decline(f"{where}: runs {shell}, which {ctx.runner.image} is not known to "
                          "have")
    commands = [argv for words in commands for argv in _health_programs(where, words)]
    if not runner.known:
        ctx.warnings.append(f"{where}: {ctx.runner.image} is not in the runner table; whether "
                            "its command exists there is not checked")
        return []
    final = ctx.facts.final
    provided = set(runner.provides)
    installs = []
    for argv in commands:
        program = argv[0]
        if program in SHELL_BUILTINS and script is not None:
            continue
        name = program_name(program)
        paths = [resolve_path(final.workdir, program)] if "/" in program else \
            [posixpath.join(d, program) for d in runner.effective_path.split(":")]
        if any(p in provided for p in paths):
            continue
        if name in CORE_PROGRAMS and runner.shell is not None and \
                program in (name, f"/bin/{name}", f"/usr/bin/{name}"):
            continue  # (`env`, `timeout 5`: every image with a shell has them, as for the CMD)
        art, _ = match_artifact(program, final.workdir, final.path_dirs, ctx.detection.artifacts)
        if art is not None and art.certain:
            continue  # an artifact the runner receives (checked again by the post-conditions)
        if name in ("curl", "wget") and program in (name, f"/usr/bin/{name}"):
            if name == "wget" and runner.libc == "musl" and busybox_wget_accepts(argv):
                continue  # BusyBox wget (Alpine images)
            family = runner_family(runner)
            if family is None:
                raise Decline(f"{where} runs {name}, which {ctx.runner.image} lacks and has no "
                              "package manager to install it")
            if name not in installed:
                installs.append(name)
            continue
        raise Decline(f"{where} runs `{program}`, which is not known to exist in the runner "
                      f"{ctx.runner.image}")
    if not installs:
        return []
    distro = packages.Distro(runner.family, None)
    ctx.added.append(f"{', '.join(sorted(set(installs)))} installed in the runner: the HEALTHCHECK "
                     f"runs it and {ctx.runner.image} does not have it")
    return [run_node(packages.install_command(distro, installs),
                     "the HEALTHCHECK's command", distro.record.packages.unpinned_rule)]


def _health_programs(where: str, argv):
    """The commands a HEALTHCHECK command runs, read as the container's command is
    (``entrypoint``): each wrapper (``env A=b``, ``sudo -u x``, ``timeout 5``, ``gosu
    app``: ``unwrap_words``, ``WRAPPERS``) is a program of its own, its arguments left
    out, and the command it starts is read the same way (the shell's ``exec`` is
    none)."""
    out = []
    words = tuple(argv)
    while words:
        problem = wrapper_problem(words)
        if problem:
            raise Decline(f"{where}: {problem}: the program it starts is not followed")
        inner = unwrap_words(words)[0]
        out += [(w,) for w in wrappers_of(words) if program_name(w) != "exec"]
        words = inner or words
        name = program_name(words[0])
        if name not in WRAPPERS or "$" in words[0]:
            break
        out.append((words[0],))
        rest, problem = wrapped_words(name, words[1:])
        if problem or not rest:
            raise Decline(f"{where} starts its program through `{name}`: "
                          f"{problem or 'it is given none'}")
        words = tuple(rest)
    return out + [words]


def _not_in_runner(ctx, placement, why: str) -> None:
    """The report's placement of an instruction the runner turns out not to repeat: a
    "both" one stays in the builder, a "runner" one is dropped, with why."""
    _placed(ctx, placement, "builder" if placement.where == "both" else "dropped",
            f"not repeated in the runner: {why}")


def _placed(ctx, placement, where: str, more: str) -> None:
    """``placement`` in the report as ``where``, ``more`` added to its reason."""
    at = next(i for i, p in enumerate(ctx.placements) if p is placement)
    ctx.placements[at] = dataclasses.replace(placement, where=where,
                                             reason=f"{placement.reason}; {more}")


def _args_not_kept(ctx, body) -> None:
    """The ARGs ``_keep_used_args`` left out, out of the runner in the report too."""
    kept = {d.name for node in body if isinstance(node, ast.Arg) for d in node.args}
    for placement in list(ctx.placements):
        node = placement.node
        if isinstance(node, ast.Arg) and placement.where in ("runner", "both") and \
                not kept & {d.name for d in node.args}:
            _not_in_runner(ctx, placement, "no instruction of the runner uses it")


def _keep_used_args(body):
    """Re-declare only the ARGs that runner instructions use (a RUN's shell reads them
    from its environment, so its references count too)."""
    used = set()
    for node in body:
        if isinstance(node, (ast.Arg, ast.Cmd, ast.Entrypoint)):
            continue
        texts = [node.command.text] if isinstance(node, ast.Run) and \
            isinstance(node.command, ast.ShellForm) else _expandable_texts(node)
        for text in texts:
            used |= referenced_names(text)
    # an ARG kept brings the ARGs its default names (ARG DIR=/var/www/${PROJECT}): without
    # them the default would expand to /var/www/ in the runner
    declared = [d for node in body if isinstance(node, ast.Arg) for d in node.args]
    grown = True
    while grown:
        more = {name for d in declared if d.name in used and d.value
                for name in referenced_names(d.value)} - used
        grown = bool(more)
        used |= more
    out = []
    for node in body:
        if isinstance(node, ast.Arg):
            decls = tuple(d for d in node.args if d.name in used)
            if not decls:
                continue
            if decls != node.args:
                node = node.with_changes(args=decls)
        out.append(node)
    return out


def _expandable_texts(node):
    if isinstance(node, (ast.Env, ast.Label)):
        return [p.value for p in node.pairs] + [p.key for p in node.pairs]
    if isinstance(node, (ast.Copy, ast.Add, ast.Volume)):
        return list(node.paths) + [f.value or "" for f in node.flags]
    if isinstance(node, ast.Expose):
        return list(node.ports)
    if isinstance(node, (ast.User, ast.Workdir, ast.Stopsignal)):
        return [node.value]
    return []
