"""Choose the runner image (the recipe's choice, or ``--runtime``) and check that it
fits: the C library the binary needs, a shell when the command needs one."""

from __future__ import annotations

from ...knowledge.images import image_facts
from ..recipes.base import RunnerChoice
from ..context import Context, Decline


def _linked(ctx: Context) -> str:
    """Why the binary needs the builder's C library, in the ecosystem's words."""
    if ctx.recipe.name == "go":
        return "cgo is needed"
    return "the program links the C library dynamically"


def run(ctx: Context) -> None:
    det = ctx.detection
    if ctx.runtime:
        entry = image_facts(ctx.runtime)
        ctx.runner = RunnerChoice(ctx.runtime, "chosen with --runtime", not det.cgo.needed)
        if not entry.known:
            ctx.warnings.append(f"runner {ctx.runtime} is not in the runner table: PATH, shell, "
                                "C library and users cannot be checked (weaker checks)")
        elif det.cgo.needed:
            builder_libc = ctx.facts.base.libc
            if entry.libc is None or (builder_libc and entry.libc != builder_libc):
                raise Decline(f"{_linked(ctx)} ({'; '.join(det.cgo.evidence)}), so the binary "
                              f"is linked against {builder_libc or 'the builder libc'}; runner "
                              f"{ctx.runtime} has {entry.libc or 'no C library'}")
            ctx.warnings.append(f"{_linked(ctx)}: {ctx.runtime} must have the same C library "
                                "release as the builder; this is not checked")
    else:
        choice = ctx.recipe.choose_runner(det, ctx.facts, ctx.needs_shell)
        if isinstance(choice, str):
            raise Decline(choice)
        ctx.runner = choice
    entry = image_facts(ctx.runner.image)
    if ctx.needs_shell and entry.known and entry.shell is None:
        raise Decline(f"the command needs a shell and runner {ctx.runner.image} has none")
