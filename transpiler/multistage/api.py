"""Public API: ``transpile(text, runtime=None, context=None) -> TranspileResult``.

Runs the pass pipeline, prints the new tree, formats it (so a rewrite and ``--fmt``
agree on layout; the runner's instructions whose text the image records stay as
written, ``as_written``), and verifies the post-conditions on the printed text.  Whenever a pass
declines or a post-condition fails, the output is the input (formatted) and the
report says why; a broken output is never returned."""

from __future__ import annotations

from dataclasses import dataclass

from .. import parse
from ..formatting.api import format_parsed
from ..knowledge import install_helpers
from . import copies_said, foreign_context
from .as_written import format_keeping
from .decline import Decline
from .passes import PIPELINE, Context
from .postconditions import PostconditionError, verify
from .report import Report


@dataclass
class TranspileResult:
    output: str
    report: Report
    changed: bool


def transpile(text: str, runtime: str | None = None, context=None,
              dockerfile=None) -> TranspileResult:
    """``context``: the build context directory; recipes read project files there
    (go.mod ...) for what the Dockerfile does not show.  None = not available.
    ``dockerfile``: the Dockerfile's path, whose ``<path>.dockerignore`` BuildKit
    prefers to the context's ``.dockerignore``."""
    tree = parse(text)
    ctx = Context(text=text, tree=tree, runtime=runtime,
                  context=str(context) if context is not None else None,
                  dockerfile=str(dockerfile) if dockerfile is not None else None)
    report = Report()
    # (an install wrapper of the builder's image reads as its apt-get install)
    image = install_helpers.for_image(lambda: ctx.facts.base.reference if ctx.facts else None)
    try:
        with image:
            for step in PIPELINE:
                step(ctx)
            output, printed = format_keeping(ctx.new_tree)
            report.build_only_env, report.detection = ctx.detection.build_only_env, \
                ctx.detection
            allowed = ctx.runner.allowed_changes | frozenset(ctx.allowed_changes)
            report.allowed_changes = allowed
            report.checks = verify(tree, output, ctx.detection, allowed,
                                   getattr(ctx.entry, "unmade", None), parsed=printed)
    except (Decline, PostconditionError) as exc:
        reason = exc.reason if isinstance(exc, Decline) else f"post-condition failed: {exc}"
        reason = foreign_context.said(ctx, reason)
        report.declined, report.reason = True, reason
        report.warnings = list(ctx.warnings)
        # the input's tree, parsed once: nodes are frozen records, so no pass changed it
        output = format_parsed(tree, text)
        return TranspileResult(output, report, output != text)
    report.recipe = ctx.recipe.name
    report.placements = ctx.placements
    report.artifacts = list(ctx.detection.artifacts)
    report.copies = copies_said.completed(ctx.copies, ctx.new_tree)
    report.runner, report.runner_reason = ctx.runner.image, ctx.runner.reason
    report.builder_image = ctx.facts.stage.from_.image
    report.added = list(dict.fromkeys(foreign_context.said(ctx, note) for note in ctx.added))
    report.captured = [note for _, note in sorted(ctx.capture_notes)]
    report.warnings = list(dict.fromkeys(ctx.warnings))
    return TranspileResult(output, report, output != text)
