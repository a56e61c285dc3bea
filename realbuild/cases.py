"""Sample cases: each folder of realbuild/cases/ is a build context with a single-stage
``Dockerfile`` as people write them, the program's sources, and ``case.json``:

    {
      "ecosystem": "go",
      "description": "...",
      "runtime": null | "IMAGE",            # passed as --runtime
      "build_args": {"NAME": "value"},      # --build-arg, to the original and the rewrite
      "runtime_why": "...",                 # why (e.g. the default runner is alpine)
      "run": {"args": [...], "env": {...}}, # a CLI: compare stdout + exit code
      "probe": {"port_env": "PORT", "paths": ["/", ...]},  # a server: compare HTTP answers
                                            # ("healthcheck": true also runs its HEALTHCHECK)
      "needs": ["time-zones", ...],         # the runtime needs its behaviour depends on
      "known_failure": "...",               # what today's transpiler gets wrong (an
                                            # expected failure until it is fixed)
      "context": false,                     # transpile as `dtranspile - < Dockerfile`:
                                            # no project files read (default true)
      "volatile": ["regex", ...]            # output a build writes of its own moment
    }                                       # (a build date), masked on both sides

Sources several samples share (a C extension, a gem, a Maven project) live once in
``realbuild/fixtures/<name>/``.  A case names the ones it uses in ``fixtures.json`` beside
case.json (``{"jsonnorm": "pkg"}``: realbuild/fixtures/jsonnorm/* at pkg/);
``build_context`` copies the case folder (without fixtures.json) and each fixture it
names (into the directory given, relative to the context) to the folder the harness
transpiles and builds from, so every build sees the context it would see with the files
copied into the case folder by hand.  The names are kept out of case.json, which is part
of the context: the contexts are byte for byte those of the cases that held copies, so
the image store's layer cache still serves them.

A server says where it listens with ``port_env`` (the harness picks a free port and sets
the variable) or ``port`` (fixed); ``transpiled_port`` is where the rewrite listens when
the transpiler changes that on purpose (none does today: static sites keep their port).
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Dict, List, Optional, Tuple

CASES_DIR = Path(__file__).resolve().parent / "cases"
FIXTURES_DIR = Path(__file__).resolve().parent / "fixtures"


@dataclass
class Case:
    name: str
    path: Path
    ecosystem: str
    description: str = ""
    runtime: Optional[str] = None
    runtime_why: str = ""
    build_args: Dict[str, str] = field(default_factory=dict)
    args: List[str] = field(default_factory=list)
    env: Dict[str, str] = field(default_factory=dict)
    probe: Optional[dict] = None
    expect: str = "same"  # "same" | "declined" (a known decline, not a failure)
    needs: List[str] = field(default_factory=list)
    known_failure: str = ""
    #: the transpiler reads the case folder as the build context (False: the Dockerfile
    #: alone, as piped through stdin; the image is still built from the folder)
    context: bool = True
    #: fixture folder name -> the directory of the build context its files go to
    fixtures: Dict[str, str] = field(default_factory=dict)
    #: regular expressions of output that records the build's moment, masked on both
    #: sides before they are compared (``runner.without_volatile``)
    volatile: List[str] = field(default_factory=list)

    @property
    def dockerfile(self) -> Path:
        return self.path / "Dockerfile"


def load(path: Path) -> Case:
    data = json.loads((path / "case.json").read_text())
    run = data.get("run") or {}
    return Case(name=path.name, path=path, ecosystem=data["ecosystem"],
                description=data.get("description", ""), runtime=data.get("runtime"),
                runtime_why=data.get("runtime_why", ""),
                build_args=dict(data.get("build_args", {})), args=list(run.get("args", [])),
                env=dict(run.get("env", {})), probe=data.get("probe"),
                expect=data.get("expect", "same"), needs=list(data.get("needs", [])),
                known_failure=data.get("known_failure", ""),
                context=bool(data.get("context", True)),
                fixtures=_fixtures(path), volatile=list(data.get("volatile", [])))


#: the file naming a case's fixtures; not part of its build context
FIXTURES_FILE = "fixtures.json"


def _fixtures(folder: Path) -> Dict[str, str]:
    named = folder / FIXTURES_FILE
    return dict(json.loads(named.read_text())) if named.is_file() else {}


def build_context(case: Case, into: Path) -> Path:
    """The folder ``case`` is transpiled and built from: its own where it names no
    fixtures; else ``into``, made afresh as a copy of the case folder with each fixture's
    files laid in at its directory.  A fixture file where the case has a file (or
    another fixture put one) is refused, as is a directory outside the context: which
    copy a build saw would then depend on the order."""
    if not case.fixtures:
        return case.path
    if into.exists():
        shutil.rmtree(into)
    top = str(case.path)
    shutil.copytree(case.path, into, symlinks=True,
                    ignore=lambda folder, names: [FIXTURES_FILE] if folder == top else [])
    root = into.resolve()
    for name, directory in sorted(case.fixtures.items()):
        source = FIXTURES_DIR / name
        if not source.is_dir():
            raise FileNotFoundError(f"{case.name}: no fixture folder {source}")
        target = (root / directory).resolve()
        if target != root and root not in target.parents:
            raise ValueError(f"{case.name}: fixture {name} goes to {directory!r}, outside "
                             "the build context")
        for path in sorted(source.rglob("*")):
            out = target / path.relative_to(source)
            if path.is_dir() and not path.is_symlink():
                out.mkdir(parents=True, exist_ok=True)
                continue
            if out.exists() or out.is_symlink():
                raise ValueError(f"{case.name}: fixture {name} would cover "
                                 f"{out.relative_to(root)}")
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, out, follow_symlinks=False)
    return into


def all_cases() -> List[Case]:
    return [load(p) for p in sorted(CASES_DIR.iterdir()) if (p / "case.json").exists()]


#: a sample's second run, transpiled the other way about its build context, where that
#: gives another rewrite: ``<case>--no-context`` (``dtranspile - < Dockerfile``, as every
#: corpus file is) for a sample transpiled with its folder, ``<case>--with-context``
#: (``dtranspile Dockerfile`` in the project) for one transpiled without it (``"context":
#: false``).  CONTEXT_RUNS_LIST names them (``python -m realbuild.context_runs`` writes
#: it; a test keeps it current).  Built from the same folder, under its own name.
NO_CONTEXT = "--no-context"
WITH_CONTEXT = "--with-context"
CONTEXT_RUNS_LIST = Path(__file__).resolve().parent / "context_runs.txt"


def other_context(case: Case) -> Case:
    """``case`` transpiled the other way (with its context if it was without, and the
    reverse), under the name ``<case>--no-context`` or ``<case>--with-context`` (its own
    work folder, tags and build records)."""
    suffix = NO_CONTEXT if case.context else WITH_CONTEXT
    return replace(case, name=case.name + suffix, context=not case.context)


def context_runs() -> List[Case]:
    if not CONTEXT_RUNS_LIST.exists():
        return []
    names = [n.strip() for n in CONTEXT_RUNS_LIST.read_text().splitlines()
             if n.strip() and not n.startswith("#")]
    runs = {run.name: run for run in map(other_context, all_cases())}
    unknown = [n for n in names if n not in runs]
    if unknown:
        raise KeyError(f"{CONTEXT_RUNS_LIST.name} names no sample's other run: {unknown}")
    return [runs[n] for n in names]


def all_runs() -> List[Case]:
    """Every sample, then the context runs: what ``DTRANSPILE_REALBUILD=all`` runs."""
    return all_cases() + context_runs()


def by_name(names) -> List[Case]:
    cases = {c.name: c for c in all_runs()}
    unknown = [n for n in names if n not in cases]
    if unknown:
        raise KeyError(f"unknown case(s) {unknown}; known: {sorted(cases)}")
    return [cases[n] for n in names]


#: what a plain ``pytest`` runs (no DTRANSPILE_REALBUILD): two ecosystems, both builders on
#: debian:bookworm and scratch runners, so a cold run makes only debootstrap + two
#: toolchain images; .ci/run sets DTRANSPILE_REALBUILD=all and runs every sample
CI_SUBSET = ("go-static-cli", "c-static")


def selected(value: Optional[str]) -> Tuple[List[Case], str]:
    """The cases ``DTRANSPILE_REALBUILD`` asks for, and why: unset or empty -> CI_SUBSET;
    ``0`` -> none; ``1`` or ``all`` -> every case; ``a,b`` -> those named."""
    value = (value or "").strip()
    if value in ("0", "no", "off", "false"):
        return [], "real builds disabled (DTRANSPILE_REALBUILD=0)"
    if value in ("1", "all"):
        return all_runs(), ("every case, and the context runs (DTRANSPILE_REALBUILD=%s)"
                            % value)
    if value == "":
        return by_name(CI_SUBSET), ("the smoke subset %s (DTRANSPILE_REALBUILD=1 runs every "
                                    "case, as .ci/run does)"
                                    % ", ".join(CI_SUBSET))
    names = [n.strip() for n in value.split(",") if n.strip()]
    return by_name(names), "the cases named in DTRANSPILE_REALBUILD"
