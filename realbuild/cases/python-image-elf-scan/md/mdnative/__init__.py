"""Markdown through the compiled _cmark extension."""
from ._cmark import to_html, version  # noqa: F401
