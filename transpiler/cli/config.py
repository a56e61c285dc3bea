"""Project configuration: ``[tool.dtranspile]`` / ``.dtranspile.toml`` and ``.editorconfig``.

Why here and not in the CLI: the command line and the language server must agree on
what a file's formatting options are, so both ask ``resolve(path)``.

Precedence, highest first: flags given on the command line (the caller applies them),
the nearest dtranspile configuration (``.dtranspile.toml`` with top-level keys, or a
``pyproject.toml`` that has a ``[tool.dtranspile]`` table, whichever is found first
walking up from the file's folder; the walk stops at a folder holding ``.git``), then
``.editorconfig`` sections matching the file, then the defaults.  An unknown key or a
wrong value is a ``ConfigError`` naming the file and the key, never a silent default:
a typo in a config file should not quietly format a whole repository differently.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from .. import safe_files
from ..tree.errors import DtranspileError
from ..tree.records import FrozenRecord, _meta, _set_attr, record
from . import editorconfig_glob
from .editorconfig_glob import glob_matches  # noqa: F401 - part of this module's API

PROJECT_FILE = ".dtranspile.toml"
DEFAULT_NAME = "Dockerfile"  # what stdin is matched as in .editorconfig globs


class ConfigError(DtranspileError):
    """A configuration file that cannot be used; ``str()`` names the file and key."""


@record
class Settings(FrozenRecord):
    """Formatter and transpiler options for one file, with where they came from."""

    indent: str = "    "
    operator_position: str = "start"
    end_of_line: Optional[str] = None  # None: keep what the formatter produces
    insert_final_newline: bool = True
    runtime: Optional[str] = None
    #: option name -> file that set it (for --verbose and for the precedence rules)
    origin: Dict[str, str] = _meta(None)

    def __init__(self, indent="    ", operator_position="start", end_of_line=None,
                 insert_final_newline=True, runtime=None, origin=None):
        _set_attr(self, "__dict__", {
            "indent": indent, "operator_position": operator_position,
            "end_of_line": end_of_line, "insert_final_newline": insert_final_newline,
            "runtime": runtime, "origin": {} if origin is None else origin})


def parse_indent(value, where: str = "--indent") -> str:
    """``4`` / ``"4"`` -> four spaces, ``"tab"`` -> a tab."""
    if isinstance(value, str) and value in ("tab", "tabs", "\t"):
        return "\t"
    if isinstance(value, bool):
        raise ValueError(f"{where}: use a number of spaces (1-16) or 'tab'")
    if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
        if 0 < int(value) <= 16:
            return " " * int(value)
    raise ValueError(f"{where}: use a number of spaces (1-16) or 'tab', not {value!r}")


# --------------------------------------------------------------------- dtranspile keys

def _choice(*allowed):
    def check(value, where):
        if value not in allowed:
            raise ValueError(f"{where}: expected one of {', '.join(map(repr, allowed))}, "
                             f"not {value!r}")
        return value
    return check


def _bool(value, where):
    if not isinstance(value, bool):
        raise ValueError(f"{where}: expected true or false, not {value!r}")
    return value


def _string(value, where):
    if not isinstance(value, str) or not value:
        raise ValueError(f"{where}: expected a non-empty string, not {value!r}")
    return value


#: config key -> (Settings field, validator)
KEYS = {
    "indent": ("indent", lambda v, where: parse_indent(v, where)),
    "operator-position": ("operator_position", _choice("start", "end")),
    "end-of-line": ("end_of_line", _choice("lf", "crlf")),
    "insert-final-newline": ("insert_final_newline", _bool),
    "runtime": ("runtime", _string),
}


def _load_toml(path: str) -> dict:
    try:
        import tomllib
    except ModuleNotFoundError:  # pragma: no cover - Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        data = safe_files.read_bytes(path, safe_files.PROJECT_FILE_LIMIT)
    except safe_files.UnsafeFile as exc:
        raise ConfigError(f"{path}: cannot read: it {exc.reason}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: not UTF-8 (byte offset {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: nested too deeply to read") from None


def read_table(path: str) -> Optional[dict]:
    """The dtranspile table of ``path``, or None when a pyproject.toml has none."""
    data = _load_toml(path)
    if os.path.basename(path) == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get("dtranspile") if isinstance(tool, dict) else None
        if table is None:
            return None
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.dtranspile] must be a table")
        return table
    return data


def validate(path: str, table: dict) -> Dict[str, object]:
    """Settings fields from one table; ConfigError naming the file and the key."""
    section = "[tool.dtranspile]" if os.path.basename(path) == "pyproject.toml" else ""
    out: Dict[str, object] = {}
    for key, value in table.items():
        name = key.replace("_", "-")
        if name not in KEYS:
            known = ", ".join(sorted(KEYS))
            raise ConfigError(f"{path}: unknown key {key!r}{' in ' + section if section else ''}"
                              f" (known keys: {known})")
        attr, check = KEYS[name]
        try:
            out[attr] = check(value, key)
        except ValueError as exc:
            raise ConfigError(f"{path}: {exc}") from None
    return out


def _stamp(path: str) -> Optional[Tuple[int, int]]:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=256)
def _project_file_cached(path: str, stamp) -> Optional[Dict[str, object]]:
    table = read_table(path)
    return None if table is None else validate(path, table)


def find_project_config(folder: str) -> Tuple[Optional[str], Dict[str, object]]:
    """The nearest dtranspile config at or above ``folder``: (path, fields)."""
    return Lookup().project_config(os.path.abspath(folder))


# -------------------------------------------------------------------------- editorconfig

@lru_cache(maxsize=256)
def _editorconfig_cached(path: str, stamp) -> Tuple[bool, List[Tuple[str, Dict[str, str]]]]:
    """(root, [(section glob, properties)]) of one .editorconfig (INI, lenient)."""
    root, sections = False, []
    current: Optional[Dict[str, str]] = None
    try:  # a FIFO, a device or an oversized file counts as no file, like a missing one
        lines = safe_files.read_text(path, safe_files.PROJECT_FILE_LIMIT).splitlines()
    except OSError:
        return False, []
    for raw in lines:
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            current = {}
            sections.append((line[1:-1], current))
            continue
        if "=" not in line:
            continue
        key, _, value = line.partition("=")
        key, value = key.strip().lower(), value.strip()
        if current is None:
            if key == "root":
                root = value.lower() == "true"
        else:
            current[key] = value
    return root, sections


def editorconfig_properties(filepath: str) -> Tuple[Dict[str, str], Dict[str, str]]:
    """Properties for ``filepath`` (closer files and later sections win), and for each
    property the .editorconfig that set it."""
    filepath = os.path.abspath(filepath)
    return _matching(filepath, Lookup().editorconfigs(os.path.dirname(filepath)))


def _matching(filepath: str, chain) -> Tuple[Dict[str, str], Dict[str, str]]:
    props: Dict[str, str] = {}
    origin: Dict[str, str] = {}
    for folder, path, sections in chain:  # farthest first, nearest wins
        rel = os.path.relpath(filepath, folder).replace(os.sep, "/")
        budget = editorconfig_glob.Budget(editorconfig_glob.FILE_BUDGET)
        for pattern, values in sections:
            try:
                matched = glob_matches(pattern, rel, budget)
            except editorconfig_glob.TooComplex:
                raise ConfigError(f"{path}: section globs too complex to match "
                                  f"(more than {editorconfig_glob.FILE_BUDGET} steps)") from None
            if matched:
                for key, value in values.items():
                    props[key] = value.lower() if key != "indent_size" else value
                    origin[key] = path
    return props, origin


def _from_editorconfig(filepath: str) -> Tuple[Dict[str, object], Dict[str, str]]:
    return _editorconfig_settings(*editorconfig_properties(filepath))


def _editorconfig_settings(props, where) -> Tuple[Dict[str, object], Dict[str, str]]:
    out: Dict[str, object] = {}
    origin: Dict[str, str] = {}
    style = props.get("indent_style")
    size = props.get("indent_size")
    if style == "tab":
        out["indent"], origin["indent"] = "\t", where["indent_style"]
    elif size and size.isdigit() and 0 < int(size) <= 16 and style in (None, "space"):
        out["indent"], origin["indent"] = " " * int(size), where["indent_size"]
    if props.get("end_of_line") in ("lf", "crlf"):
        out["end_of_line"], origin["end_of_line"] = props["end_of_line"], where["end_of_line"]
    if props.get("insert_final_newline") in ("true", "false"):
        out["insert_final_newline"] = props["insert_final_newline"] == "true"
        origin["insert_final_newline"] = where["insert_final_newline"]
    return out, origin


# ------------------------------------------------------------------------------ resolve

def resolve(filepath: Optional[str] = None) -> Settings:
    """Settings for a Dockerfile at ``filepath`` (which need not exist; None means
    standard input read in the current folder).  Every call looks the files up again,
    so a long-lived caller (the language server) sees each edit of them."""
    return Lookup().resolve(filepath)


class Lookup:
    """``resolve`` for the many files of one run: the folders above are searched once per
    folder, not once per file, and a folder without an .editorconfig above it gets one
    Settings for all its files.  Build a new one per run: it does not see configuration
    files change under it (a file's content is still re-read when its stamp changes)."""

    def __init__(self):
        self._project: Dict[str, Tuple[Optional[str], Dict[str, object]]] = {}
        self._editor: Dict[str, tuple] = {}
        self._plain: Dict[str, Settings] = {}  # folder -> Settings, no .editorconfig above

    def resolve(self, filepath: Optional[str] = None) -> Settings:
        if filepath is None:
            filepath = os.path.join(os.getcwd(), DEFAULT_NAME)
        # the folder as given is looked up first: abspath asks for the current folder
        settings = self._plain.get(os.path.dirname(filepath))
        if settings is not None:
            return settings
        given = os.path.dirname(filepath)
        filepath = os.path.abspath(filepath)
        folder = os.path.dirname(filepath)
        settings = self._plain.get(folder)
        if settings is not None:
            self._plain[given] = settings
            return settings
        chain = self.editorconfigs(folder)
        values, origin = _editorconfig_settings(*_matching(filepath, chain))
        path, fields = self.project_config(folder)
        values.update(fields)
        origin.update({name: path for name in fields})
        settings = Settings(**values, origin=origin)
        if not chain:
            self._plain[folder] = self._plain[given] = settings
        return settings

    def project_config(self, folder: str) -> Tuple[Optional[str], Dict[str, object]]:
        """The nearest dtranspile config at or above the absolute ``folder``."""
        found = self._project.get(folder)
        if found is not None:
            return found
        for name in (PROJECT_FILE, "pyproject.toml"):
            candidate = os.path.join(folder, name)
            stamp = _stamp(candidate)
            if stamp is not None:
                fields = _project_file_cached(candidate, stamp)
                if fields is not None:
                    found = (candidate, fields)
                    break
        else:
            parent = os.path.dirname(folder)
            if parent == folder or os.path.exists(os.path.join(folder, ".git")):
                found = (None, {})
            else:
                found = self.project_config(parent)
        self._project[folder] = found
        return found

    def editorconfigs(self, folder: str) -> tuple:
        """The .editorconfig files that apply in the absolute ``folder``, farthest first:
        ``((folder, path, sections), ...)``, up to the first one marked ``root``."""
        chain = self._editor.get(folder)
        if chain is not None:
            return chain
        candidate = os.path.join(folder, ".editorconfig")
        stamp = _stamp(candidate)
        own = ()
        root = False
        if stamp is not None:
            root, sections = _editorconfig_cached(candidate, stamp)
            own = ((folder, candidate, sections),)
        parent = os.path.dirname(folder)
        above = () if root or parent == folder else self.editorconfigs(parent)
        chain = self._editor[folder] = above + own
        return chain
