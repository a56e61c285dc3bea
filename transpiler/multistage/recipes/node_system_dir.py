"""An npm or yarn install that runs in a system or shared directory (``npm install``
in /, /opt, /root): that directory cannot be copied whole as the app's (it would copy
the system), but what the build put there can be named, and then the runner copies
exactly those paths at the same place.

What lands there is known when every way in is read:

- the COPY/ADD instructions from the build context into that directory name their
  sources (``COPY package.json app.js /``): each lands as its own name there (a
  directory named into a new path, ``COPY src ./src``, lands whole at that path);
  ``COPY . /``, a pattern, a URL or an archive ADD unpacks puts names there that the
  Dockerfile does not show;
- npm and yarn write node_modules in the directory they run in (the lock files and a
  package.json they may write are not read at run time, and are copied when the
  context brought them);
- the other commands of the RUNs that write there do so in their own words (``mkdir
  logs``, ``cp``, ``touch``), or are package managers and account tools that write
  in system directories only; any other program running there (``wget``, ``hubot
  --create .``, a build script) may leave files the program reads, which would be
  lost: declined;
- a build (``npm run build``, ``tsc``) running there writes an output the Dockerfile
  does not name: declined.

Instructions after the build (``COPY . .``, ``mkdir``) are the runner's own, as for
every Node runner.  A named source is taken to land at its own name, which holds for a
file; a directory named into the system directory itself spreads its contents there
instead, and the runner's copy of the name (absent in the builder) fails its build
rather than running without them."""

from __future__ import annotations

import posixpath
from typing import Optional, Tuple

from ...analysis.file_writes import command_writes
from ...analysis.shell import program_name
from ...analysis.state import resolve_path
from ...analysis.variables import expand
from ...tree import ast
from . import interpreted, run_walk
from .artifacts import Artifact

#: scratch directories: an install there serves the build, and what the app gets from it
#: is what the build moves out (``interpreted.moved_tree``)
SCRATCH = frozenset({"/tmp", "/var/tmp"})
#: entries of / that hold the system (besides ``interpreted.NOT_APP_DIRS``)
_SYSTEM_TOP = frozenset({"/lib64", "/lib32", "/libx32", "/proc", "/sys", "/dev", "/boot",
                         "/media", "/usr", "/var", "/etc"})
#: programs that write in system directories only, whatever directory they run in
_SYSTEM_WRITERS = frozenset({"apt-get", "apt", "apk", "yum", "dnf", "microdnf", "zypper",
                             "useradd", "groupadd", "adduser", "addgroup", "usermod",
                             "ldconfig", "update-ca-certificates", "locale-gen",
                             "apt-key", "add-apt-repository", "echo", "printf", "true", ":",
                             "set", "export", "rm"})
#: what npm and yarn do besides installs and builds that writes only their own caches and
#: configuration (under the home directory), whatever directory they run in
_MANAGER_CHORES = frozenset({"config", "cache", "set", "get", "-v", "--version", "help"})
#: the transpiler's own builder additions (the libraries gathered for the runner): they
#: write their staging directory and /tmp only
_OWN = ("/tmp/dtranspile-", "/opt/runtime-libraries")
#: what ``find`` may run that writes nothing
_READERS = frozenset({"ldd", "ls", "cat", "file", "echo"})


#: curl's options that write a file (short ones as letters of a combined flag)
_CURL_FILE_LONG = ("--output", "--remote-name", "--remote-name-all", "--dump-header",
                   "--cookie-jar", "--trace", "--trace-ascii", "--libcurl", "--etag-save",
                   "--output-dir", "--stderr", "--remote-header-name", "--hsts",
                   "--alt-svc", "--config", "-K")
_CURL_FILE_SHORT = set("oODcJK")


def _reads_only(argv) -> bool:
    """Whether a ``find`` writes nothing but its redirections (no -delete, no -fprint,
    and it runs only readers), or a ``curl`` without an option that writes a file
    (``curl -fsSL URL | apt-key add -``: its output goes down the pipe)."""
    if program_name(argv[0]) == "curl":
        return not any(w.split("=", 1)[0] in _CURL_FILE_LONG or (
            w.startswith("-") and not w.startswith("--") and set(w[1:]) & _CURL_FILE_SHORT)
            for w in argv[1:])
    if program_name(argv[0]) != "find":
        return False
    words = list(argv[1:])
    if any(w in ("-delete", "-fls", "-fprint", "-fprint0", "-fprintf") for w in words):
        return False
    return all(i + 1 < len(words) and program_name(words[i + 1]) in _READERS
               for i, w in enumerate(words) if w in ("-exec", "-execdir", "-ok", "-okdir"))


#: files that make yarn 2+ run, which writes .pnp.cjs and .yarn/ beside node_modules
_BERRY = (".yarnrc.yml", ".yarn", ".pnp.cjs", ".pnp.js")
_ARCHIVE = (".tar", ".tgz", ".tar.gz", ".gz", ".bz2", ".tbz2", ".xz", ".txz", ".zst")


def _system(path: str) -> bool:
    return path in interpreted.NOT_APP_DIRS or path in _SYSTEM_TOP


def _entry(directory: str, path: str) -> Optional[str]:
    """The name under ``directory`` that holds ``path`` (None: not under it, or a
    system directory such as /usr under /)."""
    root = directory.rstrip("/") + "/"
    if not path.startswith(root) or path == root:
        return None
    top = path[len(root):].split("/", 1)[0]
    return None if _system(root + top) else top


def named_paths(facts, found, directory: str, last: int) -> Tuple[Tuple[Artifact, ...],
                                                                   Optional[str]]:
    """(artifacts, problem): the paths under ``directory`` the build put there up to the
    instruction ``last`` (the last install or build), each copied by name, or why that
    set is not surely complete.  ``found``: node.scan's steps."""
    own = {(s.index, s.written) for kind in found.values() for s, _ in kind}
    where = f"{directory} (which holds the system, so it is not copied whole)"
    for step, _ in found["build"]:
        if step.cwd == directory:
            return (), (f"{step.where}: `{' '.join(step.argv[:3])}` builds in {where}: what "
                        "it writes there is not named in the Dockerfile; set a WORKDIR for "
                        "the app")
    entries: dict = {}
    walked: dict = {}
    for step in run_walk.steps(facts):
        walked.setdefault(step.index, []).append(step)
    for fact in facts.instructions[:last + 1]:  # (in order: a later COPY undoes an rm)
        node = fact.node
        if isinstance(node, (ast.Copy, ast.Add)):
            problem = _copied(fact, node, directory, where, entries)
        elif isinstance(node, ast.Run):
            problem = _ran(fact, walked.get(fact.index, ()), own, directory, where, entries)
        else:
            problem = None
        if problem:
            return (), problem
    berry = sorted(n for n in entries if n in _BERRY)
    if berry:
        return (), (f"{directory}/{berry[0]} makes yarn 2 or later run, which writes files "
                    f"beside node_modules in {where} that are not named")
    artifacts = [Artifact(directory, "node_modules", f"the packages the install wrote in "
                          f"{directory}", last, tree=True)]
    artifacts += [Artifact(directory, name, f"put in {directory} by the build", index,
                           tree=True)
                  for name, index in sorted(entries.items()) if name != "node_modules"]
    return tuple(artifacts), None


def _ran(fact, steps, own, directory: str, where: str, entries: dict) -> Optional[str]:
    """Record in ``entries`` what the commands of a RUN other than the installs put
    under ``directory`` (in their own words); a problem when one may write there and
    what it writes is not known."""
    if not steps:
        if fact.before.workdir == directory or directory in str(
                getattr(fact.node.command, "text", fact.node.command)):
            return (f"RUN at {run_walk.where_of(fact)}: its commands are not read, and it may "
                    f"write in {where}")
        return None
    for step in steps:
        if (step.index, step.argv) in own or not step.argv and step.command is None:
            continue
        program = program_name(step.argv[0]) if step.argv else ""
        redirects = step.command.redirects if step.command is not None else ()
        words = [expand(a, step.env).value for a in step.argv[1:] if not a.startswith("-")]
        paths = [resolve_path(step.cwd, w) for w in words + list(redirects)]
        touches = step.cwd == directory or step.cwd is None or any(
            p and _entry(directory, p) for p in paths)
        if not touches or any(w.startswith(_OWN) for w in step.argv):
            continue
        writes = None
        if step.command is not None and not step.own_problem and not (
                step.cwd is None and any(not r.startswith("/") for r in redirects)):
            writes = command_writes(step.command, step.cwd, step.env, partial=(
                program in _SYSTEM_WRITERS or _reads_only(step.argv) or (
                    program in ("npm", "yarn", "pnpm") and len(step.argv) > 1 and
                    step.argv[1] in _MANAGER_CHORES)))
        if writes is None:
            return (f"{step.where}: `{' '.join(step.argv[:2])}` runs in or writes to "
                    f"{where}, and what it writes there is not known: the runner, which "
                    "copies only the paths named there, could miss a file")
        for path in writes:
            name = _entry(directory, path)
            if name is None:
                continue
            if program in ("rm", "rmdir"):
                if path == posixpath.join(directory, name):
                    entries.pop(name, None)
            else:
                entries.setdefault(name, step.index)
    return None


def _copied(fact, node, directory: str, where: str, entries: dict) -> Optional[str]:
    """Record in ``entries`` what a COPY/ADD puts under ``directory``; a problem when
    the names are not shown."""
    variables = fact.before.variables()
    dest = expand(node.destination or "", variables)
    target = resolve_path(fact.before.workdir, dest.value) if dest.complete else None
    line = f"{type(node).__name__.upper()} at {run_walk.where_of(fact)}"
    if target is None:
        return f"{line}: its destination is not known, and it may copy into {where}"
    root = directory.rstrip("/") + "/"
    if target != directory and not target.startswith(root):
        return None
    if node.flag("from") is not None:
        if target == directory:
            return (f"{line} copies from another image into {where}: the names it puts "
                    "there are not shown")
        name = _entry(directory, target)
        if name:
            entries.setdefault(name, fact.index)
        return None
    if target != directory:
        name = _entry(directory, target)
        if name:
            entries.setdefault(name, fact.index)
        return None
    for source in node.sources:
        text = expand(source, variables)
        value = text.value.rstrip("/")
        name = posixpath.basename(value)
        if not text.complete or not name or name in (".", "..") or set(value) & set("*?[") \
                or "://" in value or value.startswith("<<"):
            return (f"{line} copies `{source}` into {where}: the names it puts there are not "
                    "shown (copy the app into a WORKDIR of its own, or name its files)")
        if isinstance(node, ast.Add) and value.lower().endswith(_ARCHIVE):
            return (f"{line} adds `{source}`, which ADD unpacks into {where} when it is an "
                    "archive: the names it puts there are not shown")
        if _system(posixpath.join(directory, name)):
            return (f"{line} copies `{source}` into {where}, onto a directory of the system: "
                    "what it holds is not named")
        entries.setdefault(name, fact.index)
    return None
