"""The official python images' site-packages holds pip, setuptools and wheel of their
own, and so does the runner: the runner removes its own before the COPY of the
builder's, which only adds, so a build that upgraded or removed them leaves no second
dist-info behind (own_site)."""
from types import SimpleNamespace

import pytest

from transpiler.multistage.api import transpile
from transpiler.multistage.decline import Decline
from transpiler.multistage.passes.runner_stage import _copy_runs_as_root
from transpiler.multistage.recipes import own_site
from transpiler.tree import ast

BUILD = ("WORKDIR /app\nCOPY . .\nRUN pip install --upgrade pip setuptools && pip install flask\n"
         'CMD ["python", "app.py"]\n')


def _lines(out):
    return out.splitlines()


@pytest.mark.parametrize("reference,xy", [("python:3.11-bookworm", "3.11"),
                                          ("python:3.12-slim", "3.12"),
                                          ("python:3.7-alpine", "3.7"),
                                          ("python:2.7", "2.7")])
def test_the_runner_removes_its_own_site_right_before_the_copy(reference, xy):
    result = transpile(f"FROM {reference}\n" + BUILD)
    assert not result.report.declined, result.report.reason
    site = f"/usr/local/lib/python{xy}/site-packages"
    lines = _lines(result.output)
    at = lines.index(f"COPY --from=builder {site} {site}")
    assert lines[at - 2:at] == [own_site.COMMENT, f"RUN rm -rf {site} && "
                                f"{own_site.scripts_removal(site)}"]
    assert sum(line.startswith("RUN rm -rf /usr/local/lib/python") for line in lines) == 1
    # (the builder gathers pip's, setuptools' and wheel's scripts as the build left them)
    assert "re.match(r'(python|idle|pydoc|2to3)[0-9.]*" in result.output


def test_a_runner_without_a_shell_has_no_python_either():
    # (distroless has no site-packages of its own under /usr/local, and no Python of the
    # python images: the forced runner declines before any removal is planned)
    result = transpile("FROM python:3.11-bookworm\n" + BUILD,
                       runtime="gcr.io/distroless/cc-debian12")
    assert result.report.declined
    assert "has no Python of the python images" in result.report.reason


def test_a_venv_or_user_install_removes_nothing():
    result = transpile("FROM python:3.11-bookworm\nWORKDIR /app\nCOPY . .\n"
                       "RUN python -m venv /venv && /venv/bin/pip install flask\n"
                       'CMD ["/venv/bin/python", "app.py"]\n')
    assert not result.report.declined, result.report.reason
    assert own_site.COMMENT not in result.output


def test_the_removal_is_told_apart():
    run = own_site.removal_run("/usr/local/lib/python3.11/site-packages")
    assert own_site.is_removal_run(run)
    assert run.command.text == ("rm -rf /usr/local/lib/python3.11/site-packages && rm -f "
                                + " ".join(f"/usr/local/bin/{n} /usr/local/bin/{n}[0-9]* "
                                           f"/usr/local/bin/{n}-[0-9]*"
                                           for n in ("pip", "easy_install", "wheel")))
    assert not own_site.is_removal_run(ast.Run(keyword="RUN", command=ast.ShellForm(
        "rm -rf /usr/local/lib/python3.11/site-packages")))


def test_the_removal_declines_after_a_user_who_may_not_write_there():
    run = own_site.removal_run("/usr/local/lib/python3.11/site-packages")
    runner = SimpleNamespace(default_user="root")
    _copy_runs_as_root(None, runner, [ast.User(keyword="USER", value="root"), run])
    _copy_runs_as_root(None, runner, [run, ast.User(keyword="USER", value="app")])
    with pytest.raises(Decline, match="removes its own site-packages .* after USER app"):
        _copy_runs_as_root(None, runner, [ast.User(keyword="USER", value="app"), run])
    with pytest.raises(Decline):
        _copy_runs_as_root(None, SimpleNamespace(default_user="1000"), [run])
