"""What a Python command reads by a relative name in a final WORKDIR the runner does not
copy whole (recipes/workdir_reads), and the decline when the build alone puts it there."""
import pytest

import transpiler
from transpiler.analysis import analyze_stage, global_args
from transpiler.multistage.api import transpile
from transpiler.multistage.recipes.workdir_reads import relative_reads


def _declined(text, why):
    """The rewrite of ``text`` declines, saying ``why``."""
    report = transpile(text).report
    assert report.declined and why in report.reason, report.reason


def _runner(text):
    """The runner stage of the rewrite of ``text``, which must not decline."""
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    return result.output.split("\n\nFROM ")[-1]


def _reads(text):
    tree = transpiler.parse(text)
    return [path for path, _ in relative_reads(analyze_stage(tree.stages[0],
                                                             global_args(tree)))]


@pytest.mark.parametrize("command, read", [
    ('CMD ["python", "main.py"]', ["/srv/main.py"]),
    ('CMD ["python3", "-u", "main.py", "--port", "80"]', ["/srv/main.py"]),
    ('CMD ["python", "-m", "app.main"]', ["/srv/app"]),
    ('CMD ["python", "-mapp"]', ["/srv/app"]),
    ('CMD ["python", "-c", "import app"]', []),
    ('CMD ["python", "bin/main.py"]', []),  # (a sub-directory: python's script folders)
    ('CMD exec python main.py', ["/srv/main.py"]),
    ('CMD cd /app && python main.py', []),
    ('ENTRYPOINT ["python"]\nCMD ["run.py"]', ["/srv/run.py"]),
    # (the stage's own CMD before the ENTRYPOINT stays: BuildKit's dispatchEntrypoint
    # clears only a CMD no instruction of the stage set)
    ('CMD ["run.py"]\nENTRYPOINT ["python"]', ["/srv/run.py"]),
    ('CMD ["gunicorn", "--bind", "localhost:8000", "-w", "4", "wsgi:app"]', ["/srv/wsgi"]),
    ('CMD ["gunicorn", "-b", "0.0.0.0:80", "pkg.web:create_app()"]', ["/srv/pkg"]),
    ('CMD ["gunicorn", "--chdir", "site", "wsgi:app"]', ["/srv/site/wsgi"]),
    ('CMD ["uvicorn", "main:app", "--host", "0.0.0.0"]', ["/srv/main"]),
    ('CMD ["celery", "-A", "tasks", "worker"]', ["/srv/tasks"]),
    ('CMD ["celery", "--app=proj.celery:app", "worker"]', ["/srv/proj"]),
    ('CMD ["celery", "-A", "$APP", "worker"]', []),
    ('CMD ["python", "$APP.py"]', []),
    ('ENV FLASK_APP=web.app\nCMD ["flask", "run", "--host=0.0.0.0"]', ["/srv/web"]),
    ('CMD ["flask", "--app", "hello.py", "run"]', ["/srv/hello.py"]),
    ('CMD ["waitress-serve", "--port=8080", "site:app"]', ["/srv/site"]),
    ('CMD ["streamlit", "run", "dash.py"]', ["/srv/dash.py"]),
    ('CMD ["uwsgi", "--http", ":9090", "--wsgi-file", "app.py"]', ["/srv/app.py"]),
    ('CMD ["uwsgi", "--socket", ":3031", "--module", "proj.wsgi:application"]', ["/srv/proj"]),
    ('CMD ["node", "main.py"]', []),
])
def test_relative_reads(command, read):
    assert _reads(f"FROM python:3.11\nWORKDIR /srv\n{command}\n") == read


def test_builder_stage_without_a_command_reads_nothing():
    assert _reads("FROM python:3.11\nWORKDIR /tmp\nRUN curl -L x | tar -xz\n") == []


ARCHIVE = "FROM python:3.11\nWORKDIR /opt\nRUN curl -fsSL https://example.com/a.tgz | tar -xz\n"


@pytest.mark.parametrize("tail", [
    'RUN pip install flask\nCMD ["python", "main.py"]\n',
    'RUN pip install -r app/requirements.txt\nCMD ["python", "-m", "app"]\n',
    'RUN pip install gunicorn\nCMD ["gunicorn", "wsgi:app"]\n',
])
def test_declines_what_an_archive_puts_in_a_shared_workdir(tail):
    _declined(ARCHIVE + tail, "a directory the runner does not copy whole")


@pytest.mark.parametrize("body", [
    # a context copy lands the script: the runner repeats it
    'COPY main.py requirements.txt ./\nRUN pip install -r requirements.txt\n',
    'COPY . .\nRUN pip install -r requirements.txt\n',
    # a module of site-packages: nothing writes /opt/flask
    'RUN pip install flask\n',
])
def test_transpiles_what_the_runner_has(body):
    command = 'CMD ["python", "-m", "flask", "run"]\n' if "COPY" not in body else \
        'CMD ["python", "main.py"]\n'
    _runner("FROM python:3.11\nWORKDIR /opt\n" + body + command)


def test_a_script_no_step_writes_is_left_to_run_time():
    # (7c01a532 of the corpus: the script is mounted at run time; the original's image
    # lacks it as well)
    _runner('FROM python:3.11\nRUN pip install pyyaml\nENTRYPOINT ["python3", "build.py"]\n')


def test_a_download_in_the_workdir_declines():
    _declined('FROM python:3.11-slim\nWORKDIR /root\n'
              'RUN pip install requests && wget -q https://example.com/r.py\n'
              'CMD ["python", "r.py"]\n', "a directory the runner does not copy whole")


def test_a_script_in_the_application_directory_is_the_directory_copy():
    # /app is copied whole: the script is in it whatever wrote it
    _runner("FROM python:3.11\nWORKDIR /app\nCOPY . .\n"
            "RUN pip install -r requirements.txt\nCMD [\"python\", \"main.py\"]\n")


def test_a_script_copied_alone_is_repeated():
    assert "COPY app.py /app/app.py\n" in _runner(
        'FROM python:3.11\nRUN pip install flask\nCOPY app.py /app/app.py\n'
        'CMD ["python", "/app/app.py"]\n')


def test_a_script_copied_beside_what_a_run_writes_declines():
    _declined('FROM python:3.11\nRUN pip install flask && mkdir -p /app && cd /app && '
              'wget -q https://example.com/helpers.py\nCOPY app.py /app/app.py\n'
              'CMD ["python", "/app/app.py"]\n', "which no tree the runner copies holds")


def test_a_script_copied_before_the_build_into_a_place_it_works_in_is_carried():
    # (no WORKDIR: the runner's repeat of context copies leaves /usr/src/app out as the
    # build's sources, and the rewrite lacked the script)
    assert "COPY --from=builder /usr/src/app /usr/src/app\n" in _runner(
        "FROM python:3.11\nCOPY app.py requirements.txt /usr/src/app/\n"
        "RUN cd /usr/src/app && pip install -r requirements.txt\n"
        'CMD ["python", "/usr/src/app/app.py"]\n')
