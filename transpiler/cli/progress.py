"""A one-line progress bar on stderr for long --write/--check/--diff runs.

Why not click.progressbar: messages about single files (errors, "would rewrite") are
printed while the bar runs, so the bar must erase itself before each message and
redraw after it; and it must never appear in a pipe or a CI log.
"""

from __future__ import annotations

import sys
import time
from typing import Optional, TextIO

#: fewer files than this finish before a bar would be worth looking at
THRESHOLD = 50


class Progress:
    """``advance()`` per finished file, ``write(text)`` for a message, ``close()``."""

    def __init__(self, total: int, label: str, stream: Optional[TextIO] = None,
                 enabled: Optional[bool] = None):
        self.stream = stream or sys.stderr
        self.total, self.label, self.done = total, label, 0
        if enabled is None:
            enabled = total > THRESHOLD and _is_tty(self.stream)
        self.enabled = enabled
        self._drawn = False
        self._last = 0.0

    def _draw(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last < 0.05 and self.done < self.total:
            return
        self._last = now
        width = 30
        filled = width * self.done // max(self.total, 1)
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(f"\r{self.label} [{bar}] {self.done}/{self.total}")
        self.stream.flush()
        self._drawn = True

    def _erase(self) -> None:
        if self._drawn:
            self.stream.write("\r\x1b[2K")
            self._drawn = False

    def advance(self) -> None:
        self.done += 1
        if self.enabled:
            self._draw()

    def write(self, text: str) -> None:
        if self.enabled:
            self._erase()
        self.stream.write(text if text.endswith("\n") else text + "\n")
        if self.enabled:
            self._draw(force=True)

    def close(self) -> None:
        if self.enabled:
            self._erase()
            self.stream.flush()


def _is_tty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
