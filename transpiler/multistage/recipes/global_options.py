"""A package tool's global options written before its subcommand (``pip --no-cache-dir
install -r requirements.txt``, ``poetry -n install``, ``npm --prefix server ci``,
``yarn --cwd web install``, ``pnpm -C web install``, ``go -C cmd/api build``,
``cargo +nightly build``).

Each of these tools reads its global options before the subcommand the way it reads
them after it, so ``pip --no-cache-dir install x`` means what ``pip install
--no-cache-dir x`` means.  The commands are walked (``run_walk``) with those options
moved right after the subcommand, so every reader of such a command (which subcommand,
which options, where it installs) sees the one shape it knows.

An option that takes an argument consumes it as the tool does (``--registry URL``,
``--python 3.8``), and an option that changes the directory the tool works in is taken
out of the words and given as the directory instead (``Reading.directory``): the walk
moves the step there as a ``cd`` would (``poetry -C dir``, ``npm --prefix dir`` for a
project command, ``yarn --cwd dir``, ``pnpm -C dir``, ``go -C dir``).  A word before the
subcommand that the table does not know leaves the command as written, unread as
before: an option the tool takes only after the subcommand (``pip --index-url URL
install`` fails in pip itself), or one that changes where or what is installed beyond
the directory (pip's ``--python`` and ``--isolated``, pipenv's ``--site-packages``,
npm's workspaces, pnpm's filters).

How each tool finds its subcommand (the tools' own sources):

- pip, poetry, pipenv: every word before the subcommand is an option; the table says
  which take the next word;
- npm (nopt): an option is a flag unless npm's configuration types it as a string or
  number (``--prefix``, ``--registry``, ``--loglevel`` ...); a flag also consumes a
  following ``true``/``false``; ``-C`` is ``--prefix``;
- yarn 1 (commander): the subcommand is the first word that is no option and not bound
  to the option before it (``--cwd <cwd>`` always, ``--production [prod]`` when the
  word does not start with ``-``); none at all is ``install``;
- pnpm (nopt, as npm): any option not typed as a string is a flag; ``-C`` is
  ``--dir``; options after the subcommand are read too, except a script's;
- go: ``-C dir`` is read right after ``go`` (Go 1.21) or right after the subcommand
  (Go 1.20); no other option comes before the subcommand;
- cargo: ``+toolchain`` (rustup's, first) and cargo's global options (``--locked``,
  ``--frozen``, ``--offline``, ``-v``, ``-q``, ``--color WHEN``, ``--config KV``,
  ``-Z FLAG``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import FrozenSet, List, Optional, Tuple

from ...analysis.shell import program_name
from .virtualenvs import is_python


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
    #: the subcommands after which the tool reads its own options as before them
    #: (yarn's ``install --cwd web``), up to ``--``; ``every``: after any (npm's nopt)
    after: FrozenSet[str] = frozenset()
    every: bool = False


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
    unknown_flags=True, boolean_words=True, every=True,
    unread=_set("-w --workspace --workspaces -ws --include-workspace-root -v -? " + _STOPS))
#: yarn 1's global options (``yarn --help``): the ones with ``<value>`` and ``[value]``
YARN = Tool(
    valued=_set("--link-folder --global-folder --modules-folder --preferred-cache-folder "
                "--cache-folder --mutex --proxy --https-proxy --registry "
                "--network-concurrency --network-timeout --otp"),
    directory=_set("--cwd"),
    optional=_set("--prod --production --emoji --scripts-prepend-node-path"),
    unknown_flags=True, unread=_set("-v " + _STOPS),
    # (commands whose words after the command name commander reads as yarn's options;
    # ``run`` and a script's name (``yarn build``) hand them to the script instead:
    # ``src/cli/index.js``, ``endArgs``)
    after=_set("install add remove upgrade import check autoclean cache config link unlink"))
#: pnpm's universal options (``GLOBAL_OPTIONS`` and ``shorthands`` of pnpm's CLI), read
#: by nopt as npm's are: any other option is a flag.  ``-C``/``--dir`` (and
#: ``--prefix``, renamed ``dir``) is the directory pnpm runs in, exactly (no search
#: upward: config reader, ``cliOptions.dir ?? localPrefix``); the filters, recursion,
#: the workspace root and a global install are not one project's directory, so unread.
#: Options after the subcommand are read too, except after ``run``/``exec``/``dlx``
#: and a script's name (escaped: the script's), so only after its install commands
PNPM = Tool(
    valued=_set("--loglevel --reporter --test-pattern --changed-files-ignore-pattern "
                "--pm-on-fail --filter -F --filter-prod --workspace-packages"),
    directory=_set("-C --dir --prefix"),
    unknown_flags=True,
    unread=_set("-F --filter --filter-prod -r --recursive -w --workspace-root "
                "--workspace-packages --include-workspace-root -g --global -H -? "
                "-v " + _STOPS),
    after=_set("install i add remove rm uninstall update up upgrade prune rebuild rb "
               "fetch import link unlink dedupe"))
#: go: only ``-C dir`` (handleChdirFlag in cmd/go)
GO = Tool(directory=_set("-C --C"), repeated="")
#: cargo's global options (``cargo --help``); rustup's ``+toolchain`` is read apart
CARGO = Tool(
    flags=_set("-v -vv --verbose -q --quiet --locked --frozen --offline"),
    valued=_set("--color --config -Z"), unread=_set(_STOPS + " --list --explain"))

_PIP = re.compile(r"pip(\d(\.\d+)?)?")
_TOOLS = {"poetry": POETRY, "pipenv": PIPENV, "npm": NPM, "yarn": YARN, "yarnpkg": YARN,
          "pnpm": PNPM, "go": GO, "cargo": CARGO}
#: the options of npm (and pnpm) that make an install global: ``--prefix`` is then the
#: global prefix, not the project's directory
_GLOBAL = ("-g", "--global", "--location=global")


@dataclass(frozen=True)
class Reading:
    #: the words with the global options after the subcommand (the directory option out)
    argv: Tuple[str, ...]
    #: the directory the tool works in, as written (relative to the step's), or None
    directory: Optional[str] = None
    #: the option that names it (``--prefix``), for messages
    option: str = ""


@dataclass(frozen=True)
class DirectoryOption:
    """An option naming the directory the tool works in, where the tool reads it."""
    #: its place in the words, and how many words it takes (1: ``--prefix=x``, or none
    #: follows)
    at: int
    taken: int
    #: the directory as written; None where no value follows
    value: Optional[str]
    #: the option as written (``--prefix``, ``-C``)
    option: str


def _tool(argv: Tuple[str, ...]) -> Tuple[Optional[Tool], int]:
    """The tool ``argv`` runs and where its options start."""
    head = program_name(argv[0])
    if _PIP.fullmatch(head):
        return PIP, 1
    if is_python(argv[0]) and argv[1:3] == ("-m", "pip"):
        return PIP, 3
    return _TOOLS.get(head), 1


def _value(word: str) -> Tuple[str, Optional[str]]:
    """(option, value) of ``--opt=value`` (value None when there is no ``=``)."""
    if word.startswith("--") and "=" in word:
        key, _, value = word.partition("=")
        return key, value
    return word, None


@dataclass
class _Leading:
    """The words before the subcommand as the tool reads them."""
    #: the subcommand's place (``len(argv)`` or that of ``--`` where there is none)
    pos: int
    #: the options to write after the subcommand
    moved: List[str]
    #: the directory options among them
    directories: List[DirectoryOption]
    #: a word the table leaves unread, does not know, or a value missing: the command
    #: is then left as written
    unread: bool = False


def _leading(tool: Tool, argv: Tuple[str, ...], pos: int) -> _Leading:
    """Walks the options from ``argv[pos]`` up to the subcommand as the tool does.  An
    option the table leaves unread is walked past as a flag where the tool takes any
    option as one (npm, yarn, pnpm), so every directory option before the subcommand
    is found; for the others the walk stops there."""
    out = _Leading(pos, [], [])
    while out.pos < len(argv) and argv[out.pos].startswith("-") and argv[out.pos] != "--":
        word = argv[out.pos]
        key, value = _value(word)
        if key in tool.unread:
            out.unread = True
            if not tool.unknown_flags:
                return out
            # (its value too: ``pnpm --filter web -C x install``)
            out.pos += 2 if key in tool.valued and value is None else 1
            continue
        if key in tool.directory or key in tool.valued:
            if value is None:
                if out.pos + 1 >= len(argv):
                    out.unread = True
                    if key in tool.directory:
                        out.directories.append(DirectoryOption(out.pos, 1, None, key))
                    out.pos += 1
                    return out
                value, taken = argv[out.pos + 1], [word, argv[out.pos + 1]]
            else:
                taken = [word]
            if key in tool.directory:
                out.directories.append(DirectoryOption(out.pos, len(taken), value, key))
            else:
                out.moved += taken
            out.pos += len(taken)
            continue
        if key in tool.optional:
            if value is None and out.pos + 1 < len(argv) and \
                    not argv[out.pos + 1].startswith("-"):
                value = argv[out.pos + 1]
                out.pos += 1
            out.moved.append(key if value is None or value.lower() not in ("false", "0")
                             else f"{key}=false")
            out.pos += 1
            continue
        if key in tool.flags or (tool.repeated and re.fullmatch(
                f"-([{tool.repeated}])\\1*", word)) or tool.unknown_flags:
            out.moved.append(word)
            out.pos += 1
            if tool.boolean_words and value is None and out.pos < len(argv) and \
                    argv[out.pos] in ("true", "false"):
                # (``--production false`` is ``--production=false``)
                if argv[out.pos] == "false":
                    out.moved[-1] = f"{word}=false"
                out.pos += 1
            continue
        out.unread = True  # (not a global option: the tool itself stops there)
        return out
    return out


def directory_options(argv: Tuple[str, ...]) -> Tuple[DirectoryOption, ...]:
    """Every option of ``argv``'s tool naming the directory it works in, in order,
    where the tool reads one: before the subcommand (as ``read`` walks them), and after
    it where the tool reads its options there (``_later``).  The one reader of these
    options: ``read`` moves the command into the directory where there is exactly one,
    and ``node_commands`` reads the commands left as written (a global install's
    ``--prefix``, two directories, a CMD's ``npm --prefix web start``)."""
    if not argv:
        return ()
    tool, start = _tool(argv)
    if tool is None or not tool.directory or program_name(argv[0]) == "go":
        return ()
    walk = _leading(tool, argv, start)
    return tuple(walk.directories) + _later(tool, argv, walk.pos)


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
    pos = start
    if head == "cargo" and pos < len(argv) and argv[pos].startswith("+"):
        pos += 1  # rustup's toolchain: which cargo runs, not how it reads the build
    if head == "go":
        return _go(argv)
    walk = _leading(tool, argv, pos)
    if walk.unread:
        return as_is
    pos, moved = walk.pos, walk.moved
    later = _later(tool, argv, pos)
    found = tuple(walk.directories) + later
    directory, option = None, ""
    if found:
        rest = argv[pos + 1:]
        rest = rest[:rest.index("--")] if "--" in rest else rest
        if len(found) > 1 or found[0].value is None:
            return as_is  # (two: the tools differ on which holds; or no value)
        if head in ("npm", "pnpm") and any(w in _GLOBAL for w in argv):
            return as_is  # a global command's --prefix is the global prefix
        if later and any(_value(w)[0] in tool.unread for w in rest):
            return as_is  # (workspaces)
        directory, option = found[0].value, found[0].option
        if later:
            argv = argv[:later[0].at] + argv[later[0].at + later[0].taken:]
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


def _later(tool: Tool, argv: Tuple[str, ...], pos: int) -> Tuple[DirectoryOption, ...]:
    """The directory options written after the subcommand ``argv[pos]`` that the tool
    reads there as before it (npm's nopt reads every option up to ``--``: ``npm run
    build --prefix client``; yarn 1's commander those of its own commands: ``yarn
    install --cwd web``: ``Tool.after``); a value that is missing or starts with ``-``
    is None."""
    if not tool.every and not (pos < len(argv) and argv[pos] in tool.after):
        return ()
    rest = argv[pos + 1:]
    if "--" in rest:
        rest = rest[:rest.index("--")]
    out = []
    for i, word in enumerate(rest):
        key, value = _value(word)
        if key not in tool.directory:
            continue
        if value is None and i + 1 < len(rest) and not rest[i + 1].startswith("-"):
            out.append(DirectoryOption(pos + 1 + i, 2, rest[i + 1], key))
        else:
            out.append(DirectoryOption(pos + 1 + i, 1, value, key))
    return tuple(out)


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
