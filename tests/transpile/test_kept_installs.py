"""The packages a build keeps, read as the shell installs them (``run_walk.kept_installs``):
with the walk's variables expanded, so a loop over literal words or a package list in an
ENV names its packages, and an unknown word stays as written on both sides."""

from __future__ import annotations

from transpiler import parse
from transpiler.analysis.state import analyze_stage
from transpiler.multistage.recipes.run_walk import kept_installs


def kept(body: str, base: str = "debian:bookworm"):
    return kept_installs(analyze_stage(parse(f"FROM {base}\n{body}").stages[0], {}))


def test_a_loop_over_literal_words_installs_each_word():
    got, removed = kept("RUN for p in gcc curl; do apt-get install -y $p; done\n")
    assert got == ("gcc", "curl") and removed == ()


def test_a_list_named_by_env_or_assignment_is_split_into_packages():
    assert kept('ENV PKGS="make curl"\nRUN apt-get install -y $PKGS\n')[0] == ("make", "curl")
    assert kept('RUN deps="gcc git"; apt-get install -y $deps && apt-get purge -y gcc\n') \
        == (("git",), ("gcc",))


def test_an_unknown_word_stays_and_its_own_removal_removes_it():
    assert kept("ARG EXTRA\nRUN apt-get install -y curl $EXTRA\n")[0] == ("curl", "$EXTRA")
    assert kept("ARG EXTRA\nRUN apt-get install -y curl $EXTRA && apt-get purge -y $EXTRA\n") \
        == (("curl",), ("$EXTRA",))


def test_the_value_in_force_at_each_command_is_the_one_read():
    got, removed = kept('RUN p=gcc; apt-get install -y $p; p=curl; apt-get purge -y $p\n')
    assert got == ("gcc",) and removed == ()
