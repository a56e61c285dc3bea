"""Walking and transforming trees keeps untouched text byte for byte."""

import transpiler
from transpiler import ast
from transpiler.visit import Transformer, Visitor, walk

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
