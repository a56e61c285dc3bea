"""What a CMD/ENTRYPOINT runs (analysis/commands.program_of): when its text looks like a
list but is not JSON, Docker hands it to ``/bin/sh -c`` and the shell's first word,
bracket included, is what runs; through ``exec`` and ``env``, the program after them."""

from __future__ import annotations

import pytest

from transpiler import parse
from transpiler.analysis.commands import entry_words, program_of
from transpiler.analysis.shell import env_operands, unwrap_words, wrappers_of
from transpiler.tree import ast


def _cmd(line: str):
    tree = parse(f"FROM alpine:3.19\n{line}\n")
    return next(n for n in tree.stages[0].body if isinstance(n, (ast.Cmd, ast.Entrypoint)))


@pytest.mark.parametrize("line,word", [
    ("CMD ['npm', 'start']", "[npm,"),
    ("ENTRYPOINT ['/bin/bash', 'run.sh']", "[/bin/bash,"),
    ("CMD ['make']", "[make]"),
])
def test_a_list_in_single_quotes_runs_its_bracketed_first_word(line, word):
    program, shell, problem = program_of(_cmd(line))
    assert program is None and shell
    assert f"first word `{word}`" in problem and "no JSON array" in problem


@pytest.mark.parametrize("line,program", [
    ('CMD ["npm", "start"]', "npm"),  # JSON: exec form
    ("CMD [ -f /x ] && exec serve", None),  # `[` is test: several programs
    ("CMD node server.js", "node"),
])
def test_json_lists_and_tests_are_read_as_before(line, program):
    found, _, problem = program_of(_cmd(line))
    assert found == program
    assert problem is None or "JSON" not in problem


@pytest.mark.parametrize("line,program,words", [
    ("CMD exec sh start.sh", "sh", ("sh", "start.sh")),
    ("CMD exec bash start.sh", "bash", ("bash", "start.sh")),
    ("CMD exec ./start.sh", "./start.sh", ("./start.sh",)),
    ('CMD ["/usr/bin/env", "bash", "start.sh"]', "bash", ("bash", "start.sh")),
    ('CMD ["env", "VAR=x", "python", "app.py"]', "python", ("python", "app.py")),
    ('CMD ["env", "-i", "-u", "HOME", "--", "A=b", "./app"]', "./app", ("./app",)),
    ('CMD ["env", "-iuHOME", "./app"]', "./app", ("./app",)),
    ('CMD ["nohup", "env", "A=b", "./app", "-x"]', "./app", ("./app", "-x")),
    ("CMD exec env A=b ./app", "./app", ("./app",)),
    ('CMD ["sudo", "-E", "-u", "app", "./app"]', "./app", ("./app",)),
    ('CMD ["sudo", "-Hu", "app", "--", "A=b", "./app"]', "./app", ("./app",)),
    ("CMD sudo --user=app -g staff ./app", "./app", ("./app",)),
    ('CMD ["time", "-p", "./app"]', "./app", ("./app",)),
    ('CMD ["time", "-f", "%e", "-o", "/tmp/t", "./app"]', "./app", ("./app",)),
    ('CMD ["env"]', "env", ("env",)),  # (prints the environment: env is the program)
])
def test_exec_and_env_are_transparent(line, program, words):
    """``exec`` and ``env`` (its options and assignments) start the program named after
    them: it is what the command runs, read with its words (a script handed to a shell
    is the shell's operand, not a file named like the shell)."""
    node = _cmd(line)
    found, _, problem = program_of(node)
    assert (found, problem) == (program, None)
    assert entry_words(node) == words


@pytest.mark.parametrize("line", ['CMD ["env", "-S", "sh start.sh"]',
                                  'CMD env --chdir=/app ./run', 'CMD ["env", "-0", "./app"]',
                                  'CMD ["sudo", "-i", "./app"]', 'CMD sudo -D /srv ./app',
                                  'CMD ["time", "--nope", "./app"]'])
def test_env_options_that_change_what_runs_are_not_followed(line):
    found, _, problem = program_of(_cmd(line))
    assert found is None and "is not followed" in problem


def test_env_operands_as_env_reads_them():
    assert env_operands(["-u", "X", "A=b", "C=d", "prog", "E=f"]) == (
        ["prog", "E=f"], [("A", "b"), ("C", "d")], None)
    assert env_operands(["A=b"]) == (None, [("A", "b")], None)  # (prints the environment)
    assert env_operands(["--", "-x"]) == (["-x"], [], None)
    assert env_operands(["-S", "a b"])[2] is not None
    assert unwrap_words(["exec", "time", "nohup", "./app"]) == (("./app",), ())
    assert wrappers_of(["exec", "/usr/bin/env", "A=b", "./app"]) == ("exec", "/usr/bin/env")


@pytest.mark.parametrize("name,args,command", [
    ("tini", ["-s", "-p", "SIGTERM", "--", "app"], ["app"]),
    ("gosu", ["nobody", "app", "-x"], ["app", "-x"]),
    ("su-exec", ["1000:1000", "app"], ["app"]),
    ("timeout", ["-s", "KILL", "--preserve-status", "60", "app"], ["app"]),
    ("timeout", ["--kill-after=5", "60s", "app"], ["app"]),
    ("nice", ["-n", "5", "app"], ["app"]),
    ("nice", ["-n5", "app"], ["app"]),
    ("nice", ["-10", "app"], ["app"]),
    ("stdbuf", ["-oL", "-e", "0", "app"], ["app"]),
    ("gosu", ["nobody"], None),  # (the program is given at `docker run`)
])
def test_wrapper_programs_start_the_command_after_their_words(name, args, command):
    from transpiler.multistage.runner_programs import wrapped_words
    assert wrapped_words(name, args) == (command, None)


def test_wrapper_options_not_known_are_not_guessed():
    from transpiler.multistage.runner_programs import wrapped_words
    assert wrapped_words("timeout", ["--frobnicate", "5", "60", "app"])[1] is not None
    assert wrapped_words("gosu", ["--help"])[1] is not None
