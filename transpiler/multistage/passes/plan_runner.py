"""Plan the runner with the recipe, for its own image or the one ``--runtime`` names
(the recipe's setup is kept either way), and check that it fits: the C library the
program links, a shell when the command needs one."""

from __future__ import annotations

from ...knowledge.images import image_facts
from ..context import Context, Decline


def run(ctx: Context) -> None:
    det = ctx.detection
    linking = det.linking
    if ctx.runtime:
        entry = image_facts(ctx.runtime)
        if not entry.known:
            ctx.warnings.append(f"runner {ctx.runtime} is not in the runner table: PATH, shell, "
                                "C library and users cannot be checked (weaker checks)")
        elif linking.dynamic:
            builder_libc = ctx.facts.base.libc
            if entry.libc is None or (builder_libc and entry.libc != builder_libc):
                raise Decline(f"{linking.phrase} ({'; '.join(linking.evidence)}), so the binary "
                              f"is linked against {builder_libc or 'the builder libc'}; runner "
                              f"{ctx.runtime} has {entry.libc or 'no C library'}")
            ctx.warnings.append(f"{linking.phrase}: {ctx.runtime} must have the same C library "
                                "release as the builder; this is not checked")
    ctx.runner = ctx.recipe.plan_runner(det, ctx.facts, ctx.runtime or None, ctx.needs_shell)
    ctx.added.extend(ctx.runner.added)
    ctx.warnings.extend(ctx.runner.warnings)
    entry = image_facts(ctx.runner.image)
    if ctx.needs_shell and entry.known and entry.shell is None:
        raise Decline(f"the command needs a shell and runner {ctx.runner.image} has none")
