"""The transpiler's passes, run in this order on a ``Context``.  Each is a small
module with a ``run(ctx)``; any of them may raise ``Decline`` to leave the file as it
was, with the reason."""

from . import (assemble, builder_stage, classify, detect_build, entrypoint, gate, plan_runner,
               runner_stage, toolchain_run)
from ..context import Context, Decline, Placement

PIPELINE = (
    gate.run,            # diagnostics, already multi-stage; analysis of the stage
    toolchain_run.run,   # `go run` / `cargo run` at start -> a build step + the binary
    detect_build.run,    # recipe: build steps, artifacts, linking
    entrypoint.run,      # what the container runs; toolchain gate; artifact match
    classify.run,        # builder / runner / both / dropped, with reasons
    plan_runner.run,     # the recipe's runner plan (own image or --runtime) and fit
    builder_stage.run,   # FROM ... AS builder, the recipe's prelude, build instructions
    runner_stage.run,    # FROM runner, WORKDIR, COPY --from, runtime instructions
    assemble.run,        # the new tree
)

__all__ = ["PIPELINE", "Context", "Decline", "Placement"]
