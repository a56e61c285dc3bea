"""diagnostics._QUIET lets ``check`` skip instructions it can tell have nothing to
report; each of its tests must only say so when ``check_instruction`` agrees."""

from __future__ import annotations

import pytest

import oracle
import transpiler
from transpiler.buildkit import diagnostics as D

TRICKY = """\
FROM a
FROM a AS 1bad
FROM a AS scratch
FROM a b
COPY a
COPY a b
ADD a
ENV
ENV A=1
LABEL
WORKDIR
USER
EXPOSE
EXPOSE 80
RUN
RUN echo
CMD
ENTRYPOINT
ARG
ARG =x
"""


def _check(tree) -> int:
    quiet = 0
    for node in tree.instructions:
        test = D._QUIET.get(node.__class__)
        if not node.flags and test is not None and test(node):
            assert not list(D.check_instruction(node)), node
            quiet += 1
    return quiet


def test_quiet_tests_agree_with_check_instruction():
    assert _check(transpiler.parse(TRICKY)) == 7  # FROM a, COPY a b, ENV, EXPOSE, RUN, CMD, ENTRYPOINT


@pytest.mark.skipif(not oracle.CORPUS.is_dir(), reason=f"corpus folder {oracle.CORPUS} is absent")
def test_quiet_tests_agree_on_the_corpus():
    quiet = 0
    for path in sorted(p for p in oracle.CORPUS.iterdir() if p.is_file()):
        try:
            quiet += _check(transpiler.parse(path.read_bytes().decode("utf-8")))
        except (UnicodeDecodeError, transpiler.ParseError):
            continue
    assert quiet > 50000
