"""What a CMD/ENTRYPOINT runs (analysis/commands.program_of) when its text looks like a
list but is not JSON: Docker hands it to ``/bin/sh -c`` and the shell's first word,
bracket included, is what runs."""

from __future__ import annotations

import pytest

from transpiler import parse
from transpiler.analysis.commands import program_of
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
