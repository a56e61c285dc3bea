"""Golden snapshots live in the top-level ``golden/`` folder, one sub-folder per kind
(``golden/ast``, ``golden/format``, ``golden/transpile``), one text file per case."""

from __future__ import annotations

from pathlib import Path

from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

GOLDEN = Path(__file__).resolve().parent.parent / "golden"


def golden_extension(kind: str, extension: str = "txt"):
    """A syrupy extension writing ``golden/<kind>/<test name>.<extension>``."""

    class _Golden(SingleFileSnapshotExtension):
        _write_mode = WriteMode.TEXT
        file_extension = extension

        @classmethod
        def dirname(cls, *, test_location) -> str:
            return str(GOLDEN / kind)

    _Golden.__name__ = f"Golden_{kind}"
    return _Golden
