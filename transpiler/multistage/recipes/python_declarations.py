"""The packages a project install brings, read from the project's own declarations in
the build context (``python_full_image`` asks: may one of them use what the full
``python`` image has and its slim sibling lacks?).

Which file tells what, and how much of it:

* a **lock** lists every package the install brings, its dependencies' dependencies
  too: ``poetry.lock`` (``poetry install``), ``Pipfile.lock``'s ``default`` and
  ``develop`` sections (``pipenv install``/``sync``), ``uv.lock`` (``uv sync``).  All
  sections and groups are read, installed or not: a name too many can only keep the
  full image.
* a **direct list** names only what the project itself requires: pyproject.toml's
  ``[project] dependencies`` (and the ``optional-dependencies`` of the extras asked
  for, ``pip install '.[dev]'``; ``[tool.setuptools.dynamic]`` requirement files),
  ``[tool.poetry.dependencies]`` and its groups, ``[dependency-groups]``, the Pipfile's
  ``[packages]``/``[dev-packages]``, setup.cfg's ``install_requires``, and setup.py's
  ``install_requires`` where it is a literal list (read with ``ast``, never run).
  Build-system requirements are left out: they are installed only while the wheel
  is built.

Is a direct list enough to pick the slim runner?  The packages of the table
(``knowledge.python_full_image``) are bindings a project names itself (python-magic,
Wand, GitPython); what reaches them through another package is a known few
(streamlit, mlflow and kedro require GitPython, unstructured python-magic ...), listed
with their sources in ``FULL_IMAGE_DEPENDENTS`` and checked for every name a direct
list gives, as for the packages the Dockerfile and its requirements files name (which
are direct lists too, and were read so before).  A package that requires a table
package and is not in that list is the rest risk; requiring a lock for every
``pip install .`` would keep the full image for every project that has none, which
is what reading the declarations is for.

A declaration the transpiler cannot read whole keeps the install unread, and so the
full image: dependencies declared ``dynamic`` (other than setuptools' requirement
files), a setup.py that computes them or passes ``**kwargs``, a dependency given by
path, URL or VCS, TOML or JSON that does not parse.  Where a lock may be re-resolved
(``pipenv install`` without ``--deploy``, ``uv sync`` without ``--locked``/``--frozen``:
a changed Pipfile or pyproject.toml is locked again), the direct list is read beside
it."""

from __future__ import annotations

import ast
import configparser
import dataclasses
import json
import posixpath
import re
from dataclasses import dataclass
from typing import Iterable, List, Optional, Tuple

from ...analysis.state import resolve_path

#: a requirement string (PEP 508) whose package the name alone tells: no ``@ URL``
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*"
                          r"(\[[^\]]*\])?\s*([(<>=!~][^;@]*)?(;[^@]*)?$")
#: what a Poetry or Pipfile dependency table names that is not an index package
_NOT_INDEX = ("path", "git", "url", "file", "hg", "svn", "bzr")


@dataclass(frozen=True)
class Declared:
    """What a project's declarations show: (file, name) of each package, why they
    are not read whole (None: they are), and the files read."""

    names: Tuple[Tuple[str, str], ...]
    problem: Optional[str]
    files: Tuple[str, ...]


def _toml(text: str):
    """The TOML document ``text`` as a dict, or None where it does not parse."""
    try:
        import tomllib
    except ModuleNotFoundError:  # pragma: no cover - Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        data = tomllib.loads(text)
    except (ValueError, RecursionError):  # (TOMLDecodeError is a ValueError)
        return None
    return data if isinstance(data, dict) else None


def _table(data, *keys) -> dict:
    for key in keys:
        data = data.get(key) if isinstance(data, dict) else None
    return data if isinstance(data, dict) else {}


class _Reader:
    """Names gathered from one project directory's files, stopping at the first
    declaration not read whole."""

    def __init__(self, project, directory: str):
        self.project, self.directory = project, directory
        self.names: List[Tuple[str, str]] = []
        self.files: List[str] = []
        self.problem: Optional[str] = None

    def read(self, name: str) -> Optional[str]:
        return self.project.read(self.directory, name)

    def shown(self, name: str) -> str:
        return posixpath.join(self.directory, name)

    def toml(self, name: str) -> Optional[dict]:
        """The TOML file ``name`` of the project, None where the context does not show
        it ({} where it does not parse: the problem is noted)."""
        text = self.read(name)
        if text is None:
            return None
        data = _toml(text)
        if data is None:
            self.fail(f"{self.shown(name)} is not TOML the transpiler reads")
            return {}
        self.files.append(self.shown(name))
        return data

    def fail(self, problem: str) -> None:
        self.problem = self.problem or problem

    def requirements(self, shown: str, items: Iterable) -> None:
        """PEP 508 requirement strings."""
        for item in items:
            m = _REQUIREMENT.match(item) if isinstance(item, str) else None
            if m is None:
                return self.fail(f"{shown} requires {item!r}, a path or URL whose packages "
                                 "are not shown" if isinstance(item, str) else
                                 f"{shown} declares a requirement that is not a string")
            self.names.append((shown, m.group(1)))

    def tables(self, shown: str, table: dict) -> None:
        """A Poetry or Pipfile dependency table: name -> version, or a table or list of
        tables (``{path = "../lib"}`` is not read)."""
        for name, spec in table.items():
            if name.lower() == "python":
                continue
            specs = spec if isinstance(spec, list) else [spec]
            if any(isinstance(s, dict) and any(k in s for k in _NOT_INDEX) for s in specs):
                return self.fail(f"{shown} takes {name} from a path, URL or repository, "
                                 "whose packages are not shown")
            self.names.append((shown, name))

    def result(self) -> Declared:
        return Declared(tuple(self.names), self.problem, tuple(self.files))


def _extras_table(reader: _Reader, shown: str, table, extras, what: str) -> None:
    for extra in extras:
        items = table.get(extra) if isinstance(table, dict) else None
        if items is None and not isinstance(table, dict):
            return reader.fail(f"{shown} declares the extra {extra} in a way not read ({what})")
        reader.requirements(shown, items or ())


def pip_project(project, directory: str, extras: Tuple[str, ...] = ()) -> Optional[Declared]:
    """What ``pip install <directory>`` (``-e``, ``[extras]``, ``uv pip install``,
    ``setup.py install``) installs besides the project itself: its pyproject.toml's
    ``[project]`` (PEP 621) or ``[tool.poetry]`` dependencies, else setup.cfg's and
    setup.py's.  None where the context shows none of these files."""
    reader = _Reader(project, directory)
    found = reader.toml("pyproject.toml")
    if reader.problem:
        return reader.result()
    data = found or {}
    backend = str(_table(data, "build-system").get("build-backend", "setuptools"))
    meta = _table(data, "project")
    poetry = _table(data, "tool", "poetry")
    if meta:
        _pep621(reader, data, meta, extras)
        if reader.problem is None and "dependencies" in (meta.get("dynamic") or []) and \
                not _table(data, "tool", "setuptools", "dynamic", "dependencies"):
            if not backend.startswith("setuptools"):
                reader.fail(f"{reader.shown('pyproject.toml')} declares its dependencies "
                            f"dynamic, for {backend} to compute")
            else:
                _legacy(reader, extras, required=True)
        return reader.result()
    if poetry and backend.startswith("poetry"):
        reader.tables(reader.shown("pyproject.toml"), _table(poetry, "dependencies"))
        return reader.result()
    if found is not None and not backend.startswith("setuptools"):
        reader.fail(f"{reader.shown('pyproject.toml')} names no [project] dependencies for "
                    f"{backend}")
        return reader.result()
    if not _legacy(reader, extras, required=found is not None):
        return None
    return reader.result()


def _pep621(reader: _Reader, data: dict, meta: dict, extras) -> None:
    shown = reader.shown("pyproject.toml")
    dynamic = meta.get("dynamic") or []
    if isinstance(meta.get("name"), str):
        reader.names.append((shown, meta["name"]))
    if "dependencies" in dynamic:
        files = _table(data, "tool", "setuptools", "dynamic", "dependencies").get("file")
        for path in [files] if isinstance(files, str) else files or []:
            _requirements_file(reader, str(path))
    else:
        reader.requirements(shown, meta.get("dependencies") or ())
    if extras and "optional-dependencies" in dynamic:
        return reader.fail(f"{shown} declares its optional dependencies dynamic")
    _extras_table(reader, shown, meta.get("optional-dependencies") or {}, extras, "a table")


def _requirements_file(reader: _Reader, path: str) -> None:
    from .python_full_image import _read_file
    image = resolve_path(reader.directory, path)
    found = _read_file(reader.project, image, 0, path) if image else None
    if found is None:
        return reader.fail(f"the build context does not show {reader.shown(path)}, "
                           "which pyproject.toml reads the dependencies from")
    reader.files.append(image)
    reader.names += found[0]
    if found[1]:
        reader.fail(f"{image} {found[1]}")


def _legacy(reader: _Reader, extras, required: bool) -> bool:
    """setup.py's and setup.cfg's ``install_requires``: False where neither file is
    shown (a problem instead when ``required``)."""
    script, cfg = reader.read("setup.py"), reader.read("setup.cfg")
    if script is None and cfg is None:
        if required:
            reader.fail(f"the build context shows neither {reader.shown('setup.py')} nor "
                        "setup.cfg, which would declare the dependencies")
        return required
    kwargs = _setup_call(reader, script) if script is not None else {}
    if kwargs is None:
        return True
    if "install_requires" in kwargs or ("extras_require" in kwargs and extras):
        _setup_literals(reader, kwargs, extras)
        if "install_requires" in kwargs:
            return True
    if cfg is not None:
        _setup_cfg(reader, cfg, extras)
    return True


def _setup_call(reader: _Reader, text: str) -> Optional[dict]:
    """The keywords of setup.py's one ``setup(...)`` call, or None (a problem noted)."""
    shown = reader.shown("setup.py")
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        reader.fail(f"{shown} is not Python the transpiler reads")
        return None
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and (
        isinstance(n.func, ast.Name) and n.func.id == "setup" or
        isinstance(n.func, ast.Attribute) and n.func.attr == "setup")]
    if len(calls) != 1 or any(k.arg is None for k in calls[0].keywords):
        reader.fail(f"{shown} does not call setup() once with its keywords written out")
        return None
    reader.files.append(shown)
    return {k.arg: k.value for k in calls[0].keywords}


def _setup_literals(reader: _Reader, kwargs: dict, extras) -> None:
    shown = reader.shown("setup.py")
    try:
        requires = ast.literal_eval(kwargs["install_requires"]) \
            if "install_requires" in kwargs else []
        table = ast.literal_eval(kwargs["extras_require"]) if extras else {}
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return reader.fail(f"{shown} computes its install_requires or extras_require")
    if isinstance(requires, str):
        requires = requires.splitlines()
    if not isinstance(requires, (list, tuple)):
        return reader.fail(f"{shown} computes its install_requires")
    reader.requirements(shown, [r for r in requires if not isinstance(r, str) or r.strip()])
    _extras_table(reader, shown, table, extras, "not a literal table")


def _setup_cfg(reader: _Reader, text: str, extras) -> None:
    shown = reader.shown("setup.cfg")
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(text)
    except (configparser.Error, UnicodeError):
        return reader.fail(f"{shown} is not a configuration the transpiler reads")
    reader.files.append(shown)

    def lines(value: str):
        items = [v.split("#", 1)[0].strip() for v in value.splitlines()]
        return [v for v in items if v]

    requires = parser.get("options", "install_requires", fallback="")
    if requires.strip().startswith(("file:", "attr:")):
        return reader.fail(f"{shown} reads install_requires from {requires.strip()}")
    reader.requirements(shown, lines(requires))
    for extra in extras:
        reader.requirements(shown, lines(parser.get("options.extras_require", extra,
                                                    fallback="")))


def _lock_names(reader: _Reader, name: str) -> Optional[bool]:
    """The ``[[package]]`` names of a poetry.lock or uv.lock: None where absent."""
    text = reader.read(name)
    if text is None:
        return None
    data = _toml(text)
    packages = data.get("package") if data else None
    if not isinstance(packages, list) or not all(isinstance(p, dict) for p in packages):
        reader.fail(f"{reader.shown(name)} is not a lock the transpiler reads")
        return True
    reader.files.append(reader.shown(name))
    reader.names += [(reader.shown(name), str(p.get("name"))) for p in packages
                     if p.get("name")]
    return True


def poetry_project(project, directory: str) -> Optional[Declared]:
    """What ``poetry install`` installs: poetry.lock (transitive), else the dependency
    tables of pyproject.toml (every group, and ``[project]``'s for Poetry 2)."""
    reader = _Reader(project, directory)
    if _lock_names(reader, "poetry.lock"):
        return reader.result()
    data = reader.toml("pyproject.toml")
    if data is None:
        return None
    shown = reader.shown("pyproject.toml")
    poetry = _table(data, "tool", "poetry")
    reader.tables(shown, _table(poetry, "dependencies"))
    reader.tables(shown, _table(poetry, "dev-dependencies"))
    for group in _table(poetry, "group").values():
        reader.tables(shown, _table(group, "dependencies"))
    meta = _table(data, "project")
    if "dependencies" in (meta.get("dynamic") or []):
        reader.fail(f"{shown} declares its dependencies dynamic")
    reader.requirements(shown, meta.get("dependencies") or ())
    return reader.result()


def uv_project(project, directory: str, relocks: bool) -> Optional[Declared]:
    """What ``uv sync`` installs: uv.lock (transitive; with the direct lists too when
    ``relocks``: uv locks a changed pyproject.toml again), else pyproject.toml's
    dependencies, every extra and every dependency group."""
    reader = _Reader(project, directory)
    locked = _lock_names(reader, "uv.lock")
    if locked and not relocks:
        return reader.result()
    data = reader.toml("pyproject.toml")
    if data is None:
        return reader.result() if locked else None
    shown = reader.shown("pyproject.toml")
    meta = _table(data, "project")
    dynamic = meta.get("dynamic") or []
    if "dependencies" in dynamic or "optional-dependencies" in dynamic:
        reader.fail(f"{shown} declares its dependencies dynamic")
    reader.requirements(shown, meta.get("dependencies") or ())
    for items in list((meta.get("optional-dependencies") or {}).values()) + \
            list(_table(data, "dependency-groups").values()) + \
            [_table(data, "tool", "uv").get("dev-dependencies") or []]:
        # ({include-group = "x"}: that group is read as it is a group too)
        reader.requirements(shown, [i for i in items if not isinstance(i, dict)]
                            if isinstance(items, list) else [items])
    return reader.result()


def pipenv_project(project, directory: str, relocks: bool) -> Optional[Declared]:
    """What ``pipenv install``/``sync`` installs: Pipfile.lock's ``default`` and
    ``develop`` sections (transitive; with the Pipfile too when ``relocks``: pipenv
    locks a changed Pipfile again), else the Pipfile's package tables."""
    reader = _Reader(project, directory)
    text = reader.read("Pipfile.lock")
    if text is not None:
        shown = reader.shown("Pipfile.lock")
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            data = None
        sections = [data.get(s) for s in ("default", "develop")] \
            if isinstance(data, dict) else [False]
        if not all(isinstance(s, (dict, type(None))) for s in sections):
            reader.fail(f"{shown} is not a lock the transpiler reads")
            return reader.result()
        reader.files.append(shown)
        reader.names += [(shown, name) for s in sections for name in (s or {})]
        if not relocks:
            return reader.result()
    data = reader.toml("Pipfile")
    if data is None:
        return reader.result() if text is not None else None
    shown = reader.shown("Pipfile")
    reader.tables(shown, _table(data, "packages"))
    reader.tables(shown, _table(data, "dev-packages"))
    return reader.result()


def with_projects(installs, project):
    """``installs`` (``python_full_image.Installs``) with each project install read
    from its declarations in the build context: their names join ``named``, a
    declaration not read whole makes the install unread with its reason, and an
    install whose files the context does not show stays as it was."""
    named, unread = list(installs.named), list(installs.unread)
    projects, read = [], list(installs.declarations)
    for install in installs.projects:
        declared = None
        if install.directory:
            if install.kind == "pip":
                declared = pip_project(project, install.directory, install.extras)
            elif install.kind == "poetry":
                declared = poetry_project(project, install.directory)
            elif install.kind == "pipenv":
                declared = pipenv_project(project, install.directory, install.relocks)
            else:
                declared = uv_project(project, install.directory, install.relocks)
        if declared is None:
            projects.append(install)
            continue
        named += [(f"{install.where} (in {shown})", name) for shown, name in declared.names]
        read += [f for f in declared.files if f not in read]
        if declared.problem:
            unread.append(f"{install.why}: {declared.problem}")
    return dataclasses.replace(installs, named=tuple(named), unread=tuple(unread),
                               projects=tuple(projects), declarations=tuple(read))
