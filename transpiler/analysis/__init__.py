"""Facts shared by the transpiler passes: the state in force at each instruction
(``state``), variable expansion (``variables``), shell command reading (``shell``),
builder base image facts (``base_images``) and instruction classification
(``classify``)."""

from .state import InstructionFacts, StageFacts, State, analyze_stage, global_args, resolve_path

__all__ = ["InstructionFacts", "StageFacts", "State", "analyze_stage", "global_args",
           "resolve_path"]
