"""Whether a Python build on a full official image (``python:3.11``, whose runner would
be its slim sibling) installs packages that may use what the full image has and the
slim one lacks: a library loaded by name (python-magic's libmagic through ctypes) or a
program run (GitPython's git).  No ELF NEEDED entry shows such a use
(``full_image_libraries`` reads those), and on the slim runner it fails only when the
feature is used.

Every Python install of the build is read for the packages it names
(``knowledge.python_full_image``); an install whose packages are not all named in the
Dockerfile (``-r requirements.txt``, ``.``, ``-e``, a VCS or URL requirement,
``setup.py install``, ``poetry install``, ``pipenv install``, ``uv sync``, a package list
in a variable) is unread, and may install any of them.  Either way the runner is the
builder's own image, which has what the original had (the Node recipe's rule for an
unread package.json script, the Ruby recipe's FULL_IMAGE_GEMS)."""

from __future__ import annotations

import dataclasses
import posixpath
import re
from dataclasses import dataclass
from typing import List, Optional, Tuple

from ...analysis import StageFacts
from ...analysis.shell import program_name
from ...analysis.state import resolve_path
from ...knowledge.python_full_image import full_image_need
from . import interpreted
from .virtualenvs import is_python

#: install options (pip's and uv pip's) whose value is the next word or after ``=``;
#: those that name what is installed are read apart (``_READS``)
_VALUED = frozenset({
    "-c", "--constraint", "-i", "--index-url", "--extra-index-url", "-f", "--find-links",
    "-t", "--target", "--prefix", "--root", "--src", "--platform", "--python-version",
    "--implementation", "--abi", "--upgrade-strategy", "--progress-bar", "--global-option",
    "--install-option", "-C", "--config-settings", "--config-setting", "--no-binary",
    "--only-binary", "--report", "--trusted-host", "--cache-dir", "--log", "--timeout",
    "--retries", "--proxy", "--cert", "--client-cert", "--exists-action", "--use-feature",
    "--use-deprecated", "--python", "-p", "--keyring-provider", "--root-user-action",
    "--override", "--index-strategy", "--resolution", "--prerelease", "--link-mode",
    "--exclude-newer", "--python-platform", "-b", "--build", "--index"})
#: options whose value is a file or project whose packages the Dockerfile does not show
_READS = {"-r": "the requirements of {}", "--requirement": "the requirements of {}",
          "-e": "the project {} (editable)", "--editable": "the project {} (editable)",
          "--group": "the dependency group {} of pyproject.toml"}
#: a requirement named in the Dockerfile: a name, extras, a version specifier, a marker
_NAMED = re.compile(r"^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*"
                    r"((===|==|~=|!=|<=|>=|<|>)[^;@]*)?(;[^@]*)?$")
_ARCHIVES = (".whl", ".tar.gz", ".tgz", ".zip", ".tar.bz2", ".tar.xz", ".egg")
_PIP = re.compile(r"pip(\d(\.\d+)?)?")


@dataclass(frozen=True)
class Installs:
    """What the build's Python installs show: why each install that is not read is not
    (its message, place first; the ``-r`` files apart), and the packages named."""

    #: the installs not read that no file of the build context can tell (a project, a
    #: URL, a variable)
    unread: Tuple[str, ...]
    #: (where, name) of every package named, in the Dockerfile or a requirements file read
    named: Tuple[Tuple[str, str], ...]
    #: (where, requirements file as written, the directory pip ran in, its message) of
    #: the ``-r`` files not read
    requirement_files: Tuple[Tuple[str, str, Optional[str], str], ...] = ()
    #: the installs of a project whose declarations are not read yet (``ProjectInstall``)
    projects: Tuple["ProjectInstall", ...] = ()
    #: the project declarations read from the build context (pyproject.toml, a lock)
    declarations: Tuple[str, ...] = ()


@dataclass(frozen=True)
class ProjectInstall:
    """An install of a project directory, whose packages its own files declare
    (``python_declarations``): ``pip install .``, ``poetry install`` ..."""

    where: str
    #: pip (``pip install <dir>``, ``uv pip install``, ``setup.py install``), poetry,
    #: pipenv, uv (``uv sync``)
    kind: str
    #: the project's directory in the image (None: not known)
    directory: Optional[str]
    #: why it is not read, until it is
    why: str
    extras: Tuple[str, ...] = ()
    #: the tool may lock again before it installs (``pipenv install`` without
    #: ``--deploy``, ``uv sync`` without ``--locked``): the direct lists count too
    relocks: bool = False




def install_args(argv) -> Optional[Tuple[str, List[str]]]:
    """(kind, the words after the install subcommand) of a Python install command."""
    argv = list(argv)
    if not argv:
        return None
    if is_python(argv[0]) and argv[1:3] == ["-m", "pip"]:
        argv = ["pip"] + argv[3:]
    head = program_name(argv[0])
    if _PIP.fullmatch(head) and argv[1:2] == ["install"]:
        return "pip", argv[2:]
    if head == "uv" and argv[1:3] == ["pip", "install"]:
        return "pip", argv[3:]
    if head == "uv" and argv[1:3] == ["pip", "sync"]:
        return "uv pip sync", argv[3:]
    if head == "uv" and argv[1:2] == ["sync"]:
        return "uv sync", argv[2:]
    if head == "poetry" and argv[1:2] == ["install"]:
        return "poetry install", argv[2:]
    if head == "pipenv" and argv[1:2] in (["install"], ["sync"]):
        return f"pipenv {argv[1]}", argv[2:]
    if is_python(argv[0]):
        rest = [w for w in argv[1:] if not w.startswith("-")]
        if rest and posixpath.basename(rest[0]) == "setup.py" and \
                any(w in ("install", "develop") for w in rest[1:]):
            return "setup.py", rest
    return None


def _whole(kind: str, args) -> Optional[str]:
    """What an install that reads a project file installs, or None for pip's."""
    if kind == "poetry install":
        return "the packages of pyproject.toml and poetry.lock"
    if kind.startswith("pipenv"):
        return "the packages of the Pipfile (and Pipfile.lock)"
    if kind == "uv sync":
        return "the packages of pyproject.toml and uv.lock"
    if kind == "uv pip sync":
        files = [a for i, a in enumerate(args) if not a.startswith("-") and
                 not (i and args[i - 1] in _VALUED)]
        return f"the requirements of {files[0] if files else 'a file'}"
    if kind == "setup.py":
        return "the project of setup.py and its dependencies"
    return None


#: the options of ``poetry install``, ``pipenv install``/``sync`` and ``uv sync`` that
#: leave the project and its declarations where the install runs (others, such as
#: ``--directory``, ``--project`` or pipenv's ``-r``, keep the install unread)
_PROJECT_OPTIONS = frozenset({
    "--no-root", "--no-dev", "--no-interaction", "-n", "--no-ansi", "--sync", "--compile",
    "--all-extras", "--only-root", "-v", "-vv", "-vvv", "--verbose", "-q", "--quiet",
    "--without", "--with", "--only", "--extras", "-E", "--no-cache",
    "--system", "--deploy", "--dev", "-d", "--ignore-pipfile", "--skip-lock", "--clear",
    "--pre", "--site-packages", "--keep-outdated", "--selective-upgrade", "--python",
    "--locked", "--frozen", "--no-install-project", "--all-groups", "--extra",
    "--group", "--no-group", "--inexact", "--no-editable", "--all-packages", "--package",
    "--no-install-workspace", "--python-preference", "--link-mode", "--index-url",
    "--extra-index-url", "-i", "--pypi-mirror", "--no-build-isolation", "--offline"})
#: of those, the ones whose value is the next word
_PROJECT_VALUED = frozenset({"--without", "--with", "--only", "--extras", "-E", "--python",
                             "--extra", "--group", "--no-group", "--package", "-i",
                             "--python-preference", "--link-mode", "--index-url",
                             "--extra-index-url", "--pypi-mirror"})
#: options of ``uv pip sync`` that take no value
_SYNC_OPTIONS = frozenset({"--system", "--no-cache", "--compile-bytecode", "-q", "--quiet",
                           "--break-system-packages", "--strict", "--require-hashes",
                           "--no-build-isolation", "-v", "--verbose"})
_TOOLS = {"poetry install": "poetry", "pipenv install": "pipenv", "pipenv sync": "pipenv",
          "uv sync": "uv"}


def _project_install(step, kind: str, args, why: str) -> Optional[ProjectInstall]:
    """The ``ProjectInstall`` of a whole-project install, None where its options move
    the project or name packages (``pipenv install flask``)."""
    if kind == "setup.py":
        script = resolve_path(step.cwd, args[0]) if args else None
        return ProjectInstall(step.where, "pip", script and posixpath.dirname(script), why)
    words = iter(args)
    for word in words:
        option = word.partition("=")[0]
        if option not in _PROJECT_OPTIONS:
            return None
        if option in _PROJECT_VALUED and "=" not in word:
            next(words, None)
    relocks = kind == "pipenv install" and not {"--deploy", "--ignore-pipfile"} & set(args) \
        or kind == "uv sync" and not {"--locked", "--frozen"} & set(args)
    return ProjectInstall(step.where, _TOOLS[kind], step.cwd, why, relocks=relocks)


def _local_project(word: str, cwd: Optional[str]) -> Optional[Tuple[str, Tuple[str, ...]]]:
    """(image directory, extras) of a local project directory pip installs (``.``,
    ``./sub[dev]``, ``/opt/lib``), or None."""
    m = re.fullmatch(r"([^\[\]]+?)(?:\[([^\]]*)\])?", word)
    path = m and m.group(1)
    if not path or ":" in path or "@" in path or path.lower().endswith(_ARCHIVES) or \
            not (path.startswith((".", "/")) or "/" in path) or "$" in word:
        return None
    directory = resolve_path(cwd, path)
    extras = tuple(e.strip() for e in (m.group(2) or "").split(",") if e.strip())
    return (directory, extras) if directory else None


def read_installs(facts: StageFacts) -> Installs:
    """The build's Python installs, read as ``Installs``."""
    unread, named, files, projects = [], [], [], []
    for step in interpreted.steps(facts):
        found = install_args(step.argv)
        if found is None:
            continue
        kind, args = found
        where = f"the RUN at {step.where}"
        whole = _whole(kind, args)
        if kind == "uv pip sync":  # (its files are requirements files)
            values = [a for a in args if not a.startswith("-")]
            if values and all(a in _SYNC_OPTIONS for a in args if a.startswith("-")):
                files += [(step.where, v, step.cwd,
                           f"{where} installs the requirements of {v}, which is not read")
                          for v in values]
            else:
                unread.append(f"{where} installs {whole}, which is not read")
            continue
        if whole is not None:
            why = f"{where} installs {whole}, which is not read"
            found = _project_install(step, kind, args, why)
            projects.append(found) if found else unread.append(why)
            continue
        written = step.written[len(step.written) - len(args):] \
            if len(step.written) >= len(args) else ()
        i = 0
        while i < len(args):
            word = args[i]
            if word.startswith("-"):
                option, eq, value = word.partition("=")
                if not eq and option not in _READS and option not in _VALUED:
                    short = next((o for o in ("-r", "-e", "-c", "-i", "-f", "-t")
                                  if word.startswith(o) and len(word) > 2), None)
                    if short is not None:  # (-rrequirements.txt)
                        option, value, eq = short, word[2:], "="
                    elif re.fullmatch(r"-[A-Za-z]+[recift]", word):
                        option = "-" + word[-1]  # (-Ur requirements.txt: -U -r ...)
                if option in _READS:
                    if not eq:
                        i += 1
                        value = args[i] if i < len(args) else "?"
                    why = f"{where} installs {_READS[option].format(value)}, which is not read"
                    local = _local_project(value, step.cwd) \
                        if option in ("-e", "--editable") else None
                    if option in ("-r", "--requirement") and "$" not in value:
                        files.append((step.where, value, step.cwd, why))
                    elif local:
                        projects.append(ProjectInstall(step.where, "pip", local[0], why,
                                                       local[1]))
                    else:
                        unread.append(why)
                elif option in _VALUED and not eq:
                    i += 1
                i += 1
                continue
            shown = written[i] if i < len(written) else word
            # (a variable's value is split into words by the shell; a written word is one)
            for part in (word.split() or [""]) if "$" in shown else [word.strip()]:
                m = _NAMED.match(part)
                local = _local_project(part, step.cwd) if "$" not in shown else None
                if local:
                    projects.append(ProjectInstall(
                        step.where, "pip", local[0], f"{where} installs {part}, whose "
                        "packages the Dockerfile does not show", local[1]))
                elif "$" in shown and not part or "$" in shown and m is None:
                    unread.append(f"{where} installs packages named by a variable ({shown})")
                elif m is None or part.lower().endswith(_ARCHIVES) or part in (".", ".."):
                    unread.append(f"{where} installs {part}, whose packages the Dockerfile "
                                  "does not show")
                else:
                    named.append((step.where, m.group(1)))
            i += 1
    return Installs(tuple(unread), tuple(named), tuple(files), tuple(projects))


#: requirements-file options without a package: pip's index and install options
_FILE_OPTIONS = ("-i", "--index-url", "--extra-index-url", "-f", "--find-links",
                 "--trusted-host", "--no-binary", "--only-binary", "--prefer-binary", "--pre",
                 "--require-hashes", "--no-index", "--use-feature", "--config-settings")
#: nested requirements files followed at most
_DEPTH = 5


def with_requirements(installs: Installs, project) -> Installs:
    """``installs`` with the ``-r`` files read from the build context (``project``):
    the names of a file read (nested ``-r`` followed, ``-c`` constraints and pip's
    options skipped, comments, continuations and markers read as pip reads them) join
    ``named``; a file the context does not have stays unread, and a file that names a
    path, a URL or an editable install (``-e``) is unread."""
    named, files, unread = list(installs.named), [], list(installs.unread)
    for where, path, cwd, why in installs.requirement_files:
        image = resolve_path(cwd, path) if cwd or path.startswith("/") else None
        found = _read_file(project, image, 0, path) if image else None
        if found is None:
            files.append((where, path, cwd, why))
            continue
        names, problem = found
        if problem:
            unread.append(f"the RUN at {where} installs the requirements of {path}, "
                          f"which {problem}")
        named += [(f"{where} (in {shown})", n) for shown, n in names]
    return dataclasses.replace(installs, unread=tuple(unread), named=tuple(named),
                               requirement_files=tuple(files))


def _read_file(project, image: str, depth: int, shown: str = ""):
    """((file as named, name) of each package, why it is not read whole or None) of the
    requirements file at the image path ``image`` (named ``shown`` by the ``-r`` that
    reads it); None when the build context does not have it."""
    text = project.read(posixpath.dirname(image), posixpath.basename(image))
    if text is None:
        return None
    names = []
    for line in _logical_lines(text):
        if line.startswith("-"):
            option, value = _option(line)
            if option in ("-r", "--requirement"):
                if depth >= _DEPTH:
                    return names, f"nests -r files more than {_DEPTH} deep"
                nested = _read_file(project, posixpath.normpath(posixpath.join(
                    posixpath.dirname(image), value)), depth + 1, value)
                if nested is None:
                    return names, f"names {value}, which the build context does not show"
                names += nested[0]
                if nested[1]:
                    return names, nested[1]
                continue
            if option.startswith(("-c", "--constraint")) or option in _FILE_OPTIONS:
                continue
            if option in ("-e", "--editable"):
                return names, f"installs the project {value} (editable), " \
                    "whose packages are not shown"
            return names, f"installs {line} (an option the transpiler does not read)"
        requirement = line.split(" --", 1)[0].strip()  # (--hash=sha256:...)
        m = _NAMED.match(requirement)
        if m is None or requirement.lower().endswith(_ARCHIVES):
            return names, f"names {requirement}, a path or URL whose packages are not shown"
        names.append((shown or posixpath.basename(image), m.group(1)))
    return names, None


def editable_requirements(project, image: str, depth: int = 0) -> Optional[List[str]]:
    """The editable requirements (``-e``, as written) of the requirements file at the
    image path ``image`` and of the files it nests (``-r``, as ``_read_file`` follows
    them); None when the build context does not have it (a nested file it lacks adds
    none)."""
    text = project.read(posixpath.dirname(image), posixpath.basename(image))
    if text is None:
        return None
    out = []
    for line in _logical_lines(text):
        option, value = _option(line) if line.startswith("-") else (None, None)
        if option in ("-r", "--requirement") and depth < _DEPTH:
            out += editable_requirements(project, posixpath.normpath(posixpath.join(
                posixpath.dirname(image), value)), depth + 1) or []
        elif option in ("-e", "--editable") and value:
            out.append(value)
    return out


def _logical_lines(text: str):
    """The lines of a requirements file as pip reads them: continuations joined,
    comments and blank lines dropped."""
    for raw in re.sub(r"\\\n", " ", text).splitlines():
        line = re.sub(r"(^|\s)#.*$", "", raw).strip()
        if line:
            yield line


def _option(line: str) -> Tuple[str, str]:
    """(option, value) of a requirements file's option line: ``-r x``, ``-rx``,
    ``--requirement=x``, ``-e git+https://...#egg=y``, ``-egit+...``, ``--pre``."""
    m = re.match(r"(--[A-Za-z][A-Za-z0-9-]*|-[A-Za-z])\s*(?:=\s*)?(.*)$", line)
    return (m.group(1), m.group(2).strip()) if m else (line, "")


def _line(message: str) -> int:
    """The line a message's RUN is at (``the RUN at line 7 ...``), for the first one."""
    m = re.match(r"the RUN at line (\d+)", message)
    return int(m.group(1)) if m else 0


def full_image_reason(facts: StageFacts, installs: Optional[Installs] = None) -> Optional[str]:
    """Why the runner must be the full builder image itself, or None: a named package
    that uses what the slim sibling lacks, else an install that is not read."""
    installs = installs or read_installs(facts)
    image = facts.base.reference
    for where, name in installs.named:
        use = full_image_need(name)
        if use is not None:
            return (f"the RUN at {where} installs {name}, which {use}: {image} has that "
                    "and its slim sibling does not")
    # (of one RUN, the project installs before the -r files, as when neither was read)
    unread = sorted(installs.unread + tuple(p.why for p in installs.projects) +
                    tuple(f[3] for f in installs.requirement_files), key=_line)
    if unread:
        return (f"{unread[0]}: they may load libraries or run programs {image} has and "
                "its slim sibling lacks (libmagic through python-magic, git through "
                "GitPython ...)")
    return None
