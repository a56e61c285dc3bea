"""Build the runner stage: ``FROM <runner>``, the final WORKDIR, ``COPY --from=builder``
of each artifact (absolute source paths: they resolve from the builder's root), CA
certificates when the runner lacks them, then the runtime instructions in their
original relative order (runtime ENV, ARGs the runner uses, USER, LABEL, EXPOSE,
VOLUME, STOPSIGNAL, ONBUILD and the effective ENTRYPOINT/CMD)."""

from __future__ import annotations

import dataclasses
import posixpath
from typing import List

from .. import ast, runners
from ..analysis.variables import expand, referenced_names, substitute_known
from .classify import is_build_only
from .context import Context, CopiedFile, Decline

CA_BUNDLE = "/etc/ssl/certs/ca-certificates.crt"
RUNNER_BIN = "/usr/local/bin"


def run(ctx: Context) -> None:
    runner = runners.lookup(ctx.runner.image)
    final = ctx.facts.final
    if final.workdir is None:
        raise Decline("the final WORKDIR cannot be resolved: " + "; ".join(final.unresolved))
    body: List[ast.Instruction] = []
    det = ctx.detection
    runs_here = [p.node for p in ctx.placements
                 if isinstance(p.node, ast.Run) and p.where in ("runner", "both")]
    if (runs_here or det.runner_setup) and runner.known and runner.shell is None:
        raise Decline(f"RUN instructions must run in the runner and {ctx.runner.image} has no "
                      "shell")
    base_libc = ctx.facts.base.libc
    if runs_here and (not runner.known or runner.libc is None or runner.libc != base_libc):
        raise Decline(f"RUN at {ctx.line_of(runs_here[0])} sets up the runtime with the "
                      f"builder's tools; runner {ctx.runner.image} is not the same distribution "
                      f"family ({runner.libc or 'unknown'} vs {base_libc or 'unknown'}), so they "
                      "may be missing there")
    body.extend(det.runner_setup)
    body.extend(_workdir(ctx, runner))
    body.extend(_artifact_copies(ctx, runner))
    body.extend(_certificates(ctx, runner))
    body.extend(ctx.detection.runner_setup_after)
    body.extend(_runtime_instructions(ctx, runner))
    if det.replace_command is not None:
        if det.expose:
            body.append(ast.Expose(keyword="EXPOSE", ports=tuple(det.expose)))
        body.append(ast.Cmd(keyword="CMD", command=ast.ExecForm(tuple(det.replace_command))))
    body = _keep_used_args(body)
    from_ = ast.From(keyword="FROM", args=(ctx.runner.image,), leading=(ast.BlankLine(),))
    ctx.runner_stage = ast.Stage(from_=from_, body=tuple(body))


def _plain(node):
    """The node without its comments (they stay with the builder's copy)."""
    return dataclasses.replace(node, leading=())


def _workdir(ctx, runner):
    final = ctx.facts.final.workdir
    workdirs = [p for p in ctx.placements if isinstance(p.node, ast.Workdir)]
    if not workdirs and final == runner.workdir:
        return []
    if workdirs:
        last = workdirs[-1]
        if last.where == "runner":
            ctx.notes["top_workdir"] = last.node
        node = last.node if last.where == "runner" else _plain(last.node)
        if node.value != final:
            node = node.with_changes(value=final)
        return [node]
    ctx.added.append(f"WORKDIR {final}: the builder image's working directory, kept for the "
                     "final image")
    return [ast.Workdir(keyword="WORKDIR", value=final)]


def _artifact_copies(ctx, runner):
    path_dirs = set(d.rstrip("/") for d in runner.effective_path.split(":"))
    chosen = [] if ctx.entry.provided else [ctx.entry]
    for art in ctx.detection.artifacts:
        if art.certain and art.path and "go get" not in art.how and \
                art.path not in {a.path for a in chosen}:
            chosen.append(art)
    nodes = []
    for art in chosen:
        dest = art.destination or art.path
        by_name = art is ctx.entry and ctx.entry_reference == "name" and not art.tree
        if by_name and art.directory not in path_dirs:
            dest = f"{RUNNER_BIN}/{art.name}"
            ctx.added.append(f"{art.name} copied to {dest}: it was found through PATH in "
                             f"{art.directory}, which is not on {ctx.runner.image}'s PATH")
        reason = "the command the container runs" if art is ctx.entry else \
            ("what the program needs" if art.tree else "another binary the build writes")
        ctx.copies.append(CopiedFile(art.path, dest, f"{reason} ({art.how})"))
        nodes.append(_copy(ctx, art.path, dest))
    return nodes


def _copy(ctx, source, dest):
    return ast.Copy(keyword="COPY", flags=(ast.Flag("from", ctx.builder_name),),
                    paths=(source, dest))


def _certificates(ctx, runner):
    if runner.ca_certificates or not runner.known:
        return []
    if not ctx.facts.base.has_ca_certificates:
        ctx.warnings.append(f"{ctx.runner.image} has no CA certificates and the builder image is "
                            "not known to have them: TLS connections may fail")
        return []
    ctx.copies.append(CopiedFile(CA_BUNDLE, CA_BUNDLE, "CA certificates: a Go program may speak "
                                 "TLS and the runner has none"))
    ctx.added.append(f"CA certificates copied from the builder ({CA_BUNDLE}): "
                     f"{ctx.runner.image} has none")
    return [_copy(ctx, CA_BUNDLE, CA_BUNDLE)]


def _runtime_instructions(ctx, runner):
    out = []
    carried: tuple = ()
    declared = set(runner_env_names(runner))
    stage_args = {d.name for p in ctx.placements if isinstance(p.node, ast.Arg) for d in p.node.args}
    final_workdir = ctx.facts.final.workdir
    facts = {f.index: f for f in ctx.facts.instructions}
    for placement in ctx.placements:
        node = placement.node
        fact = facts[placement.index]
        if placement.where not in ("runner", "both"):
            if placement.where == "dropped":
                carried += node.leading
            continue
        if isinstance(node, ast.Workdir):
            if node is not ctx.notes.get("top_workdir"):
                carried += node.leading  # replaced by the final WORKDIR at the top
            continue
        if placement.where == "both":
            node = _plain(node)
        if isinstance(node, ast.Env):
            node = _runtime_env(ctx, node, fact, declared | stage_args)
            declared.update(p.key for p in node.pairs)
        elif isinstance(node, (ast.Copy, ast.Add)):
            node = _absolute_destination(ctx, node, fact, final_workdir, runner)
        elif isinstance(node, ast.User):
            _check_user(ctx, node, fact, runner)
        if carried:
            node = dataclasses.replace(node, leading=carried + node.leading)
            carried = ()
        out.append(node)
    if carried and out:
        out[-1] = dataclasses.replace(out[-1], leading=out[-1].leading + carried)
    return out


def runner_env_names(runner):
    return {"PATH"}


def _runtime_env(ctx, node, fact, defined):
    pairs = []
    known = fact.before.variables()
    for pair in node.pairs:
        if is_build_only(pair.key, pair.value, ctx.detection.build_only_env):
            continue
        value = substitute_known(pair.value, {**known, **{k: v for k, v in fact.after.env.items()
                                                           if k == pair.key}},
                                 lambda name: name in defined)
        if value is None:
            raise Decline(f"ENV {pair.key} at {ctx.line_of(node)} uses a variable that only the "
                          "builder defines and whose value is not known")
        if value != pair.value:
            ctx.added.append(f"ENV {pair.key}: builder-only variables replaced by their values")
        pairs.append(dataclasses.replace(pair, value=value))
        defined = defined | {pair.key}
    if tuple(pairs) == node.pairs:
        return node
    return node.with_changes(pairs=tuple(pairs))


def _absolute_destination(ctx, node, fact, final_workdir, runner):
    for flag in ("chown",):
        value = node.flag(flag)
        if value is not None and value.value:
            user = value.value.split(":")[0]
            if not user.isdigit() and runner.known and user not in runner.users:
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


def _check_user(ctx, node, fact, runner):
    user = fact.after.user or ""
    name = user.split(":")[0]
    if not name or name.isdigit() or not runner.known:
        return
    created = any(p.where in ("runner", "both") and isinstance(p.node, ast.Run) and
                  isinstance(p.node.command, ast.ShellForm) and
                  any(w in ("useradd", "adduser") for w in p.node.command.text.split()) and
                  name in p.node.command.text.split() for p in ctx.placements)
    if name not in runner.users and not created:
        raise Decline(f"USER {name} at {ctx.line_of(node)}: {ctx.runner.image} has no such user "
                      "(it was created in the single-stage image)")


def _keep_used_args(body):
    """Re-declare only the ARGs that runner instructions use."""
    used = set()
    for node in body:
        if isinstance(node, (ast.Arg, ast.Run, ast.Cmd, ast.Entrypoint)):
            continue
        for text in _expandable_texts(node):
            used |= referenced_names(text)
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
