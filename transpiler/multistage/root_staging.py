"""The builder's staging directories that the runner copies onto its ``/`` (``COPY
--from=builder /opt/dtranspile-timezone/ /``), each declared where it is defined.

A copy onto ``/`` would make every path of the runner exist to the setup checks (the
runner's RUNs read as if the builder's tree held whatever they name), which holds for
a tree standing for the system (a distribution runner's staging of every file the
installs created, the effect capture of what the RUNs changed) and not for one holding
a few paths (the time zone, the libraries found through an RPATH, optional binaries,
npm's configuration).  A list written by hand beside its reader missed new ones (npm's
and the optional outputs' staging), so every staging directory copied onto ``/``
declares itself here, at its definition: the module defining it is imported before
anything copies it, so the sets are complete whenever a runner is written
(tests/transpile/test_root_staging.py fails on a copy onto ``/`` of a directory not
declared)."""

from __future__ import annotations

from typing import Set

#: the staging directories copied onto / that hold a few paths (no trailing /)
MERGED_ONTO_ROOT: Set[str] = set()
#: the staging directories copied onto / that stand for the system's files
SYSTEM_ONTO_ROOT: Set[str] = set()


def staged_onto_root(path: str, system: bool = False) -> str:
    """Declares ``path`` a staging directory the runner copies onto ``/`` and returns
    it: one holding a few paths (``MERGED_ONTO_ROOT``), or with ``system`` one standing
    for the system's files (``SYSTEM_ONTO_ROOT``)."""
    (SYSTEM_ONTO_ROOT if system else MERGED_ONTO_ROOT).add(path.rstrip("/"))
    return path


def merged_onto_root(source: str) -> bool:
    """Whether a copy of ``source`` onto ``/`` brings only the few paths a staging
    directory holds (not every path of the runner)."""
    return source.rstrip("/") in MERGED_ONTO_ROOT
