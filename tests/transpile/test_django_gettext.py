"""gettext, a build tool by the tables, reaches the runner when the original keeps it:
Django's manage.py compilemessages/makemessages run its programs (5c1ad6d6), and so may
the program or a script it runs (envsubst, which Debian's gettext brings through
gettext-base): ``packages.RUN_TIME_HELPERS``."""
from transpiler import transpile

DJANGO = ("FROM python:3.11-bookworm\nRUN apt-get update && apt-get install -y gettext\n"
          "COPY requirements.txt /requirements.txt\nRUN pip install -r /requirements.txt\n"
          "WORKDIR /src\n")
_GETTEXT = "apt-get install -y gettext && rm -rf /var/lib/apt/lists/*"


def _runner(out):
    return out.split("\nFROM ", 2)[-1]


def test_a_manage_py_entrypoint_keeps_gettext():
    out = transpile(DJANGO + 'ENTRYPOINT ["python3", "manage.py"]\nCMD ["runserver"]\n').output
    assert _GETTEXT in _runner(out)


def test_a_command_naming_compilemessages_keeps_gettext():
    out = transpile(DJANGO + 'CMD python manage.py compilemessages && '
                    'gunicorn app.wsgi\n').output
    assert _GETTEXT in _runner(out)


def test_a_fixed_manage_py_command_keeps_gettext_too():
    # (runserver runs the project's code, which may run envsubst or msgfmt: the
    # Dockerfile does not show it does not)
    result = transpile(DJANGO + 'CMD ["python3", "manage.py", "runserver"]\n')
    assert not result.report.declined, result.report.reason
    assert _GETTEXT in _runner(result.output)


def test_gettext_the_original_removes_stays_in_the_builder():
    result = transpile(DJANGO.replace("install -y gettext",
                                      "install -y gettext && apt-get purge -y gettext") +
                       'CMD ["python3", "manage.py", "runserver"]\n')
    assert "gettext" not in _runner(result.output)
