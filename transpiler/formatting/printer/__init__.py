"""Tree -> text: lossless reprint (``unparse``) and per-node rendering (``render``)."""

from .render import render_instruction
from .unparse import unparse

__all__ = ["render_instruction", "unparse"]
