"""dtranspile: read Dockerfiles the way BuildKit does, format them, and rewrite
single-stage builds as multi-stage ones.

    tree = transpiler.parse(text)        # ParseError with .line .column .message
    transpiler.unparse(tree) == text     # lossless when the tree is untouched
"""

from __future__ import annotations

from .tree import ast
from .tree.errors import DtranspileError, ParseError, SafetyError
from .tree.gcpause import paused as _paused  # tiny (only ``gc``); used on every call

__version__ = "0.1.0"


def parse(text: str, previous: "ast.Dockerfile | None" = None) -> "ast.Dockerfile":
    """Parse Dockerfile text into a typed tree (BuildKit's line assembly rules).

    ``previous``, a tree parsed from an earlier version of the same document, makes
    re-parsing an edit cheap: its unchanged instructions are taken over with their
    positions moved, and the result is the tree a fresh parse gives."""
    if not isinstance(text, str):
        raise TypeError("transpiler.parse expects str; decode bytes with transpiler.decode")
    # the module, not the package: a from-import of a package runs importlib's
    # Python-level fromlist handling on every call
    from .syntax.build import parse_dockerfile

    reuse = None
    if previous is not None:
        from .syntax.reuse import Reuse

        reuse = Reuse(previous, exact=True)
    with _paused():
        return parse_dockerfile(text, reuse=reuse)


def unparse(tree: "ast.Dockerfile") -> str:
    """Print a tree back to text; byte for byte for nodes that were not edited."""
    from .formatting.printer import unparse as _unparse

    return _unparse(tree)


def format(text: str, **options) -> str:  # noqa: A001 - the public name
    """Canonical formatting (see ``transpiler.formatter.format`` for the options).
    Raises ParseError for bad input and SafetyError if the result would not mean
    exactly what the input means."""
    from .formatting.api import format as _format

    with _paused():
        return _format(text, **options)


def transpile(text: str, runtime: "str | None" = None, context: "str | None" = None,
              dockerfile: "str | None" = None):
    """Rewrite a single-stage build as a multi-stage one; the result has ``.output``
    (the new text, or the input left as it was) and ``.report``.  ``context`` is the
    build-context folder the recipes may read (go.mod, Cargo.toml, package.json ...),
    as ``dtranspile --context``, read as BuildKit sends it (its .dockerignore, or
    ``<dockerfile>.dockerignore`` beside the Dockerfile at the path ``dockerfile``)."""
    from .multistage.api import transpile as _transpile

    with _paused():
        return _transpile(text, runtime=runtime, context=context, dockerfile=dockerfile)


def __getattr__(name):
    # walkers load on first use, keeping `import transpiler` cheap
    if name in ("Visitor", "Transformer", "walk"):
        from .tree import visit
        return getattr(visit, name)
    raise AttributeError(name)


__all__ = ["parse", "unparse", "format", "transpile", "ast", "ParseError", "SafetyError",
           "DtranspileError", "Visitor", "Transformer", "walk"]
