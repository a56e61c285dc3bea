"""The checkout directories of unread requirements files (``pip_checkouts``: pip checks
editable VCS requirements out under ``<cwd>/src``) and pipenv's ``--python`` read
against the image's Python (``python._pipenv_other_python``)."""
import pytest

from transpiler import parse
from transpiler.analysis.state import analyze_stage
from transpiler.buildkit.dockerignore import SentContext
from transpiler.multistage.api import transpile
from transpiler.multistage.project import Project
from transpiler.multistage.recipes.python import _pipenv_other_python, unread_checkouts


def _facts(body: str):
    return analyze_stage(parse("FROM python:3.11-slim\n" + body).stages[0], {})


def test_checkout_directories_of_unread_requirements():
    facts = _facts("COPY r.txt /tmp/\nRUN pip install -r /tmp/r.txt\n"
                   "WORKDIR /srv\nRUN pip install --src /opt/co -r /tmp/r.txt\n"
                   "RUN pip install flask\n"  # (no requirements file: nothing checked out)
                   "RUN python -m venv /v && /v/bin/pip install -r /tmp/r.txt\n")
    assert [p for _, p in unread_checkouts(facts, None)] == ["/src", "/opt/co"]


def test_a_requirements_file_read_from_the_context_has_no_unread_checkout(tmp_path):
    (tmp_path / "r.txt").write_text("flask\n")
    facts = _facts("COPY r.txt /tmp/\nRUN pip install -r /tmp/r.txt -r /tmp/other.txt\n"
                   "RUN pip install -r /tmp/r.txt\n")
    project = Project(SentContext(str(tmp_path)), facts)
    # (other.txt is not in the context: that install's checkouts stay unknown)
    assert unread_checkouts(facts, project) == [(1, "/src")]


def test_the_runner_gets_the_checkouts_where_the_build_made_them():
    text = ("FROM python:3.11-slim\nRUN pip install -r /requirements.txt\n"
            "WORKDIR /app\nCOPY . .\nCMD [\"python\", \"main.py\"]\n")
    out = transpile(text).output
    assert "{ [ ! -e /src ] || { mkdir -p /opt/dtranspile-pip-checkouts && " \
        "cp -pR /src /opt/dtranspile-pip-checkouts/; }; }" in out
    assert "COPY --from=builder /opt/dtranspile-pip-checkouts /" in out
    # (installed where the runner copies the tree whole: nothing staged)
    inside = transpile(text.replace("RUN pip", "WORKDIR /app\nRUN pip")).output
    assert "pip-checkouts" not in inside


@pytest.mark.parametrize("args,problem", [
    (["--python", "3.11"], False), (["--python", "3"], False), (["--three"], False),
    (["--python", "python3.11"], False), (["--python", "/usr/local/bin/python3"], False),
    (["--deploy"], False), (["--python", "$PY"], False),
    (["--python", "3.9"], True), (["--two"], True), (["--python=3.12"], True),
    (["--python", "/usr/bin/python3.11"], True)])
def test_pipenv_python_against_the_image(args, problem):
    class Step:
        where = "line 4"
    assert bool(_pipenv_other_python(Step, args, "3.11")) is problem
    assert _pipenv_other_python(Step, args, None) is None  # (no X.Y known: not read)
