"""Build the ``builder`` stage: the original FROM named ``builder`` (or its own name),
what the recipe puts first (``ENV CGO_ENABLED=0`` for a static Go build), then the
instructions placed in the builder, in their original order with their comments, then
what the recipe appends (``RUN npm prune --omit=dev``)."""

from __future__ import annotations

from typing import Optional

from ...analysis.shell import split_commands
from ...tree import ast
from ..context import Context
from ..recipes import account_capture, effect_capture, image_user, package_files
from ...analysis.shell_join import Reading, joins_whole


def run(ctx: Context) -> None:
    stage = ctx.facts.stage
    from_ = stage.from_
    if from_.stage_name:
        ctx.builder_name = from_.stage_name
        new_from = from_
    else:
        new_from = from_.with_changes(args=(from_.image, "AS", ctx.builder_name))
    det = ctx.detection
    start = image_user.default_user(ctx.facts)
    # (the prelude writes the marker into /var/lib: as root where the image starts as its
    # own user, then that user again for the original's first instructions)
    prelude = list(det.builder_prelude)
    wrapped = start not in ("root", "0") and any(isinstance(n, ast.Run) for n in prelude)
    body = _as_root(start, *prelude) if wrapped else prelude
    last = None  # the original index of the last instruction placed here
    first_captured = min(ctx.captured, default=None)
    trees = _copied_trees(ctx) if ctx.captured else ()
    users = {f.index: (f.before.user or start).split(":")[0] for f in ctx.facts.instructions}
    # (a package file the captured RUNs install is kept by a dpkg hook for the runner)
    keep_files = bool(package_files.captured_file_installs(ctx.facts, ctx.captured))
    # (what the captured RUNs do to the accounts is recorded for the runner to merge)
    accounts = account_capture.carried(ctx)
    for placement in ctx.placements:
        if placement.index == first_captured:
            body.extend(_as_root(users[placement.index], effect_capture.snapshot_run(
                trees, effect_capture.manager(ctx.facts),
                effect_capture.dpkg_tested(ctx.facts), keep_files, accounts is not None)))
            last = None
        if placement.where in ("builder", "both"):
            node = placement.node
            if isinstance(node, ast.Run) and body and isinstance(body[-1], ast.Run) and \
                    last is not None and placement.index > last + 1:
                # two RUNs the original kept apart meet here because what stood between
                # them went to the runner; joining them could change the directory the
                # second runs in, so they stay two (hadolint DL3059 is style)
                node = ast.replace(node, leading=node.leading + (
                    ast.Comment("# hadolint ignore=DL3059"),))
            body.append(node)
            last = placement.index
    # the user in force at the end of the builder (a USER the runner alone has does
    # not count): the transpiler's own RUNs read the whole file system and write to
    # /opt and /var/lib, so they run as root where the build ends as another user
    builder_user = (ctx.facts.instructions[0].before.user or start) \
        if ctx.facts.instructions else start
    for p in ctx.placements:
        if p.where in ("builder", "both") and isinstance(p.node, ast.User):
            builder_user = ctx.facts.instructions[p.index].after.user or start
    builder_user = builder_user.split(":")[0]
    own_image = getattr(getattr(det, "distribution", None), "own_image", False)
    capture = [effect_capture.capture_run(
        trees, effect_capture.words_named(ctx.facts), effect_capture.manager(ctx.facts),
        keep_files, None if accounts is None else sorted(accounts[0] | accounts[1]),
        own_image, effect_capture.linked_paths(ctx.facts, ctx.captured),
        effect_capture.mode_changed_paths(ctx.facts, ctx.captured))] \
        if ctx.captured else []
    additions = det.builder_additions
    readings: dict = {}  # (the joined texts' readings: ``_joined``)
    if builder_user not in ("root", "0") and (
            capture or any(isinstance(e, ast.Run) for e in additions)):
        # one stretch as root after the build's last RUN, the additions not joined to it:
        # that one runs as the build's user, who may not write where they do (mkdir
        # /opt/... as `node`: permission denied)
        body.append(ast.User(keyword="USER", value="root"))
        body.extend(capture)
        floor = len(body)
        for extra in additions:
            _append_joined(body, extra, floor, readings)
        body.append(ast.User(keyword="USER", value=builder_user))
    else:
        body.extend(capture)
        for extra in additions:
            _append_joined(body, extra, 0, readings)
    if wrapped:
        body = _without_unused_users(body, start)
    _root_end_is_the_builders(ctx, body)
    ctx.added.extend(_still_repeated(ctx, det))
    ctx.warnings.extend(det.warnings)
    ctx.builder_stage = ast.Stage(from_=new_from, body=tuple(body))


def _still_repeated(ctx, det):
    """The detection's notes without those of RUNs the recipe repeated in the runner
    (``runner_repeat_notes``) that classify then moved into the capture window (after a
    captured RUN): the runner does not run them, their effect comes with the captured
    files."""
    moved = {note for i, note in getattr(det, "runner_repeat_notes", ())
             if i in ctx.captured}
    return [n for n in det.added if n not in moved]


def _without_unused_users(body: list, start: str) -> list:
    """``body`` without the USER lines that change nothing: one the transpiler wrote
    that another USER follows at once (the image's own user restored after the marker,
    before the original's ``USER root``), and one naming the user already in force (that
    ``USER root`` after the marker's); a dropped line's comments go to the next one."""
    kept = [n for i, n in enumerate(body)
            if not (isinstance(n, ast.User) and not n.leading and i + 1 < len(body)
                    and isinstance(body[i + 1], ast.User))]
    out, current, carried = [], start, ()
    for node in kept:
        if isinstance(node, ast.User):
            if node.value.split(":")[0] == current and ":" not in node.value:
                carried += node.leading
                continue
            current = node.value.split(":")[0]
        if carried:
            node = ast.replace(node, leading=carried + node.leading)
            carried = ()
        out.append(node)
    return out


def _root_end_is_the_builders(ctx: Context, body: list) -> None:
    """Where the builder ends as root (its last USER names root) and the original did
    not (its final USER, which the runner keeps, is another user), that USER says so for
    hadolint (DL3002 "last USER should not be root"): the builder is not the image that
    runs, and the original's own USER root before its install (``USER root``, apt-get
    install, ``USER app`` after the build) leaves the builder there."""
    users = [i for i, n in enumerate(body) if isinstance(n, ast.User)]
    if not users:
        return
    node = body[users[-1]]
    final = (ctx.facts.final.user or "root").split(":")[0]
    if node.value.split(":")[0] not in ("root", "0") or final in ("root", "0"):
        return
    if any(isinstance(c, ast.Comment) and "DL3002" in c.text for c in node.leading):
        return
    body[users[-1]] = ast.replace(node, leading=node.leading + (
        ast.Comment("# hadolint ignore=DL3002"),))


def _append_joined(body: list, extra: ast.Instruction, floor: int, readings: dict) -> None:
    """Appends a transpiler addition, joined to the RUN before it when that one is at
    ``floor`` or later and the shell reads both (``_joined``): one RUN, not two in a row
    (hadolint DL3059).  ``readings``: the joined texts' readings, text -> ``Reading``."""
    prev = body[-1] if len(body) > floor else None
    joined = _joined(prev, extra, readings)
    if joined is not None:
        body[-1] = prev.with_changes(command=ast.ShellForm(joined))
    elif isinstance(extra, ast.Run) and isinstance(prev, ast.Run):
        body.append(ast.replace(extra, leading=extra.leading + (
            ast.Comment("# hadolint ignore=DL3059"),)))
    else:
        body.append(extra)


def _joined(prev, extra, readings: Optional[dict] = None) -> Optional[str]:
    """The text of ``prev && extra`` as one shell command, or None when they must stay
    two RUNs: the joined text must run exactly ``prev``'s commands, then ``extra``'s.
    A trailing ``;`` of ``prev`` is dropped (``a ;`` fails as ``a`` does, and ``a ; &&
    b`` is a syntax error); a trailing comment (``make # build``) would swallow the
    addition and a trailing ``&`` would leave it in the background: those stay apart.
    The joined text is read only where ``joins_whole`` cannot tell its reading from
    the parts'; that reading goes in ``readings`` for the next addition joined to it."""
    if not (isinstance(extra, ast.Run) and isinstance(prev, ast.Run) and not prev.heredocs
            and isinstance(prev.command, ast.ShellForm)
            and isinstance(extra.command, ast.ShellForm)):
        return None
    readings = {} if readings is None else readings
    first, second = prev.command.text, extra.command.text
    head = first.rstrip()
    if head.endswith(";") and not head.endswith(("\\;", ";;")):
        head = head[:-1].rstrip()
    text = head + " && " + second
    before = readings.get(first) or Reading.of(split_commands(first))
    added = Reading.of(split_commands(second))
    if joins_whole(first, second, before, added):
        both = readings[text] = before.then(added)
    else:
        both = Reading.of(split_commands(text))
    if both.complex and not before.complex or both.argvs != before.argvs + added.argvs:
        return None
    return text


def _copied_trees(ctx: Context):
    """What the runner copies from the builder anyway (left out of the capture)."""
    arts = [a for a in ctx.detection.artifacts + (ctx.entry,) if a.certain and a.path and
            not a.provided]
    # (a glob where the image decides the name: find's -path reads it as one)
    return tuple(dict.fromkeys((a.pattern or a.path).rstrip("/") or "/" for a in arts
                               if a.path.rstrip("/") and "\n" not in a.path))


def _as_root(user: str, *nodes: ast.Instruction):
    """The transpiler's RUNs as root (the capture reads and lists the whole file system,
    the marker writes into /var/lib), then the user in force again."""
    if user in ("root", "0"):
        return list(nodes)
    return [ast.User(keyword="USER", value="root"), *nodes,
            ast.User(keyword="USER", value=user)]
