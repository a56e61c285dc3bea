"""Where a RUN's build commands run when the directory is not known (``run_walk.Step``'s
``place`` and ``lost``), and what the C/C++ recipe makes of it (recipes/native.py)."""

from pathlib import Path

import pytest

from transpiler import parse
from transpiler.analysis import analyze_stage
from transpiler.analysis.state import global_args
from transpiler.multistage.api import transpile
from transpiler.multistage.recipes import native
from transpiler.multistage.recipes.base import Decline
from transpiler.multistage.recipes.run_walk import steps


def _facts(text: str):
    tree = parse(text)
    return analyze_stage(tree.stages[0], global_args(tree))


def _makes(facts):
    return [s for s in steps(facts) if s.argv[0] in ("make", "./configure")]


def test_one_place_until_the_next_cd():
    facts = _facts("FROM gcc:12\nWORKDIR /src\n"
                   "RUN cd a-*/ && ./configure && make && make install && cd /src "
                   "&& cd b-*/ && make && (cd sub && make) && make install\n")
    a_conf, a_make, a_install, b_make, sub_make, b_install = _makes(facts)
    assert a_conf.cwd is None and a_conf.place == a_make.place == a_install.place
    assert b_make.place == b_install.place != a_make.place
    assert sub_make.place not in (b_make.place, a_make.place)  # (the subshell's cd)


def test_runs_after_one_workdir_share_its_place():
    facts = _facts("FROM example.org/unknown\nWORKDIR build\n"
                   "RUN ./configure --prefix=/opt/app\nRUN make install\n")
    conf, install = _makes(facts)
    assert conf.cwd is None and conf.place == install.place
    assert "working directory of example.org/unknown" in conf.lost


@pytest.mark.parametrize("cd,why", [
    ("cd node-v*", "`cd node-v*` goes where the pattern matches"),
    ("cd src-$VERSION", "`cd src-$VERSION` names VERSION, which has no value the Dockerfile "
                        "gives"),
    ("cd $(ls -d src-*)", "`cd $(ls -d src-*)` goes where a command's output says"),
])
def test_why_the_directory_is_lost(cd, why):
    facts = _facts(f"FROM alpine:3.18\nWORKDIR /src\nRUN {cd} && cd build && make\n")
    make, = _makes(facts)
    assert make.cwd is None and make.lost == why


def test_an_absolute_cd_finds_the_way_again():
    facts = _facts("FROM alpine:3.18\nRUN cd x-* && make && cd /src && make\n")
    lost, found = _makes(facts)
    assert lost.lost and found.cwd == "/src" and found.lost is None


def test_build_in_unknown_directory_declines_naming_the_cd():
    """(Alpine 3.6: on 3.7 and later the build runs in a capture window instead; the
    decline says why that window cannot be used here)"""
    facts = _facts("FROM alpine:3.6\nRUN apk add --no-cache gcc make musl-dev\n"
                   "RUN cd tool-* && make\nCMD [\"/usr/local/bin/tool\"]\n")
    with pytest.raises(Decline, match="line 3: make runs in a directory that is not known: "
                                      "`cd tool-\\*` goes where the pattern matches.*; the "
                                      "capture window .* cannot be used: the builder "
                                      "alpine:3.6 is Alpine 3.6, older than 3.7"):
        native.RECIPE.detect(facts)


def test_install_in_the_same_place_settles_the_build():
    """The install's prefix carries what the make in the same unknown directory built
    (an image that keeps files of its own in /usr/local: staged, no capture)."""
    facts = _facts("FROM gcc:12\nWORKDIR /src\nCOPY . .\n"
                   "RUN tar xzf tool-*.tar.gz && cd tool-*/ && ./configure && make "
                   "&& make install\nCMD [\"tool\"]\n")
    detection = native.RECIPE.detect(facts)
    assert detection.staged == ("/usr/local",)


def test_the_install_problem_is_the_one_reported():
    """The make before an install whose prefix cannot be copied is not the reason: the
    install is (1cb74d3e: ``cd /tmp/zeromq*/ && ./configure --sysconfdir=/etc``; on
    Alpine 3.6, where no capture window follows the build)."""
    facts = _facts("FROM alpine:3.6\nRUN apk add --no-cache gcc make musl-dev\n"
                   "RUN cd /tmp/zeromq*/ && ./configure --prefix=/usr --sysconfdir=/etc "
                   "&& make && make install\nCMD [\"zmq\"]\n")
    with pytest.raises(Decline, match="line 3: make install: `--sysconfdir=/etc` sets where"):
        native.RECIPE.detect(facts)


def test_install_in_another_place_does_not_settle_it():
    facts = _facts("FROM buildpack-deps:wheezy\nWORKDIR /src\nCOPY . .\n"
                   "RUN cd tool-*/ && make && cd /src && make install\nCMD [\"tool\"]\n")
    with pytest.raises(Decline, match="make runs in a directory that is not known"):
        native.RECIPE.detect(facts)


def test_install_with_make_C_does_not_settle_it():
    facts = _facts("FROM buildpack-deps:wheezy\nWORKDIR /src\nCOPY . .\n"
                   "RUN cd tool-*/ && make && make -C sub install\nCMD [\"tool\"]\n")
    with pytest.raises(Decline, match="make runs in a directory that is not known"):
        native.RECIPE.detect(facts)


def test_configure_prefix_reaches_only_its_own_place():
    """``--prefix=/usr`` of the configure in ``cd a-*`` is not the prefix of the install
    in ``cd b-*`` (both directories unknown, no longer one key)."""
    facts = _facts("FROM gcc:12\nWORKDIR /src\nCOPY . .\n"
                   "RUN cd a-*/ && ./configure --prefix=/usr && cd /src && cd b-*/ "
                   "&& ./configure && make install\nCMD [\"tool\"]\n")
    detection = native.RECIPE.detect(facts)
    assert detection.staged == ("/usr/local",)


CASES = Path(__file__).resolve().parent.parent / "cases" / "transpile"


@pytest.mark.parametrize("case,words", [
    ("decline_c-cpp-make-directory-variable",
     "line 9: make runs in a directory that is not known: `cd tool-$TOOL_VERSION` names "
     "TOOL_VERSION, which has no value the Dockerfile gives"),
    ("decline_c-cpp-make-in-glob-then-install-elsewhere",
     "line 6: make runs in a directory that is not known: `cd greet-*/` goes where the "
     "pattern matches"),
])
def test_decline_reasons(case, words):
    result = transpile((CASES / f"{case}.Dockerfile").read_text())
    assert result.report.declined
    assert words in result.report.reason


@pytest.mark.parametrize("build,unsure", [
    ("make && make install", True),              # a hand-written Makefile: a guess
    ("./configure && make && make install", False),
    ("cmake . && make && make install", False),
    ("mkdir build && cd build && cmake .. && make && make install", False),
    ("make && make install PREFIX=/usr/local", False),  # the prefix it is given
    ("cd a && ./configure && cd ../b && make && make install", True),  # another directory
])
def test_prefix_taken_for_a_makefile_no_configure_wrote(build, unsure):
    facts = _facts("FROM alpine:3.19\nRUN apk add --no-cache gcc make musl-dev\n"
                   f"WORKDIR /src\nCOPY . .\nRUN {build}\nCMD [\"greet\"]\n")
    detection = native.RECIPE.detect(facts)
    tree, = [a for a in detection.artifacts if a.tree]
    assert tree.path == "/usr/local" and tree.unsure is unsure
