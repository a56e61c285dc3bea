"""Kept importable for one release: ``transpiler.ast`` is now ``transpiler.tree.ast``."""

import sys

from .tree import ast as _module

sys.modules[__name__] = _module
