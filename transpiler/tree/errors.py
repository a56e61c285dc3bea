"""Errors with positions, printed the way compilers print them."""

from __future__ import annotations

from typing import Optional


class DtranspileError(Exception):
    """Base of every error this package raises on purpose."""


class ParseError(DtranspileError):
    """Input BuildKit's line assembly rejects (or that cannot be read as text).

    ``line`` and ``column`` are 1-based; ``message`` uses BuildKit's wording where
    BuildKit has one, so users can search for it."""

    def __init__(self, message: str, line: int = 1, column: int = 1,
                 source_line: Optional[str] = None, filename: Optional[str] = None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.source_line = source_line
        self.filename = filename

    def __str__(self) -> str:
        return f"{self.line}:{self.column}: {self.message}"

    def render(self, filename: Optional[str] = None, color: bool = False) -> str:
        """``file:line:col: error: message`` plus the offending line and a caret."""
        name = filename or self.filename or "<stdin>"
        head = f"{name}:{self.line}:{self.column}: error: {self.message}"
        if color:
            head = f"\x1b[1m{name}:{self.line}:{self.column}:\x1b[0m \x1b[1;31merror:\x1b[0m {self.message}"
        if self.source_line is None:
            return head
        shown = self.source_line.rstrip("\r\n")
        if len(shown) > 200:
            start = max(0, self.column - 100)
            shown = shown[start:start + 200]
            col = self.column - start
        else:
            col = self.column
        caret = " " * (col - 1) + "^"
        if color:
            caret = f"\x1b[1;32m{caret}\x1b[0m"
        return f"{head}\n    {shown}\n    {caret}"


class SafetyError(DtranspileError):
    """A rewrite failed its own check (meaning changed or output unstable).  Nothing is
    written; the CLI exits 123."""

    def __init__(self, message: str, line: int = 0, column: int = 0):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = f"{self.line}:{self.column}: " if self.line else ""
        return f"{where}{self.message}"
