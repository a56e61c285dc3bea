"""Golden snapshots live in the top-level ``golden/`` folder, one sub-folder per kind
(``golden/ast``, ``golden/format``, ``golden/transpile``), one text file per case."""

from __future__ import annotations

import functools
from pathlib import Path

from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

GOLDEN = Path(__file__).resolve().parent.parent / "golden"


@functools.lru_cache(maxsize=None)
def golden_extension(kind: str, extension: str = "txt"):
    """A syrupy extension writing ``golden/<kind>/<test name>.<extension>``.

    One class per kind, made once: syrupy lists a snapshot folder again for every
    extension class it has not met (on each assertion, and again in its report at the
    end), so a class made afresh for every test had it list the 1,100 files of
    golden/transpile/ once per test, quadratic in the cases (half the golden suite's
    CPU time)."""

    class _Golden(SingleFileSnapshotExtension):
        _write_mode = WriteMode.TEXT
        file_extension = extension

        @classmethod
        def dirname(cls, *, test_location) -> str:
            return str(GOLDEN / kind)

    _Golden.__name__ = f"Golden_{kind}"
    return _Golden
