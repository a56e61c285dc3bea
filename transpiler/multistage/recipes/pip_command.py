"""pip's general options written before its subcommand (``pip --no-cache-dir install
-r requirements.txt``, ``python -m pip -q install .``).

pip reads its general options on either side of the subcommand, so the command means
what ``pip install --no-cache-dir -r requirements.txt`` means.  The commands are walked
(``run_walk``) with those options moved after the subcommand, so every reader of a pip
command (which subcommand, which install options, where it installs) sees the one
shape it knows.  Only the general options that change neither where pip installs nor
what it installs are moved: ``--python`` (another interpreter's environment) and
``--isolated`` (environment variables ignored) are not, and neither is an option pip
takes only after the subcommand (``pip --index-url URL install`` fails in pip itself),
so such a command stays unread as a pip install."""

from __future__ import annotations

import re
from typing import Tuple

from ...analysis.shell import program_name

#: pip's general options without a value (``pip --help``); -q and -v also bundled (-qq)
FLAGS = frozenset({"--debug", "-v", "--verbose", "-q", "--quiet", "--no-input",
                   "--no-cache-dir", "--disable-pip-version-check", "--no-color",
                   "--no-python-version-warning"})
#: pip's general options with a value (``--timeout 60`` or ``--timeout=60``)
VALUED = frozenset({"--log", "--log-file", "--local-log", "--keyring-provider", "--proxy",
                    "--retries", "--timeout", "--exists-action", "--trusted-host", "--cert",
                    "--client-cert", "--cache-dir", "--use-feature", "--use-deprecated",
                    "--resume-retries"})
_PIP = re.compile(r"pip(\d(\.\d+)?)?")
_PYTHON = re.compile(r"python(\d(\.\d+)?)?")


def _general(word: str) -> bool:
    return word in FLAGS or re.fullmatch(r"-(q+|v+)", word) is not None or \
        word.split("=", 1)[0] in VALUED and "=" in word


def subcommand_first(argv: Tuple[str, ...]) -> Tuple[str, ...]:
    """``argv`` with pip's general options before the subcommand moved right after it;
    any other command, or a pip command with another word before its subcommand,
    unchanged."""
    if not argv:
        return argv
    if _PIP.fullmatch(program_name(argv[0])):
        start = 1
    elif _PYTHON.fullmatch(program_name(argv[0])) and argv[1:3] == ("-m", "pip"):
        start = 3
    else:
        return argv
    pos, moved = start, []
    while pos < len(argv) and argv[pos].startswith("-"):
        word = argv[pos]
        if word in VALUED and pos + 1 < len(argv):
            moved += [word, argv[pos + 1]]
            pos += 2
        elif _general(word):
            moved.append(word)
            pos += 1
        else:
            return argv  # (not a general option: pip itself stops there)
    if not moved or pos >= len(argv):
        return argv
    return argv[:start] + (argv[pos],) + tuple(moved) + argv[pos + 1:]
