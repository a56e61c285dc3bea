"""Files a RUN kept in the builder writes that no later command of the build reads.

A RUN before the build stays in the builder ("prepares the build"), and what it leaves
in the file system reaches the runner only through what the runner copies.  That is
right for what the build consumes (the sources it compiles, a toolchain it runs, a
dependency cache), but a file nothing of the build reads (``curl -o
/opt/data/model.bin``, ``wget -O /usr/share/GeoIP/GeoLite2.mmdb``, ``git clone ...
/srv/templates``) is there for the program, which would not find it in the runner.

So each path a builder RUN's commands say they create (their file tools and
redirections, ``curl -o``, ``wget -O``, ``git clone URL DIR``; what another program
writes is not seen) is carried to the runner with ``COPY --from=builder``, as the build
left it, unless the build provably consumes or removes it: a later command of the
builder reads it (runs it, names it or a path under it, runs inside it; an unpacking
or download that fills it, ``tar -C``, ``wget`` run inside it, does not read it), it
lies where only a build reads (``knowledge.filesystem.BUILD_ONLY_DIRS``: GOPATH's
sources and module cache, toolchains, cargo and maven homes; Debian's
/usr/share/maven-repo) or in a home's tool configuration (``~/.ssh``,
``~/.gitconfig``), or the runner has it already: a copy of the runner carries it, a
RUN the runner repeats writes it, or it is an empty directory the runner's WORKDIR,
VOLUME or a copy makes.  Writes under /etc have their own checks in ``passes.classify``,
programs put into PATH directories theirs in ``path_programs``; system directories
themselves (``mkdir -p /opt``) hold nothing new."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from typing import Dict, List, Sequence

from ..analysis import build_outputs, downloads
from ..analysis.artifact_moves import command_moves
from ..analysis.file_writes import edit_inputs, edited_words, find_cleanup, readable_writes
from ..analysis.state import resolve_path
from ..analysis.shell import program_name
from ..knowledge.filesystem import BUILD_ONLY_DIRS, PROGRAM_DIRS, SYSTEM_DIRS  # (PROGRAM_DIRS: path_programs')
from ..tree import ast
from ..analysis.variables import expand
from .recipes.run_walk import path_arg, steps
from .recipes.source_trees import clone_destination
from ..analysis.paths import is_within, within_any

#: programs whose mention of a path does not consume it for the build: they change its
#: mode or owner, inspect it, verify it or remove it (removal is handled on its own)
_NOT_CONSUMERS = frozenset({"chmod", "chown", "chgrp", "touch", "mkdir", "ls", "stat", "file",
                            "test", "[", "echo", "printf", "true", "sha1sum", "sha256sum",
                            "sha512sum", "md5sum", "du", "wc", "ln", "rm", "rmdir"})
#: where only builds read beyond ``BUILD_ONLY_DIRS``: Debian's system Maven repository
#: (maven-repo-helper), which mvn resolves plugins from without naming it
_BUILD_READS = BUILD_ONLY_DIRS + ("/usr/share/maven-repo",)
#: the homes whose dot-directories hold the build tools' configuration and caches
_HOMES = ("/root/", "/home/")


@dataclass(frozen=True)
class UnreadWrite:
    """``path`` written by the RUN at stage index ``index`` (``where``: "line N")."""

    index: int
    where: str
    path: str


def unread_writes(ctx, covered: Sequence[str], builder_only: set,
                  made_by_runner: set) -> List[UnreadWrite]:
    """The paths builder-only RUNs (``builder_only``: their indexes) create that no later
    builder command reads, outside the artifacts, the trees in ``covered`` (what the
    runner copies already) and what the runner's own RUNs write (``made_by_runner``,
    ``_runner_writes``), the topmost of each nest only."""
    if not builder_only:
        return []
    walked = list(steps(ctx.facts))
    arts = [a for a in ctx.detection.artifacts + (ctx.entry,) if a.certain and a.path]
    trees = [t.rstrip("/") or "/" for t in covered] + \
        [a.path.rstrip("/") for a in arts if a.tree]
    # (a RUN whose effect is captured runs in the builder too: what it reads, such as
    # the installer ``python3 distribute_setup.py`` runs, is the build's input)
    readers = builder_only | set(ctx.captured)
    created = {p: s for s in walked if not s.problem and s.index in builder_only
               for p in _created(s)}
    found: Dict[str, UnreadWrite] = {}
    for pos, step in enumerate(walked):
        if step.index not in builder_only or step.problem:
            continue
        for path in _created(step):
            if path in found or _not_for_runtime(path) or path in made_by_runner or \
                    any(path == a.path for a in arts) or within_any(path, trees):
                continue
            if read_or_removed_later(path, walked[pos + 1:], readers):
                continue
            if program_name(step.argv[0]) == "mkdir" and \
                    not any(q != path and is_within(q, path) for q in created) and \
                    _runner_makes_directory(ctx, path):
                continue  # an empty directory the runner's WORKDIR, VOLUME or copy makes
            found[path] = UnreadWrite(step.index, step.where, path)
    paths = sorted(found)
    return [found[p] for p in paths
            if not any(q != p and is_within(p, q) for q in paths)]


def _runner_writes(ctx) -> set:
    """What the runner's own RUNs write by their file tools (a RUN it repeats, the
    plan's setup repeating what a RUN did beside the build): the runner has those
    paths without a copy."""
    final = ctx.facts.final
    nodes = [(p.node, ctx.facts.instructions[p.index].before) for p in ctx.placements
             if p.where in ("runner", "both") and isinstance(p.node, ast.Run)]
    plan = ctx.runner
    extra = tuple(getattr(plan, "setup", ())) + tuple(getattr(plan, "setup_after", ()))
    out = set()
    for node, state in nodes:
        out.update(readable_writes(node, state.workdir, state.variables()))
    for node in extra:
        if isinstance(node, ast.Run):
            out.update(readable_writes(node, final.workdir, final.variables()))
    return {p.rstrip("/") or "/" for p in out}


def _runner_makes_directory(ctx, path: str) -> bool:
    """Whether the runner makes the directory ``path`` itself: its final WORKDIR, a
    VOLUME, or a destination of a copy placed in the runner lies in it."""
    final = ctx.facts.final.workdir
    if final and is_within(final, path):
        return True
    for p in ctx.placements:
        if p.where not in ("runner", "both"):
            continue
        fact = ctx.facts.instructions[p.index]
        if isinstance(p.node, ast.Volume):
            for v in p.node.paths:
                got = resolve_path(fact.before.workdir, v)
                if got and is_within(got, path):
                    return True
        if isinstance(p.node, (ast.Copy, ast.Add)) and p.node.destination:
            got = resolve_path(fact.before.workdir, p.node.destination)
            if got and is_within(got, path):
                return True
    return False


def _builder_only_runs(ctx) -> set:
    """The RUNs only the builder runs, whose effect is not captured for the runner
    (``effect_capture``: from the first captured RUN on, the runner gets every change)."""
    det = ctx.detection
    first = min(ctx.captured, default=None)
    carried = set(getattr(det, "carried_setup_indices", ()))
    return {p.index for p in ctx.placements
            if p.where == "builder" and isinstance(p.node, ast.Run) and
            p.index not in carried and (first is None or p.index < first)}


def _created(step) -> List[str]:
    """The absolute paths one command says it creates: its redirections, the operands
    of the file tools that make files (``mkdir``, ``touch``, ``tee``, the target of
    ``cp``/``mv``/``install``/``ln``), the files of ``curl``/``wget``
    (``analysis.downloads``) and ``git clone``'s directory.  Edits of what is there (``sed -i``, ``chmod``) and removals are not
    creations."""
    cmd = step.command
    if cmd is None:
        return []
    out = [p for p in (path_arg(t, step) for t in cmd.redirects if t != "/dev/null") if p]
    if not cmd.argv:
        return out
    tool = program_name(cmd.argv[0])
    words: List[str] = []
    if tool in ("mkdir", "touch", "tee"):
        words = [w for w in cmd.argv[1:] if not w.startswith("-")]
    elif tool in ("cp", "mv", "install", "ln"):
        found = list(command_moves(cmd))
        if not found:
            if tool == "install":  # `install -d DIR...`
                words = [w for w in cmd.argv[1:] if not w.startswith("-")]
        elif found[0].known and found[0].target is not None:
            move = found[0]
            if move.into_directory:
                words = [posixpath.join(move.target, posixpath.basename(s.rstrip("/")))
                         for s in move.sources]
            else:
                words = [move.target]
    elif tool in downloads.TOOLS:
        words = list(downloads.read(cmd.argv).files)
    elif tool == "git":  # (into the directory it names, or one named after the URL)
        argv = [expand(w, step.env) for w in cmd.argv]
        dest = clone_destination(tuple(got.value for got in argv), step.cwd) if all(
            got.complete for got in argv) else None
        words = [dest] if dest else []
    for word in words:
        got = path_arg(word, step)
        if got and "*" not in got and "?" not in got and "[" not in got:
            out.append(got.rstrip("/") or "/")
    return out


def created_paths(facts) -> set:
    """Every path the commands of ``facts``' RUNs say they create (``_created``)."""
    return {path for step in steps(facts) if not step.problem for path in _created(step)}


def _not_for_runtime(path: str) -> bool:
    """Whether ``path`` is left to other checks or holds nothing the program reads: a
    system directory itself, /etc (``classify._runtime_configuration``), a program in a
    PATH directory (``path_programs``), the directories only a build reads,
    the build tools' dot-directories in a home, the package managers' state."""
    if path in SYSTEM_DIRS or path.startswith(("/etc/", "/proc/", "/dev/", "/var/lib/apt/",
                                               "/var/cache/", "/var/lib/dpkg/")):
        return True
    if posixpath.dirname(path) in PROGRAM_DIRS:
        return True
    return within_any(path, _BUILD_READS) or home_tool_path(path)


def home_tool_path(path: str) -> bool:
    """Whether ``path`` lies in a dot-directory or dot-file of a home (``/root/.m2``,
    ``/home/app/.npmrc``): the build tools' configuration and caches."""
    for home in _HOMES:
        if path.startswith(home):
            parts = path[len(home):].split("/")
            rest = parts[1:] if home == "/home/" else parts
            if rest and rest[0].startswith("."):
                return True
    return False


def removed_by(step) -> List[str]:
    """The paths an ``rm``/``rmdir`` command removes, as its operands name them (none
    for any other command, or for an operand whose value is not known)."""
    if not step.argv or program_name(step.argv[0]) not in ("rm", "rmdir"):
        return []
    return [got for got in (None if word.startswith("-") else path_arg(word, step)
                            for word in step.argv[1:]) if got]


def read_or_removed_later(path: str, later, builder_only: set) -> bool:
    """Whether a later command of the builder reads ``path`` (runs inside it, or names
    it or a path under it) or removes it (or a directory holding it)."""
    for step in later:
        if not step.argv:
            continue
        tool = program_name(step.argv[0])
        if tool in ("rm", "rmdir"):
            if any(is_within(path, got) for got in removed_by(step)):
                return True
            continue
        cleanup = find_cleanup(step.argv) if tool == "find" else None
        if cleanup is not None:  # (``find DIR -name '*.md' -delete``: what is left is unread)
            starts, whole = cleanup
            if whole and any(got and is_within(path, got) for got in (
                    path_arg(w, step) for w in starts)):
                return True
            continue
        if step.index not in builder_only or tool in _NOT_CONSUMERS or \
                _rearranges(step, path):
            continue
        edits = edited_words(step.argv)
        # (a file tool reads what its words name, wherever it runs: ``cd /opt/site && sed
        # -i ... site.conf`` reads nothing of the directory but its operand)
        if step.cwd and is_within(step.cwd, path) and \
                tool not in _FETCHERS and not edits:
            return True
        # (``curl -o /opt/data/x``, ``tar -C``; a compiler's output, ``go build -o``; a
        # file edited in place, ``sed -i``: prepared for the program, not read by the build)
        made = _created(step) + _filled(step) + [
            got.rstrip("/") or "/" for got in (
                path_arg(w, step) for w in build_outputs.output_words(step.argv) + edits)
            if got]
        # (the program itself too: ``/opt/tools/gen ./api`` runs what was downloaded; of
        # an edit, the files it reads besides those it edits: ``sed -f``, ``keytool -file``)
        words = edit_inputs(step.argv) if edits else \
            ([step.argv[0]] if "/" in step.argv[0] else []) + list(step.argv[1:])
        for word in words:
            value = word.split("=", 1)[1] if word.startswith("-") and "=" in word else word
            if value.startswith("-") or "://" in value:
                continue  # (an option, a URL: ``wget https://...`` run in the directory)
            got = path_arg(value, step)
            if got and (got.rstrip("/") or "/") not in made and \
                    is_within(got, path):
                return True
    return False


def _rearranges(step, path: str) -> bool:
    """Whether ``step`` copies, moves or links files of ``path`` only to places inside
    it (``cp site.conf.example site.conf`` there): the tree is prepared, not read out of
    by the build."""
    if program_name(step.argv[0]) not in ("cp", "mv", "install", "ln") or step.command is None:
        return False
    found = list(command_moves(step.command))
    if len(found) != 1 or not found[0].known or found[0].target is None:
        return False
    places = [path_arg(w, step) for w in (*found[0].sources, found[0].target)]
    return all(p is not None and is_within(p, path) for p in places)


#: programs that put files where they run (an archive unpacked, a download, a clone):
#: running inside a directory, they fill it rather than read it
_FETCHERS = frozenset({"tar", "unzip", "wget", "curl", "git"})
#: their options naming the directory they fill
_FILL_OPTIONS = {"tar": ("-C", "--directory"), "unzip": ("-d",)}


def _filled(step) -> List[str]:
    """The directory an unpacking or download fills (``tar -C DIR``, ``unzip -d DIR``,
    ``wget -P DIR``, ``curl --output-dir DIR``): written into, not read."""
    tool = program_name(step.argv[0]) if step.argv else ""
    if tool in downloads.TOOLS:  # (``wget -P DIR``, ``curl --output-dir DIR``)
        return [got.rstrip("/") or "/" for got in (
            path_arg(d, step) for d in downloads.read(step.argv).directories) if got]
    options = _FILL_OPTIONS.get(tool, ())
    out = []
    args = step.argv[1:]
    for i, word in enumerate(args):
        value = None
        if word in options and i + 1 < len(args):
            value = args[i + 1]
        elif "=" in word and word.split("=", 1)[0] in options:
            value = word.split("=", 1)[1]
        got = path_arg(value, step) if value else None
        if got:
            out.append(got.rstrip("/") or "/")
    return out


def runner_copies(ctx, covered: Sequence[str], builder_name: str) -> List[ast.Copy]:
    """The runner's ``COPY --from=builder`` of each unread write, as the build left it."""
    out = []
    builder_only = _builder_only_runs(ctx)
    made_by_runner = _runner_writes(ctx)
    found = unread_writes(ctx, covered, builder_only, made_by_runner)
    for write in found:
        out.append(ast.Copy(keyword="COPY", flags=(ast.Flag("from", builder_name),),
                            paths=(write.path, write.path), leading=(ast.Comment(
                                f"# written by the RUN at {write.where} and read by no "
                                "command of the build: the program may read it at run "
                                "time"),)))
        ctx.added.append(f"{write.path} copied from the builder: the RUN at {write.where} "
                         "writes it in the builder and no later command of the build reads "
                         "it, so it is there for the program")
    # the paths the command names that builder RUNs wrote (``named_paths``)
    from .named_paths import runner_copies as named_copies
    arts = [a for a in ctx.detection.artifacts + (ctx.entry,) if a is not None and a.path]
    present = list(covered) + [a.path for a in arts] + [w.path for w in found] + \
        sorted(made_by_runner)
    out += named_copies(ctx, present, builder_name, builder_only, _created)
    # the archives builder RUNs unpack that no later command reads (``named_paths``)
    from .named_paths import unread_edits, unread_image_copies, unread_unpacks
    readers = builder_only | set(ctx.captured)
    present += [c.paths[-1] for c in out]

    def consumed(path, later):
        return read_or_removed_later(path, later, readers)

    out += unread_unpacks(ctx, present, builder_name, builder_only, consumed)
    out += unread_edits(ctx, present + [c.paths[-1] for c in out], builder_name, builder_only,
                        consumed)
    unread_image_copies(ctx, present + [c.paths[-1] for c in out], builder_only, consumed)
    return out

