"""What a Go build context shows about cgo and time zones, read from its files (go.mod,
the ``.go`` sources, vendor/ included): the whole context is read, a superset of what
the Dockerfile copies, so a cgo import anywhere keeps cgo (the safe direction).

Modules listed here compile without cgo to a stub that fails at run time (so
``CGO_ENABLED=0`` would build and then break); modules that need cgo without a stub
fail the build instead, which the user sees."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional, Tuple

from .. import safe_files

#: go.mod module paths whose package builds a failing stub without cgo
CGO_STUB_MODULES = (
    "github.com/mattn/go-sqlite3",  # "Binary was compiled with 'CGO_ENABLED=0'"
    "github.com/mattn/go-oci8",
    "github.com/go-gl/",
    "github.com/confluentinc/confluent-kafka-go",
    "github.com/DataDog/zstd",
    "github.com/google/gopacket/pcap",
)
_IMPORT_C = re.compile(r'^\s*import\s*(\(\s*)?(\w+\s+)?"C"', re.M)
_IMPORT_C_BLOCK = re.compile(r'^\s*import\s*\(([^)]*)\)', re.M | re.S)
_TZDATA = re.compile(r'"time/tzdata"')
#: a program os/exec starts or looks up by a literal name (or by its path in the
#: directories the distribution's packages put programs in)
_EXEC = re.compile(r'\bexec\.(?:Command(?:Context)?\(\s*(?:[\w.]+\s*,\s*)?|LookPath\(\s*)'
                   r'"(?:/usr/bin/|/bin/)?([^"\s/]+)"')
#: files read at most, so a huge context does not stall the transpiler
MAX_FILES = 5000
_SKIP = {".git", "node_modules", "testdata"}


def _go_files(sent):
    """The Go sources BuildKit sends (``sent``: its .dockerignore applied)."""
    count = 0
    for rel in sent.walk(skip=_SKIP):
        name = posixpath.basename(rel)
        if name.endswith(".go") and not name.endswith("_test.go"):
            count += 1
            if count > MAX_FILES:
                return
            yield Path(sent.root) / rel


def _read(path: Path, root: Path) -> Optional[str]:
    """The file's text through ``safe_files`` (a regular file inside the context, at
    most 1 MB, within the read time bound): ``""`` when it does not exist, None when it
    exists but may not be read (a FIFO, a device, a link out, too large)."""
    try:
        return safe_files.read_text(path, safe_files.PROJECT_FILE_LIMIT, within=root,
                                    timeout=safe_files.READ_SECONDS)
    except safe_files.ReadTimeout:
        raise  # the caller stops reading this context
    except safe_files.UnsafeFile:
        return None
    except OSError:
        return ""


@dataclass(frozen=True)
class ContextScan:
    """What the Go sources of a build context show: why they need cgo (empty: nothing
    shows it) and whether one imports time/tzdata (zoneinfo in the binary)."""

    cgo: Tuple[str, ...]
    embeds_tzdata: bool
    #: (program, source file) of the programs a source starts by a literal name
    #: (``exec.Command("ssh", ...)``, ``exec.LookPath("git")``), first file each
    runs: Tuple[Tuple[str, str], ...] = ()
    #: how many Go sources were read (none: what the build compiles is fetched)
    sources: int = field(default=0, compare=False)


def scan_context(sent) -> ContextScan:
    """One pass over go.mod and the sources: each file is read once (every one: the
    programs the sources start are gathered from all), and reading stops when a read
    stalls (the rest of the context would stall too: the answers so far stand, in the
    safe direction, cgo kept, zoneinfo not assumed embedded)."""
    found: List[str] = []
    root = Path(sent.root)
    try:
        # (refused or not sent: absent, as the recipes read it)
        mod = (_read(root / "go.mod", root) if sent.sends("go.mod") else "") or ""
    except safe_files.ReadTimeout:
        return ContextScan(('the build context could not be read in time (a source may '
                            'import "C")',), False)
    for module in CGO_STUB_MODULES:
        if module in mod:
            found.append(f"go.mod requires {module.rstrip('/')}, which needs cgo")
    source_cgo, tzdata = False, False
    imports, folders, files = set(), set(), 0
    runs: dict = {}
    for path in _go_files(sent):
        files += 1
        try:
            text = _read(path, root)
        except safe_files.ReadTimeout:
            if not source_cgo:
                found.append(f"{path.relative_to(root)} could not be read in time (it may "
                             'import "C")')
            break
        if not mod and text:
            folders.add(path.parent.relative_to(root).as_posix())
            imports.update(_imports(text))
        if not source_cgo:
            if text is None:  # unread: it may import "C", so cgo stays (the safe direction)
                found.append(f"{path.relative_to(root)} could not be read safely (it may "
                             'import "C")')
                source_cgo = True
            elif _IMPORT_C.search(text) or any('"C"' in block for block in
                                               _IMPORT_C_BLOCK.findall(text)):
                found.append(f'{path.relative_to(root)} imports "C"')
                source_cgo = True
        tzdata = tzdata or bool(text and _TZDATA.search(text))
        for program in _EXEC.findall(text or ""):
            runs.setdefault(program, path.relative_to(root).as_posix())
    if not mod and not source_cgo:
        found.extend(_fetched_without_module(imports, folders, files))
    return ContextScan(tuple(found), tzdata, tuple(sorted(runs.items())), files)


_IMPORT_ONE = re.compile(r'^\s*import\s+(?:[\w.]+\s+)?"([^"]+)"', re.M)
_IMPORT_PATH = re.compile(r'^\s*(?:[\w.]+\s+)?"([^"]+)"', re.M)


def _imports(text: str) -> List[str]:
    """The import paths of one Go source."""
    out = _IMPORT_ONE.findall(text)
    for block in _IMPORT_C_BLOCK.findall(text):
        out += _IMPORT_PATH.findall(block)
    return out


def _fetched_without_module(imports, folders, files: int) -> List[str]:
    """Why cgo stays where the context has no go.mod (GOPATH mode, ``go get``): a
    package it imports that is no standard one (a dot in its first element) and that no
    folder of the context holds (its own packages, vendor/) is fetched by the build, and
    nothing read says whether it needs cgo (github.com/mattn/go-sqlite3 compiles to a
    failing stub without it); a context without Go sources shows nothing at all."""
    if not files:
        return ["the build context has no Go sources and no go.mod: what the build "
                "compiles (fetched by go get) is not read"]
    held = {f for f in folders if f != "."}
    for path in sorted(imports):
        if "." not in path.split("/")[0] or path == "C":
            continue
        if any(path == f or path.endswith("/" + f) or f == "vendor/" + path or
               f.endswith("/vendor/" + path) for f in held):
            continue
        return [f"the sources import {path}, which no folder of the build context holds "
                "and, without go.mod, the build fetches: whether it needs cgo is not known"]
    return []
