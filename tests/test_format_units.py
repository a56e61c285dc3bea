"""Unit tests for the formatter's parts: joining documents, the legacy ENV/LABEL
quoting, the safety checks (they must catch a broken rule), options and errors."""

from __future__ import annotations

import pytest

import transpiler
from transpiler.tree.errors import SafetyError
from transpiler.formatting.printer import doc as d
from transpiler.formatting.printer import format_rules
from transpiler.formatting.safety import assert_equivalent, assert_stable
from transpiler.buildkit.shellword import collapse_blanks, process_word, quote_word

import format_checks


# ------------------------------------------------------------------ documents

def test_documents_are_joined_with_the_file_line_ending():
    docs = ["FROM a", ("RUN a \\", "    && b"), "", "# c"]
    assert d.join_documents(docs, "\r\n") == "FROM a\r\nRUN a \\\r\n    && b\r\n\r\n# c\r\n"
    assert d.join_documents([], "\n") == ""


def test_a_cr_ending_a_line_goes_but_not_one_inside_verbatim_text():
    # a heredoc body is printed as it is; only the ends of the document's lines lose CRs
    docs = [("RUN <<E\r", "body\r\nE\r"), "kept\r\ninside\r\r"]
    assert d.join_documents(docs, "\n") == "RUN <<E\nbody\r\nE\nkept\r\ninside\n"


# ------------------------------------------------------------------ legacy ENV

@pytest.mark.parametrize("raw, quoted", [
    ("hello world", '"hello world"'),
    ("$HOME/bin:${PATH}", '"$HOME/bin:${PATH}"'),
    ('"a b" c', '"a b c"'),
    ("'$x' y", '"\\$x y"'),
    ("a\\ b", '"a b"'),
    ('say \\"hi\\"', '"say \\"hi\\""'),
    ("cost$ 5", '"cost\\$ 5"'),
    ("back\\\\slash", '"back\\\\slash"'),
])
def test_quote_word_reads_the_same(raw, quoted):
    assert quote_word(raw) == quoted
    assert process_word(quoted) == process_word(raw)


@pytest.mark.parametrize("raw", ["it's", '"open', "${a:-\"x\"}"])
def test_quote_word_declines_what_it_does_not_model(raw):
    assert quote_word(raw) is None


def test_legacy_env_matches_buildkit_after_unquoting():
    text = "FROM a\nENV K hello   world\nENV P $HOME/x:${PATH}\nLABEL l 'one' \"two\"\n"
    out = transpiler.format(text)
    assert out == 'FROM a\nENV K="hello   world"\nENV P="$HOME/x:${PATH}"\nLABEL l="one two"\n'
    assert format_checks.oracle_equivalent(text, out, "\\") is None


def test_collapse_blanks_keeps_quoted_runs():
    assert collapse_blanks('a   "b   c"  d\\  e') == 'a "b   c" d\\  e'


# ------------------------------------------------------------------ safety

def test_assert_equivalent_names_the_first_difference():
    src = transpiler.parse("FROM a\nRUN echo a\n")
    dst = transpiler.parse("FROM a\nRUN echo b\n")
    with pytest.raises(SafetyError) as info:
        assert_equivalent(src, dst)
    assert info.value.line == 2
    assert "RUN" in info.value.message


def test_assert_equivalent_accepts_reindented_shell_and_as_case():
    src = transpiler.parse("from a as b\nRUN echo a && \\\n  echo  b\n")
    dst = transpiler.parse("FROM a AS b\nRUN echo a \\\n    && echo  b\n")
    assert_equivalent(src, dst)


def test_assert_equivalent_is_strict_outside_shell_form():
    src = transpiler.parse("FROM a\nWORKDIR /a \\\n  b\n")
    dst = transpiler.parse("FROM a\nWORKDIR /a \\\n    b\n")
    with pytest.raises(SafetyError):
        assert_equivalent(src, dst)


def test_assert_equivalent_shell_form_blanks_count_inside_quotes():
    src = transpiler.parse('FROM a\nrun echo "a  b" \\\n  &&  true\n')
    assert_equivalent(src, transpiler.parse('FROM a\nRUN echo "a  b" \\\n    && true\n'))
    with pytest.raises(SafetyError):
        assert_equivalent(src, transpiler.parse('FROM a\nRUN echo "a b" \\\n    && true\n'))
    with pytest.raises(SafetyError):  # a flag changed, the command not
        assert_equivalent(src, transpiler.parse('FROM a\nRUN --network=none echo "a  b" \\\n'
                                                '    && true\n'))


def test_assert_equivalent_keyword_case_only_where_buildkit_ignores_it():
    assert_equivalent(transpiler.parse("from a\ncopy --from=x a b\n"),
                      transpiler.parse("FROM a\nCOPY --from=x a b\n"))
    with pytest.raises(SafetyError):  # the same case-insensitive keyword, another flag value
        assert_equivalent(transpiler.parse("FROM a\ncopy --from=x a b\n"),
                          transpiler.parse("FROM a\nCOPY --from=y a b\n"))
    with pytest.raises(SafetyError):  # an unknown instruction is compared as written
        assert_equivalent(transpiler.parse("FROM a\nfoo x\n"),
                          transpiler.parse("FROM a\nFOO x\n"))


def test_assert_equivalent_env_label_from_and_exec_compare_what_buildkit_reads():
    """The field-by-field comparisons (safety._same_meaning) accept only what the
    BuildKit view accepts: a legacy value and its quoted form, ``as`` and ``AS``,
    JSON spacing; a changed value, word, argument or flag is still caught."""
    same = [("ENV K hello   world\nLABEL l 'one' \"two\"\n",
             'ENV K="hello   world"\nLABEL l="one two"\n'),
            ("from a as b\n", "FROM a AS b\n"),
            ('CMD ["a","b"]\n', 'CMD ["a", "b"]\n')]
    for before, after in same:
        assert_equivalent(transpiler.parse("FROM z\n" + before), transpiler.parse("FROM z\n" + after))
    different = [("ENV K hello   world\n", 'ENV K="hello world"\n'),
                 ("ENV K a\n", "ENV J a\n"),
                 ("ENV K=a J=b\n", "ENV K=a\n"),
                 ("LABEL l 'a b'\n", 'LABEL l="a  b"\n'),
                 ("ENV K $A\n", 'ENV K="\\$A"\n'),
                 ("FROM a as b\n", "FROM a AS c\n"),
                 ("FROM a as b\n", "FROM A AS b\n"),
                 ("FROM a as b\n", "FROM --platform=x a AS b\n"),
                 ('CMD ["a","b"]\n', 'CMD ["a", "c"]\n'),
                 ('CMD ["a"]\n', "CMD a\n"),
                 ("RUN a  b\n", "RUN --network=none a b\n")]
    for before, after in different:
        with pytest.raises(SafetyError):
            assert_equivalent(transpiler.parse("FROM z\n" + before),
                              transpiler.parse("FROM z\n" + after))


def test_same_meaning_implies_the_same_buildkit_key():
    """Over every pair of a set of look-alike instructions: whenever the field-by-field
    comparison says "the same", the BuildKit views (``_key_of``) are equal."""
    from transpiler.formatting import safety

    lines = ["ENV K a b", 'ENV K="a b"', "ENV K 'a b'", 'ENV K="a  b"', "env K=a\\ b",
             "ENV K=$A", 'ENV K="$A"', "ENV K='$A'", "ENV K=a J=b", "ENV J=b K=a",
             "LABEL K=a", "LABEL K a", "ENV --x=1 K=a",
             "FROM a", "FROM a as b", "from a AS b", "FROM a As c", "FROM --platform=p a AS b",
             "FROM a b c", "FROM a AS", "RUN a  b", "run a b", 'RUN "a  b"', 'RUN "a b"',
             "RUN --mount=type=cache a b", 'RUN ["a", "b"]', 'RUN ["a","b"]', "CMD a b",
             'CMD ["a b"]', "ENTRYPOINT a b", "SHELL a b", 'SHELL ["a", "b"]',
             "COPY a b", "COPY  a  b", "copy --from=x a b", "ADD a b", "EXPOSE 80",
             "HEALTHCHECK CMD a  b", "healthcheck cmd a b", "ONBUILD RUN a  b",
             "ONBUILD run a b", "WORKDIR /a", "workdir /a", "USER a", "ARG a=b", "ARG a"]
    nodes = [transpiler.parse("FROM z\n" + line + "\n").instructions[-1] for line in lines]
    for a in nodes:
        for b in nodes:
            if safety._same_meaning(a, b, "\\"):
                assert safety._key_of(a, "\\") == safety._key_of(b, "\\"), (a.raw, b.raw)


def test_assert_stable_reports_line():
    with pytest.raises(SafetyError) as info:
        assert_stable("a\nb\n", "a\nc\n")
    assert info.value.line == 2


def test_a_broken_rule_is_caught(monkeypatch):
    monkeypatch.setitem(format_rules.FORMATTERS, transpiler.ast.Expose,
                        lambda node, rest, style: " ".join(reversed(node.ports)))
    with pytest.raises(SafetyError) as info:
        transpiler.format("FROM a\nEXPOSE 80 443\n")
    assert info.value.line == 2
    # --fast skips the check
    assert transpiler.format("FROM a\nEXPOSE 80 443\n", fast=True) == "FROM a\nEXPOSE 443 80\n"


def test_an_unstable_rule_is_caught(monkeypatch):
    def toggle(node, rest, style):  # same meaning, different text each time
        return rest.replace(", ", ",") if ", " in rest else rest.replace(",", ", ")

    monkeypatch.setitem(format_rules.FORMATTERS, transpiler.ast.Cmd, toggle)
    with pytest.raises(SafetyError) as info:
        transpiler.format('FROM a\nCMD ["a","b"]\n')
    assert "not stable" in info.value.message


# ------------------------------------------------------------------ API

def test_parse_errors_propagate():
    with pytest.raises(transpiler.ParseError):
        transpiler.format("FROM a\nENV PATH\n")


def test_empty_input_stays_empty():
    assert transpiler.format("") == ""
    assert transpiler.format("\n\n") == ""


def test_options_are_validated():
    with pytest.raises(ValueError):
        transpiler.format("FROM a\n", operator_position="middle")
    with pytest.raises(ValueError):
        transpiler.format("FROM a\n", indent="x")


def test_format_tree_renders_edited_nodes():
    from transpiler.formatting.api import format_tree

    tree = transpiler.parse("FROM a\nrun echo hi\n")
    stage = tree.stages[0]
    edited = stage.body[0].with_changes(command=transpiler.ast.ShellForm("echo bye"))
    tree = tree.with_changes(stages=(stage.with_changes(body=(edited,)),))
    assert format_tree(tree) == "FROM a\nRUN echo bye\n"


def test_public_name_resolves():
    assert transpiler.format("from a\n") == "FROM a\n"
