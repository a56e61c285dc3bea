"""Facts shared by the transpiler passes: the state in force at each instruction
(``state``), variable expansion (``variables``), shell command reading (``shell``),
and the commands of CMD/ENTRYPOINT/HEALTHCHECK (``commands``)."""

from .state import InstructionFacts, StageFacts, State, analyze_stage, global_args, resolve_path

__all__ = ["InstructionFacts", "StageFacts", "State", "analyze_stage", "global_args",
           "resolve_path"]
