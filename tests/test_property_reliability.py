"""Property tests over generated Dockerfiles that use everything: every instruction,
flags, shell/JSON forms, heredocs, directives, comments and blank lines inside
continuations, both escape characters, LF/CRLF (and stray CRs).

Properties: lossless round trip; ``format`` is idempotent and means what the input
meant (its own safety checks, plus BuildKit's parser on both sides when available);
``transpile`` is stable (transpiling its output changes nothing) and its output parses.
Shrunk failures become cases in tests/test_fuzz.py (REGRESSIONS).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import transpiler
from transpiler.formatting import safety
from transpiler.buildkit.shellword import process_word

import oracle

WORDS = st.sampled_from(["a", "b1", "/app", "./src", "x y", "$HOME", "${V:-d}", "'q r'",
                         '"s t"', "a=b", "k=\"v w\"", "80/tcp", "--", "-x", "golang:1.22",
                         "alpine", "go", "build", "-o", "&&", "||", "|", ";", "é", "#x"])
FLAGS = st.sampled_from(["--mount=type=cache,target=/root/.cache", "--network=none",
                         "--from=build", "--chown=1:1", "--chmod=755", "--link",
                         "--platform=$BUILDPLATFORM", "--security=insecure", "--interval=5s",
                         "--keep-git-dir=true", "--exclude=*.md"])
KEYWORDS = ["FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD", "COPY",
            "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL",
            "HEALTHCHECK", "SHELL", "FOO"]


@st.composite
def instruction(draw, esc):
    kw = draw(st.sampled_from(KEYWORDS))
    if draw(st.booleans()):
        kw = kw.lower()
    parts = [kw]
    if kw.upper() == "ONBUILD":
        parts.append(draw(st.sampled_from(["RUN", "COPY", "ENV", "CMD"])))
    if kw.upper() == "HEALTHCHECK":
        parts.append(draw(st.sampled_from(["NONE", "CMD", "--interval=5s CMD"])))
    parts += draw(st.lists(FLAGS, max_size=2))
    form = draw(st.sampled_from(["shell", "json", "heredoc", "empty"]))
    if form == "json":
        items = draw(st.lists(st.sampled_from(['"a"', '"b c"', '"\\\\"', '"$X"', '"é"']),
                              max_size=3))
        parts.append("[" + draw(st.sampled_from([", ", ",", " , "])).join(items) + "]")
        heredoc = ""
    elif form == "heredoc":
        name = draw(st.sampled_from(["EOF", "E", "'EOF'", '"EOF"', "-EOF"]))
        parts.append("<<" + name)
        parts += draw(st.lists(WORDS, max_size=2))
        bare = name.strip("'\"-")
        body = draw(st.lists(st.sampled_from(["echo hi", "\tindented", "$X", "", "a \\"]),
                             max_size=3))
        heredoc = "".join(line + "\n" for line in body) + ("\t" if name.startswith("-") and
                                                          draw(st.booleans()) else "") + bare
    else:
        parts += draw(st.lists(WORDS, max_size=5)) if form == "shell" else []
        heredoc = ""
    # join with blanks, some of them continuations (with comments / blank lines between)
    out = parts[0]
    for p in parts[1:]:
        sep = draw(st.sampled_from([" ", " ", "  ", "\t", "cont", "cont-comment", "cont-blank"]))
        if sep == "cont":
            sep = " " + esc + "\n" + draw(st.sampled_from(["", "  ", "\t"]))
        elif sep == "cont-comment":
            sep = " " + esc + "\n  # note\n  "
        elif sep == "cont-blank":
            sep = " " + esc + "\n\n  "
        out += sep + p
    if draw(st.integers(0, 9)) == 0:
        out += draw(st.sampled_from([" ", "\t", "\r", " " + esc]))
    return out + ("\n" + heredoc if heredoc else "")


@st.composite
def dockerfiles(draw):
    esc = draw(st.sampled_from(["\\", "`"]))
    lines = []
    if esc == "`" or draw(st.booleans()):
        lines.append(draw(st.sampled_from(["# escape=", "#escape=", "# ESCAPE = "])) + esc)
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(["# syntax=docker/dockerfile:1", "# check=skip=all"])))
    lines.append("FROM " + draw(st.sampled_from(["golang:1.22 AS build", "alpine", "scratch"])))
    for _ in range(draw(st.integers(0, 7))):
        kind = draw(st.integers(0, 5))
        if kind == 0:
            lines.append(draw(st.sampled_from(["# comment", "", "   ", "#"])))
        else:
            lines.append(draw(instruction(esc)))
    text = "\n".join(lines) + draw(st.sampled_from(["", "\n"]))
    eol = draw(st.sampled_from(["\n", "\r\n", "mixed"]))
    if eol == "\r\n":
        text = text.replace("\n", "\r\n")
    elif eol == "mixed":
        text = text.replace("\n", "\r\n", draw(st.integers(1, 3)))
    return text


def _norm(cmds, escape):
    """BuildKit's commands without line numbers; blank runs collapsed (re-indented
    continuations) and ENV/LABEL values as its shell lexer reads them (``K v`` is
    printed as ``K="v"``), the differences the formatter may make."""
    out = []
    for cmd, sub, json, flags, value, docs, *_ in cmds:
        if "env" in (cmd, sub) or "label" in (cmd, sub):
            value = tuple(process_word(v, escape) if i % 2 else v for i, v in enumerate(value))
        else:
            value = tuple(" ".join(v.split()) for v in value)
        out.append((cmd, sub, json, flags, value, docs))
    return out


SETTINGS = settings(max_examples=250, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


@SETTINGS
@given(dockerfiles())
def test_round_trip_format_and_transpile_properties(text):
    try:
        tree = transpiler.parse(text)
    except transpiler.ParseError as exc:
        assert exc.line >= 1 and exc.column >= 1 and exc.message
        return
    assert transpiler.unparse(tree) == text
    formatted = transpiler.format(text)  # raises SafetyError if not equivalent / stable
    assert transpiler.format(formatted) == formatted
    again = transpiler.parse(formatted)
    safety.assert_equivalent(tree, again)
    if oracle.available() and not oracle.gap_rule(text) and not oracle.gap_rule(formatted):
        before, err1 = oracle.oracle_commands(text)
        after, err2 = oracle.oracle_commands(formatted)
        assert (err1 is None) == (err2 is None), (err1, err2)
        if before is not None:  # BuildKit's own reading: same commands, lines aside
            assert _norm(before, tree.escape) == _norm(after, tree.escape)
    result = transpiler.transpile(text)
    transpiler.parse(result.output)
    if result.changed and not result.report.declined:
        assert transpiler.transpile(result.output).output == result.output
