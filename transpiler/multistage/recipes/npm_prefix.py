"""Where npm, yarn 1 and pnpm run a project command: the nearest directory from the
one they are started in (``cd server && npm ci``, a WORKDIR) upward that holds a
package.json (npm: or a node_modules), not that directory itself.

npm's ``@npmcli/config`` ``loadLocalPrefix`` walks up from the working directory to
the first directory with package.json or node_modules (else the working directory);
yarn 1's ``findProjectRoot`` and pnpm's project lookup climb likewise.  So ``cd
server && npm ci`` installs in server/ only where server/package.json is there; if
not, in the first directory above that holds one, which the runner would then copy
without the node_modules the recipe names.  The Dockerfile shows which only where a
COPY names server/package.json, or no directory above can hold one (nothing the build
copied or installed lands there); else the build context settles it (``confirmed``),
and without it the recipe declines (``reason``), as for ``yarn --cwd``
(``yarn_cwd``).  A directory that holds its own package.json is not always the
project either: npm 7 and later, yarn 1 and pnpm run a workspace's command at the
workspace root above that lists it (``"workspaces": ["packages/*"]``), where
node_modules is (its links to the workspaces with it), so a directory above that may
hold a package.json leaves the command pending even then.  A directory option npm
reads exactly (``--prefix``) is not walked."""

from __future__ import annotations

import fnmatch
import json
import posixpath
from dataclasses import dataclass
from typing import Iterable, Optional, Tuple

from ...analysis.paths import is_within
from ...analysis.shell import program_name
from ...tree import ast
from . import global_options, node_commands
from .source_trees import clone_destination

#: the files whose directory the managers take for the project's root
_ROOT_FILES = ("package.json",)


@dataclass(frozen=True)
class Pending:
    """A project command started in a directory above which the build may have put a
    package.json (or node_modules): the project may be that directory's."""
    where: str  # "line N"
    shown: str  # the words as written
    directory: str  # where it is started (absolute)
    above: Tuple[str, ...]  # the directories above that may hold one, nearest first
    #: a COPY names the directory's own package.json (then only a workspace root above
    #: takes the command there)
    named: bool = False
    #: the build context read: the directory above whose package.json makes it the
    #: project ("" none shown; None: the context was not read)
    found: Optional[str] = None
    #: ``found`` is a workspace root listing the directory (``"workspaces"``)
    workspace: bool = False
    #: an install or prune, which a workspace root above takes there
    install: bool = True


def pending(facts, steps: Iterable, installs: Iterable = ()) -> Tuple[Pending, ...]:
    """The npm/yarn/pnpm project commands among ``steps`` and ``installs``
    (``interpreted.Step``) that may run in a directory above their own.  Only an
    install (or prune) goes to a workspace root: a script (``npm run build``, ``yarn
    build``) in a workspace with its own package.json runs that package's."""
    out = []
    steps = [(s, False) for s in steps] + [(s, True) for s in installs]
    for step, install in sorted(steps, key=lambda pair: pair[0].index):
        said = step.said or step.argv
        if not said or program_name(said[0]) not in ("npm", "yarn", "yarnpkg", "pnpm") or \
                step.cwd is None or global_options.directory_options(said):
            continue  # (a directory option: exactly there, or ``yarn_cwd``)
        named = _named_there(facts, step.cwd, step.index)
        if named and not install:
            continue
        # (with its own package.json, only a workspace root above takes it: an install
        # above writes no "workspaces")
        above = tuple(d for d in _parents(step.cwd)
                      if _may_hold(facts, d, step.index, installs=not named))
        if not above:
            continue
        entry = Pending(step.where, " ".join(said), step.cwd, above, named, install=install)
        if entry not in out:
            out.append(entry)
    return tuple(out)


def either_way(entries: Tuple[Pending, ...], artifacts) -> Tuple[Pending, ...]:
    """The entries whose outcome the runner does not depend on: those whose directory and
    every directory above that may hold the project lie in one tree the runner copies
    whole, to the same path (``COPY . /app`` then ``cd server && npm ci``, the runner
    copying /app).  Wherever npm, yarn or pnpm take the project there, its node_modules
    (and a workspace root's links to its members) land in that tree, so the rewrite runs
    either way; only a directory outside every such tree decides it (8 corpus files
    declined over a parent the runner copies anyway, 010c1f63, 7a47947f ...)."""
    trees = [a.path for a in artifacts
             if a.tree and a.path and a.destination in (None, a.path) and
             a.source in (None, a.path) and not a.unsure]
    return tuple(e for e in entries if not any(
        all(is_within(d, t) for d in (e.directory,) + e.above) for t in trees))


def _parents(directory: str) -> Tuple[str, ...]:
    out = []
    while directory not in ("/", ""):
        directory = posixpath.dirname(directory)
        out.append(directory)
    return tuple(out)


def _copies(facts, before: int):
    """(fact, node, absolute destination) of the context or stage COPY/ADDs before
    index ``before`` (destination None: not known)."""
    from ..runtime_inputs import copy_target  # (runtime_inputs reads the recipes)
    for fact in facts.instructions[:before]:
        if isinstance(fact.node, (ast.Copy, ast.Add)):
            yield fact, fact.node, copy_target(fact.node, fact)


def _landings(node, target: str):
    """(where each source lands, whether it is a single file) for one COPY/ADD."""
    into = (node.destination or "").endswith("/") or len(node.sources) > 1
    for src in node.sources:
        name = posixpath.basename(src.rstrip("/"))
        file_like = "://" in src or (not src.endswith("/") and "." in name.lstrip(".")
                                     and name not in (".", ".."))
        yield (posixpath.join(target, name) if file_like and into else target), file_like, name


def _named_there(facts, directory: str, before: int) -> bool:
    """Whether a COPY/ADD before ``before`` names a package.json into ``directory``."""
    for _, node, target in _copies(facts, before):
        if target is None:
            continue
        for landed, file_like, name in _landings(node, target):
            # (a file copied to an existing directory lands in it: ``COPY package.json
            # /app``, the directory of a WORKDIR or a ``cd``)
            if file_like and name in _ROOT_FILES and \
                    landed in (directory, posixpath.join(directory, name)):
                return True
    return False


def _may_hold(facts, directory: str, before: int, installs: bool = True) -> bool:
    """Whether the build before index ``before`` may have put a package.json or a
    node_modules in ``directory``: a copied tree landing there or above it, a COPY to
    a destination not known, a package.json copied there, a clone, or (``installs``)
    an install run there."""
    from . import interpreted  # (interpreted reads this module's recipe)
    for _, node, target in _copies(facts, before):
        if target is None:
            return True
        for landed, file_like, name in _landings(node, target):
            if file_like and name in _ROOT_FILES + ("node_modules",) and \
                    landed in (directory, posixpath.join(directory, name)):
                return True
            if not file_like and is_within(directory, landed):
                return True
    for step in interpreted.steps(facts):
        if step.index >= before:
            break
        if not step.argv or step.cwd is None:
            continue
        if installs and step.cwd == directory:  # (a project install's node_modules)
            cmd = node_commands.read(step.argv, step.env)
            if cmd is not None and cmd.kind == "install" and cmd.directory is None:
                return True
        if clone_destination(step.argv, step.cwd) == directory:
            return True  # (a clone's files: ``git clone URL .``)
    return False


def confirmed(entries: Tuple[Pending, ...], project) -> Tuple[Pending, ...]:
    """The entries the build context does not settle, with what it shows.  Settled: the
    directory's own package.json shown, and, for an install, each directory above shown
    (copied from the context) without a package.json whose ``"workspaces"`` list the
    directory (npm 7's ``loadLocalPrefix``, yarn 1's ``findWorkspaceRoot``: a
    workspace's install runs at the root).  Else ``found`` is the directory above that
    is the project, or ""."""
    out = []
    for entry in entries:
        own = project.read(entry.directory, "package.json") is not None
        if own and not entry.install:
            continue  # (a script: the package's own)
        found, workspace = "", False
        for directory in entry.above:
            text = project.read(directory, "package.json")
            if text is None and not _shown(project, directory):
                break  # (not copied from the context: not known)
            if text is not None and (not own or _lists(text, directory, entry.directory)):
                found, workspace = directory, own
                break
        else:
            if own:
                continue
        out.append(Pending(entry.where, entry.shown, entry.directory, entry.above,
                           entry.named, found, workspace, entry.install))
    return tuple(out)


def _shown(project, directory: str) -> bool:
    """Whether the context shows what ``directory`` holds (a whole-context copy there, or
    its package.json copied by name)."""
    return project.directory(directory) is not None or \
        posixpath.join(directory, "package.json") in project.files


def _lists(text: str, root: str, directory: str) -> bool:
    """Whether the package.json ``text`` of ``root`` lists ``directory`` among its
    workspaces (a pattern matched as a shell glob; one that cannot be read counts)."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return True
    if not isinstance(data, dict) or "workspaces" not in data:
        return False
    patterns = data["workspaces"]
    if isinstance(patterns, dict):
        patterns = patterns.get("packages", [])
    if not isinstance(patterns, list):
        return True
    rel = posixpath.relpath(directory, root)
    return any(not isinstance(p, str) or fnmatch.fnmatchcase(
        rel, posixpath.normpath(p.rstrip("/")).replace("**", "*")) for p in patterns)


def reason(entry: Pending) -> str:
    if entry.workspace:
        return (f"{entry.where}: `{entry.shown}` runs in {entry.found}, not in "
                f"{entry.directory}: the build context shows {entry.found}/package.json "
                "listing it among its \"workspaces\", and npm (7 and later), yarn 1 and pnpm "
                "run a workspace's command at the root, whose node_modules (with its links to "
                "the workspaces) the runner would not copy")
    what = (f"{entry.where}: `{entry.shown}` runs in {entry.directory} only where it holds "
            "a package.json that no workspace root above lists: npm, yarn and pnpm take the "
            "nearest directory from there upward that has one (npm: or a node_modules), or "
            "the workspace root above that lists it")
    if entry.found:
        return (f"{what}, and the build context shows none there but {entry.found}/"
                f"package.json, so the project is {entry.found}, not the directory the "
                "runner would copy")
    if entry.found == "":
        return (f"{what}, and the build context given does not show that of "
                f"{' or '.join(entry.above)}, which may hold one" if entry.named else
                f"{what}, and the build context given does not show its package.json, while "
                f"{' or '.join(entry.above)} may hold one")
    return (f"{what}, and {' or '.join(entry.above)} may hold one; no build context was "
            "given to show which (give --context)")
