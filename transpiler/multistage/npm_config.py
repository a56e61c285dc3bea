"""npm's and yarn's own configuration a RUN of the builder writes, for a command that
runs npm or yarn in the runner.

``npm config set registry ...`` (or ``npm set``) writes the user's ``.npmrc`` (the
home's, or ``NPM_CONFIG_USERCONFIG``) or, on npm 9 in a project, the project's
(npm/cli#5947), at the project's root: the nearest directory up from the RUN's with a
package.json or node_modules (or ``--prefix``'s); ``--location=user`` the user's whatever the version;
``--global`` / ``--location=global`` ``$PREFIX/etc/npmrc`` (``/usr/local/etc/npmrc``
on the official node images, whose node is in /usr/local); ``yarn config set``
writes ``.yarnrc`` in yarn's idea of the home, which moved between versions (the home,
or /usr/local/share for root on Linux from 0.21: ``src/util/user-home-dir.js``), known
from the image's YARN_VERSION where the yarn is the image's.  A ``.npmrc``
or ``.yarnrc`` written with echo or printf is named by its redirection.  The RUN
prepares the build and stays in the builder, but a ``CMD ["npm", "start"]`` reads
that file in the runner too: the registry, a script shell, and on npm before 7 run
as root ``unsafe-perm``, which decides whether run-scripts drop to ``nobody``.

npm 9 alone may write the project's: the official node image's own npm on Node 17 or
older (npm 8 at most) surely writes the user's.  A process manager's file
(``pm2 start pm2.json``) may run npm (``"script": "npm", "args": "start"``): read from
the build context, it is seen; not read, it is taken as running npm.

So where the runner's command runs npm, npx, yarn or pnpm (which reads ``.npmrc``):
a file npm surely writes is copied to the runner at its path, as the system
configuration under /etc is (``system_configuration.carry``); the files it may write
(which one depends on npm's version) are staged in the builder where they exist and
copied to the same paths (a ``COPY`` of a missing file would fail the build); where
the path is not known, the rewrite declines.  A file inside a tree the runner copies
whole (the app directory) needs nothing more.  A command that runs none of them never
reads it, and nothing changes."""

from __future__ import annotations

import posixpath
from typing import List, Optional, Sequence, Tuple

from ..analysis.commands import command_words, last
from ..analysis.file_writes import command_writes
from ..analysis.shell import option_value, program_name
from ..tree import ast
from .context import Decline
from .recipes.run_walk import path_arg, steps
from ..analysis.paths import is_within
from .root_staging import staged_onto_root

HOW = "npm's or yarn's configuration a RUN of the builder wrote"
NOTE = ("npm's or yarn's configuration a RUN that stays in the builder writes (npm config "
        "set, or a .npmrc it writes), which the command's npm or yarn reads at run time "
        "(the registry; on npm before 7 as root, unsafe-perm)")
#: the programs that read the user's .npmrc / .yarnrc when they run
READERS = frozenset({"npm", "npx", "yarn", "yarnpkg", "pnpm", "pnpx"})
#: the file names npm and yarn read as their configuration
NAMES = frozenset({".npmrc", ".yarnrc", ".yarnrc.yml", "npmrc"})
_GLOBAL_NODE_PREFIX = "/usr/local"
#: where the builder stages the npm configuration files that exist, at their own paths
STAGED = staged_onto_root("/opt/dtranspile-npm-config")


def command_runs_npm(facts) -> Optional[str]:
    """The word of the final ENTRYPOINT/CMD that is npm, npx, yarn or pnpm (a shell
    form's words and a ``sh -c`` string's too), or None."""
    for kind in (ast.Entrypoint, ast.Cmd):
        node = last(facts.stage.body, kind)
        for word in (command_words(node)[0] if node is not None else ()):
            for part in word.replace(";", " ").replace("&&", " ").replace("|", " ").split():
                if program_name(part) in READERS:
                    return part
    return None


#: what a process manager's file argument is (``pm2.json``, ``process.yml``,
#: ``ecosystem.config.js``), as opposed to a program it starts by name
_PROCESS_FILE = (".json", ".json5", ".yml", ".yaml", ".js", ".cjs", ".mjs")


def process_files(facts) -> List[Tuple[str, str]]:
    """(process manager, process file) of the final ENTRYPOINT's and CMD's process
    managers that start a process file (``pm2-runtime start pm2.json``)."""
    from .recipes.node_commands import PROCESS_MANAGERS, process_manager_start
    found = []
    for kind in (ast.Entrypoint, ast.Cmd):
        node = last(facts.stage.body, kind)
        words = command_words(node)[0] if node is not None else ()
        start = next((i for i, w in enumerate(words) if program_name(w) in PROCESS_MANAGERS),
                     None)
        target = process_manager_start(tuple(words[start:])) if start is not None else None
        if target is not None and is_process_file(target):
            found.append((program_name(words[start]), target))
    return found


def is_process_file(target: str) -> bool:
    """Whether what a process manager starts (``process_manager_start``) is its
    configuration file rather than a program."""
    return target.endswith(_PROCESS_FILE)


def process_file_read(ctx, target: str) -> Optional[Tuple[str, ...]]:
    """The programs the process file ``target`` (a path from the final WORKDIR) starts
    (``node_commands.process_file_programs``), read from the build context; None where
    it is not read (no --context, not copied from it, a value that is not a plain
    string)."""
    import os
    from .entry_programs import context_script
    from .recipes.node_commands import process_file_programs
    from ..analysis.state import resolve_path
    from ..safe_files import read_text
    path = resolve_path(ctx.facts.final.workdir, target)
    found = context_script(ctx, path) if path and ctx.context is not None else None
    if found is None:
        return None
    root = os.path.realpath(ctx.context)
    try:
        return process_file_programs(read_text(os.path.join(root, found[1]), within=root))
    except OSError:
        return None


def process_file_runs_npm(ctx) -> Optional[str]:
    """How the final ENTRYPOINT/CMD's process manager may run npm or yarn through the
    file it starts (``pm2 start pm2.json`` whose app is ``script: "npm", args:
    "start"``): read from the build context, the program its ``script`` /
    ``interpreter`` / ``command`` names; not read (no --context, or a value that is not
    a plain string), it may run npm, as such files often do, and the original image
    has the configuration npm would read.  None where it starts no npm or yarn, or the
    command runs no process manager with a file."""
    for manager, target in process_files(ctx.facts):
        programs = process_file_read(ctx, target)
        if programs is None:
            return (f"`{manager}`, which starts what `{target}` names, not read (it may run "
                    "npm: `script: npm`)")
        runs = next((p for p in programs if program_name(p) in READERS), None)
        if runs is not None:
            return f"`{manager}`, whose `{target}` starts `{runs}`"
    return None


def _npm_target(facts, step, args) -> Tuple[Tuple[str, ...], str, bool]:
    """(the files ``npm config set`` may write, what they are or why they are not
    known (no file), whether it surely writes the first).  Without ``--location`` or
    ``--global``, npm 9 (``lib/npm.js``, from 9.0 until the check moved to the
    install commands: npm/cli#5947) writes the project's .npmrc when the directory has
    a package.json, and every other npm the user's: both are candidates, copied where
    the build wrote them."""
    from .recipes import home_venvs
    env = {k.lower(): v for k, v in step.env.items()}
    given, location = option_value(args, "--location")
    if "-g" in args or "--global" in args or location == "global":
        given, path = option_value(args, "--globalconfig")
        path = path or env.get("npm_config_globalconfig")
        if path:
            return (path,), "npm's global configuration (--globalconfig)", True
        if env.get("npm_config_prefix") or option_value(args, "--prefix")[0]:
            return (), "npm's global configuration, under a prefix set for it", False
        name = facts.base.reference.split("/")[-1].split(":")[0].split("@")[0]
        if "/" in facts.base.reference.split(":")[0] or name != "node":
            return (), ("npm's global configuration, $PREFIX/etc/npmrc, whose prefix is the "
                        f"node installation's, which {facts.base.reference} does not show"), False
        return (posixpath.join(_GLOBAL_NODE_PREFIX, "etc", "npmrc"),), \
            "npm's global configuration (the node image's prefix /usr/local)", True
    project = _project_files(facts, step, args)
    if location == "project":
        if project is None:
            return (), "the project's .npmrc, in a directory that is not known", False
        return project, "the project's .npmrc", False
    given, path = option_value(args, "--userconfig")
    path = path or env.get("npm_config_userconfig")
    if not path:
        home = home_venvs.home_of(facts, step)
        if home is None:
            user = facts.instructions[step.index].before.user
            return (), f"the user's .npmrc, in the home of user {user}, which is not known", False
        path = posixpath.join(home, ".npmrc")
    if location == "user":
        return (path,), "npm's user configuration", True
    before_9 = _npm_before_9(facts, step)
    if before_9 is not None:
        return (path,), f"npm's user configuration ({before_9})", True
    if project is None:
        return (), ("the user's .npmrc or, on npm 9 in a project, the project's, in a "
                    "directory that is not known"), False
    return (path,) + project, "npm's user configuration (the project's .npmrc on npm 9)", False


def _project_files(facts, step, args) -> Optional[Tuple[str, ...]]:
    """The project .npmrc files npm may write (None: the directory is not known): the
    one in ``--prefix``'s directory where it is given, else in the project's root, the
    nearest of the RUN's directory and its ancestors holding a package.json or
    node_modules (@npmcli/config's ``loadLocalPrefix``): each of them, nearest first, up
    to one an earlier COPY put a package.json in (``COPY package*.json ./``)."""
    import fnmatch
    from ..analysis.state import resolve_path
    from ..analysis.variables import expand
    packaged = set()
    for fact in facts.instructions[:step.index]:
        node = fact.node
        if isinstance(node, (ast.Copy, ast.Add)) and node.flag("from") is None and \
                node.destination and any(fnmatch.fnmatch("package.json", posixpath.basename(
                    src.rstrip("/"))) for src in node.sources):
            dest = resolve_path(fact.before.workdir, expand(
                node.destination, fact.before.variables()).value)
            if dest and posixpath.basename(dest) == "package.json" and \
                    not node.destination.endswith("/"):
                dest = posixpath.dirname(dest)
            if dest:
                packaged.add(posixpath.normpath(dest))
    given, prefix = option_value(args, "--prefix", "-C")
    if prefix or given:
        named = resolve_path(step.cwd, prefix) if prefix and step.cwd else \
            (prefix if prefix and prefix.startswith("/") else None)
        return (posixpath.join(posixpath.normpath(named), ".npmrc"),) if named else None
    if not step.cwd:
        return None
    found, directory = [], posixpath.normpath(step.cwd)
    while True:
        found.append(posixpath.join(directory, ".npmrc"))
        if directory == "/" or directory in packaged:
            return tuple(found)
        directory = posixpath.dirname(directory)


def _yarn_target(facts, step, before) -> Tuple[Tuple[str, ...], str]:
    """(the file ``yarn config set`` writes (none: not known), what it is or why it is
    not known).  Yarn 1 writes ``.yarnrc`` in its idea of the home
    (``saveHomeConfig``): as root on Linux /usr/local/share from 0.21
    (``src/util/user-home-dir.js``), else the user's home; yarn 2 and later the
    project's .yarnrc.yml.  The version is the image's YARN_VERSION where the yarn is
    the image's own: not a digest on a tag that floats, no RUN before (``before``: the
    steps) installing another (``npm install -g yarn``, corepack, ``yarn set
    version``)."""
    from .recipes import home_venvs
    from .recipes.runner_policy import digest_on_floating_tag
    from .recipes.yarn_global import _version
    unknown = ("yarn's .yarnrc, in the home yarn takes (the user's, or /usr/local/share "
               "for root from yarn 0.21; yarn 2 writes the project's .yarnrc.yml), which "
               "depends on its version")
    version = facts.base.versions.get("YARN_VERSION")
    parsed = _version(version)
    if parsed is None or digest_on_floating_tag(facts.base):
        return (), unknown + f", which the image data does not show for {facts.base.reference}"
    for other in before:
        words = [w.lower() for w in other.argv]
        if words and (any("yarn" in w for w in words[1:]) and
                      program_name(words[0]) not in ("yarn", "yarnpkg") or
                      program_name(words[0]) in ("yarn", "yarnpkg", "corepack") and
                      ("set-version" in words or words[1:3] == ["set", "version"] or
                       program_name(words[0]) == "corepack")):
            return (), unknown + f": {other.where} installs another yarn than the image's"
    if parsed >= (2, 0):
        return (), unknown + f": the image's yarn is {version}, which writes the project's"
    user = (facts.instructions[step.index].before.user or "root").split(":")[0]
    if user in ("root", "0") and parsed >= (0, 21):
        return ("/usr/local/share/.yarnrc",), \
            f"yarn's .yarnrc (yarn {version} as root: /usr/local/share)"
    home = home_venvs.home_of(facts, step)
    if home is None:
        return (), unknown + f": the home of user {user} is not known"
    return (posixpath.join(home, ".yarnrc"),), f"yarn's .yarnrc (yarn {version}: the home's)"


def _npm_before_9(facts, step) -> Optional[str]:
    """Why the npm of ``step`` is surely older than 9 (which alone may write the
    project's .npmrc), or None: the official node image's own npm, when its Node is 17
    or older (Node 16's last npm is 8.19, Node 17's 8.x; npm 9 came with Node 18.14 and
    19.3), the tag's major version fixed (``node:10-slim`` moves within Node 10) and no
    RUN before installing another npm (``npm install -g npm@9``)."""
    from .recipes.npm_upgrade import self_upgrade
    from .recipes.runner_policy import digest_on_floating_tag
    version = facts.base.versions.get("NODE_VERSION") or ""
    name = facts.base.reference.split("/")[-1].split(":")[0].split("@")[0]
    major = version.split(".")[0]
    if name != "node" or "/" in facts.base.reference.split(":")[0] or not major.isdigit() or \
            int(major) > 17 or digest_on_floating_tag(facts.base):
        return None
    if any(s.index <= step.index and s is not step and s.argv and self_upgrade(s.argv)
           for s in steps(facts)):
        return None
    return f"{facts.base.reference}'s Node {version} comes with an npm before 9"


def _removed_after(path: str, walked, pos: int) -> bool:
    """Whether an ``rm`` after ``walked[pos]`` (in its RUN or a later one) removes
    ``path`` or a directory holding it."""
    for step in walked[pos + 1:]:
        if step.argv and program_name(step.argv[0]) == "rm":
            for word in step.argv[1:]:
                got = None if word.startswith("-") else path_arg(word, step)
                if got and is_within(path, got.rstrip("/") or "/"):
                    return True
    return False


def config_writes(facts, index: int) -> List[Tuple[Tuple[str, ...], str, str, bool]]:
    """(the files it may write (none: not known), what they are or why they are not
    known, where, whether it surely writes the first) of each ``npm config set`` / ``npm
    set`` / ``yarn config set`` of the RUN at ``index``, without the files a later
    ``rm`` removes."""
    found = []
    walked = list(steps(facts))
    for pos, step in enumerate(walked):
        if step.index != index or not step.argv:
            continue
        program = program_name(step.argv[0])
        words = [w for w in step.argv[1:] if not w.startswith("-")]
        args = list(step.argv[1:])
        if program == "npm" and (words[:2] == ["config", "set"] or words[:1] == ["set"]):
            paths, what, sure = _npm_target(facts, step, args)
            kept = tuple(p for p in paths if not _removed_after(p, walked, pos))
            if kept or not paths:
                found.append((kept, what, step.where, sure and kept == paths))
        elif program in ("yarn", "yarnpkg") and words[:2] == ["config", "set"]:
            paths, what = _yarn_target(facts, step, walked[:pos])
            kept = tuple(p for p in paths if not _removed_after(p, walked, pos))
            if kept or not paths:
                found.append((kept, what, step.where, bool(kept)))
    return found


def written_paths(facts) -> List[str]:
    """Every file a ``npm config set`` of ``facts``' RUNs writes where it is known (for
    the post-conditions: npm creates the file it sets a key in)."""
    indices = sorted({step.index for step in steps(facts)})
    return [paths[0] for index in indices for paths, _, _, sure in config_writes(facts, index)
            if sure]


def is_config_file(path: str) -> bool:
    """Whether ``path`` (a file a builder RUN writes) is npm's or yarn's configuration."""
    return posixpath.basename(path) in NAMES


def check(ctx, fact, written: Sequence[str], arts) -> Tuple[List[Tuple[object, str]],
                                                             List[str]]:
    """(the (fact, path) pairs of npm/yarn configuration the builder RUN ``fact`` surely
    writes (``npm config set --location=user``, ``--global``, a redirection: ``written``)
    for the runner to carry, the files it may write (``npm config set`` without a
    location: the user's or, on npm 9, the project's), to copy where the build wrote
    them), when the runner's command runs npm or yarn; declines when such a file's path
    is not known.  ``arts``: the artifacts (a file they hold reaches the runner)."""
    reader = command_runs_npm(ctx.facts)
    through = None if reader is not None else process_file_runs_npm(ctx)
    reader = f"`{reader}`" if reader is not None else through
    if reader is None:
        return [], []
    sure, maybe = [], []
    for paths, what, where, certain in config_writes(ctx.facts, fact.index):
        if not paths:
            raise Decline(f"RUN at {where} sets {what.split(',')[0]}, which the command "
                          f"({reader}) reads at run time: the runner would not have it, "
                          f"and where it is is not known ({what})")
        missing = [p for p in paths if not any(a.holds(p) for a in arts)]
        if certain:
            sure.extend((fact, p) for p in missing)
        else:
            maybe.extend(missing)
    made = set()  # what a command other than rm writes (``rm ~/.npmrc`` writes nothing)
    for step in steps(ctx.facts):
        if step.index == fact.index and step.command is not None and step.argv and \
                program_name(step.argv[0]) != "rm":
            made.update(w.rstrip("/") for w in command_writes(step.command, step.cwd,
                                                              step.env) or ())
    for path in written:
        if is_config_file(path) and path in made and not any(a.holds(path) for a in arts):
            sure.append((fact, path))
    seen = set()
    sure = [(f, p) for f, p in sure if p not in seen and not seen.add(p)]
    note = f"the command runs {through}: taken as running npm, which reads its configuration"
    if through is not None and (sure or maybe) and note not in ctx.added:
        ctx.added.append(note)
    return sure, [p for p in dict.fromkeys(maybe) if p not in seen]


def stage(ctx, paths: Sequence[str]) -> None:
    """Copy each of ``paths`` (npm configuration the build may have written) to the
    runner where the build wrote it: the builder stages those that exist under STAGED
    at their own paths (``optional_outputs.staging_text``), the runner copies that
    directory onto /.  A ``COPY --from=builder`` of a file the build did not write
    would fail the rewrite's build where the original builds."""
    import dataclasses
    from .optional_outputs import staging_text
    from .recipes.artifacts import Artifact
    from .runner_setup import run_node
    if not paths:
        return
    listed = ", ".join(paths)
    tree = Artifact(posixpath.dirname(STAGED), posixpath.basename(STAGED),
                    f"{HOW} where it wrote it ({listed})", -1, tree=True, destination="/")
    ctx.detection = dataclasses.replace(
        ctx.detection, artifacts=ctx.detection.artifacts + (tree,),
        builder_additions=ctx.detection.builder_additions + (run_node(
            staging_text(paths, STAGED), "npm's configuration the build wrote, for the "
            "runner, whose command runs npm"),))
    ctx.added.append(f"{listed}: {NOTE}; which of them npm writes depends on its version "
                     "(npm 9 writes the project's .npmrc in a directory with a package.json, "
                     f"other versions the user's): staged in the builder ({STAGED}) where "
                     "the build wrote them and copied to the same paths in the runner")
