"""Property tests: generated trees print and parse back to the same tree; generated
texts print back byte for byte and mean what BuildKit's parser says."""

from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import transpiler
from transpiler.tree import ast

import oracle

SAFE = string.ascii_letters + string.digits + "_./:-@+,%"
word = st.text(SAFE, min_size=1, max_size=12).filter(lambda w: not w.startswith(("-", "[")))
plain = st.text(string.ascii_letters + string.digits + "_", min_size=1, max_size=8)
shell_text = st.lists(st.one_of(word, st.sampled_from(["&&", "||", "|", ";", "'a b'", '"c d"', "$X", "${Y:-z}"])),
                      min_size=1, max_size=8).map(" ".join).filter(lambda s: not s.startswith(("-", "[")))
exec_args = st.lists(st.text(string.printable.replace("\x0b", "").replace("\x0c", ""), max_size=10), max_size=4)
flag_value = st.one_of(st.none(), word, st.text(SAFE + " \"'\\", max_size=10))


def _flags(names):
    return st.lists(st.builds(ast.Flag, st.sampled_from(names), flag_value), max_size=2).map(tuple)


command = st.one_of(exec_args.map(lambda a: ast.ExecForm(tuple(a))), shell_text.map(ast.ShellForm))

instruction = st.one_of(
    st.builds(lambda f, c: ast.Run(keyword="RUN", flags=f, command=c), _flags(["mount", "network"]), command),
    st.builds(lambda c: ast.Cmd(keyword="CMD", command=c), command),
    st.builds(lambda c: ast.Entrypoint(keyword="ENTRYPOINT", command=c), command),
    st.builds(lambda f, p: ast.Copy(keyword="COPY", flags=f, paths=tuple(p), json=False),
              _flags(["from", "chown", "link"]), st.lists(word, min_size=2, max_size=4)),
    st.builds(lambda p: ast.Copy(keyword="COPY", paths=tuple(p), json=True),
              st.lists(st.text(SAFE + " ", min_size=1, max_size=8), min_size=2, max_size=3)),
    st.builds(lambda p: ast.Expose(keyword="EXPOSE", ports=tuple(p)), st.lists(word, min_size=1, max_size=3)),
    st.builds(lambda kv: ast.Env(keyword="ENV", pairs=tuple(ast.KeyValue(k, v) for k, v in kv)),
              st.lists(st.tuples(plain, st.one_of(word, st.just('"two words"'), st.just(""))), min_size=1, max_size=3)),
    st.builds(lambda k, v: ast.Label(keyword="LABEL", pairs=(ast.KeyValue(k, v, legacy=True),)),
              plain, shell_text),
    st.builds(lambda a: ast.Arg(keyword="ARG", args=tuple(ast.ArgDecl(n, v) for n, v in a)),
              st.lists(st.tuples(plain, st.one_of(st.none(), word)), min_size=1, max_size=3)),
    st.builds(lambda v: ast.Workdir(keyword="WORKDIR", value=v), word),
    st.builds(lambda v: ast.User(keyword="USER", value=v), word),
    st.builds(lambda c: ast.Healthcheck(keyword="HEALTHCHECK", kind_word="CMD", command=c), command),
    st.just(ast.Healthcheck(keyword="HEALTHCHECK", kind_word="NONE")),
    st.builds(lambda c: ast.Onbuild(keyword="ONBUILD", trigger=ast.Run(keyword="RUN", command=c)), command),
)


@st.composite
def trees(draw):
    image = draw(word)
    name = draw(st.one_of(st.none(), plain.map(str.lower)))
    args = (image,) if name is None else (image, "AS", name)
    body = tuple(draw(st.lists(instruction, max_size=6)))
    return ast.Dockerfile(stages=(ast.Stage(from_=ast.From(keyword="FROM", args=args), body=body),))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(trees())
def test_generated_trees_print_and_parse_back(tree):
    text = transpiler.unparse(tree)
    again = transpiler.parse(text)
    assert again.instructions == tree.instructions


LINE_PARTS = st.sampled_from([
    "FROM alpine", "from alpine as x", "RUN echo hi", "run  --mount=type=cache,target=/c  make",
    "RUN echo a \\", "  && echo b", "# comment", "", "   ", "\\", "ENV A=1 B=\"x y\"", "ENV K v w",
    "LABEL a=b", "COPY [\"a b\", \"/c/\"]", "COPY a b \\", "CMD [\"x\"]", "CMD ['x']",
    "RUN <<EOF", "EOF", "COPY <<A <<B /d", "A", "B", "hello", "\t\tEOF", "RUN <<-EOF cat",
    "EXPOSE 80\\", "81", "ONBUILD RUN echo", "HEALTHCHECK NONE", "FOO bar", "ARG X=1",
    "WORKDIR /app", "USER nobody", "RUN echo \\\\", "RUN -- --x", "ENTRYPOINT [\"a\",]",
])


@st.composite
def texts(draw):
    lines = draw(st.lists(LINE_PARTS, min_size=1, max_size=14))
    eol = draw(st.sampled_from(["\n", "\r\n"]))
    head = draw(st.sampled_from(["", "# escape=`\n", "# syntax=docker/dockerfile:1\n"]))
    end = draw(st.sampled_from(["", eol]))
    return head + eol.join(lines) + end


@settings(max_examples=400, deadline=None)
@given(texts())
def test_generated_texts_round_trip_and_match_buildkit(text):
    try:
        tree = transpiler.parse(text)
    except transpiler.ParseError as exc:
        assert exc.line >= 1 and exc.message
        if oracle.available() and not oracle.gap_rule(text):
            _, error = oracle.oracle_commands(text)
            assert error is not None, f"we reject ({exc.message}), BuildKit accepts"
        return
    assert transpiler.unparse(tree) == text
    if not oracle.available() or oracle.gap_rule(text):
        return
    expected, error = oracle.oracle_commands(text)
    if error == "file with no instructions":
        assert not tree.instructions
        return
    assert error is None, f"BuildKit rejects ({error}), we accept"
    assert oracle.ours(tree) == expected
