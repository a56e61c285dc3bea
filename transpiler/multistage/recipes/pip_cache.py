"""pip's cache as the gain of a same-image runner.

A runner that is the builder's own image with every package installed again saves only
what the build leaves behind that the runner does not copy; for a Python build that is
above all pip's download and wheel cache (``~/.cache/pip``), which a ``pip install``
without ``--no-cache-dir`` leaves in the original's image and which no runner copy
(``/usr/local``, the staging, the effect capture) carries."""

from __future__ import annotations

from typing import Tuple

from ...analysis import StageFacts
from ...analysis.shell import program_name
from .interpreted import steps


#: distribution releases whose packaged pip predates pip's cache (pip 6, 2014): Ubuntu
#: before 16.04 ships pip 1.0-1.5, Debian before stretch 1.1-1.5
_PIP_WITHOUT_CACHE = {"ubuntu": ("10.04", "12.04", "12.10", "13.04", "13.10", "14.04",
                                 "14.10", "15.04", "15.10", "lucid", "precise", "quantal",
                                 "raring", "saucy", "trusty", "utopic", "vivid", "wily"),
                      "debian": ("6", "7", "8", "squeeze", "wheezy", "jessie")}


def pip_caches(facts: StageFacts, last: int) -> Tuple[str, ...]:
    """pip's cache the build leaves in the original's image (``pip install`` without
    ``--no-cache-dir``, no ``PIP_NO_CACHE_DIR``, no later removal of a ``.cache``
    directory), which a runner copying the installed packages does not get.  On a
    distribution whose packaged pip has no cache (or an official python image whose
    PYTHON_PIP_VERSION is older than pip 6), only after the build upgraded pip."""
    distribution = getattr(facts.base.distribution, "name", facts.base.distribution) or ""
    release = (facts.base.release or "").split(".")
    release = ".".join(release[:2]) if distribution == "ubuntu" else release[0]
    old_pip = release in _PIP_WITHOUT_CACHE.get(distribution, ())
    if "PYTHON_VERSION" in facts.base.versions:
        # the official python images install pip themselves (get-pip), not the
        # distribution's: python:3.6.3-jessie has pip 9.0.1, which caches
        pip = facts.base.versions.get("PYTHON_PIP_VERSION", "")
        old_pip = pip.split(".")[0].isdigit() and int(pip.split(".")[0]) < 6
    upgraded, left = False, False
    for step in steps(facts):
        argv = list(step.argv)
        if step.index > last and not any(".cache" in a for a in argv):
            continue
        if program_name(argv[0]) == "rm" and any(".cache" in a for a in argv):
            left = False
            continue
        if "install" not in argv:
            continue
        if "pip" in [program_name(a) for a in argv if not a.startswith("-")][-3:] and \
                ("-U" in argv or "--upgrade" in argv):
            upgraded = True
        # (pip takes a long option's unambiguous prefix: ``--no-cache`` is --no-cache-dir)
        if any(len(a) > len("--no-c") and "--no-cache-dir".startswith(a) for a in argv) or \
                "PIP_NO_CACHE_DIR" in step.env or \
                any(a.startswith("--cache-dir") for a in argv):
            continue
        if not program_name(argv[0]).startswith("pip") and "pip" not in argv[1:3]:
            continue  # (setup.py, poetry, pipenv: their caches are other stories)
        left = left or not old_pip or upgraded
    return ("pip's cache (~/.cache/pip), which the original keeps in its image",) \
        if left else ()
