"""The paths a compiler or build command names as what it writes.

``go build -o /opt/data/app`` names /opt/data/app, and a reader asking "does a later
command read /opt/data?" must not take that word for a read: the command writes there.
Counted as a read, an archive unpacked into /opt/data before it looked used by the
build, so the runner got the program and not the files beside it that the original
image had.  Only a program's own output option is read here (an input it names is a
read, as before); a program not listed names no output this module knows."""

from __future__ import annotations

import re
from typing import List, Sequence

from .shell import program_name

#: the C and C++ compiler drivers, versioned names included (``gcc-12``)
COMPILERS = re.compile(r"^(gcc|g\+\+|cc|c\+\+|clang|clang\+\+)(-[0-9.]+)?$")
#: compilers and tools outside that family whose ``-o`` names the file they write
_DASH_O = re.compile(r"^(gfortran|rustc|tcc|ld|ld\.gold|ld\.lld|as|strip|upx|objcopy)"
                     r"(-[0-9.]+)?$")
#: (program, subcommands) -> the options naming what it writes (a file or a directory)
_SUBCOMMAND_OUTPUTS = {
    "go": (("build", "test"), ("-o", "--o")),
    "dotnet": (("publish", "build", "pack"), ("-o", "--output")),
}
#: programs whose options name an output directory or file, whatever the subcommand
_OUTPUT_OPTIONS = {
    "javac": ("-d",),
    "tsc": ("--outDir", "--outFile", "--out"),
    "pyinstaller": ("--distpath", "--workpath"),
}


def output_words(argv: Sequence[str]) -> List[str]:
    """The words of ``argv`` that name what the command writes, as written (relative
    ones too: the caller resolves them against the command's directory)."""
    if not argv:
        return []
    tool = program_name(argv[0])
    if COMPILERS.match(tool) or _DASH_O.match(tool):
        return _values(argv[1:], ("-o",), joined="-o", equals=False)
    if tool in _SUBCOMMAND_OUTPUTS:
        subcommands, options = _SUBCOMMAND_OUTPUTS[tool]
        if len(argv) < 2 or argv[1] not in subcommands:
            return []
        return _values(argv[2:], options)
    if tool in _OUTPUT_OPTIONS:
        return _values(argv[1:], _OUTPUT_OPTIONS[tool])
    return []


def _values(args: Sequence[str], options: Sequence[str], joined: str = "",
            equals: bool = True) -> List[str]:
    """The values of ``options`` in ``args``: ``-o X``, with ``equals`` ``-o=X``, and
    with ``joined`` the value run into the option (``-oX``: the C compilers take it so,
    and ``-o=X`` as the file ``=X``)."""
    out: List[str] = []
    for i, word in enumerate(args):
        if word in options:
            if i + 1 < len(args):
                out.append(args[i + 1])
        elif equals and "=" in word and word.split("=", 1)[0] in options:
            out.append(word.split("=", 1)[1])
        elif joined and word.startswith(joined) and len(word) > len(joined):
            out.append(word[len(joined):])
    return out
