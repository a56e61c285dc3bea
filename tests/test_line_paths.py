"""The parser's two ways to an instruction (syntax/build.py) must build the same node:
``_one_line`` takes a line that is a whole instruction straight from its text, while
``_continued`` assembles any instruction from its lines first (prelexer.Continued).
Here every instruction goes through ``_continued`` too, and the trees are compared
field by field, positions, raw text and layout included (which ``==`` leaves out)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

import transpiler
from transpiler.tree.records import FrozenRecord
from transpiler.syntax import build
from transpiler.syntax.build import parse_dockerfile
from transpiler.syntax.prelexer import MAX_LINE_BYTES, Continued

import oracle
from test_property_roundtrip import texts


def _everything(value):
    """Every field of every node, the ones outside ``==`` too."""
    if isinstance(value, FrozenRecord):
        return (type(value).__name__,
                tuple((k, _everything(v)) for k, v in sorted(value.__dict__.items())))
    if isinstance(value, tuple):
        return (type(value).__name__, tuple(_everything(v) for v in value))
    return value


def _general(parser, lines, i, code, before, leading, reuse):
    node, end = build._continued(parser, lines, Continued(lines, i, parser.escape), leading, reuse)
    assert end == i + 1
    return node


def _outcome(text, **kwargs):
    try:
        return _everything(parse_dockerfile(text, **kwargs))
    except transpiler.ParseError as exc:
        return ("error", exc.message, exc.line, exc.column, exc.source_line)


def _same_both_ways(text, monkeypatch, **kwargs):
    fast = _outcome(text, **kwargs)
    with monkeypatch.context() as m:
        m.setattr(build, "_one_line", _general)
        general = _outcome(text, **kwargs)
    assert fast == general


def _variants(text):
    yield text
    yield text.replace("\n", "\r\n")
    yield "\ufeff" + text.rstrip("\n")
    yield "# escape=`\n" + text.replace("\\\n", "`\n")


@pytest.mark.skipif(not oracle.CORPUS.is_dir(), reason=f"corpus folder {oracle.CORPUS} is absent")
def test_one_line_path_agrees_with_the_general_path_on_corpus(monkeypatch):
    for path in sorted(oracle.CORPUS.iterdir())[::8]:
        for text in _variants(path.read_bytes().decode("utf-8", "replace")):
            _same_both_ways(text, monkeypatch)


@settings(max_examples=300, deadline=None)
@given(texts())
def test_one_line_path_agrees_with_the_general_path_on_generated_texts(text):
    with pytest.MonkeyPatch.context() as monkeypatch:
        _same_both_ways(text, monkeypatch)
        _same_both_ways(text, monkeypatch, fast=False)


EDGES = [
    "RUN a\\\\\nRUN b `\nRUN c \\ \t\n",  # an escaped escape, the other escape, blanks after
    "  \tRUN  --mount=type=cache,target=/c --network=none  make  \t \n",
    "RUN --x --x a\nCOPY --from=a --chown=1:1 b c\nRUN--x --x\n",
    "ENV A=1 B=\"x y\" C\nENV K v w\nLABEL a=b \"c d\"=e\nARG a b=c d=\nARG\n",
    "CMD [\"a\", \"b\"]\nENTRYPOINT [\"a\",]\nSHELL [\"sh\", 1]\nCMD [1]\n",
    "ONBUILD RUN x\nONBUILD --f=1 ENV a=b\nONBUILD ONBUILD RUN x\nONBUILD\n",
    "HEALTHCHECK --interval=1s CMD [\"a\"]\nHEALTHCHECK NONE\nHEALTHCHECK  CMD  x\n",
    "RUN\u00a0x\n\u3000RUN x\nRUN x\u2028y\nRUN x\x0b\n",
    "RUN x <<EOF\nRUN <<EOF\nbody\nEOF\nCOPY <<A <<B /d\na\nB\nA\nB\n",
    "FROM a\nRUN x\nRUN y",  # no final newline
    "FROM a\r\r\nRUN x\r\n",
    "FOO bar\nRUN -- --x\nRUN --\n",
]


@pytest.mark.parametrize("text", EDGES)
def test_one_line_path_agrees_on_edge_cases(text, monkeypatch):
    for variant in _variants(text):
        _same_both_ways(variant, monkeypatch)
        _same_both_ways(variant, monkeypatch, fast=False)


def _line_of(size, eol):
    return "RUN " + "x" * (size - 4) + eol


@pytest.mark.parametrize("eol", ["\n", "\r\n", ""])
def test_the_line_length_limit_is_met_where_buildkit_reads_the_line(eol, monkeypatch):
    limit = MAX_LINE_BYTES + (1 if eol else 0) - len(eol)  # longest body accepted
    ok = "FROM a\n" + _line_of(limit, eol)
    assert len(parse_dockerfile(ok).instructions) == 2
    _same_both_ways(ok, monkeypatch)
    too_long = "FROM a\n" + _line_of(limit + 1, eol)
    error = ("dockerfile line greater than max allowed size of 65535", 2, 1)
    with pytest.raises(transpiler.ParseError) as info:
        parse_dockerfile(too_long)
    assert (info.value.message, info.value.line, info.value.column) == error
    # the error comes when the loop reaches the line: in a continuation or a heredoc
    # body too, and not before an error above it
    long_body = "x" * (limit + 1) + eol
    for text, expected in [
        ("FROM a\nRUN a \\\n" + long_body, ("dockerfile line greater", 3, 1)),
        ("FROM a\nRUN <<E\n" + long_body + "E\n", ("dockerfile line greater", 3, 1)),
        ("# syntax=a\n" + long_body, ("dockerfile line greater", 2, 1)),
        ("FROM a\n# c\n" + long_body, ("dockerfile line greater", 3, 1)),
        ("FROM a\nENV A\n" + long_body, ("ENV must have two arguments", 2, 5)),
        ("FROM a\nCMD [1, \\\n2]\n" + long_body, ("when using JSON", 2, 5)),
    ]:
        with pytest.raises(transpiler.ParseError) as info:
            parse_dockerfile(text)
        err = info.value
        assert (err.message.startswith(expected[0]), err.line, err.column) == (True,) + expected[1:]


def test_records_the_parser_builds_have_every_field_in_order():
    """The parser fills some records' field dictionaries itself (records.new_record):
    each must hold exactly the class's fields, in declaration order, as the class's
    own constructor would."""
    seen = set()

    def walk(value):
        if isinstance(value, FrozenRecord):
            assert list(value.__dict__) == list(type(value)._names), type(value).__name__
            seen.add(type(value).__name__)
            for item in value.__dict__.values():
                walk(item)
        elif isinstance(value, tuple):
            for item in value:
                walk(item)

    for text in EDGES:
        for variant in _variants("# syntax=x\nFROM a\n" + text + "\n# end\n"):
            try:
                walk(parse_dockerfile(variant))
            except transpiler.ParseError:
                pass
    assert {"Dockerfile", "Stage", "Run", "Env", "ShellForm", "Comment", "BlankLine"} <= seen
