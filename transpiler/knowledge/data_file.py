"""One generated data file of ``knowledge/data`` (gzip JSON), read on first use only: the
transpiler's package facts are loaded when a transpile asks for them, never on the
``--fmt`` path.  A damaged or missing file reads as ``empty``: nothing is known, and the
callers decline or fall back rather than guess."""

from __future__ import annotations

import gzip
import json
import os
import threading
from typing import Callable

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def lazy_json(name: str, empty: dict) -> Callable[[], dict]:
    """A loader of ``data/<name>`` that reads it once (thread-safe: the language server
    may transpile on several threads)."""
    path = os.path.join(DATA, name)
    lock = threading.Lock()
    cache: list = []

    def load() -> dict:
        if not cache:
            try:
                with gzip.open(path, "rb") as fh:
                    loaded = json.loads(fh.read())
            except (OSError, ValueError):
                loaded = empty
            with lock:
                if not cache:
                    cache.append(loaded)
        return cache[0]

    return load
