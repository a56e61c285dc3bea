"""The walk of a stage's RUNs reads a shell run on a command string (``bash -c "..."``)
as the commands of that string, run by a child shell (``run_walk._as_run``), and
knows the user a ``sudo -u`` runs a command as (``shell.sudo_user``)."""

from __future__ import annotations

import pytest

from transpiler import parse
from transpiler.analysis.shell import sudo_user
from transpiler.analysis.state import analyze_stage
from transpiler.multistage.recipes.run_walk import kept_installs, steps


def walk(body: str):
    facts = analyze_stage(parse("FROM debian:bookworm\nWORKDIR /src\n" + body).stages[0], {})
    return facts, list(steps(facts))


def test_the_string_s_commands_are_walked_in_place():
    facts, found = walk('RUN bash -c "apt-get update && apt-get install -y libjansson-dev"'
                        " && make\n")
    assert [s.argv[0] for s in found] == ["apt-get", "apt-get", "make"]
    assert kept_installs(facts)[0] == ("libjansson-dev",)


def test_the_child_shell_s_directory_and_variables_end_with_it():
    _, found = walk("RUN sh -c 'cd tools && X=1 make' && CC=gcc sh -ec 'export Y=2; make'"
                    " && make\n")
    makes = [s for s in found if s.argv[0] == "make"]
    assert [s.cwd for s in makes] == ["/src/tools", "/src", "/src"]
    assert makes[1].env.get("CC") == "gcc" and makes[1].env.get("Y") == "2"
    assert "CC" not in makes[2].env and "Y" not in makes[2].env


def test_a_string_the_reader_cannot_follow_is_the_run_s_problem():
    _, found = walk("RUN bash -c 'if [ -f x ]; then make; fi'\n")
    assert found and all(s.problem and "`bash -c`" in s.problem for s in found)


def test_a_string_run_as_another_user_stays_one_command():
    _, found = walk("RUN sudo -Hu app bash -c 'pip install --user flask'\n")
    assert [s.argv[0] for s in found] == ["bash"] and found[0].as_user == "app"


@pytest.mark.parametrize("argv, user", [
    (("sudo", "-Hu", "iris", "mkdir", "x"), "iris"),
    (("sudo", "-u", "app", "x"), "app"),
    (("sudo", "-uapp", "x"), "app"),
    (("sudo", "--user=bob", "x"), "bob"),
    (("sudo", "-E", "make", "install"), "root"),
    (("sudo", "-g", "staff", "make"), "root"),
    (("mkdir", "x"), None),
])
def test_sudo_user(argv, user):
    assert sudo_user(argv) == user


def test_xargs_installs_packages_of_its_input():
    facts, found = walk("RUN xargs -r apt-get install -y < /tmp/pkgs.txt && "
                        "find . -name '*.pyc' | xargs rm -f\n")
    assert [s.argv for s in found][0] == ("apt-get", "install", "-y", "$(xargs)")
    assert found[-1].argv[0] == "xargs"  # (not an install: left as one command)
    assert kept_installs(facts)[0] == ("$(xargs)",)


def test_su_runs_its_string_as_root_or_stays_one_command():
    _, found = walk('RUN su -c "apt-get install -y libjansson-dev" root && '
                    "su app -c 'pip install --user flask'\n")
    assert [s.argv[:2] for s in found] == [("apt-get", "install"), ("su", "app")]


def _run(text):
    return [n for n in parse("FROM debian:bookworm\n" + text).instructions
            if type(n).__name__ == "Run"][0]


@pytest.mark.parametrize("text, script", [
    ("RUN <<EOT\napt-get update\napt-get install -y curl\nEOT\n",
     "apt-get update\napt-get install -y curl\n"),
    ("RUN <<-'EOT'\n\tmake\n\tmake install\n\tEOT\n", "make\nmake install\n"),
    ('RUN <<"EOT"\nmake\nEOT\n', "make\n"),
    ("RUN <<EOT\n#!/usr/bin/env python3\nprint(1)\nEOT\n", None),
    ("RUN cat <<EOT > /etc/motd\nhello\nEOT\n", None),
    ("RUN python3 <<EOT\nprint(1)\nEOT\n", None),
    ("RUN bash -e <<EOT\napt-get install -y curl\nEOT\n", "apt-get install -y curl\n"),
    ("RUN /bin/sh <<'EOT'\nmake\nEOT\n", "make\n"),
    ("RUN sh -c <<EOT\nmake\nEOT\n", None),
    ("RUN bash -c 'make' <<EOT\ninput\nEOT\n", None),
])
def test_heredoc_script(text, script):
    from transpiler.multistage.recipes.run_walk import heredoc_script
    assert heredoc_script(_run(text)) == script


def test_a_heredoc_script_is_walked_and_stays_a_problem_for_whole_readers():
    facts, found = walk("RUN <<EOT\napt-get update\napt-get install -y libjansson-dev\nEOT\n")
    assert [s.argv[0] for s in found] == ["apt-get", "apt-get"]
    assert all(s.problem == "heredoc" for s in found)
    assert kept_installs(facts)[0] == ("libjansson-dev",)


def test_eval_runs_its_words_in_this_shell():
    _, found = walk('RUN eval "cd tools" && make && eval "apt-get install -y curl"\n')
    assert [(s.argv[0], s.cwd) for s in found] == [("make", "/src/tools"),
                                                   ("apt-get", "/src/tools")]


@pytest.mark.parametrize("run, argv", [
    ("nice -n20 make -C src", ("make", "-C", "src")),
    ("nice -10 make", ("make",)),
    ("timeout -s KILL 10m apt-get install -y curl", ("apt-get", "install", "-y", "curl")),
    ("stdbuf -oL -e L make", ("make",)),
    ("ionice -c3 nice -n 5 make", ("make",)),
    ("taskset -c 0,1 make", ("make",)),
    ("xvfb-run -a -s '-screen 0 640x480x24' make test", ("make", "test")),
    ("ionice -c3 -p 1", ("ionice", "-c3", "-p", "1")),
])
def test_command_wrappers_run_the_command_after_their_words(run, argv):
    _, found = walk(f"RUN {run}\n")
    assert found[0].argv == argv


def test_a_string_that_does_not_parse_stays_one_command():
    _, found = walk('RUN bash -c "apt-get install -y a && ((apt-get install -y b) || true)"'
                    " && make\n")
    assert [s.argv[0] for s in found] == ["bash", "make"]
    assert "cannot read shell text" in found[0].problem
