"""Every staging directory the runner copies onto ``/`` is declared in root_staging
(where it is defined), so the setup checks never take its copy for one holding every
path of the runner."""

from __future__ import annotations

import ast
import importlib
import pathlib
import posixpath
import subprocess
import sys

import transpiler
from transpiler.multistage.root_staging import MERGED_ONTO_ROOT, SYSTEM_ONTO_ROOT

ROOT = pathlib.Path(transpiler.__file__).parent


def _is_root(node) -> bool:
    return isinstance(node, ast.Constant) and node.value == "/"


def _root_copies(tree):
    """The source expressions of the copies onto ``/`` a module writes: an Artifact
    with ``destination="/"`` (its directory and name), a ``CopiedFile(source, "/")``, a
    ``COPY`` node with ``paths=(source, "/")``."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        keywords = {k.arg: k.value for k in node.keywords}
        if name == "Artifact" and _is_root(keywords.get("destination")):
            yield node, ("posixpath.join(" + ast.unparse(node.args[0]) + ", " +
                         ast.unparse(node.args[1]) + ")")
        elif name == "CopiedFile" and len(node.args) > 1 and _is_root(node.args[1]):
            yield node, ast.unparse(node.args[0])
        elif name == "Copy" and isinstance(keywords.get("paths"), ast.Tuple) and \
                len(keywords["paths"].elts) == 2 and _is_root(keywords["paths"].elts[1]):
            yield node, ast.unparse(keywords["paths"].elts[0])


def _modules():
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT.parent).with_suffix("")
        yield ".".join(rel.parts), path


def test_every_copy_onto_root_is_declared():
    found = []
    for name, path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        copies = list(_root_copies(tree))
        if not copies:
            continue
        module = importlib.import_module(name)
        for node, expression in copies:
            where = f"{path.relative_to(ROOT.parent)}:{node.lineno}"
            try:
                source = eval(expression, {**vars(module), "posixpath": posixpath})
            except Exception as exc:  # a local name: the directory is not a declared one
                raise AssertionError(f"{where}: the source of a copy onto / ({expression}) "
                                     f"is no module-level staging directory ({exc})")
            found.append(source)
            assert source.rstrip("/") in MERGED_ONTO_ROOT | SYSTEM_ONTO_ROOT, (
                f"{where}: {source} is copied onto / but not declared with "
                "root_staging.staged_onto_root where it is defined")
    # (the scan itself still sees the copies: npm's and the optional outputs' staging)
    assert {"/opt/dtranspile-npm-config", "/opt/dtranspile-optional-outputs",
            "/opt/dtranspile-timezone"} <= {s.rstrip("/") for s in found}


def test_declared_once_the_pipeline_is_imported():
    """The declarations are made at import: the transpiler's entry module brings every
    module that defines one, so the sets are complete when a runner is written."""
    code = ("import importlib, pkgutil, transpiler.multistage.api\n"
            "from transpiler.multistage import root_staging as r\n"
            "before = (set(r.MERGED_ONTO_ROOT), set(r.SYSTEM_ONTO_ROOT))\n"
            "import transpiler\n"
            "for m in pkgutil.walk_packages(transpiler.__path__, 'transpiler.'):\n"
            "    if not m.name.endswith('__main__'):\n"
            "        importlib.import_module(m.name)\n"
            "print(before == (r.MERGED_ONTO_ROOT, r.SYSTEM_ONTO_ROOT))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT.parent)
    assert out.stdout.strip() == "True", out.stderr


def test_staged_directories_hold_a_few_paths():
    from transpiler.multistage import npm_config, optional_outputs
    from transpiler.multistage.root_staging import merged_onto_root
    assert merged_onto_root(npm_config.STAGED)
    assert merged_onto_root(optional_outputs.STAGED + "/")
    assert not merged_onto_root("/var/lib/dtranspile/staging")
