"""analysis.run_text: one reading of what an instruction runs, for the passes that look
for a word in it (apt's name, a home, a destination) and the entry reader that parses
a shell command's script."""

from __future__ import annotations

from transpiler import parse
from transpiler.analysis.run_text import run_text


def _nodes(text):
    return list(parse(text).stages[0].body)


def test_shell_form_is_the_text_as_written():
    run, = _nodes("FROM debian\nRUN echo 'a  b' > \"/etc/apt/x\" \\\n    && true\n")
    got = run_text(run)
    assert "'a  b'" in got and '"/etc/apt/x"' in got  # (quotes kept: callers remove them)
    assert got == run.command.text


def test_exec_form_is_its_arguments_joined_by_a_space():
    run, = _nodes('FROM debian\nRUN ["useradd", "-m", "-d", "/home/app", "app"]\n')
    assert run_text(run) == "useradd -m -d /home/app app"


def test_a_shells_script_for_a_reader_that_parses_it():
    cmd, = _nodes('FROM debian\nCMD ["sh", "-c", "nginx && tail -f /dev/null"]\n')
    assert run_text(cmd) == "sh -c nginx && tail -f /dev/null"
    assert run_text(cmd, shell_script=True) == "nginx && tail -f /dev/null"
    cmd, = _nodes('FROM debian\nCMD ["nginx", "-g", "daemon off;"]\n')
    assert run_text(cmd, shell_script=True) == "nginx -g daemon off;"


def test_no_command_is_no_text():
    none, workdir = _nodes("FROM debian\nHEALTHCHECK NONE\nWORKDIR /app\n")
    assert run_text(none) == "" and run_text(workdir) == "" and run_text(None) == ""
