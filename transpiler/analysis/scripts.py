"""Which file a shell or an interpreter runs: ``sh setup.sh``, ``python3 -u x.py``,
``node --require dotenv/config post.js``, ``perl -w install.pl``; "-" for a script read
from standard input (``python -``, ``bash -s -- -y``); None for code on the command line
(``-c``, ``-e``, ``-r``), a module (``python -m pip``), no script (an interactive
prompt) or another program.

One reader for the passes that ask (the check of scripts run in the builder, the
same-image runner's repeats): each had its own loop over the options, and they
disagreed on an option's argument (``node --require dotenv/config post.js`` runs
post.js, ``python -I x.py`` runs x.py: ``-I`` takes no argument in Python) and on words
after the script (``python x.py -c conf``: ``-c`` is the script's).  The options are
each interpreter's own, read as its option parser does: a bundle of letters (``-uB``,
``-pe``) up to one that takes an argument (the rest of the word or the next word),
``--`` ending them; a shell's words are read by ``commands.shell_operands``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import FrozenSet, Optional, Sequence

from .commands import SHELLS, shell_operands
from .shell import program_name

#: interpreters whose first operand is the script they run
INTERPRETERS = re.compile(r"^(python[0-9.]*|node|nodejs|ruby[0-9.]*|perl[0-9.]*|php[0-9.]*|"
                          r"Rscript|lua[0-9.]*)$")


@dataclass(frozen=True)
class _Options:
    inline: FrozenSet[str]  # run the code or module they name: no script file
    valued: FrozenSet[str]  # take an argument (the rest of the word or the next word)
    joined: FrozenSet[str] = frozenset()  # take the rest of the word only (``-MFoo``)
    script: FrozenSet[str] = frozenset()  # name the script (``php -f x.php``)


def _opts(inline="", valued="", joined="", script="", long_inline=(), long_valued=()):
    return _Options(frozenset(inline) | frozenset(long_inline),
                    frozenset(valued) | frozenset(long_valued), frozenset(joined),
                    frozenset(script))


_OPTIONS = {
    "python": _opts(inline="cm", valued="WXQ", long_valued=("--check-hash-based-pycs",)),
    "node": _opts(inline="ep", valued="rC", long_inline=("--eval", "--print"),
                  long_valued=("--require", "--import", "--loader", "--experimental-loader",
                               "--conditions", "--title", "--input-type")),
    "ruby": _opts(inline="e", valued="rICE", joined="xWK0Fi",
                  long_valued=("--encoding",)),
    "perl": _opts(inline="eEMm", valued="I", joined="xi0FdDCl"),
    "php": _opts(inline="r", valued="cdz", script="f"),
    "Rscript": _opts(inline="e"),
    "lua": _opts(inline="el"),
}


def _family(name: str) -> Optional[str]:
    if not INTERPRETERS.match(name):
        return None
    return next(f for f in ("python", "nodejs", "node", "ruby", "perl", "php", "Rscript",
                            "lua") if name.startswith(f)).replace("nodejs", "node")


def script_file(argv: Sequence[str], shells: bool = True) -> Optional[str]:
    """The word naming the script file ``argv`` (a shell's or an interpreter's command)
    runs, "-" for standard input, None for none (see the module's docstring); with
    ``shells`` False, None for a shell too."""
    if not argv:
        return None
    name = program_name(argv[0])
    if name in SHELLS and shells:
        args = list(argv[1:])
        operands = shell_operands(args)
        if operands[:1] == ["-c"]:
            return None
        options = args[:len(args) - len(operands)]
        if any(w[:1] == "-" and w[1:].isalpha() and "s" in w and not w.startswith("--")
               for w in options):
            return "-"  # (``bash -s -- -y``: the operands are the script's arguments)
        return operands[0] if operands else None
    family = _family(name)
    if family is None:
        return None
    spec = _OPTIONS[family]
    args = list(argv[1:])
    while args:
        word = args.pop(0)
        if word == "-":
            return "-"
        if word == "--":
            break
        if word.startswith("--"):
            option = word.split("=", 1)[0]
            if option in spec.inline:
                return None
            if option in spec.valued and "=" not in word and args:
                args.pop(0)
            continue
        if not word.startswith("-"):
            return word
        for at, letter in enumerate(word[1:], 1):
            if letter in spec.inline:
                return None
            if letter in spec.script:
                return word[at + 1:] or (args.pop(0) if args else None)
            if letter in spec.joined:
                break
            if letter in spec.valued:
                if at + 1 == len(word) and args:
                    args.pop(0)
                break
    return args[0] if args else None
