"""Gate, part 1: files whose meaning is uncertain or that are already multi-stage are
left alone.  Cheap checks first, before any analysis."""

from __future__ import annotations

from ...analysis import analyze_stage, global_args
from ...buildkit.diagnostics import check
from ...knowledge.images import windows_image
from ..context import Context, Decline
from .. import foreign_context, foreign_manager


def run(ctx: Context) -> None:
    tree = ctx.tree
    problems = [d for d in (tuple(tree.diagnostics) or tuple(check(tree))) if d.severity == "error"]
    if problems:
        first = problems[0]
        raise Decline(f"BuildKit would reject this file ({first.line}:{first.column}: "
                      f"{first.message}); its meaning is uncertain")
    if not tree.stages:
        raise Decline("no FROM: nothing to split")
    if len(tree.stages) > 1:
        raise Decline(f"already multi-stage ({len(tree.stages)} stages)")
    foreign_context.settle(ctx)
    ctx.facts = analyze_stage(tree.stages[0], global_args(tree), escape=tree.escape)
    windows = windows_image(ctx.facts.base.reference)
    if windows:
        raise Decline(f"the builder {ctx.facts.base.reference} is a Windows image ({windows}): "
                      "the runners and the setup the rewrite writes are Linux's, and no "
                      "Windows build can be run here to prove one")
    foreign = foreign_manager.reason(ctx.facts) or foreign_manager.unrecorded(ctx.facts)
    if foreign:
        raise Decline(foreign)
