"""Reading npm / yarn / pnpm / tsc command lines: installs (project or global), whether
they leave dev dependencies out, and build scripts.  Shared by the Node server and
static site recipes."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Optional, Tuple
from ...analysis.shell import program_name
from . import global_options

MANAGERS = {"npm", "yarn", "pnpm"}
#: scripts that start a development server or watcher: they need dev dependencies
DEV_SCRIPTS = {"dev", "develop", "watch", "start:dev", "dev:server", "serve:dev", "debug"}
#: programs that, in CMD/ENTRYPOINT, need dev dependencies or the build toolchain
DEV_PROGRAMS = {"ts-node", "ts-node-dev", "nodemon", "tsx", "babel-node", "webpack-dev-server",
                "next-dev", "react-scripts", "ng", "vue-cli-service", "gatsby", "ember"}


#: task runners whose tasks a file of the app defines (Gruntfile.js, gulpfile.js): the
#: command runs JavaScript that is not read and may spawn any program (grunt-shell,
#: compass, imagemin's binaries, git for a revision), as an unread package.json script may
TASK_RUNNERS = {"grunt", "gulp"}


#: process managers whose command names what they start (``pm2 start pm2.json``,
#: ``pm2-runtime ecosystem.config.js``, ``forever start app.js``)
PROCESS_MANAGERS = {"pm2", "pm2-runtime", "pm2-docker", "pm2-dev", "forever"}
#: their subcommands that start what follows
_MANAGER_STARTS = {"start", "startOrRestart", "startOrReload", "startOrGracefulReload",
                   "restart", "reload"}


#: their options that take the following word as a value (pm2's ``start`` and
#: forever's, from their ``--help``), which is then not what they start
_VALUED = {
    "pm2": frozenset({"-n", "--name", "-i", "--instances", "-o", "--output", "-e", "--error",
                      "-l", "--log", "-p", "--pid", "--log-date-format", "--max-memory-restart",
                      "--env", "--cwd", "--node-args", "--interpreter-args", "--max-restarts",
                      "--restart-delay", "--cron", "--namespace", "-u", "--user", "--uid",
                      "--gid", "--kill-timeout", "--listen-timeout", "--only", "--log-type",
                      "--exp-backoff-restart-delay", "--ignore-watch"}),
    "forever": frozenset({"-m", "-l", "-o", "-e", "-p", "--pidFile", "--uid", "--id",
                          "--minUptime", "--spinSleepTime", "--sourceDir", "--workingDir",
                          "--watchDirectory", "--watchIgnore", "--killSignal", "--logFile",
                          "--outFile", "--errFile"}),
}
#: a process file's keys whose value is the program it starts (pm2's ``script``,
#: ``interpreter``; forever's ``command``), with the value: a string literal, or
#: anything else (a variable, a computed value) in the second group
_PROGRAM_KEY = re.compile(r"""["']?\b(script|exec|interpreter|exec_interpreter|command)\b["']?"""
                          r"""\s*:\s*(?:"([^"]*)"|'([^']*)'|`([^`$]*)`|([^\s,}#]*))""")


def process_file_programs(text: str) -> Optional[Tuple[str, ...]]:
    """The programs a process file (``pm2.json``, ``ecosystem.config.js``,
    ``process.yml``, forever's JSON) starts: the first word of each ``script`` /
    ``interpreter`` / ``command`` value (pm2's ``script: "npm", args: "start"``);
    None when one is not a plain string (``script: process.env.APP``) or none is found,
    which leaves what it starts unknown."""
    found = []
    for match in _PROGRAM_KEY.finditer(text):
        literal = next((g for g in match.groups()[1:4] if g is not None), None)
        if literal is None:
            bare = match.group(5)
            if not re.fullmatch(r"[\w./@-]+", bare or "") or bare in ("null", "undefined") \
                    or "." in bare and not re.search(r"\.(c|m)?js$", bare):
                return None  # (``script: path.join(...)``, ``script: app.script``)
            literal = bare  # (YAML: ``script: npm``)
        if literal.split():
            found.append(literal.split()[0])
    return tuple(found) or None


def process_manager_start(argv: Tuple[str, ...]) -> Optional[str]:
    """What a process manager in CMD/ENTRYPOINT starts, when that is not a plain node
    script: its configuration file (``pm2.json``, ``process.yml``,
    ``ecosystem.config.js``), a command (``pm2 start npm -- start``) or a script run by
    another interpreter (``--interpreter babel-node``).  Those name programs the
    transpiler does not read, which may be development dependencies or programs of the
    full image; None for ``pm2 start app.js`` (node runs the file) or no process
    manager."""
    if not argv or program_name(argv[0]) not in PROCESS_MANAGERS:
        return None
    args = list(argv[1:])
    if "--" in args:
        args = args[:args.index("--")]
    for i, arg in enumerate(args):
        if arg.startswith("--interpreter") or arg in ("-x", "--exec-interpreter"):
            value = arg.split("=", 1)[1] if "=" in arg else (args[i + 1] if i + 1 < len(args) else "")
            if program_name(value) not in ("node", "nodejs", ""):
                return f"{program_name(argv[0])} --interpreter {value}"
        if arg in ("-c", "--command"):
            return " ".join(argv)
    words, skip = [], False
    for arg in args:
        if skip:
            skip = False
        elif not arg.startswith("-"):
            words.append(arg)
        elif arg in _VALUED.get(program_name(argv[0]).split("-")[0], ()):
            skip = True  # (``--name api``, forever's ``--watchDirectory .``)
    if words and words[0] in _MANAGER_STARTS:
        words = words[1:]
    # (pm2 starts each word as an app, up to ``--``; forever one script, the words after
    # it being the script's)
    for target in words if program_name(argv[0]).startswith("pm2") else words[:1]:
        if program_name(target) not in NODE and not runs_on_node(target):
            return target
    return None  # (no word: pm2 alone prints its help; the command's check says the rest)


#: node's own names: a process manager starting node runs the file it is given
NODE = {"node", "nodejs"}


def runs_on_node(word: str) -> bool:
    """Whether a process manager runs ``word`` as a plain node script (``app.js``;
    not a process file, ``ecosystem.config.js``)."""
    return re.search(r"\.(c|m)?js$", word) is not None and \
        re.search(r"config\.(c|m)?js$", word) is None


def other_program(programs: Tuple[str, ...]) -> Optional[str]:
    """The first of a process file's programs (``process_file_programs``) that is not
    node running a file (``script: "app.js"``, ``interpreter: "node"``), or None: then
    the file starts what ``CMD node app.js`` starts."""
    return next((p for p in programs if program_name(p) not in NODE and
                 not runs_on_node(p)), None)


def package_directory(manager: str, args) -> Tuple[Optional[str], Tuple[str, ...]]:
    """(the directory ``npm --prefix x`` / ``--prefix=x`` / ``-C x``, ``yarn --cwd x``
    or ``pnpm -C x`` names (the last one given; None without), the other words), read
    where the manager reads them (``global_options.directory_options``): npm up to
    ``--``, yarn and pnpm before the subcommand and after their own commands (after
    ``yarn build`` or ``pnpm run build`` they are the script's)."""
    argv = (program_name(manager),) + tuple(args)
    found = global_options.directory_options(argv)
    if not found:
        return None, tuple(args)
    taken = {i for option in found for i in range(option.at, option.at + option.taken)}
    return found[-1].value, tuple(w for i, w in enumerate(argv) if i and i not in taken)


@dataclass(frozen=True)
class NodeCommand:
    manager: str  # npm, yarn, pnpm, tsc, npx
    kind: str  # "install", "global", "build", "prune", "other"
    production: bool = False  # the install leaves dev dependencies out
    script: Optional[str] = None
    #: the package directory a directory option names (``npm --prefix x ci``, ``pnpm -C
    #: x install``; a global install's ``--prefix``: the global prefix), as written, where
    #: the walk did not move the command there (``global_options``); None without
    directory: Optional[str] = None


def _flags(args):
    return [a for a in args if a.startswith("-")]


def read(argv: Tuple[str, ...], env) -> Optional[NodeCommand]:
    if not argv:
        return None
    head = program_name(argv[0])
    args = argv[1:]
    prod_env = env.get("NODE_ENV") == "production"
    if head == "tsc":
        return NodeCommand("tsc", "build")
    if head == "npx":
        rest = [a for a in args if not a.startswith("-")]
        if rest and rest[0] in ("tsc", "next", "vite", "ng", "webpack", "rollup", "esbuild",
                                "parcel", "gatsby", "nuxt", "astro", "react-scripts"):
            return NodeCommand("npx", "build", script=" ".join(rest[:2]))
        return NodeCommand("npx", "other")
    if head not in MANAGERS:
        return None
    directory, args = package_directory(head, args)  # (not the subcommand)
    if directory is not None:
        return dataclasses.replace(read((argv[0],) + args, env), directory=directory)
    words = [a for a in args if not a.startswith("-")]
    flags = _flags(args)
    production = prod_env or any(f in ("--production", "--prod", "--omit=dev", "--only=prod",
                                       "--only=production", "-P") for f in flags)
    sub = words[0] if words else ("install" if head in ("yarn",) else "")
    if head == "yarn" and sub == "global":
        return NodeCommand(head, "global")
    if sub in ("ci", "install", "i", "add", "isntall") or (head == "yarn" and not words):
        if "-g" in flags or "--global" in flags or "--location=global" in flags:
            return NodeCommand(head, "global")
        return NodeCommand(head, "install", production)
    if sub == "prune":
        return NodeCommand(head, "prune", True)
    if sub in ("run", "run-script"):
        script = words[1] if len(words) > 1 else ""
        return NodeCommand(head, "build", script=script)
    if head in ("yarn", "pnpm") and sub and sub not in ("cache", "config", "set", "global",
                                                         "policies", "version", "info"):
        return NodeCommand(head, "build", script=sub)
    return NodeCommand(head, "other")


def prune_command(manager: str, node_major: Optional[int],
                  directory: Optional[str] = None) -> Optional[str]:
    """The builder RUN that removes dev dependencies once the build is done, in
    ``directory`` where one is given: pnpm's ``-C`` and npm's ``--prefix`` name exactly
    that directory, the project (its package.json was read there; npm reads the project's
    .npmrc from the prefix too), so no ``cd`` in a RUN the prune may be joined to, which
    hadolint's DL3003 also asks.  yarn's is None there: yarn 1 reads .yarnrc's
    ``yarn-path`` and its command-line arguments from the process's directory, not from
    ``--cwd`` (rules_nodejs#1569), so it is run after a ``cd`` (``_prune``)."""
    if manager == "yarn":
        if directory:
            return None
        return "yarn install --production --ignore-scripts --prefer-offline"
    if manager == "pnpm":
        return f"pnpm -C {directory} prune --prod" if directory else "pnpm prune --prod"
    prefix = f"npm --prefix {directory}" if directory else "npm"
    if node_major is not None and node_major < 16:
        return f"{prefix} prune --production"
    return f"{prefix} prune --omit=dev"


def dev_command(words: Tuple[str, ...]) -> Optional[str]:
    """A reason when a CMD/ENTRYPOINT needs dev dependencies."""
    names = [program_name(w) for w in words]
    for name in names:
        if name in DEV_PROGRAMS:
            return f"the command runs `{name}`, a development tool (dev dependency)"
    if names and names[0] in MANAGERS | {"npx"}:
        rest = [w for w in package_directory(names[0], names[1:])[1] if not w.startswith("-")]
        script = rest[1] if rest[:1] == ["run"] and len(rest) > 1 else (rest[0] if rest else "")
        if script in DEV_SCRIPTS:
            return (f"the command runs the `{script}` script, a development server that needs "
                    "dev dependencies")
        if names[0] == "npx" and rest and rest[0] in ("next", "vite", "nuxt") and \
                len(rest) > 1 and rest[1] == "dev":
            return "the command starts a development server"
    return None
