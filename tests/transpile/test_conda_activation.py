"""Programs run after a conda activation (multistage/conda_activation): found on the
PATH the activation sets, under the conda root the installer makes, only where that
root reaches the runner as the build left it; anything not known declines."""
from types import SimpleNamespace

import pytest

from transpiler.multistage.api import transpile
from transpiler.multistage.conda_activation import activated_env, check_root_reaches_runner
from transpiler.multistage.decline import Decline

INSTALL = ("FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y wget bzip2 "
           "build-essential\nRUN wget -q https://repo.anaconda.com/miniconda/{name} "
           "&& bash {name} -b{prefix}\n")
BUILD = ('ENV PATH={root}/bin:$PATH\n{env}RUN conda create -y -n web python=3.11\n'
         'RUN /bin/bash -c "source activate web && pip install gunicorn flask"\n'
         "WORKDIR /app\nCOPY app.py .\n")
CMD = 'CMD ["/bin/bash", "-c", "{command}"]\n'


def _text(name="Miniconda3-latest-Linux-x86_64.sh", prefix=" -p /opt/conda", root="/opt/conda",
          env="", command="source activate web && gunicorn app:app"):
    return (INSTALL.format(name=name, prefix=prefix) + BUILD.format(root=root, env=env) +
            CMD.format(command=command))


def _runner(text):
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    return result.output.split("\n\nFROM ")[-1]


@pytest.mark.parametrize("argv,env", [
    (["source", "activate", "gluon"], "gluon"), ([".", "activate"], ""),
    (["conda", "activate", "--stack", "x"], "x"), (["source", "venv/bin/activate"], None),
    (["conda", "install", "x"], None)])
def test_activation_words(argv, env):
    assert activated_env(argv) == env


def test_program_tested_on_the_environment_path():
    runner = _runner(_text())
    assert '(PATH=/opt/conda/envs/web/bin:"$PATH" && command -v gunicorn >/dev/null)' in runner
    assert runner.index("COPY --from=builder /var/lib/dtranspile/capture/root/ /") < \
        runner.index("command -v gunicorn")


@pytest.mark.parametrize("name,root", [("Miniconda3-latest-Linux-x86_64.sh", "/root/miniconda3"),
                                       ("Miniconda2-4.7.12-Linux-x86_64.sh", "/root/miniconda2"),
                                       ("Anaconda3-2020.02-Linux-x86_64.sh", "/root/anaconda3")])
def test_installer_default_prefix(name, root):
    runner = _runner(_text(name=name, prefix="", root=root))
    assert f"(PATH={root}/envs/web/bin:" in runner


def test_base_environment_is_the_root():
    runner = _runner(_text(command="source activate && gunicorn app:app"))
    assert '(PATH=/opt/conda/bin:"$PATH" && command -v gunicorn' in runner


@pytest.mark.parametrize("kwargs,reason", [
    ({"root": "/usr/local"}, "/opt/conda/bin, which the final PATH does not name"),
    ({"env": "ENV CONDA_ENVS_PATH=/envs\n"},
     "ENV CONDA_ENVS_PATH may move where the environment is"),
    ({"command": "test -d /opt/conda/envs/web && source activate web; gunicorn app:app"},
     "only on one branch"),
    ({"command": "source activate $ENV_NAME && gunicorn app:app"}, "named by a variable")])
def test_declined_where_the_path_is_not_known(kwargs, reason):
    """The root not on PATH, a setting moving the environments, a conditional
    activation, an environment named by a variable."""
    result = transpile(_text(**kwargs))
    assert result.report.declined
    assert reason in result.report.reason


def _ctx(captured=(), runs=(), trees=()):
    arts = tuple(SimpleNamespace(tree=True, path=t) for t in trees)
    return SimpleNamespace(activation_roots=[(3, "/opt/conda", "CMD at line 9")],
                           captured=list(captured),
                           detection=SimpleNamespace(captured_runs=runs, artifacts=arts))


def test_root_reaches_runner_only_from_a_window_opened_at_the_installer():
    check_root_reaches_runner(_ctx(captured=[3, 4]))
    check_root_reaches_runner(_ctx(runs=((2, "why"),)))
    check_root_reaches_runner(_ctx(trees=["/opt"]))
    with pytest.raises(Decline, match="does not get as the build left it"):
        check_root_reaches_runner(_ctx(captured=[5]))
    with pytest.raises(Decline):
        check_root_reaches_runner(_ctx(trees=["/opt/conda/envs"]))


def test_activation_after_a_command_of_the_same_and_chain():
    """`cd /app && source activate web && gunicorn`: gunicorn runs only after the
    activation did."""
    runner = _runner(_text(command="cd /app && source activate web && gunicorn app:app"))
    assert '(PATH=/opt/conda/envs/web/bin:"$PATH" && command -v gunicorn' in runner
