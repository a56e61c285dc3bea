"""Kept importable for one release: ``transpiler.visit`` is now ``transpiler.tree.visit``."""

import sys

from .tree import visit as _module

sys.modules[__name__] = _module
