"""proven_family: which apt installs (apk adds) prove an unknown builder image
Debian-family (Alpine) (the original only builds if apt (apk) runs there) and its
default user root."""

import pytest

from transpiler import parse
from transpiler.analysis import analyze_stage
from transpiler.analysis.state import global_args
from transpiler.multistage.recipes import proven_family
from transpiler.multistage.recipes.base import Decline


def _facts(text: str, image: str = "acme/base:1"):
    tree = parse(f"FROM {image}\n{text}\nCMD [\"app\"]\n")
    return analyze_stage(tree.stages[0], global_args(tree))


@pytest.mark.parametrize("run", [
    "RUN apt-get update && apt-get install -y gcc && make",
    "RUN DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends gcc",
    "RUN set -ex; apt-get update; apt-get install -y gcc; make",
    'RUN ["apt-get", "install", "-y", "gcc"]',
    "RUN apt install -y gcc",
    "RUN apt-get install -y $DEPS && make",
    "RUN apt-get install -y curl && curl -sL https://x/get-pip.py | python3",
])
def test_unconditional_install_proves(run):
    proof = proven_family.proven_unknown(_facts(run))
    assert proof is not None and proof.line == 2 and proof.user_line is None
    assert "Debian-family" in proof.text and "line 2" in proof.text


@pytest.mark.parametrize("run", [
    "RUN apt-get install -y gcc || true",
    "RUN apt-get install -y gcc || apk add gcc",
    "RUN command -v apk || apt-get install -y gcc",
    "RUN if command -v apt-get; then apt-get install -y gcc; fi",
    "RUN apt-get install -y gcc; make",  # (no set -e: its failure does not fail the RUN)
    "RUN apt-get install -y gcc | tee log",
    "RUN apt-get install -y gcc && a | b || true",
    "RUN sudo apt-get install -y gcc",
    "RUN apt-get install -s gcc",
    "RUN apt-get update",
    "RUN apk add gcc || true",
    "RUN apk add --simulate gcc",
    "RUN apk add --root /sysroot gcc",
    "RUN apk update",
])
def test_install_that_may_fail_or_not_install_proves_nothing(run):
    facts = _facts(run)
    assert proven_family.proven_unknown(facts) is None
    assert proven_family.unknown_base(facts) is None


@pytest.mark.parametrize("text", [
    "USER root\nRUN apt-get install -y gcc",
    "USER 0\nRUN apt-get install -y gcc",
    "USER root:root\nRUN apt-get install -y gcc",
    "USER app\nUSER root\nRUN apt-get install -y gcc",
    "LABEL a=b\nCOPY x /x\nUSER root\nRUN apt-get install -y gcc",
])
def test_literal_root_user_before_everything_is_the_install_user(text):
    """The install ran as the literal USER root the original set before anything ran:
    the runner sets the same (``runner_user``), the image's default user not needed."""
    facts = _facts(text)
    proof = proven_family.proven_unknown(facts)
    assert proof is not None and proof.user_line is not None and proof.set_root \
        and proof.user_known
    assert proven_family.unknown_base(facts) is not None
    assert proven_family.runner_user(facts, "acme/base:1") == "root"
    assert proven_family.runner_user(facts, "debian:bookworm") is None


def test_no_user_needs_no_runner_user():
    facts = _facts("RUN apt-get install -y gcc")
    assert proven_family.runner_user(facts, "acme/base:1") is None


@pytest.mark.parametrize("text", [
    "USER $ADMIN\nRUN apt-get install -y gcc",  # (a build argument or the image's ENV)
    "RUN echo hi > /tmp/x\nUSER root\nRUN apt-get install -y gcc",  # ran as the default user
    "WORKDIR /srv\nUSER root\nRUN apt-get install -y gcc",  # made as the default user
    "USER admin\nRUN apt-get install -y gcc",
])
def test_user_before_the_install_leaves_the_install_user_unknown(text):
    facts = _facts(text)
    proof = proven_family.proven_unknown(facts)
    assert proof is not None and proof.user_line is not None and not proof.user_known
    with pytest.raises(Decline, match="comes before|does not name root"):
        proven_family.unknown_base(facts)


@pytest.mark.parametrize("image", ["debian:bookworm", "$BASE", "acme/%%MACHINE%%-node:8"])
def test_known_or_variable_images_are_not_taken(image):
    assert proven_family.proven_unknown(_facts("RUN apt-get install -y gcc", image)) is None


def test_onbuild_image_declines():
    with pytest.raises(Decline, match="ONBUILD"):
        proven_family.unknown_base(_facts("RUN apt-get install -y gcc", "acme/app:onbuild"))


def test_base_is_the_same_image_at_no_release():
    base = proven_family.unknown_base(_facts("RUN apt-get install -y gcc"))
    assert base.builder == base.image == "acme/base:1"
    assert base.manager == "apt" and base.distro.release is None and base.reads_runtime


@pytest.mark.parametrize("run", [
    "RUN apk add --no-cache gcc && make",
    "RUN apk --no-cache --update add --virtual .build-deps gcc musl-dev",
    "RUN set -xe; apk add gcc; make",
])
def test_unconditional_apk_add_proves_alpine(run):
    facts = _facts(run)
    proof = proven_family.proven_unknown(facts)
    assert proof is not None and proof.family == "alpine" and proof.user_line is None
    assert "Alpine" in proof.text and "line 2" in proof.text
    # no same-image base: the release, so the BusyBox the capture would need, is not
    # known, and the original builds on old Alpine releases too; the declines say so
    assert proven_family.unknown_base(facts) is None
    assert "shows it Alpine, but not its release" in proven_family.unproven_note(facts)


def _tree_facts(text: str):
    tree = parse(text + "\nCMD [\"app\"]\n")
    return analyze_stage(tree.stages[0], global_args(tree))


@pytest.mark.parametrize("head, written", [
    ("ARG BASE=acme/base:1\nFROM $BASE", "$BASE"),
    ("ARG BASE\nFROM $BASE", "$BASE"),
    ("ARG TAG\nFROM acme/base:${TAG}-devel", "acme/base:${TAG}-devel"),
])
def test_a_reference_through_global_args_is_written_again_for_the_runner(head, written):
    """The runner's FROM is the builder's as written: a --build-arg moves both."""
    facts = _tree_facts(head + "\nRUN apt-get install -y gcc")
    assert proven_family.proven_unknown(facts) is not None
    base = proven_family.unknown_base(facts)
    assert base.image == written and proven_family.same_image(facts, written)


@pytest.mark.parametrize("head", ["FROM $UNDECLARED", "ARG A\nFROM acme/$A:$B"])
def test_a_variable_no_global_arg_declares_proves_nothing(head):
    assert proven_family.proven_unknown(_tree_facts(head + "\nRUN apt-get install -y gcc")) \
        is None
