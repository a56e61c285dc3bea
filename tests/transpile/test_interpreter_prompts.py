"""An interpreter given no program reads one from standard input or prompts for it:
the image is an interpreter base whose users run code of their own (82ff04f1's
`CMD ["/usr/bin/ruby"]` lost ruby2.2-dev, which a gem with a native extension needs)."""
import pytest

from transpiler import transpile
from transpiler.multistage.interpreter_prompts import NO_PROGRAM, REPL, starts_prompt


@pytest.mark.parametrize("command", [
    "/usr/bin/ruby", "python", "python3 -u", "python3.6 -B -W ignore", "node",
    "node -r dotenv/config", "nodejs --harmony", "perl", "perl -Mstrict", "julia", "hy",
    "/usr/local/mruby/build/host/bin/mruby", "php", "R --vanilla", "lua5.3", "python -",
])
def test_an_interpreter_given_no_program_prompts(command):
    assert starts_prompt(command.split()) == NO_PROGRAM


@pytest.mark.parametrize("command", [
    "irb", "pry -r ./app", "ghci", "python -i app.py", "python3 -Bi app.py",
    "php -a", "node --interactive",
])
def test_a_repl_or_a_prompt_option_prompts_whatever_the_program(command):
    assert starts_prompt(command.split()) == REPL


@pytest.mark.parametrize("command", [
    "python app.py", "python -c print(1)", "python -Bc print(1)", "python3 -m http.server",
    "python -W ignore app.py", "python -Wignore app.py", "ruby -e 1", "ruby -eputs",
    "ruby -I lib app.rb", "node server.js", "node -r dotenv/config app.js",
    "node --require=dotenv/config app.js", "perl -MX x.pl", "php -S 0.0.0.0:80",
    "julia -e 1", "Rscript", "python --version", "node -v", "ruby -v", "rlwrap daleci",
    "python3.4-config", "hylang", "gunicorn app:app",
])
def test_a_program_given_or_no_interpreter_is_no_prompt(command):
    assert starts_prompt(command.split()) is None


@pytest.mark.parametrize("text, line", [
    ('FROM python:3.11\nRUN pip install numpy\nENTRYPOINT ["python3", "-u"]\n', 3),
    ("FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y --no-install-recommends "
     "ruby ruby-dev build-essential && gem install bundler\nCMD [\"/usr/bin/ruby\"]\n", 3),
])
def test_a_prompt_declines_where_the_runner_leaves_tools_behind(text, line):
    result = transpile(text)
    assert result.report.declined
    assert f"at line {line}: runs `" in result.report.reason
    assert "reads one from standard input" in result.report.reason


def test_an_interpreter_fed_its_program_is_not_a_prompt():
    """`python < x.py` and `cat x | python` are given their program."""
    text = ("FROM python:3.11\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n"
            "CMD python < /app/main.py\n")
    result = transpile(text)
    assert "reads one from standard input" not in (result.report.reason or "")
