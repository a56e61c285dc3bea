"""An entry script inside a directory the builder copies whole from the context
(``COPY . .`` then ``CMD ./start.sh``): the plan copies it from the builder, and the
post-conditions find the context copy that puts it there (``Artifact.context_source``)
rather than declining the copy as of a file the builder does not produce."""

from __future__ import annotations

import dataclasses

import pytest

import transpiler
from transpiler.multistage.api import transpile
from transpiler.multistage.postconditions import PostconditionError, verify

DOCKERFILE = """FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
{cmd}
"""


@pytest.fixture
def context(tmp_path):
    (tmp_path / "go.mod").write_text("module example.com/server\n\ngo 1.22\n")
    (tmp_path / "main.go").write_text("package main\n\nfunc main() {}\n")
    script = tmp_path / "start.sh"
    script.write_text('#!/bin/sh\nexec /usr/local/bin/server "$@"\n')
    script.chmod(0o755)
    return tmp_path


@pytest.mark.parametrize("cmd", ["CMD ./start.sh", "CMD bash start.sh",
                                 'CMD ["/src/start.sh"]', "CMD exec sh start.sh"])
def test_script_of_the_copied_tree_reaches_the_runner(context, cmd):
    text = DOCKERFILE.format(cmd=cmd)
    result = transpile(text, context=str(context))
    assert not result.report.declined, result.report.reason
    assert "COPY --from=builder /src/start.sh /src/start.sh" in result.output
    script = [a for a in result.report.detection.artifacts if a.path == "/src/start.sh"]
    assert [a.context_source for a in script] == ["start.sh"]


def test_a_context_file_no_builder_copy_brings_still_fails(context):
    text = DOCKERFILE.format(cmd="CMD ./start.sh")
    result = transpile(text, context=str(context))
    det = result.report.detection
    wrong = dataclasses.replace(det, artifacts=tuple(
        dataclasses.replace(a, context_source="other/start.sh") if a.context_source else a
        for a in det.artifacts))
    with pytest.raises(PostconditionError, match="/src/start.sh is not produced"):
        verify(transpiler.parse(text), result.output, wrong)
