"""First-layer errors: BuildKit's wording, and the line and column of the problem."""

from __future__ import annotations

import pytest

import transpiler
from transpiler.cli.files import decode

CASES = [
    ("FROM a\nRUN <<EOF\necho\n", "unterminated heredoc", 2, 1),
    ("# escape=x\nFROM a\n", "invalid escape token 'x' does not match ` or \\", 1, 10),
    ("# escape=`\n# escape=\\\nFROM a\n", "only one escape parser directive can be used", 2, 1),
    ("# syntax=a\n#syntax=b\nFROM a\n", "only one syntax parser directive can be used", 2, 1),
    ("FROM a\nCMD [\"a\", 1]\n", "when using JSON array syntax, arrays must be comprised of strings only", 2, 5),
    ("FROM a\nCOPY [\"a\", {}] /b\n", "when using JSON array syntax, arrays must be comprised of strings only", 2, 6),
    ("FROM a\nENV PATH\n", "ENV must have two arguments", 2, 5),
    ("FROM a\nLABEL onlykey\n", "LABEL must have two arguments", 2, 7),
    ("FROM a\nENV a=b c\n", "Syntax error - can't find = in \"c\". Must be of the form: name=value", 2, 9),
    ("FROM a\nRUN echo \\\n  ok\nENV  x=1 \\\n   y\n", "Syntax error - can't find = in \"y\". Must be of the form: name=value", 5, 4),
    ("FROM a\nRUN " + "x" * 70000 + "\n", "dockerfile line greater than max allowed size of 65535", 2, 1),
]


@pytest.mark.parametrize("text,message,line,column", CASES)
def test_parse_error(text, message, line, column):
    with pytest.raises(transpiler.ParseError) as info:
        transpiler.parse(text)
    err = info.value
    assert (err.message, err.line, err.column) == (message, line, column)
    rendered = err.render("Dockerfile")
    assert rendered.startswith(f"Dockerfile:{line}:{column}: error: {message}")


def test_line_length_limit_is_bytes_including_newline():
    ok = "FROM a\nRUN " + "x" * (65535 - 4) + "\n"
    transpiler.parse(ok)
    with pytest.raises(transpiler.ParseError):
        transpiler.parse("FROM a\nRUN " + "é" * 33000 + "\n")  # 66,000 bytes


@pytest.mark.parametrize("data,fragment,line,column", [
    (b"FROM a\nRUN \xff\n", "invalid UTF-8 at byte offset 11", 2, 5),
    (b"\xff\xfeF\x00", "UTF-16", 1, 1),
    (b"FROM a\x00\n", "NUL byte at byte offset 6", 1, 7),
])
def test_undecodable_input(data, fragment, line, column):
    with pytest.raises(transpiler.ParseError) as info:
        decode(data)
    assert fragment in info.value.message
    assert (info.value.line, info.value.column) == (line, column)


@pytest.mark.parametrize("text,code", [
    ("RUNN echo\nFROM a\n", "unknown-instruction"),
    ("FROM a\nCOPY --bogus=1 a b\n", "unknown-flag"),
    ("FROM a\nCOPY --from=x --from=y a b\n", "duplicate-flag"),
    ("FROM a\nCOPY --from a b\n", "flag-value"),
    ("FROM a\nCOPY a\n", "arg-count"),
    ("FROM a\nWORKDIR\n", "arg-count"),
    ("FROM a b\n", "arg-count"),
    ("FROM a AS 1bad\n", "stage-name"),
    ("FROM a AS scratch\n", "stage-name"),
    ("FROM a AS x\nFROM b AS X\n", "stage-name"),
    ("RUN echo\nFROM a\n", "before-from"),
    ("FROM a\nSHELL /bin/sh\n", "shell-json"),
    ("FROM a\nHEALTHCHECK FOO x\n", "healthcheck-type"),
    ("FROM a\nONBUILD FROM b\n", "onbuild-trigger"),
])
def test_second_layer_problems_are_diagnostics_not_exceptions(text, code):
    tree = transpiler.parse(text)
    assert transpiler.unparse(tree) == text
    codes = [d.code for d in tree.diagnostics]
    assert code in codes
    assert all(d.line >= 1 for d in tree.diagnostics)


def test_clean_file_has_no_diagnostics():
    tree = transpiler.parse("ARG V=1\nFROM a:${V} AS build\nRUN --mount=type=cache,target=/c make\n"
                            "COPY --from=build --chmod=755 /x /y\nHEALTHCHECK --interval=5s CMD true\n")
    assert tree.diagnostics == ()
