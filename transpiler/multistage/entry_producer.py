"""What put the file a command runs in the image, when it is no output of the build
the recipe read: said in the decline, instead of the bare "no recognised build step
produces it".

The answer is read from the Dockerfile alone, the last writer of the path winning:

- a file of the build context: a COPY/ADD names it, or brings a directory holding it
  (``COPY . /app``, ``ADD ./scripts /``), maybe through a ``cp``/``mv``/``ln`` after;
  without ``--context`` what such a script runs is unknown;
- a file of a source tree a ``git clone`` fetched, or of an archive a RUN unpacks or a
  download writes (``curl -o``, ``ADD https://...``): a program of another project,
  whose needs at run time no build step the recipe reads shows;
- a file a build tool other than the recipe's may write where it runs (``make`` in
  ``src/``: which files a Makefile writes is not read), or a ``make install`` may put
  on PATH;
- the program of a package a RUN installs (``apt-get install nginx``, ``pip install
  supervisor``) that the runner of this build does not get;
- a ``cp``/``mv``/``ln`` from a path none of these explains;
- nothing in the Dockerfile: a file of the base image, or of a volume or bind mount
  the container is started with (``/io/build.sh``, dapper's source directory); for a
  name, a program of the base image or one a RUN's program puts on PATH
  (``entrykit --symlink``).

An exec-form word holding a space (``CMD ["echo done"]``) is said to be no program at
all.  Each reason names the lines; a writer that only may have written the file (a
build tool where it ran, an archive unpacked there) says so."""

from __future__ import annotations

import dataclasses
import fnmatch
import posixpath
import re
from dataclasses import dataclass
from typing import List, Optional, Tuple

from ..analysis import artifact_moves, downloads
from ..analysis.context_copies import context_copies
from ..analysis.shell import program_name
from ..analysis.state import resolve_path
from ..knowledge import packages
from ..tree import ast
from .recipes.run_walk import expanded_argv, path_arg, steps
from .recipes.source_trees import clone_destination
from .runner_programs import packages_of, same_image
from . import foreign_context
from ..analysis.paths import is_within

#: programs that build in the directory they run in, writing files no recipe names
_BUILD_TOOLS = {"make", "gmake", "ninja", "gb", "bazel", "ant", "mvn", "gradle", "cmake",
                "scons", "npm", "yarn", "gom", "go", "cargo"}
#: a project's own build script run by its path (``./build.sh``, ``hack/build-go.sh``)
_BUILD_SCRIPT = re.compile(r"build|make|compile|autogen|configure|install|dist|bootstrap")
#: programs that unpack an archive into a directory
_UNPACKERS = {"tar", "unzip", "bsdtar"}
#: how deep a chain of copies is followed back to its origin
_DEPTH = 4


@dataclass(frozen=True)
class _Writer:
    at: Tuple[int, int]  # (the instruction's index in the stage, the command's order)
    kind: str
    text: str  # what it is, for the reason
    source: Optional[str] = None  # for a copy: the path copied (its own writer is asked)
    #: a writer that only may have written the path (a build tool in its directory, an
    #: archive unpacked there): it explains the path only where nothing else does
    weak: bool = False
    #: a writer of a whole tree (a directory of the context, a clone) rather than of
    #: the path by name: a build tool running in it later may have written the path
    tree: bool = False
    #: a build tool that is the project's own script (``./autogen.sh``), not a tool
    script: bool = False
    #: a build tool's command and place, short (``make` (the RUN at line 15) in /kids``)
    short: str = ""


def spaced_word(where: str, program: str) -> Optional[str]:
    """The decline reason for an exec-form word holding a whole command line (``CMD
    ["python3 /app/run.py"]``: its first word names no path), or None."""
    if " " in program and "/" not in program.split(" ", 1)[0]:
        return (f"{where} runs `{program}`: an exec-form word holding a space names a "
                "program of that whole name, which no image has (the original fails to "
                "start too); write each word as its own string")
    return None


def reason(ctx, where: str, program: str) -> Optional[str]:
    """The decline reason naming what writes ``program`` (a path, or a name looked up
    on the final PATH); None for a program named by a variable."""
    spaced = spaced_word(where, program)
    if spaced is not None:
        return spaced
    final = ctx.facts.final
    if "$" in program:
        return None
    if "/" in program:
        target = resolve_path(final.workdir, program)
        targets = [target] if target else []
    else:
        targets = [posixpath.join(d.rstrip("/") or "/", program) for d in final.path_dirs
                   if d.startswith("/")]
    found = _writers(ctx, targets)
    if found:
        path, writer = max(found, key=lambda pw: pw[1].at)
        return f"{where} runs `{program}`, {_story(ctx, path, writer, 0)}"
    package = _package(ctx, program)
    if package is not None:
        return f"{where} runs `{program}`, {package}"
    if "/" in program:
        return (f"{where} runs `{program}`, which no instruction of the Dockerfile writes: "
                f"a file of the base image {ctx.facts.base.reference} or of a volume or bind "
                "mount the container is started with, neither of which is known here")
    return (f"{where} runs `{program}`, which no instruction of the Dockerfile installs by "
            f"that name: a program of the base image {ctx.facts.base.reference} or one a "
            "program a RUN runs puts on PATH, neither of which is known here (no build step "
            f"the {ctx.recipe.name} recipe reads produces it)")


def _writers(ctx, targets) -> List[Tuple[str, "_Writer"]]:
    """(path, last writer) of each of ``targets`` some instruction puts in the image."""
    end = (len(ctx.facts.instructions), 0)
    found: List[Tuple[str, _Writer]] = []
    for path in targets:
        writer = _last_writer(ctx, path, end)
        if writer is not None:
            found.append((path, writer))
    return found


def written(ctx, path: str) -> bool:
    """Whether some instruction is seen to put the absolute ``path`` in the image (a
    copy, a download, a command that writes or may write it); False: only the base
    image or a mount can hold it."""
    return bool(_writers(ctx, [path]))


def _story(ctx, path: str, writer: _Writer, depth: int) -> str:
    """The phrase for ``writer`` of ``path``, following a copy back to its origin."""
    if writer.kind != "copy":
        return writer.text
    origin = _last_writer(ctx, writer.source, writer.at) \
        if writer.source and depth < _DEPTH else None
    if origin is None:
        return (f"{writer.text} {writer.source}, which no recognised build step produces "
                "(the build's outputs the recipe reads do not name it)")
    return f"{writer.text} {writer.source}: {_story(ctx, writer.source, origin, depth + 1)}"


def _file_name(name: str) -> bool:
    """Whether a copied source's name reads as a file's rather than a directory's: an
    extension (README.md, app.tpl) or a capital first letter (Makefile, Dockerfile,
    LICENSE); directories are named ``data``, ``rootfs``, ``src``."""
    return "." in name.lstrip(".") or name[:1].isupper()


def _directory_content(src: str, copy, path: str) -> Optional[str]:
    """``COPY data /app/``: a directory's content lands in the destination (what
    ``context_path`` reads for ``/`` only); a source named without a dot is taken for
    such a directory."""
    base = posixpath.basename(src.rstrip("/"))
    to = copy.target.rstrip("/")
    if len(copy.fact.node.sources) != 1 or not copy.destination.endswith("/") or \
            _file_name(base) or not path.startswith(to + "/"):
        return None
    return posixpath.join(src[2:] if src.startswith("./") else src, path[len(to) + 1:])


def _last_writer(ctx, path: str, end: Tuple[int, int]) -> Optional[_Writer]:
    """The last instruction (command) before ``end`` that puts ``path`` in the image; a
    weak writer only where no other one does, or as the alternative to a tree."""
    from ..analysis.context_copies import context_path

    found: List[_Writer] = []
    for copy in context_copies(ctx.facts.instructions[:end[0] + 1]):
        node = copy.fact.node
        if (copy.fact.index, 0) >= end:
            continue
        line = ctx.line_of(node)
        for src in node.sources:
            if "://" not in src and "$" not in src and any(c in src for c in "*?[") and \
                    posixpath.dirname(path) == (copy.target.rstrip("/") or "/") and \
                    fnmatch.fnmatchcase(posixpath.basename(path), posixpath.basename(src)):
                found.append(_Writer((copy.fact.index, 0), "context", (
                    f"a file the {node.name} at {line} may bring from the build context "
                    f"(`{src}`)"), tree=True))
        for src in copy.sources:
            rel = context_path(src, copy.target, copy.into_directory, path) or \
                _directory_content(src, copy, path)
            if rel is None:
                continue
            named = posixpath.normpath(rel) in {posixpath.normpath(
                s[2:] if s.startswith("./") else s) for s in node.sources}
            base = posixpath.basename(src.rstrip("/"))
            if not named and src not in (".", "./") and not src.endswith("/") and \
                    _file_name(base):
                continue  # (README.md, Makefile: a file, not a directory it holds)
            how = (f"the file {rel} that the {node.name} at {line} brings from the build "
                   "context") if named else \
                (f"a file in the directory the {node.name} at {line} fills from the build "
                 f"context (as {rel} there, if the context holds it)")
            found.append(_Writer((copy.fact.index, 0), "context", how, tree=not named))
    for fact in ctx.facts.instructions[:end[0]]:
        node = fact.node
        if not isinstance(node, ast.Add) or node.flag("from") is not None:
            continue
        dest = resolve_path(fact.before.workdir, node.destination or "")
        for src in node.sources:
            if "://" in src and dest and (dest == path or posixpath.join(
                    dest, posixpath.basename(src)) == path):
                found.append(_Writer(
                    (fact.index, 0), "download", f"which the {node.name} at "
                    f"{ctx.line_of(node)} downloads ({src}): a prebuilt file, no output of "
                    f"the {ctx.recipe.name} build; what it needs at run time is unknown"))
    for order, step in enumerate(steps(ctx.facts)):
        if (step.index, order + 1) >= end or not step.argv:
            continue
        got = _step_writer(ctx, step, path, (step.index, order + 1))
        if got is not None:
            found.append(got)
    strong = [w for w in found if not w.weak]
    last = max(strong, key=lambda w: w.at) if strong else None
    weak = [w for w in found if w.weak and (last is None or w.at > last.at)]
    if last is None:
        return max(weak, key=lambda w: w.at) if weak else None
    tools = [w for w in weak if w.kind == "build-tool"] if last.tree else []
    if tools:  # the last RUN's first build tool (`yarn && yarn cache clean`: yarn), else
        # its first build script (`./autogen.sh && ./configure && make`: make)
        run = max(w.at for w in tools)[0]
        tools = [min((w for w in tools if w.at[0] == run), key=lambda w: (w.script, w.at))]
    if last.kind == "context" and ctx.context is not None:
        return dataclasses.replace(last, text=last.text + _given_context(ctx, path, tools))
    if last.kind == "context":
        if tools:
            return dataclasses.replace(last, text=(
                f"{last.text}, or one {tools[-1].short} writes there: which of the two, and "
                "what it runs, is not known (the build context "
                f"{'was not given' if ctx.demoted is None else 'given is read as none'}, and "
                "which files the build tool writes is not read); "
                f"{foreign_context.give(ctx, ' to have it read')}"))
        runner = "" if same_image(ctx) else ", and the runner has only the artifacts"
        given, give = foreign_context.not_given(ctx), \
            foreign_context.give(ctx, " to have it read")
        return dataclasses.replace(last, text=last.text + (
            f", {given}: what it runs is unknown{runner[1:]}; {give}"
            if not last.tree else
            f", {given}: whether it holds the file and what the file runs is "
            f"unknown{runner}; {give}"))
    if tools:
        return dataclasses.replace(last, text=f"{last.text} (or one {tools[-1].short} "
                                   "writes there, which is not read either)")
    return last


def _given_context(ctx, path: str, tools) -> str:
    """What is unknown of a file of the build context when ``--context`` was given (the
    context holds the file the COPY names, or does not): not that the context was
    missing."""
    from .entry_programs import context_script
    from .recipes import full_image_libraries
    runner = "" if same_image(ctx) else ", and the runner has only the artifacts"
    if tools:
        return (f", or one {tools[-1].short} writes there: which of the two, and what it "
                "runs, is not known (which files the build tool writes is not read)")
    if context_script(ctx, path) is None:  # (it checks the context holds the file)
        return (", but the build context given does not hold it: what it is and what it "
                f"runs are unknown{runner}")
    if ctx.recipe.name in ("python", "node", "ruby") and not same_image(ctx) and \
            full_image_libraries.applies(ctx.facts):
        return (f", which the build context given holds: read only for the programs "
                f"{ctx.facts.base.reference} has and its slim sibling lacks, it is no output "
                f"of the {ctx.recipe.name} build, and whether the runner holds the other "
                "programs and files it starts is not known")
    return (f", read from the build context given, yet no output of the {ctx.recipe.name} "
            f"build: whether the runner holds what it runs is unknown{runner}")


def _step_writer(ctx, step, path: str, at: Tuple[int, int]) -> Optional[_Writer]:
    argv = step.argv
    tool = program_name(argv[0])
    run = f"the RUN at {step.where}"
    if step.command is not None and tool in ("cp", "mv", "install", "ln"):
        for move in artifact_moves.command_moves(step.command):
            if move.target is None:
                continue
            dest = path_arg(move.target, step)
            if dest is None:
                continue
            verb = {"ln": "links" if move.symbolic else "links (hard)", "mv": "moves",
                    "cp": "copies", "install": "installs"}[move.tool]
            for word in move.sources:
                src = path_arg(word, step)
                origin = _origin(path, src, dest, move.into_directory) if src else None
                if origin is not None:
                    return _Writer(at, "copy", f"which {run} {verb} there (`{move.tool}`) "
                                   "from", origin)
                if src is None and (dest == path or move.into_directory and posixpath.join(
                        dest, posixpath.basename(word)) == path):
                    return _Writer(at, "moved-unknown",
                                   f"which {run} {verb} there (`{move.tool}`) from `{word}`, "
                                   "a path that is not known here (no build step the "
                                   f"{ctx.recipe.name} recipe reads produces it)")
    if tool == "git":
        expanded = expanded_argv(step)
        directory = clone_destination(expanded, step.cwd)
        if is_within(path, directory):
            url = next((w for w in expanded[2:] if "://" in w or "@" in w), "the repository")
            return _Writer(at, "clone",
                           f"a file of the source tree {run} clones (`git clone {url}`): "
                           f"a program of that project, no output of the "
                           f"{ctx.recipe.name} build the transpiler reads; what it runs "
                           "and needs at run time is unknown", tree=True)
    if tool in _UNPACKERS and (tool != "tar" or _extracts(argv)):
        directory = _unpack_directory(argv, step)
        if directory is not None and is_within(path, directory) and path != directory:
            return _Writer(at, "archive",
                           f"which may come from an archive {run} unpacks into {directory} "
                           f"(`{tool}`): a prebuilt program, no output of the "
                           f"{ctx.recipe.name} build; what it needs at run time is unknown",
                           weak=True)
    if tool in downloads.TOOLS and any(
            path_arg(f, step) == path for f in downloads.read(argv).files):
        return _Writer(at, "download",
                       f"which {run} downloads (`{tool}`): a prebuilt file, no "
                       f"output of the {ctx.recipe.name} build; what it needs at "
                       "run time is unknown")
    named_tool = tool in _BUILD_TOOLS and (
        tool not in ("go", "gom") or argv[1:2] == ("build",) and "-o" not in argv)
    if named_tool or "/" in argv[0] and not argv[0].startswith("/") and \
            _BUILD_SCRIPT.search(tool):
        if tool in ("make", "gmake") and "install" in argv[1:]:
            if posixpath.dirname(path) in _BIN_DIRS:
                return _Writer(at, "make-install",
                               f"which `{' '.join(argv[:3])}` ({run}) may install there: "
                               "what a Makefile's install target writes is not read",
                               weak=True)
        elif step.cwd not in (None, "/") and is_within(path, step.cwd) and path != step.cwd:
            return _Writer(at, "build-tool",
                           f"a file `{' '.join(argv[:3])}` ({run}) may write in {step.cwd}: "
                           f"which files {tool} writes is not read (no build step the "
                           f"{ctx.recipe.name} recipe reads names it)", weak=True,
                           short=f"`{' '.join(argv[:3])}` ({run})", script=not named_tool)
    if tool == "go" and argv[1:2] in (("install",), ("get",)) and \
            posixpath.basename(posixpath.dirname(path)) == "bin":
        named = [w for w in argv[2:] if not w.startswith("-") and
                 posixpath.basename(w.rstrip("/").replace("/...", "")) == posixpath.basename(path)]
        if named:
            return _Writer(at, "go-install",
                           f"which `go {argv[1]} {named[0]}` ({run}) may install there: the "
                           "bin directory of a GOPATH or GOROOT other than the one the go "
                           "recipe reads for this image (from its ENV and the image data)",
                           weak=True)
    package = _installs(ctx, step, path)
    if package is not None:
        return _Writer(at, "package", package)
    if step.command is not None and path in _redirected(step):
        return _Writer(at, "written",
                       f"a file {run} writes (a redirection into {path}): the runner of the "
                       f"{ctx.recipe.name} build does not get it (a script a RUN writes is "
                       "repeated only on a runner that is the builder's own image)")
    return None


#: where a package puts the programs a command finds by name
_BIN_DIRS = ("/usr/local/bin", "/usr/local/sbin", "/usr/bin", "/bin", "/usr/sbin", "/sbin")


def _origin(path: str, src: str, dest: str, into: bool) -> Optional[str]:
    """The path a ``cp``/``mv``/``ln`` of ``src`` to ``dest`` took ``path`` from, or None:
    ``dest`` itself (a file target), ``dest/<name of src>`` (a directory target), or a
    file under a directory copied there; a glob source (``mv bin/* /usr/local/bin/``)
    when ``path`` is in the target directory under a name the glob matches."""
    if any(c in src for c in "*?["):
        head, pattern = posixpath.split(src)
        if into and not any(c in head for c in "*?[") and \
                posixpath.dirname(path) == dest.rstrip("/") and \
                fnmatch.fnmatchcase(posixpath.basename(path), pattern):
            return posixpath.join(head, posixpath.basename(path))
        return None
    inside = posixpath.join(dest, posixpath.basename(src.rstrip("/")))
    if path == dest and not into:
        return src
    if path == inside:
        return src
    if path.startswith(inside.rstrip("/") + "/"):
        return src.rstrip("/") + path[len(inside.rstrip("/")):]
    return None


def _redirected(step) -> List[str]:
    """The files a command's ``>``/``>>`` write, made absolute."""
    out = []
    for word in step.command.redirects:
        got = path_arg(word, step) if step.cwd or word.startswith("/") else None
        if got:
            out.append(got)
    return out


def _installs(ctx, step, path: str) -> Optional[str]:
    """The package ``step`` installs whose program ``path`` is by its name (an OS
    package's program in a system directory or /etc/init.d, a pip package's console
    script in a bin directory), said for the reason; None otherwise."""
    directory, name = posixpath.split(path)
    if directory not in _BIN_DIRS + ("/etc/init.d",) and not directory.endswith("/bin"):
        return None
    wanted = {n.lower() for n in packages_of(name)} | {name.lower()}
    got = packages.read_install(step.argv)
    if got is not None and directory != "/usr/local/bin":
        hit = [p for p in got.packages if packages.package_name(p).lower() in wanted]
        if hit:
            said = f"the program of the package {hit[0]}, which the RUN at {step.where} installs"
            if not same_image(ctx):
                return (f"{said}: the runner of the {ctx.recipe.name} build does not install "
                        "it (a package's program is the runner's own only on a runner that "
                        "installs that package again)")
            naming = _naming_run(ctx, path, step.index)
            if naming is not None:
                return (f"{said}; the runner installs it again, but the RUN at {naming} "
                        f"names {path} too: it may change it, or the state it keeps, in the "
                        "builder only")
            return None
    tool = program_name(step.argv[0])
    if tool.startswith("pip") and "install" in step.argv[1:]:
        words = [re.split(r"[=<>!~\[]", w)[0].lower()
                 for w in step.argv[step.argv.index("install") + 1:] if not w.startswith("-")]
        hit = [w for w in words if w in wanted]
        if hit:
            return (f"a program of the Python package {hit[0]}, which the RUN at {step.where} "
                    f"installs with `{tool}` into {directory}: no output of the "
                    f"{ctx.recipe.name} build the runner copies")
    return None


def _naming_run(ctx, path: str, after: int) -> Optional[str]:
    """The line of a RUN after index ``after`` whose text names ``path`` where a command
    may write it (``runner_own``'s test for a file a RUN made), or None."""
    from .entry_programs import _names_path

    for fact in ctx.facts.instructions[after + 1:]:
        node = fact.node
        if isinstance(node, ast.Run) and node.command is not None and _names_path(node, path):
            return ctx.line_of(node)
    return None


def _extracts(argv) -> bool:
    first = argv[1] if len(argv) > 1 else ""
    return any(w in ("-x", "--extract", "--get") or (w.startswith("-") and not w.startswith(
        "--") and "x" in w) for w in argv[1:]) or (not first.startswith("-") and "x" in first)


def _unpack_directory(argv, step) -> Optional[str]:
    """Where ``tar``/``unzip`` writes: ``-C dir``/``--directory=dir``/``-d dir``, else the
    command's directory."""
    for i, word in enumerate(argv[1:], 1):
        if word in ("-C", "--directory", "-d") and i + 1 < len(argv):
            return path_arg(argv[i + 1], step)
        if word.startswith("--directory="):
            return path_arg(word.split("=", 1)[1], step)
    return step.cwd


def _package(ctx, program: str) -> Optional[str]:
    """The package a RUN installs whose program ``program`` (a name) is, wherever the
    package puts it."""
    if "/" in program:
        return None
    for step in steps(ctx.facts):
        got = _installs(ctx, step, posixpath.join("/usr/bin", program)) if step.argv else None
        if got is not None:
            return got
    return None
