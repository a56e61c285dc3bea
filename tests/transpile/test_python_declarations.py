"""A project install on a full official image (``pip install .``, ``poetry install``,
``pipenv install``, ``uv sync``) read from the project's own declarations in the build
context (recipes/python_declarations): a lock gives every package, a direct list its
packages and what FULL_IMAGE_DEPENDENTS knows they require; a declaration not read
whole keeps the install unread, and so the full image."""
import json

from transpiler import parse
from transpiler.analysis.state import analyze_stage
from transpiler.knowledge.python_full_image import (FULL_IMAGE_DEPENDENTS,
                                                    FULL_IMAGE_DISTRIBUTIONS, full_image_need,
                                                    normalize)
from transpiler.multistage.api import transpile
from transpiler.multistage.recipes import python_declarations as decl
from transpiler.multistage.recipes.python_full_image import (full_image_reason, read_installs,
                                                              with_requirements)


class _Project:
    """The build context as ``Project.read`` gives it: image directory + name -> text."""

    def __init__(self, files):
        self.files = files

    def read(self, directory, name):
        return self.files.get(f"{directory}/{name}")


def _facts(runs, image="python:3.11"):
    text = f"FROM {image}\nWORKDIR /app\n" + "".join(f"RUN {r}\n" for r in runs)
    return analyze_stage(parse(text).stages[0], {})


def _reason(runs, files):
    facts = _facts(runs)
    read = decl.with_projects(with_requirements(read_installs(facts), _Project(files)),
                              _Project(files))
    return full_image_reason(facts, read), read


def _names(declared):
    return [n for _, n in declared.names]


PEP621 = """[build-system]
requires = ["setuptools>=61", "GitPython"]
build-backend = "setuptools.build_meta"
[project]
name = "app"
version = "1"
dependencies = ["flask>=3", "requests[socks] ; python_version >= '3.8'", "six"]
[project.optional-dependencies]
img = ["Wand>=0.6"]
"""


def test_pyproject_dependencies_and_extras():
    project = _Project({"/app/pyproject.toml": PEP621})
    got = decl.pip_project(project, "/app")
    assert got.problem is None and _names(got) == ["app", "flask", "requests", "six"]
    assert got.files == ("/app/pyproject.toml",)  # (build-system requires: build time only)
    assert _names(decl.pip_project(project, "/app", ("img",)))[-1] == "Wand"
    assert decl.pip_project(project, "/srv") is None  # the context shows nothing there


def test_pyproject_not_read_whole():
    for text, problem in (
            (PEP621.replace('dependencies = ["flask', 'dynamic = ["dependencies"]\nx = ["'),
             "setuptools.build_meta"),  # (setuptools: then setup.py/setup.cfg, absent)
            (PEP621.replace("setuptools.build_meta", "hatchling.build").replace(
                'dependencies = ["flask', 'dynamic = ["dependencies"]\nx = ["'),
             "dynamic, for hatchling.build"),
            (PEP621.replace('"six"', '"lib @ https://x/lib.zip"'), "a path or URL"),
            ("[project\n", "not TOML")):
        got = decl.pip_project(_Project({"/app/pyproject.toml": text}), "/app")
        assert got.problem and (problem in got.problem or "neither" in got.problem), \
            (text, got.problem)


def test_setuptools_dynamic_requirements_file():
    text = PEP621.replace('dependencies = ["flask', 'dynamic = ["dependencies"]\nx = ["') + \
        '[tool.setuptools.dynamic]\ndependencies = {file = ["requirements.txt"]}\n'
    got = decl.pip_project(_Project({"/app/pyproject.toml": text,
                                     "/app/requirements.txt": "gunicorn\npython-magic\n"}),
                           "/app")
    assert got.problem is None and _names(got) == ["app", "gunicorn", "python-magic"]
    got = decl.pip_project(_Project({"/app/pyproject.toml": text}), "/app")
    assert "does not show /app/requirements.txt" in got.problem


def test_setup_py_literal_and_setup_cfg():
    script = ("from setuptools import setup\nsetup(name='app', install_requires=['flask', "
              "'gunicorn>=20'], extras_require={'git': ['GitPython']})\n")
    got = decl.pip_project(_Project({"/app/setup.py": script}), "/app", ("git",))
    assert got.problem is None and _names(got) == ["flask", "gunicorn", "GitPython"]
    computed = script.replace("['flask', 'gunicorn>=20']", "open('r.txt').read().split()")
    assert "computes" in decl.pip_project(_Project({"/app/setup.py": computed}), "/app").problem
    spread = "import setuptools\nsetuptools.setup(**META)\n"
    assert "keywords written out" in decl.pip_project(
        _Project({"/app/setup.py": spread}), "/app").problem
    cfg = "[options]\ninstall_requires =\n    flask  # web\n    six\n" \
          "[options.extras_require]\ndev = pytest\n"
    bare = "from setuptools import setup\nsetup()\n"
    got = decl.pip_project(_Project({"/app/setup.py": bare, "/app/setup.cfg": cfg}), "/app",
                           ("dev",))
    assert got.problem is None and _names(got) == ["flask", "six", "pytest"]
    assert "file:" in decl.pip_project(_Project({
        "/app/setup.cfg": "[options]\ninstall_requires = file: r.txt\n"}), "/app").problem
    assert "not Python" in decl.pip_project(_Project({"/app/setup.py": "def ("}), "/app").problem


POETRY_LOCK = """[[package]]
name = "cairosvg"
version = "2.7.1"
[[package]]
name = "cairocffi"
version = "1.7.1"
[metadata]
lock-version = "2.0"
"""
POETRY_PYPROJECT = """[tool.poetry]
name = "app"
[tool.poetry.dependencies]
python = "^3.11"
flask = "^3"
[tool.poetry.group.dev.dependencies]
pytest = {version = "^8"}
[build-system]
requires = ["poetry-core"]
build-backend = "poetry.core.masonry.api"
"""


def test_poetry_lock_then_pyproject():
    got = decl.poetry_project(_Project({"/app/poetry.lock": POETRY_LOCK,
                                        "/app/pyproject.toml": POETRY_PYPROJECT}), "/app")
    assert _names(got) == ["cairosvg", "cairocffi"] and got.files == ("/app/poetry.lock",)
    got = decl.poetry_project(_Project({"/app/pyproject.toml": POETRY_PYPROJECT}), "/app")
    assert got.problem is None and _names(got) == ["flask", "pytest"]
    local = POETRY_PYPROJECT.replace('flask = "^3"', 'lib = {path = "../lib"}')
    assert "path, URL or repository" in decl.poetry_project(
        _Project({"/app/pyproject.toml": local}), "/app").problem
    # pip building a Poetry project reads the same table
    assert _names(decl.pip_project(_Project({"/app/pyproject.toml": POETRY_PYPROJECT}),
                                   "/app")) == ["flask"]


def test_pipenv_lock_and_pipfile():
    lock = json.dumps({"_meta": {}, "default": {"flask": {}, "werkzeug": {}},
                       "develop": {"pytest": {}}})
    pipfile = '[packages]\nflask = "*"\ngitpython = {version = "*"}\n'
    files = {"/app/Pipfile.lock": lock, "/app/Pipfile": pipfile}
    assert _names(decl.pipenv_project(_Project(files), "/app", False)) == \
        ["flask", "werkzeug", "pytest"]
    # pipenv install without --deploy locks a changed Pipfile again: the Pipfile counts
    assert _names(decl.pipenv_project(_Project(files), "/app", True))[-1] == "gitpython"
    assert _names(decl.pipenv_project(_Project({"/app/Pipfile": pipfile}), "/app", True)) == \
        ["flask", "gitpython"]
    assert "not a lock" in decl.pipenv_project(
        _Project({"/app/Pipfile.lock": "[]x"}), "/app", False).problem


def test_uv_lock_and_pyproject():
    lock = 'version = 1\n[[package]]\nname = "app"\n[[package]]\nname = "anyio"\n'
    pyproject = PEP621 + '[dependency-groups]\ndev = ["pytest", {include-group = "x"}]\n'
    files = {"/app/uv.lock": lock, "/app/pyproject.toml": pyproject}
    assert _names(decl.uv_project(_Project(files), "/app", False)) == ["app", "anyio"]
    got = decl.uv_project(_Project(files), "/app", True)
    assert _names(got)[2:] == ["flask", "requests", "six", "Wand>=0.6"[:4], "pytest"]


def test_installs_read_as_projects():
    installs = read_installs(_facts([
        "pip install .", "pip install -e '.[dev]'", "pip install ./libs/a /opt/b",
        "uv pip install --system .", "python setup.py install", "poetry install --no-root",
        "pipenv install --system --deploy", "uv sync --frozen", "pipenv install flask",
        "poetry install --directory /x", "uv pip sync --system requirements.txt"]))
    got = [(p.kind, p.directory, p.extras, p.relocks) for p in installs.projects]
    assert got == [("pip", "/app", (), False), ("pip", "/app", ("dev",), False),
                   ("pip", "/app/libs/a", (), False), ("pip", "/opt/b", (), False),
                   ("pip", "/app", (), False), ("pip", "/app", (), False),
                   ("poetry", "/app", (), False), ("pipenv", "/app", (), False),
                   ("uv", "/app", (), False)]
    assert len(installs.unread) == 2  # pipenv naming packages; poetry in another directory
    assert [f[1] for f in installs.requirement_files] == ["requirements.txt"]


def test_reason_after_reading():
    why, read = _reason(["pip install --no-cache-dir ."], {"/app/pyproject.toml": PEP621})
    assert why is None and read.declarations == ("/app/pyproject.toml",)
    why, _ = _reason(["pip install '.[img]'"], {"/app/pyproject.toml": PEP621})
    assert "line 3 (in /app/pyproject.toml) installs Wand, which loads ImageMagick" in why
    why, _ = _reason(["poetry install"], {"/app/poetry.lock": POETRY_LOCK})
    assert "(in /app/poetry.lock) installs cairosvg" in why
    why, _ = _reason(["pip install ."], {"/app/setup.py": "setup(**x)"})
    assert why.startswith("the RUN at line 3 installs ., whose packages the Dockerfile does "
                          "not show: /app/setup.py does not call setup() once")
    why, _ = _reason(["pip install ."], {})
    assert "installs ., whose packages the Dockerfile does not show" in why


def test_known_dependents_of_the_table():
    assert all(normalize(k) == k and (v[0] in FULL_IMAGE_DISTRIBUTIONS or
                                      v[0] in FULL_IMAGE_DEPENDENTS)
               for k, v in FULL_IMAGE_DEPENDENTS.items())
    assert full_image_need("DVC") == "requires scmrepo -> gitpython, which runs the git " \
        "program (the full image's scm layer)"
    assert full_image_need("flask") is None
    why, _ = _reason(["pip install ."], {"/app/pyproject.toml": PEP621.replace(
        '"six"', '"streamlit"')})
    assert "installs streamlit, which requires gitpython, which runs the git program" in why
    # as a package the Dockerfile names
    assert "requires gitpython" in full_image_reason(_facts(["pip install mlflow-skinny"]))


def test_transpile_with_a_context(tmp_path):
    (tmp_path / "pyproject.toml").write_text(PEP621)
    text = ("FROM python:3.11-bookworm\nWORKDIR /app\nCOPY . .\nRUN pip install .\n"
            'CMD ["python", "-m", "app"]\n')
    result = transpile(text, context=tmp_path)
    assert result.report.runner == "python:3.11-slim-bookworm"
    assert "the project declarations /app/pyproject.toml read from the build context" in \
        result.report.render()
    assert transpile(text).report.runner == "python:3.11-bookworm"


def test_uv_pip_sync_files_are_requirements_files():
    files = {"/app/requirements.txt": "flask\n", "/app/dev.txt": "GitPython\n"}
    why, read = _reason(["uv pip sync --system requirements.txt"], files)
    assert why is None and [n for _, n in read.named] == ["flask"]
    why, _ = _reason(["uv pip sync --system requirements.txt dev.txt"], files)
    assert "(in dev.txt) installs GitPython" in why
    why, _ = _reason(["uv pip sync --python 3.11 requirements.txt"], files)
    assert "installs the requirements of requirements.txt, which is not read" in why
