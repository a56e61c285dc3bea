"""Put the two stages into a new tree: directives, prelude ARGs (they stay above the
first FROM), builder, runner, then the file's trailing comments."""

from __future__ import annotations

from ..context import Context
from .. import package_index, package_pins


def run(ctx: Context) -> None:
    package_index.on_image_lists(ctx)
    package_pins.run(ctx)
    package_index.check(ctx)
    ctx.new_tree = ctx.tree.with_changes(stages=(ctx.builder_stage, ctx.runner_stage))
