"""Kept importable for one release: ``transpiler.formatter`` is now ``transpiler.formatting.api``."""

import sys

from .formatting import api as _module

sys.modules[__name__] = _module
