"""Canonical JSON through the compiled _jansson extension."""
from ._jansson import canonical, version  # noqa: F401
