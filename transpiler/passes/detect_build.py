"""Find the build step with the first recipe that recognises one (gate, part 2: no
build step means nothing to split)."""

from __future__ import annotations

from ..recipes import RECIPES
from .context import Context, Decline


def run(ctx: Context) -> None:
    for recipe in RECIPES:
        detection = recipe.detect(ctx.facts)
        if detection is not None:
            ctx.recipe, ctx.detection = recipe, detection
            if detection.problems:
                raise Decline(detection.problems[0])
            return
    names = ", ".join(r.name for r in RECIPES)
    raise Decline(f"no build step found (recipes tried: {names})")
