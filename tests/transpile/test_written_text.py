"""The text RUNs write with echo/printf (written_text): the shell's quoting and the
escapes of the image's own echo applied exactly, and every doubt a reason."""
import pytest

from transpiler import parse
from transpiler.analysis.state import analyze_stage
from transpiler.multistage.written_text import _literal, _printf, written_text


class _Ctx:
    def __init__(self, text):
        tree = parse(text)
        self.facts = analyze_stage(tree.stages[0], {})

    def line_of(self, node):
        return node.line if hasattr(node, "line") else 0


def _written(body, image="debian:bookworm", target="/start.sh"):
    return written_text(_Ctx(f"FROM {image}\n{body}\n"), target)


@pytest.mark.parametrize("raw,expected", [
    ("'a b'", "a b"), ('"a\\"b"', 'a"b'), ('"\\$x"', "$x"), ("a\\ b", "a b"),
    ('"$HOME/x"', "/root/x"), ("$HOME", None), ("*.sh", None), ("'$(id)'", "$(id)"),
    ('"$(id)"', None), ("{a,b}", None), ("~/x", None), ('"\\n"', "\\n"),
])
def test_literal(raw, expected):
    assert _literal(raw, {"HOME": "/root"}) == expected


@pytest.mark.parametrize("fmt,args,expected", [
    ("a\\nb\\n", [], "a\nb\n"), ("%s\\n", ["x", "y"], "x\ny\n"), ("100%%", [], "100%"),
    ("%d", ["1"], None), ("\\101", [], None), ("%s-%s", ["a"], "a-"),
])
def test_printf(fmt, args, expected):
    assert _printf(fmt, args)[0] == expected


def test_dash_echo_turns_backslash_n_into_newlines():
    w = _written("RUN echo '#!/bin/sh\\nexec app' > /start.sh")
    assert w.text == "#!/bin/sh\nexec app\n"


@pytest.mark.parametrize("image", ["centos:7", "alpine:3.19"])
def test_bash_and_busybox_echo_keep_the_backslash(image):
    w = _written("RUN echo 'a\\nb' > /start.sh", image=image)
    assert w.text == "a\\nb\n"  # (bash as /bin/sh, BusyBox's ash: printed as written)


def test_echo_backslash_on_an_unknown_image_is_not_known():
    w = _written("RUN echo 'a\\nb' > /start.sh", image="example/unknown:1")
    assert w.text is None and "/bin/sh" in w.why


def test_echo_without_backslash_is_the_same_in_every_shell():
    w = _written("RUN echo 'exec app' > /start.sh", image="example/unknown:1")
    assert w.text == "exec app\n"


def test_echo_n_leaves_out_the_newline():
    assert _written("RUN echo -n 'a' > /start.sh").text == "a"
    assert _written("RUN echo -n -e 'a' > /start.sh").text is None


@pytest.mark.parametrize("before,known", [
    ("RUN ln -sf /bin/bash /bin/sh", False), ("RUN dpkg-reconfigure -f noninteractive dash", False),
    ("RUN echo '#!/bin/sh' > /other.sh", True), ("RUN test -x /bin/sh", False),
])
def test_a_run_that_may_relink_bin_sh(before, known):
    w = _written(f"{before}\nRUN echo 'a\\nb' > /start.sh")
    assert (w.text == "a\nb\n") if known else (w.text is None)


def test_appends_accumulate_in_order():
    w = _written("RUN echo a > /start.sh && echo b >> /start.sh\nRUN printf 'c\\n' >> /start.sh")
    assert w.text == "a\nb\nc\n" and len(w.writers) == 2


def test_first_append_adds_to_unknown_content():
    w = _written("RUN echo a >> /start.sh")
    assert w.text is None and ">>" in w.why


@pytest.mark.parametrize("body", [
    "RUN echo a > /start.sh && sed -i s/a/b/ /start.sh",
    "RUN echo a > /start.sh\nCOPY start.sh /start.sh",
    "RUN test -f x || echo a > /start.sh",
    "RUN echo \"$UNSET\" > /start.sh",
    "ARG NAME=app\nRUN echo \"exec $NAME\" > /start.sh",
    "RUN echo -e 'a' > /start.sh",
    "RUN cat x > /start.sh",
    "RUN if true; then echo a > /start.sh; fi",
])
def test_doubts_are_reasons(body):
    w = _written(body)
    assert w is not None and w.text is None and w.why


def test_env_values_are_known():
    w = _written("ENV NAME=app\nRUN echo \"exec $NAME\" > /start.sh")
    assert w.text == "exec app\n"


def test_no_writer():
    assert _written("RUN chmod +x /start.sh") is None


CASES = __import__("pathlib").Path(__file__).resolve().parent.parent / "cases" / "transpile"


@pytest.mark.parametrize("case,reason", [
    ("decline_python_distribution_supervisord_run_appends",
     "adds to it with `>>` what the image had there before"),
    ("decline_python_distribution_supervisord_run_sed",
     "/etc/supervisor/supervisord.conf the RUN at line 4 changes with `sed`"),
    ("decline_python_distribution_supervisord_run_written_builder_only",
     "the RUN at line 5 writes in the builder only"),
    ("decline_python_distribution_run_written_script_sh_relinked",
     "which the RUN at line 4 may change"),
    ("decline_python_distribution_run_written_script_build_tool",
     "runs `make`, a build tool"),
    ("decline_python_distribution_run_written_script_nested_unknown",
     "runs `/prepare.sh`, a script the RUN at line 9 writes, whose text is not known"),
])
def test_decline_reasons(case, reason):
    from transpiler import transpile
    result = transpile((CASES / f"{case}.Dockerfile").read_text())
    assert result.report.declined and reason in result.report.reason, result.report.reason
