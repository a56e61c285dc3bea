"""Shrink a failing input to a small one with the same failure signature.

    python -m fuzz.shrink FILE      # prints the shrunk input (repr) and its failure
"""

from __future__ import annotations

import sys
from typing import Callable

from fuzz.harness import Failure, check_bytes


def _signature(data: bytes):
    result = check_bytes(data)
    return result.signature if isinstance(result, Failure) else None


def shrink(data: bytes, keep: Callable[[bytes], bool] = None) -> bytes:
    """Greedy delta debugging: drop chunks of lines, then of bytes, while ``keep`` holds
    (default: the same failure signature as ``data``)."""
    if keep is None:
        target = _signature(data)
        if target is None:
            return data
        keep = lambda d: _signature(d) == target  # noqa: E731
    for unit in ("lines", "bytes"):
        chunk = max(1, len(data) // 2)
        while chunk >= 1:
            parts = data.splitlines(keepends=True) if unit == "lines" else [bytes([b]) for b in data]
            i, changed = 0, False
            while i < len(parts):
                candidate = b"".join(parts[:i] + parts[i + chunk:])
                if candidate != data and keep(candidate):
                    data, parts, changed = candidate, parts[:i] + parts[i + chunk:], True
                else:
                    i += chunk
            if not changed:
                chunk //= 2
    return data


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    for path in argv:
        with open(path, "rb") as fh:
            data = fh.read()
        small = shrink(data)
        print(f"{path}: {_signature(small)}\n{small!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
