"""Why a command that runs an interpreter, a shell or make is not rewritten, said
precisely where no build product matches it.

An interpreter (``python3``, ``node``), a shell or ``make`` is never what a build step
makes: the generic "which no recognised build step produces" then hides the real
cause.  It is one of these:

- the interpreter or shell is started without a script (``CMD ["python"]``,
  ``ENTRYPOINT env PATH=... /bin/bash``): an interactive environment, whose users may
  run any tool of the builder;
- ``make <target>`` at run time: make is a build tool the runner leaves in the
  builder, and the Makefile target's commands are not read;
- the interpreter runs a script of another language than the build the transpiler
  recognised (``python3 manage.py runserver`` beside a node build, ``node server.js``
  beside a make build): the recipe's runner carries its own build's outputs, not that
  interpreter and what the script needs;
- a shell runs a file (``sh target/bin/webapp``): the file the build may write, whose
  programs are not read.

Each reason names the instruction's line, the program, and what is not known.  Any
other program no build output is: ``entry_producer`` names what put it there."""

from __future__ import annotations

import re
from typing import Optional, Sequence

from ..analysis.commands import SHELLS, shell_operands
from ..analysis.scripts import INTERPRETERS
from ..analysis.shell import program_name

#: the language an interpreter's script is written in (for the reason)
_LANGUAGES = (("python", "Python"), ("node", "JavaScript"), ("ruby", "Ruby"),
              ("perl", "Perl"), ("php", "PHP"), ("Rscript", "R"), ("lua", "Lua"))
_ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")


def _command(words: Sequence[str]) -> Sequence[str]:
    """The words from the program on: ``env [-i] VAR=value ... program args``."""
    words = list(words)
    if words and program_name(words[0]) == "env":
        words = words[1:]
        while words and (words[0].startswith("-") or _ASSIGNMENT.match(words[0])):
            words = words[1:]
    return words


def _operands(args: Sequence[str]) -> list:
    return [a for a in args if not a.startswith("-")]


def runs_code(program: str) -> bool:
    """Whether ``program`` is an interpreter, a shell or make: what it runs (a script,
    a Makefile target, an interactive session) decides what the runner needs, so it is
    never taken for a package's program by its name alone (``reason`` says why)."""
    name = program_name(program)
    return name in SHELLS or name == "make" or bool(INTERPRETERS.match(name))


def reason(ctx, main, program: str, words: Sequence[str]) -> Optional[str]:
    """The precise decline reason for a command whose program is an interpreter, a
    shell or make and matches no build product; None for any other program."""
    name = program_name(program)
    argv = _command(words) or [program]
    where = f"{main.name} at {ctx.line_of(main)}"
    recipe = ctx.recipe.name
    builds = sorted(set(ctx.detection.build_indices))
    build = (f"the {recipe} build at " +
             ", ".join(ctx.line_of(ctx.facts.instructions[i].node) for i in builds)) \
        if builds else f"the {recipe} build"
    if name in SHELLS:
        rest = shell_operands(argv[1:])
        if not rest:
            return (f"{where}: starts an interactive shell (`{' '.join(argv)}`): what the "
                    "container is used for is unknown, every tool of the builder may be")
        if rest[0] == "-c":
            return None  # (``sh -c``: its commands are checked as the command's own)
        return (f"{where} runs `{' '.join(argv[:2])}`: the shell runs the file {rest[0]}, "
                f"which {build} does not show it writes (its programs are not read; "
                "give --context with it if it is a file of the build context)")
    if name == "make":
        targets = _operands(argv[1:])
        target = f"`make {' '.join(targets)}`" if targets else "`make` (its default target)"
        return (f"{where} runs {target} at run time: make is a build tool, which the runner "
                "leaves in the builder, and the commands of the Makefile target are not read")
    if INTERPRETERS.match(name):
        scripts = _operands(argv[1:])
        if not scripts:
            return (f"{where} runs `{' '.join(argv)}` without a script: an interactive "
                    "interpreter; the code its users run is not known, and it may need the "
                    "compilers and -dev packages the runner leaves in the builder")
        language = next((lang for prefix, lang in _LANGUAGES if name.startswith(prefix)),
                        name)
        return (f"{where} runs the {language} script {scripts[0]} with `{name}`, an "
                f"interpreter no build step makes: the build read is {build}, whose runner "
                f"carries that build's outputs, not `{name}` and what the script needs "
                f"(a {language} program beside a {recipe} build is not rewritten)")
    return None
