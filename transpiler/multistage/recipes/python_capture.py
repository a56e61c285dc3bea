"""A Python build on a plain Debian or Ubuntu image whose Python is not the
distribution's package: a Miniconda or Anaconda installer into /opt/conda, a CPython
built from source into /usr/local, a venv over an interpreter a project's script
installed (a python3.X the RUNs name, from Debian or a PPA, is the distribution
path's).  The Python recipe cannot name that interpreter's X.Y (the image does not
show it, no python:X.Y image is known to match), and its same-distribution runner
(``distribution_runner``) installs the distribution's python3, which is not the one
the build used.

So the build runs in the builder as written, inside a capture window
(``build_capture``): every RUN from the first that does more than install packages
on; what they wrote outside the copied trees (the conda prefix,
/usr/local/lib/pythonX.Y, a venv, the console scripts) reaches the runner at the
same paths, with the libraries its programs load that the runner lacks.  The
runner is the same distribution release (slim where one exists) with the original's
packages installed again minus the build-only ones (compilers, -dev packages, build
tools).  The command's program (``python``, ``jupyter``, ``/opt/conda/bin/gunicorn``)
is tested there at build time, after the runner's last COPY/RUN.

Everything ``build_capture`` declines still declines (nothing build-only to leave
out, a package file or a service in the window, another language's toolchain
installed there, a shell script the command runs that is not read, an interactive
shell, users created in the window, a final WORKDIR made as a non-root user outside
the window); a Python script the command hands to ``python`` is the application's,
as everywhere in the Python recipe.  RPM images and images the data does not know
are not captured (the Python recipe's declines stand)."""

from __future__ import annotations

import dataclasses
import re
from typing import Callable, Optional, Sequence

from ...knowledge.packages import package_name
from ...analysis import StageFacts
from .build_capture import CaptureDetection, Language, capture_detection as _capture
from .native_capture import C_BUILD
from .pip_cache import pip_caches

__all__ = ["capture_detection"]

#: the interpreters whose script argument is the application (``python app.py``)
PYTHON = re.compile(r"^python[0-9.]*$")


def capture_detection(facts: StageFacts, name: str, build_only_env, why: str,
                      keep: Callable[[str], bool],
                      trees: Sequence[str],
                      runtime_of_dev: Callable[[str], Optional[str]] = lambda p: None,
                      ) -> Optional[CaptureDetection]:
    """The detection of a Python build run inside a capture window, or None where the
    builder is not a plain Debian/Ubuntu image whose effects can be captured.  ``keep``:
    the packages the runner keeps although the tables call them build tools (git the
    build does not use); ``trees``: the application's source trees, copied whole;
    ``runtime_of_dev``: the interpreter behind a Python -dev package (its headers are
    the Python build's own, left in the builder; the interpreter is installed)."""
    language = Language("Python", "a Python build on a Python the image does not show",
                        C_BUILD, keep=keep, app_scripts=(".py",),
                        interpreters=PYTHON, runtime_of_dev=runtime_of_dev,
                        caches=pip_caches)
    return _with_setuptools(facts, _capture(facts, name, build_only_env, why, language,
                                            tuple(trees)))


#: Debian's and Ubuntu's pip packages (python-pip, python3-pip)
_APT_PIP = re.compile(r"^(python[0-9.]*)-pip$")


def _with_setuptools(facts: StageFacts, detection: Optional[CaptureDetection]
                     ) -> Optional[CaptureDetection]:
    """The runner's replay with the setuptools package beside each apt pip package it
    installs that the original's apt installed with its Recommends (no
    ``--no-install-recommends``): the replay leaves pip's Recommends out (build-essential, pythonX-dev,
    setuptools, wheel), and since Ubuntu 16.04 and Debian stretch setuptools is only a
    Recommends of python-pip/python3-pip, while the original's image has it: console
    scripts pip wrote through ``setup.py install`` import pkg_resources, and programs
    import pkg_resources or distutils' helpers (the distribution path names it too,
    ``python._on_distribution``)."""
    if detection is None or detection.replay is None or detection.distribution is None or \
            detection.distribution.manager != "apt":
        return detection
    replay = detection.replay
    from ..apt_config import apt_choices
    with_recommends = apt_choices(facts).recommends
    tools = [_APT_PIP.sub(r"\1-setuptools", package_name(p))
             for p in replay.install if _APT_PIP.match(package_name(p)) and
             p in with_recommends]
    tools = [t for t in tools if t not in replay.install]
    if not tools:
        return detection
    replay = dataclasses.replace(replay, install=tuple(dict.fromkeys(replay.install +
                                                                     tuple(tools))))
    return dataclasses.replace(detection, replay=replay, added=detection.added + (
        f"{', '.join(tools)} installed beside pip in the runner: the original's apt "
        "installed it as one of pip's Recommends, which the runner leaves out (its "
        "pkg_resources is what older console scripts import)",))
