"""image_user: a builder image the data knows to start as a user other than root is its
own runner only where the original set ``USER root`` before running anything; the
runner sets root for its setup and ends as the original's final user."""

import pytest

from transpiler import parse, transpile
from transpiler.analysis import analyze_stage
from transpiler.analysis.state import global_args
from transpiler.knowledge.images import image_facts
from transpiler.multistage.recipes import image_user
from transpiler.multistage.recipes.base import Decline

BUILD = ("RUN apt-get update && apt-get install -y python3 python3-pip python3-dev gcc\n"
         "COPY requirements.txt /app/\n"
         "RUN pip3 install --break-system-packages -r /app/requirements.txt\n"
         "COPY . /app\n")


def _facts(text: str, image: str = "haproxy:2.8"):
    tree = parse(f"FROM {image}\n{text}\nCMD [\"python3\", \"/app/app.py\"]\n")
    return analyze_stage(tree.stages[0], global_args(tree))


def test_the_data_names_haproxy_its_own_user_and_the_account():
    facts = image_facts("haproxy:2.8")
    assert facts.default_user == "haproxy" and "haproxy" in facts.users
    assert image_user.non_root_default(_facts("USER root\n" + BUILD)) == "haproxy"


def test_a_root_image_and_an_unknown_image_start_as_root():
    assert image_user.non_root_default(_facts(BUILD, "debian:bookworm")) is None
    assert image_user.default_user(_facts(BUILD, "acme/base:1")) == "root"
    image_user.check_root_first(_facts(BUILD, "debian:bookworm"), "debian:bookworm")


@pytest.mark.parametrize("first", ["USER root", "USER 0", "USER root:root"])
def test_literal_root_before_anything_runs_passes(first):
    image_user.check_root_first(_facts(f"ENV A=1\n{first}\n" + BUILD), "haproxy:2.8")


@pytest.mark.parametrize("text, words", [
    ("RUN mkdir -p /x\nUSER root\n" + BUILD, "RUN at line 2 runs as haproxy"),
    ("WORKDIR /srv\nUSER root\n" + BUILD, "WORKDIR at line 2 runs as haproxy"),
    ("USER $BUILD_USER\n" + BUILD, "(`USER $BUILD_USER`), does not name root"),
    (BUILD, "RUN at line 2 runs as haproxy"),
])
def test_something_run_as_the_image_user_declines(text, words):
    with pytest.raises(Decline) as got:
        image_user.check_root_first(_facts(text), "haproxy:2.8")
    assert words in str(got.value)


def _runner(text: str) -> str:
    out = transpile(f"FROM haproxy:2.8\n{text}CMD [\"python3\", \"/app/app.py\"]\n").output
    stages = out.split("\nFROM ")
    assert len(stages) == 2, out
    return stages[0], stages[1]


def test_runner_sets_root_first_and_ends_as_the_original():
    builder, runner = _runner("USER root\n" + BUILD + "USER haproxy\n")
    users = [line for line in runner.splitlines() if line.startswith("USER ")]
    assert users == ["USER root", "USER haproxy"]
    assert runner.splitlines()[1] == "USER root"  # (before the package install)
    # the builder's marker runs as root, and no USER line is repeated
    lines = builder.splitlines()
    assert [line for line in lines if line.startswith("USER ")] == ["USER root"]
    marker = next(i for i, line in enumerate(lines) if "/var/lib/dtranspile/marker" in line)
    assert lines.index("USER root") < marker


def test_runner_ends_as_root_where_the_original_did():
    _builder, runner = _runner("USER root\n" + BUILD)
    assert [line for line in runner.splitlines() if line.startswith("USER ")] == ["USER root"]
