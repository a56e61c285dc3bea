"""Pause Python's cyclic garbage collector around one parse/format/transpile.

Trees are acyclic (frozen records that only point down), so reference counting frees
them; but the collector still walks every live object each time a generation fills,
which made formatting a 20,000-line file 1.6x slower than linear.  With the collector
paused for the duration of a call, cost is linear (bench/scaling.py)."""

from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def paused():
    if not gc.isenabled():  # nested call, or the caller manages the collector
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
