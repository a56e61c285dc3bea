"""Sample cases: each folder of realbuild/cases/ is a build context with a single-stage
``Dockerfile`` as people write them, the program's sources, and ``case.json``:

    {
      "ecosystem": "go",
      "description": "...",
      "runtime": null | "IMAGE",            # passed as --runtime
      "runtime_why": "...",                 # why (e.g. the default runner is alpine)
      "run": {"args": [...], "env": {...}}, # a CLI: compare stdout + exit code
      "probe": {"port_env": "PORT", "paths": ["/", ...]}  # a server: compare HTTP answers
    }
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

CASES_DIR = Path(__file__).resolve().parent / "cases"


@dataclass
class Case:
    name: str
    path: Path
    ecosystem: str
    description: str = ""
    runtime: Optional[str] = None
    runtime_why: str = ""
    args: List[str] = field(default_factory=list)
    env: Dict[str, str] = field(default_factory=dict)
    probe: Optional[dict] = None
    expect: str = "same"  # "same" | "declined" (a known decline, not a failure)

    @property
    def dockerfile(self) -> Path:
        return self.path / "Dockerfile"


def load(path: Path) -> Case:
    data = json.loads((path / "case.json").read_text())
    run = data.get("run") or {}
    return Case(name=path.name, path=path, ecosystem=data["ecosystem"],
                description=data.get("description", ""), runtime=data.get("runtime"),
                runtime_why=data.get("runtime_why", ""), args=list(run.get("args", [])),
                env=dict(run.get("env", {})), probe=data.get("probe"),
                expect=data.get("expect", "same"))


def all_cases() -> List[Case]:
    return [load(p) for p in sorted(CASES_DIR.iterdir()) if (p / "case.json").exists()]


def by_name(names) -> List[Case]:
    cases = {c.name: c for c in all_cases()}
    unknown = [n for n in names if n not in cases]
    if unknown:
        raise KeyError(f"unknown case(s) {unknown}; known: {sorted(cases)}")
    return [cases[n] for n in names]
