"""The transpiler's passes, run in this order on a ``Context``.  Each is a small
module with a ``run(ctx)``; any of them may raise ``Decline`` to leave the file as it
was, with the reason."""

from . import (assemble, builder_stage, choose_runner, classify, detect_build, entrypoint,
               gate, runner_stage)
from ..context import Context, Decline, Placement

PIPELINE = (
    gate.run,            # diagnostics, already multi-stage; analysis of the stage
    detect_build.run,    # recipe: build steps, artifacts, cgo
    entrypoint.run,      # what the container runs; toolchain gate; artifact match
    classify.run,        # builder / runner / both / dropped, with reasons
    choose_runner.run,   # runner image and fit (libc, shell)
    builder_stage.run,   # FROM ... AS builder, CGO_ENABLED=0, build instructions
    runner_stage.run,    # FROM runner, WORKDIR, COPY --from, runtime instructions
    assemble.run,        # the new tree
)

__all__ = ["PIPELINE", "Context", "Decline", "Placement"]
