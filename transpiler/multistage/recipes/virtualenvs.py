"""The directory a ``virtualenv DIR`` / ``python -m venv DIR`` command makes: the python
recipe's environments (copied whole to the runner) and workdir_owner's copied tops (a
directory whose owner and mode the build may set) read it alike."""

from __future__ import annotations

import re
from typing import Optional, Sequence

from ...analysis.shell import program_name
from ...analysis.state import resolve_path

#: options of ``virtualenv``/``python -m venv`` that take a value (``-p /usr/bin/python2.7``)
VALUED = frozenset({"-p", "--python", "--prompt", "--extra-search-dir", "--activators",
                    "--creator", "--seeder", "--app-data", "--discovery"})
_PYTHON = re.compile(r"python(\d(\.\d+)?)?")


def is_python(word: str) -> bool:
    """Whether the program is a Python interpreter by its name (``python``,
    ``python3``, ``/usr/bin/python3.11``)."""
    return bool(_PYTHON.fullmatch(program_name(word)))


def makes_venv(argv: Sequence[str]) -> bool:
    """Whether the command is ``virtualenv ...`` or ``python[X[.Y]] -m venv ...``."""
    return bool(argv) and (is_python(argv[0]) and list(argv[1:3]) == ["-m", "venv"] or
                           program_name(argv[0]) == "virtualenv")


def venv_target(argv: Sequence[str], cwd: Optional[str]) -> Optional[str]:
    """The absolute path of the environment the command makes (None: not such a command,
    or a path not known)."""
    if not makes_venv(argv):
        return None
    words = list(argv[(3 if list(argv[1:2]) == ["-m"] else 1):])
    target = [a for i, a in enumerate(words) if not a.startswith("-") and
              not (i and words[i - 1] in VALUED)]
    return resolve_path(cwd, target[0]) if target else None
