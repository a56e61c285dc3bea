"""Find the build step with the first recipe that recognises one (gate, part 2: no
build step means nothing to split), refined from the build context when given."""

from __future__ import annotations

from ...analysis.commands import command_words
from ...tree import ast
from ..context import Context, Decline
from ..recipes import RECIPES


def run(ctx: Context) -> None:
    for recipe in RECIPES:
        detection = recipe.detect(ctx.facts)
        if detection is not None:
            if ctx.context is not None:
                from ..project import Project
                project = Project(ctx.sent, ctx.facts)
                detection = recipe.with_context(detection, ctx.facts, project)
                ctx.warnings.extend(project.warnings)
            detection = recipe.settled(detection, ctx.facts)
            ctx.recipe, ctx.detection = recipe, detection
            return
    for node in ctx.facts.stage.body:
        if isinstance(node, (ast.Cmd, ast.Entrypoint)) and node.command is not None:
            words = command_words(node)[0]
            for recipe in RECIPES:
                reason = recipe.needs_toolchain(words)
                if reason:
                    raise Decline(f"{node.name} at {ctx.line_of(node)}: {reason}")
    names = ", ".join(r.name for r in RECIPES)
    raise Decline(f"no build step found (recipes tried: {names})")
