"""An npm the build installs over the Node image's own, and a command that runs npm.

``npm install -g npm[@V]`` (or ``npm update -g npm``) replaces the image's npm in
/usr/local/lib/node_modules/npm with another version.  The runner copies the builder's
global packages (``node.GLOBAL_MODULES``) onto its own /usr/local/lib/node_modules,
where the image's npm already is: a COPY merges directories, so the files of the
image's npm that the new version lacks stay beside the new ones (npm 2's nested
node_modules shadow the flat tree of npm 3 and later for the modules that still look
there), and the links the new npm makes in /usr/local/bin are left out with the
image's (npx, on an image whose npm had none).  The runner's npm is then neither version; a command that runs npm (``npm
start``, ``npx``) is declined, naming both lines (b23f8336: ``RUN npm install -g npm``
on node:4.4, ``CMD ["npm", "start"]``).  A command that does not run npm never loads
it.  On a distribution's npm (prefix /usr) the runner installs the package again and
copies the other global packages, not npm: its npm is the distribution's version.

Whether the command runs npm is read from what it runs, not only from its own words
(``NodeDetection.npm_replaced`` carries the upgrade to the entry's reading): a script
read from the build context or a package.json script that runs npm (``bin/hubot``'s
``npm install``, ``"start": "npm run serve"``) is declined as ``npm start`` is, and
one that is not read (no ``--context``) may run it, so it is declined too (e03c5125:
``npm install -g npm`` on Alpine's npm, ``ENTRYPOINT ["/bin/sh", "-c", "bin/hubot
..."]``, hubot's generated script running ``npm install`` at every start)."""

from __future__ import annotations

from typing import Iterable, Optional, Tuple

from ...analysis.commands import last, shell_command_string
from ...analysis.shell import program_name, split_commands, unwrap, unwrap_words
from ...tree import ast
from ..decline import Decline
from .run_walk import steps

#: npm's subcommands that put a package in the global prefix
_INSTALLS = frozenset({"install", "i", "isntall", "add", "update", "upgrade", "up"})
_GLOBAL = frozenset({"-g", "--global", "--location=global"})
#: the programs that run npm's own code
NPM_PROGRAMS = frozenset({"npm", "npx"})


def self_upgrade(argv: Tuple[str, ...]) -> bool:
    """Whether ``argv`` installs npm itself globally (``npm i -g npm@6``)."""
    if not argv or program_name(argv[0]) != "npm":
        return False
    words = [w for w in argv[1:] if not w.startswith("-")]
    return bool(words) and words[0] in _INSTALLS and bool(_GLOBAL & set(argv[1:])) and \
        any(w == "npm" or w.startswith("npm@") for w in words[1:])


def _programs(node) -> Iterable[str]:
    """The programs a CMD/ENTRYPOINT may start (a shell command's every one; the first
    word of an exec form, and of a ``sh -c`` string's commands)."""
    command = node.command
    if isinstance(command, ast.ExecForm):
        args = list(unwrap_words(command.args)[0] or command.args)  # (`env A=b npm start`)
        text = shell_command_string(args)
        if text is None:
            return args[:1]
    elif command is not None:
        text = command.text
    else:
        return ()
    return [unwrap(c).argv[0] for c in split_commands(text).commands if unwrap(c).argv]


def upgrade(facts) -> Optional[str]:
    """The RUN that replaces the image's npm, as the messages name it (``line 2: `npm
    install -g npm@10```), or None."""
    step = next((s for s in steps(facts) if self_upgrade(s.argv)), None)
    return None if step is None else f"{step.where}: `{' '.join(step.argv)}`"


def problem(facts) -> Optional[str]:
    """The decline reason when a RUN upgrades npm globally and the command runs npm."""
    replaced = upgrade(facts)
    if replaced is None:
        return None
    body = [f.node for f in facts.instructions]
    for kind in (ast.Entrypoint, ast.Cmd):
        node = last(body, kind)
        if node is None:
            continue
        runs = next((p for p in _programs(node) if program_name(p) in NPM_PROGRAMS), None)
        if runs is not None:
            line = f"line {node.span.line}" if node.span else "its line"
            return (f"{replaced} replaces the image's npm "
                    "with another version, and the runner's copy of the global packages "
                    "would merge it into the runner's own npm (the files of the image's npm "
                    "that the new one lacks stay beside it): "
                    f"{node.name} at {line} runs `{program_name(runs)}`, which would be "
                    "neither version")
    return None


def runs_replaced(detection, what: str) -> None:
    """Declines ``what`` (the entry's words: "ENTRYPOINT at line 7 (run by `bin/hubot`)
    runs `npm`", "... runs `bin/hubot`, which is not read") when the build replaced
    npm (``NodeDetection.npm_replaced``): the runner's npm is not the original's."""
    replaced = getattr(detection, "npm_replaced", None)
    if replaced is not None:
        raise Decline(f"{what}, and {replaced} replaces the image's npm with another "
                      "version, which the runner would not have (its npm is the image's "
                      "own, or the new one merged into it)")
