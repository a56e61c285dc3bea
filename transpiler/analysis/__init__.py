"""Facts shared by the transpiler passes: the state in force at each instruction
(``state``), variable expansion (``variables``), shell command reading (``shell``), the
commands of CMD/ENTRYPOINT/HEALTHCHECK (``commands``) and the text an instruction runs
(``run_text``).

The re-exports load on first use, so ``knowledge`` can use the shell reader's
``program_name`` without an import cycle (``state`` reads image facts)."""

__all__ = ["InstructionFacts", "StageFacts", "State", "analyze_stage", "global_args",
           "resolve_path"]


def __getattr__(name):
    if name in __all__:
        from . import state
        return getattr(state, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
