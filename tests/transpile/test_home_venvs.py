"""pipenv's and poetry's virtualenvs under the home (recipes/home_venvs): where they
go for each setting, and `<tool> run` only where the tool reaches the runner too."""
from transpiler.multistage.api import transpile

HEAD = "FROM python:3.11-bookworm\nRUN pip install {tool}\nWORKDIR /app\nCOPY . .\n"


def _runner(result):
    assert not result.report.declined, result.report.reason
    return result.output.split("\n\nFROM ")[-1]


def _pipenv(env=""):
    return transpile(HEAD.format(tool="pipenv") + env + "RUN pipenv install --deploy\n"
                     'CMD ["pipenv", "run", "python", "app.py"]\n')


def _poetry(env=""):
    return transpile(HEAD.format(tool="poetry") + env + "RUN poetry install --no-root\n"
                     'CMD ["poetry", "run", "python", "app.py"]\n')


def test_pipenv_default_workon_home_and_xdg():
    assert "COPY --from=builder /root/.local/share/virtualenvs " in _runner(_pipenv())
    assert "COPY --from=builder /venvs /venvs" in _runner(_pipenv("ENV WORKON_HOME=/venvs\n"))
    assert "COPY --from=builder /data/virtualenvs /data/virtualenvs" in _runner(
        _pipenv("ENV XDG_DATA_HOME=/data\n"))
    assert "COPY --from=builder /home/x/.local/share/virtualenvs " in _runner(
        _pipenv("ENV HOME=/home/x\n"))


def test_poetry_default_cache_dir_and_virtualenvs_path():
    runner = _runner(_poetry())
    assert "COPY --from=builder /root/.cache/pypoetry/virtualenvs " in runner
    assert "/root/.cache/pypoetry/cache" not in runner
    assert "COPY --from=builder /pc/virtualenvs /pc/virtualenvs" in _runner(
        _poetry("ENV POETRY_CACHE_DIR=/pc\n"))
    assert "COPY --from=builder /v /v" in _runner(_poetry("ENV POETRY_VIRTUALENVS_PATH=/v\n"))
    assert "COPY --from=builder /xc/pypoetry/virtualenvs " in _runner(
        _poetry("ENV XDG_CACHE_HOME=/xc\n"))


def test_the_tool_reaches_the_runner_with_the_system_site_packages():
    runner = _runner(_pipenv())
    assert "/usr/local/lib/python3.11/site-packages" in runner
    assert "COPY --from=builder /usr/local/bin/pipenv /usr/local/bin/pipenv" in runner


def test_an_active_virtualenv_or_a_relative_path_declines():
    active = _pipenv("ENV VIRTUAL_ENV=/opt/venv\n")
    assert active.report.declined and "VIRTUAL_ENV=/opt/venv" in active.report.reason
    relative = _poetry("ENV POETRY_VIRTUALENVS_PATH=venvs\n")
    assert relative.report.declined and "not an absolute path" in relative.report.reason


def test_old_poetry_settings_key_keeps_the_system_install():
    result = transpile("FROM python:3.11-bookworm\nRUN pip install poetry && poetry config "
                       "settings.virtualenvs.create false\nWORKDIR /app\nCOPY . .\n"
                       "RUN poetry install --no-root\nCMD [\"python\", \"app.py\"]\n")
    runner = _runner(result)
    assert "pypoetry" not in runner and "/usr/local/lib/python3.11/site-packages" in runner


def test_run_without_a_home_virtualenv_stays_declined():
    # (virtualenvs.create false: nothing in the home; the command should run the program)
    result = transpile("FROM python:3.11\nENV POETRY_VIRTUALENVS_CREATE=false\nRUN pip install "
                       "poetry\nWORKDIR /app\nCOPY . .\nRUN poetry install\n"
                       'CMD ["poetry", "run", "python", "-m", "app"]\n')
    assert result.report.declined and "packaging tool" in result.report.reason


def test_the_builder_checks_the_virtualenvs_run_on_the_image_python():
    # (a Pipfile or pyproject.toml asking for another version may make pipenv or poetry
    # take Debian's /usr/bin/python3 of the full image, which the slim runner lacks)
    for result, where in ((_pipenv(), "/root/.local/share/virtualenvs/*/bin/python"),
                          (_poetry(), "/root/.cache/pypoetry/virtualenvs/*/bin/python")):
        builder = result.output.split("\n\nFROM ")[0]
        assert f"for python in {where}; do" in builder
        # compared with the base of the Python the image's PATH finds, read in the builder
        assert 'base="$(python -c' in builder and "!= sys.argv[1])\" \"$base\"" in builder
