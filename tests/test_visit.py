"""Walking and transforming trees keeps untouched text byte for byte."""

import transpiler
from transpiler.tree import ast
from transpiler.tree.visit import Transformer, Visitor, walk

TEXT = "# c\nFROM a AS b\nWORKDIR /src   # not a comment\nRUN make \\\n  # inner\n  all\nCMD [\"x\"]\n"


def test_walk_visits_every_instruction_in_order():
    tree = transpiler.parse(TEXT)
    names = [n.name for n in walk(tree) if isinstance(n, ast.Instruction)]
    assert names == ["FROM", "WORKDIR", "RUN", "CMD"]


def test_visitor_dispatch():
    seen = []

    class V(Visitor):
        def visit_Run(self, node):
            seen.append(("enter", node.command.text))

        def leave_Run(self, node):
            seen.append(("leave", node.name))

    V().visit(transpiler.parse(TEXT))
    assert seen == [("enter", "make   all"), ("leave", "RUN")]


def test_transformer_edits_only_what_it_touches():
    class T(Transformer):
        def leave_Workdir(self, original, updated):
            return updated.with_changes(value="/app")

        def leave_Cmd(self, original, updated):
            return None  # drop it

    out = transpiler.unparse(T().transform(transpiler.parse(TEXT)))
    assert out == "# c\nFROM a AS b\nWORKDIR /app\nRUN make \\\n  # inner\n  all\n"


def test_identity_transform_is_lossless_and_same_objects():
    tree = transpiler.parse(TEXT)
    assert Transformer().transform(tree) is tree


def test_every_node_has_a_span():
    text = ("ARG V=1\nFROM a AS b\nENV A=\"1 2\" \\\n    B=3\nRUN --mount=type=cache,target=/c make \\\n"
            "  all\nCMD [\"x\"]\nHEALTHCHECK CMD curl -f http://x/\nONBUILD RUN y\nCOPY <<EOF /f\nhi\nEOF\n# end\n")
    tree = transpiler.parse(text)
    for node in walk(tree):
        if isinstance(node, ast.Dockerfile):
            continue
        assert node.span is not None, node
        lines = text.split("\n")
        assert 1 <= node.span.line <= node.span.end_line <= len(lines)
    env = tree.stages[0].body[0]
    b = env.pairs[1]
    assert (b.span.line, b.span.column, text[b.span.offset:b.span.end_offset]) == (4, 5, "B=3")
