"""dtranspile: read Dockerfiles the way BuildKit does, format them, and rewrite
single-stage builds as multi-stage ones.

    tree = transpiler.parse(text)        # ParseError with .line .column .message
    transpiler.unparse(tree) == text     # lossless when the tree is untouched
"""

from __future__ import annotations

from . import ast
from .errors import DtranspileError, ParseError, SafetyError

__version__ = "0.1.0"


def parse(text: str) -> "ast.Dockerfile":
    """Parse Dockerfile text into a typed tree (BuildKit's line assembly rules)."""
    if not isinstance(text, str):
        raise TypeError("transpiler.parse expects str; decode bytes with transpiler.decode")
    from .syntax import parse_dockerfile

    return parse_dockerfile(text)


def unparse(tree: "ast.Dockerfile") -> str:
    """Print a tree back to text; byte for byte for nodes that were not edited."""
    from .printer import unparse as _unparse

    return _unparse(tree)


def __getattr__(name):
    # heavier entry points load on first use, keeping `import transpiler` cheap
    if name == "format":
        from .formatter import format as fn
        return fn
    if name == "transpile":
        from .transpile import transpile as fn
        return fn
    if name in ("Visitor", "Transformer", "walk"):
        from . import visit
        return getattr(visit, name)
    raise AttributeError(name)


__all__ = ["parse", "unparse", "format", "transpile", "ast", "ParseError", "SafetyError",
           "DtranspileError", "Visitor", "Transformer", "walk"]
