"""pip's general options before the subcommand (recipes/pip_command): moved after it,
so the readers of pip commands see ``pip install ...``; any other word first keeps the
command as written."""
from transpiler.multistage.api import transpile
from transpiler.multistage.recipes.pip_command import subcommand_first


def test_general_options_move_after_the_subcommand():
    assert subcommand_first(("pip", "--no-cache-dir", "install", "-r", "r.txt")) == \
        ("pip", "install", "--no-cache-dir", "-r", "r.txt")
    assert subcommand_first(("pip3", "-qq", "--timeout", "60", "--proxy=http://p:3128",
                             "install", "x")) == \
        ("pip3", "install", "-qq", "--timeout", "60", "--proxy=http://p:3128", "x")
    assert subcommand_first(("/usr/bin/python3", "-m", "pip", "--disable-pip-version-check",
                             "install", ".")) == \
        ("/usr/bin/python3", "-m", "pip", "install", "--disable-pip-version-check", ".")


def test_other_commands_and_options_stay():
    for argv in (("pip", "install", "x"), ("pip", "--index-url", "u", "install", "x"),
                 ("pip", "--python", "/v/bin/python", "install", "x"),
                 ("pip", "--isolated", "install", "x"), ("pip", "--no-cache-dir"),
                 ("npm", "--no-cache-dir", "install"), ("python", "-q", "install")):
        assert subcommand_first(argv) == argv


def test_install_with_general_options_first_is_read():
    result = transpile("FROM python:3.11-bookworm\nRUN apt-get update && apt-get install -y "
                       "libsnappy-dev\nWORKDIR /app\nCOPY . .\n"
                       "RUN pip --no-cache-dir install -r requirements.txt\n"
                       'CMD ["python", "app.py"]\n')
    assert not result.report.declined, result.report.reason
    assert "COPY --from=builder /usr/local/lib/python3.11/site-packages" in result.output
