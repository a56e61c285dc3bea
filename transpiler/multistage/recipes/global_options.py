"""A package tool's global options written before its subcommand (``pip --no-cache-dir
install -r requirements.txt``, ``poetry -n install``, ``npm --prefix server ci``,
``yarn --cwd web install``, ``go -C cmd/api build``, ``cargo +nightly build``).

Each of these tools reads its global options before the subcommand the way it reads
them after it, so ``pip --no-cache-dir install x`` means what ``pip install
--no-cache-dir x`` means.  The commands are walked (``run_walk``) with those options
moved right after the subcommand, so every reader of such a command (which subcommand,
which options, where it installs) sees the one shape it knows.

An option that takes an argument consumes it as the tool does (``--registry URL``,
``--python 3.8``), and an option that changes the directory the tool works in is taken
out of the words and given as the directory instead (``Reading.directory``): the walk
moves the step there as a ``cd`` would (``poetry -C dir``, ``npm --prefix dir`` for a
project command, ``yarn --cwd dir``, ``go -C dir``).  A word before the subcommand that
the table does not know leaves the command as written, unread as before: an option
the tool takes only after the subcommand (``pip --index-url URL install`` fails in pip
itself), or one that changes where or what is installed beyond the directory (pip's
``--python`` and ``--isolated``, pipenv's ``--site-packages``, npm's workspaces).

How each tool finds its subcommand (the tools' own sources):

- pip, poetry, pipenv: every word before the subcommand is an option; the table says
  which take the next word;
- npm (nopt): an option is a flag unless npm's configuration types it as a string or
  number (``--prefix``, ``--registry``, ``--loglevel`` ...); a flag also consumes a
  following ``true``/``false``; ``-C`` is ``--prefix``;
- yarn 1 (commander): the subcommand is the first word that is no option and not bound
  to the option before it (``--cwd <cwd>`` always, ``--production [prod]`` when the
  word does not start with ``-``); none at all is ``install``;
- go: ``-C dir`` is read right after ``go`` (Go 1.21) or right after the subcommand
  (Go 1.20); no other option comes before the subcommand;
- cargo: ``+toolchain`` (rustup's, first) and cargo's global options (``--locked``,
  ``--frozen``, ``--offline``, ``-v``, ``-q``, ``--color WHEN``, ``--config KV``,
  ``-Z FLAG``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import FrozenSet, Optional, Tuple

from ...analysis.shell import program_name


@dataclass(frozen=True)
class Tool:
    #: options without a value
    flags: FrozenSet[str] = frozenset()
    #: options taking a value (the next word, or ``--opt=value``)
    valued: FrozenSet[str] = frozenset()
    #: valued options that change the directory the tool works in
    directory: FrozenSet[str] = frozenset()
    #: options whose value is the next word unless it starts with ``-`` (yarn's
    #: ``--production [prod]``)
    optional: FrozenSet[str] = frozenset()
    #: bundles of one repeated short flag (``-qq``, ``-vvv``)
    repeated: str = "qv"
    #: any other option is a flag (npm, yarn), not a word the table does not know
    unknown_flags: bool = False
    #: a flag may take a following ``true``/``false`` (npm's nopt)
    boolean_words: bool = False
    #: options whose use leaves the command as written (npm's workspaces; the help and
    #: version options, which run no subcommand)
    unread: FrozenSet[str] = frozenset()


#: the options that print the tool's help or version instead of running the subcommand
_STOPS = "-h --help -V --version"


def _set(text: str) -> FrozenSet[str]:
    return frozenset(text.split())


#: pip's general options (``pip --help``); ``--python`` and ``--isolated`` change where
#: pip installs and which settings it reads, so they stay unread
PIP = Tool(
    flags=_set("--debug -v --verbose -q --quiet --no-input --no-cache-dir "
               "--disable-pip-version-check --no-color --no-python-version-warning"),
    valued=_set("--log --log-file --local-log --keyring-provider --proxy --retries --timeout "
                "--exists-action --trusted-host --cert --client-cert --cache-dir --use-feature "
                "--use-deprecated --resume-retries"),
    unread=_set(_STOPS))
#: poetry's global options (``poetry list``): ``-C``/``--directory`` is the working
#: directory of the command
POETRY = Tool(
    flags=_set("-q --quiet -v -vv -vvv --verbose -n --no-interaction --ansi --no-ansi "
               "--no-plugins --no-cache"),
    directory=_set("-C --directory"), unread=_set(_STOPS))
#: pipenv's options of every command (``--python`` picks the interpreter of the
#: virtualenv, as after the subcommand); ``--site-packages`` (the system's packages seen
#: from the virtualenv) stays unread
PIPENV = Tool(
    flags=_set("-v --verbose -q --quiet --three --two --bare --clear"),
    valued=_set("--python --pypi-mirror"), unread=_set(_STOPS))
#: npm's configuration keys of string or number type that are written on command lines
#: (``npm help config``); any other option is a flag.  ``-C`` is ``--prefix``
NPM = Tool(
    valued=_set("--registry --loglevel --cache --userconfig --globalconfig --tag --omit "
                "--include --only --also --script-shell --node-options --proxy --https-proxy "
                "--noproxy --ca --cafile --cert --key --fetch-retries --fetch-timeout "
                "--fetch-retry-factor --fetch-retry-mintimeout --fetch-retry-maxtimeout "
                "--maxsockets --user-agent --umask --python --access --otp --scope "
                "--install-strategy --location --save-prefix --logs-dir --logs-max --depth "
                "--init-module --editor --shell --auth-type"),
    directory=_set("--prefix -C"),
    unknown_flags=True, boolean_words=True,
    unread=_set("-w --workspace --workspaces -ws --include-workspace-root -v -? " + _STOPS))
#: yarn 1's global options (``yarn --help``): the ones with ``<value>`` and ``[value]``
YARN = Tool(
    valued=_set("--link-folder --global-folder --modules-folder --preferred-cache-folder "
                "--cache-folder --mutex --proxy --https-proxy --registry "
                "--network-concurrency --network-timeout --otp"),
    directory=_set("--cwd"),
    optional=_set("--prod --production --emoji --scripts-prepend-node-path"),
    unknown_flags=True, unread=_set("-v " + _STOPS))
#: go: only ``-C dir`` (handleChdirFlag in cmd/go)
GO = Tool(directory=_set("-C --C"), repeated="")
#: cargo's global options (``cargo --help``); rustup's ``+toolchain`` is read apart
CARGO = Tool(
    flags=_set("-v -vv --verbose -q --quiet --locked --frozen --offline"),
    valued=_set("--color --config -Z"), unread=_set(_STOPS + " --list --explain"))

_PIP = re.compile(r"pip(\d(\.\d+)?)?")
_PYTHON = re.compile(r"python(\d(\.\d+)?)?")
_TOOLS = {"poetry": POETRY, "pipenv": PIPENV, "npm": NPM, "yarn": YARN, "yarnpkg": YARN,
          "go": GO, "cargo": CARGO}
#: the options of npm that make an install global: ``--prefix`` is then the global
#: prefix, not the project's directory
_GLOBAL = ("-g", "--global", "--location=global")


@dataclass(frozen=True)
class Reading:
    #: the words with the global options after the subcommand (the directory option out)
    argv: Tuple[str, ...]
    #: the directory the tool works in, as written (relative to the step's), or None
    directory: Optional[str] = None
    #: the option that names it (``--prefix``), for messages
    option: str = ""


def _tool(argv: Tuple[str, ...]) -> Tuple[Optional[Tool], int]:
    """The tool ``argv`` runs and where its options start."""
    head = program_name(argv[0])
    if _PIP.fullmatch(head):
        return PIP, 1
    if _PYTHON.fullmatch(head) and argv[1:3] == ("-m", "pip"):
        return PIP, 3
    return _TOOLS.get(head), 1


def _value(word: str) -> Tuple[str, Optional[str]]:
    """(option, value) of ``--opt=value`` (value None when there is no ``=``)."""
    if word.startswith("--") and "=" in word:
        key, _, value = word.partition("=")
        return key, value
    return word, None


def read(argv: Tuple[str, ...]) -> Reading:
    """``argv`` with its tool's global options before the subcommand moved right after
    it, and the directory one of them names; any other command, or one with a word
    before the subcommand the tool's table does not know, as it is."""
    as_is = Reading(argv)
    if not argv:
        return as_is
    tool, start = _tool(argv)
    if tool is None:
        return as_is
    head = program_name(argv[0])
    pos, moved, directory, option = start, [], None, ""
    if head == "cargo" and pos < len(argv) and argv[pos].startswith("+"):
        pos += 1  # rustup's toolchain: which cargo runs, not how it reads the build
    if head == "go":
        return _go(argv)
    while pos < len(argv) and argv[pos].startswith("-") and argv[pos] != "--":
        word = argv[pos]
        key, value = _value(word)
        if key in tool.unread:
            return as_is
        if key in tool.directory or key in tool.valued:
            if value is None:
                if pos + 1 >= len(argv):
                    return as_is
                value, taken = argv[pos + 1], [word, argv[pos + 1]]
                pos += 2
            else:
                taken = [word]
                pos += 1
            if key in tool.directory:
                if directory is not None:
                    return as_is  # (two: the tools differ on which holds)
                directory, option = value, key
            else:
                moved += taken
            continue
        if key in tool.optional:
            if value is None and pos + 1 < len(argv) and not argv[pos + 1].startswith("-"):
                value = argv[pos + 1]
                pos += 1
            moved.append(key if value is None or value.lower() not in ("false", "0")
                         else f"{key}=false")
            pos += 1
            continue
        if key in tool.flags or (tool.repeated and re.fullmatch(
                f"-([{tool.repeated}])\\1*", word)) or tool.unknown_flags:
            moved.append(word)
            pos += 1
            if tool.boolean_words and value is None and pos < len(argv) and \
                    argv[pos] in ("true", "false"):
                # (``--production false`` is ``--production=false``)
                if argv[pos] == "false":
                    moved[-1] = f"{word}=false"
                pos += 1
            continue
        return as_is  # (not a global option: the tool itself stops there)
    if head == "npm" and directory is not None and any(
            w in _GLOBAL for w in argv[start:pos] + argv[pos:]):
        return as_is  # a global command's --prefix is the global prefix
    later = _later_directory(head, tool, argv, pos)
    if later is not None:
        if later == () or directory is not None:
            return as_is  # (two: the tools differ on which holds)
        at, taken, directory, option = later
        argv = argv[:at] + argv[at + taken:]
    if not moved and directory is None and pos == start:
        return as_is
    if not moved and pos == start:
        return Reading(argv, directory, option)
    if pos >= len(argv) or argv[pos] == "--":
        if head not in ("yarn", "yarnpkg"):
            return as_is  # (no subcommand: the tool prints its help, or its version)
        # yarn with no subcommand installs
        return Reading(argv[:1] + tuple(moved) + argv[pos:], directory, option)
    return Reading(argv[:start] + (argv[pos],) + tuple(moved) + argv[pos + 1:], directory,
                   option)


#: yarn 1's commands whose words after the command name commander reads as yarn's
#: options (``yarn install --cwd web``); ``run`` and a script's name (``yarn build``)
#: hand them to the script instead (``src/cli/index.js``: ``endArgs``)
_YARN_READS_AFTER = frozenset({"install", "add", "remove", "upgrade", "import", "check",
                               "autoclean", "cache", "config", "link", "unlink"})


def _later_directory(head: str, tool: Tool, argv: Tuple[str, ...], pos: int):
    """(where, how many words, directory, option) of a directory option written after
    the subcommand ``argv[pos]``, which the tool reads there as before it (npm's nopt
    reads every option up to ``--``: ``npm run build --prefix client``; yarn 1's
    commander those of its own commands: ``yarn install --cwd web``); None where there
    is none, ``()`` where the command is then not read (two of them, workspaces, a
    global install's prefix, no value)."""
    if head != "npm" and not (head in ("yarn", "yarnpkg") and pos < len(argv) and
                              argv[pos] in _YARN_READS_AFTER):
        return None
    rest = argv[pos + 1:]
    if "--" in rest:
        rest = rest[:rest.index("--")]
    found = [i for i, w in enumerate(rest) if _value(w)[0] in tool.directory]
    if not found:
        return None
    if len(found) > 1 or any(_value(w)[0] in tool.unread for w in rest) or \
            head == "npm" and any(w in _GLOBAL for w in argv):
        return ()
    i = found[0]
    key, value = _value(rest[i])
    if value is not None:
        return pos + 1 + i, 1, value, key
    if i + 1 >= len(rest) or rest[i + 1].startswith("-"):
        return ()
    return pos + 1 + i, 2, rest[i + 1], key


def _go(argv: Tuple[str, ...]) -> Reading:
    """``go -C dir build ...`` and ``go build -C dir ...``: the directory out."""
    for at in (1, 2):
        if at >= len(argv):
            break
        key, value = argv[at].split("=", 1) if "=" in argv[at] else (argv[at], None)
        if key in GO.directory and (at == 1 or not argv[1].startswith("-")):
            if value is None:
                if at + 1 >= len(argv):
                    return Reading(argv)
                return Reading(argv[:at] + argv[at + 2:], argv[at + 1], key)
            return Reading(argv[:at] + argv[at + 1:], value, key)
    return Reading(argv)


def subcommand_first(argv: Tuple[str, ...]) -> Tuple[str, ...]:
    """``read(argv)``'s words (the directory option left out)."""
    return read(argv).argv
