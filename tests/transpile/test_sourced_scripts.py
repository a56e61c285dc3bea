"""A script of the build context the shell sources (``. /go/setup.sh``) is a script the
RUN runs (passes/classify.py ``_script_run``): unread, its effect is not known."""

from transpiler.multistage.api import transpile
from transpiler.multistage.passes.classify import _script_run


def test_sourced_file_is_a_script_run():
    assert _script_run([".", "/go/setup.sh"]) == "/go/setup.sh"
    assert _script_run(["source", "env.sh"]) == "env.sh"


def test_virtualenv_activation_and_variables_are_not():
    assert _script_run([".", "venv/bin/activate"]) is None
    assert _script_run(["source", "/opt/venv/bin/activate"]) is None
    assert _script_run([".", "$HOME/env.sh"]) is None
    assert _script_run(["."]) is None


def test_sourced_before_the_build_declines_as_run_by_path():
    for run in (". /go/setup.sh", "/go/setup.sh"):
        text = (f"FROM golang:1.8\nADD ./ /go/\nRUN {run}\nRUN go install skel\n"
                "ENTRYPOINT /go/bin/skel\n")
        report = transpile(text).report
        assert report.declined and "runs `/go/setup.sh`, a script the ADD" in report.reason


def test_sourced_in_the_build_step_is_captured():
    text = ("FROM golang:1.8\nADD ./ /go/\nRUN . /go/setup.sh && go install skel\n"
            "ENTRYPOINT /go/bin/skel\n")
    report = transpile(text).report
    assert not report.declined, report.reason
    assert any("/go/setup.sh" in c for c in report.captured), report.captured
