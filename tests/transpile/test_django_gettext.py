"""gettext, a build tool by the tables, reaches the runner when the command is
Django's manage.py, whose compilemessages/makemessages run it (5c1ad6d6)."""
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


def test_a_fixed_manage_py_command_leaves_gettext_in_the_builder():
    result = transpile(DJANGO + 'CMD ["python3", "manage.py", "runserver"]\n')
    assert not result.report.declined, result.report.reason
    assert "gettext" not in _runner(result.output)
