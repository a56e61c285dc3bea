"""Rendering a node from its fields (``render_instruction``, what ``unparse`` prints for
a node a pass built or edited) gives a line BuildKit reads back to the same fields;
formatting such a node gives the canonical spelling of that line.  (Every corpus
instruction is rendered and read back by tests/test_format_corpus.py.)"""

from __future__ import annotations

import pytest

import transpiler
from transpiler.formatting.api import format_tree
from transpiler.formatting.printer import render_instruction
from transpiler.tree import ast

from format_checks import comparable as _comparable

LINES = [
    "RUN echo  hi", 'RUN ["a", "b c"]', "RUN []", "RUN --mount=type=cache,target=/x make",
    "RUN --network=none --security=insecure true", 'CMD ["ü", "\\"q\\""]', "CMD run it",
    "ENTRYPOINT x", 'SHELL ["/bin/sh", "-c"]', "COPY --from=b --chown=1:1 a b /c/",
    'COPY ["a b", "c"]', "ADD --checksum=sha256:00 http://x/y /z", "VOLUME /a /b",
    'VOLUME ["/a"]', "FROM alpine", "FROM --platform=$P golang:1 as build", "EXPOSE 80 443/udp",
    "ENV K v w", 'ENV A="x y" B=z', "LABEL l 'one' \"two\"", "LABEL a=b", "ARG V", "ARG V=1 W",
    "USER a:b", "WORKDIR /a b", "STOPSIGNAL 9", "MAINTAINER me <m@x>",
    "HEALTHCHECK NONE", "HEALTHCHECK --interval=5s CMD curl -f x", 'HEALTHCHECK cmd ["a"]',
    "ONBUILD RUN x", "ONBUILD COPY --from=a b c", "ONBUILD", "FOO bar  baz",
]


def _with_last(tree: ast.Dockerfile, node: ast.Instruction) -> ast.Dockerfile:
    """``tree`` with its last instruction replaced by ``node``."""
    stage = tree.stages[-1]
    if stage.body:
        stage = stage.with_changes(body=stage.body[:-1] + (node,))
    else:
        stage = stage.with_changes(from_=node)
    return tree.with_changes(stages=tree.stages[:-1] + (stage,))


def _instructions(text: str):
    return list(transpiler.parse(text).instructions)


@pytest.mark.parametrize("line", LINES)
def test_a_rendered_line_reads_back_to_the_same_fields(line):
    prefix = "" if line.startswith("FROM") else "FROM z\n"
    node = _instructions(prefix + line + "\n")[-1]
    rendered = render_instruction(node)
    again = _instructions(prefix + rendered + "\n")[-1]
    assert _comparable(again) == _comparable(node), rendered
    # formatting the node without its source text is formatting the rendered line
    tree = _with_last(transpiler.parse(prefix + line + "\n"), node.with_changes())
    assert format_tree(tree) == transpiler.format(prefix + rendered + "\n")


def test_flags_built_by_a_pass_are_quoted_for_buildkit():
    node = ast.Run(keyword="RUN", flags=(
        ast.Flag("mount", "type=secret,id=a b"), ast.Flag("network", 'x"y'),
        ast.Flag("security", "c\\d"), ast.Flag("device", None)),
        command=ast.ShellForm("true"))
    rendered = render_instruction(node)
    assert rendered == ('RUN --mount="type=secret,id=a b" --network="x\\"y" '
                        '--security="c\\\\d" --device true')
    again = _instructions("FROM z\n" + rendered + "\n")[-1]
    assert [(f.name, f.value) for f in again.flags] == [(f.name, f.value) for f in node.flags]


def test_a_legacy_pair_is_rendered_legacy_and_formatted_quoted():
    tree = transpiler.parse("FROM z\nENV K a  b\n")
    node = tree.instructions[-1].with_changes()
    assert render_instruction(node) == "ENV K a  b"
    assert format_tree(_with_last(tree, node)) == 'FROM z\nENV K="a  b"\n'


def test_built_directives_and_heredocs_are_printed_from_their_fields():
    tree = transpiler.parse("FROM z\nRUN <<EOF\necho hi\nEOF\n")
    run = tree.instructions[-1]
    body = ast.Heredoc(name="EOF", content="echo bye", fd=None, chomp=False, expand=True)
    edited = run.with_changes(heredocs=(body,))
    tree = _with_last(tree, edited).with_changes(
        directives=(ast.Directive("syntax", "docker/dockerfile:1"),))
    expected = "# syntax=docker/dockerfile:1\nFROM z\nRUN <<EOF\necho bye\nEOF\n"
    assert transpiler.unparse(tree) == expected
    assert format_tree(tree) == expected
    assert transpiler.parse(expected).instructions[-1].heredocs[0].content == "echo bye\n"
