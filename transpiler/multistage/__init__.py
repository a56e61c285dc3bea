"""The transpile side: ``transpile(text)`` runs the pass pipeline (``passes/``) with the
ecosystem recipes (``recipes/``) and the image knowledge, then checks the result
(``postconditions``) and reports (``report``)."""

from .api import TranspileResult, transpile

__all__ = ["TranspileResult", "transpile"]
