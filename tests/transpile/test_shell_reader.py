"""The shell reader (analysis/shell.py, tree-sitter bash): what it reads exactly, what it
flags and where, and that it agrees with the hand-written reader it replaced on the
shapes that reader handled."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import shell_reader_legacy as legacy
from transpiler.analysis.shell import split_commands, unwrap


def argvs(text):
    return [c.argv for c in split_commands(text).commands]


def test_lists_pipes_assignments_and_separators():
    s = split_commands("a && cd x && VAR=1 b 'q r' \"s\\\"t\"; c | d || e")
    assert not s.complex
    assert [(c.argv, c.assignments, c.separator_before) for c in s.commands] == [
        (("a",), (), None), (("cd", "x"), (), "&&"),
        (("b", "q r", 's"t'), (("VAR", "1"),), "&&"),
        (("c",), (), ";"), (("d",), (), "|"), (("e",), (), "||")]


def test_subshell_is_exact_and_scopes_cd():
    s = split_commands("mkdir b && (cd b && cmake .. && make)")
    assert not s.complex, s.problem
    assert [(c.argv, c.subshell) for c in s.commands] == [
        (("mkdir", "b"), 0), (("cd", "b"), 1), (("cmake", ".."), 1), (("make",), 1)]


def test_cd_in_subshell_followed_by_commands_is_flagged_where_it_is():
    # a flat walker would run `ls` in b/: the reader says so instead of letting it
    s = split_commands("mkdir b && (cd b && make) && ls")
    assert s.complex
    assert s.problem.startswith("subshell at 1:13:")
    assert s.commands[-1].subshell == 0
    # a subshell that changes no state is exact wherever it stands
    assert not split_commands("(make -C b) && ls").complex


def test_group_runs_in_the_same_shell():
    s = split_commands("{ cd b; make; } > log 2>&1")
    assert not s.complex
    assert [(c.argv, c.subshell) for c in s.commands] == [(("cd", "b"), 0), (("make",), 0)]


@pytest.mark.parametrize("text,construct,where,body", [
    ("if [ -f x ]; then make; else cmake .; fi", "`if`", "1:1", [("make",), ("cmake", ".")]),
    ("true; for d in */; do make -C $d; done", "`for` loop", "1:7", [("make", "-C", "$d")]),
    ("for d in $DIRS; do make -C $d; done", "`for` loop", "1:1", [("make", "-C", "$d")]),
    ("while read l; do make $l; done < list", "`while` loop", "1:1", [("make", "$l")]),
    ("case $A in x) make;; *) ls;; esac", "`case`", "1:1", [("make",), ("ls",)]),
])
def test_conditional_bodies_are_marked_and_flagged(text, construct, where, body):
    s = split_commands(text)
    assert s.complex
    assert s.problem.startswith(f"{construct} at {where}")
    assert [c.argv for c in s.commands if c.conditional] == body
    # the head of an if/while runs for sure
    heads = [c.argv for c in s.commands if not c.conditional]
    assert all(h not in body for h in heads)


def test_problem_names_line_and_column_in_multiline_text():
    s = split_commands("apt-get update\nmake && \\\n  for x in *; do ls; done")
    assert s.problem.startswith("`for` loop at 3:3")


def test_function_body_is_flagged_and_conditional():
    s = split_commands("build() { make; }; build")
    assert s.complex and s.problem.startswith("function definition at 1:1")
    assert [(c.argv, c.conditional) for c in s.commands] == [(("make",), True), (("build",), False)]


def test_command_substitution_read_only_is_exact_build_inside_is_not():
    assert not split_commands('make -j"$(nproc)" && V=`git describe` ./b').complex
    assert split_commands("V=$(git clone x) ./b").complex
    assert not split_commands('pip install --global-option="$(gdal-config --cflags)" gdal').complex
    s = split_commands("X=$(make print-version) && ls")
    assert s.complex and s.problem == "command substitution at 1:3 runs `make`"
    nested = split_commands("echo $(cat $(go build -o x .))")
    assert nested.complex and "runs `go`" in nested.problem


def test_heredoc_and_redirections_are_data_not_commands():
    s = split_commands("cat > /etc/x.conf <<EOF\nmake all\nEOF\nmake 2>&1 >/dev/null")
    assert not s.complex
    assert [c.argv for c in s.commands] == [("cat",), ("make",)]
    # words after a redirect's target belong to the command (the grammar misplaces them)
    assert argvs("echo >>/etc/f 'H K' x && pip install a>=1 b") == [
        ("echo", "H K", "x"), ("pip", "install", "a", "b")]


def test_words_the_grammar_splits_stay_one_word():
    assert argvs("curl -o x http://a/$V/b-$V.tgz") == [("curl", "-o", "x", "http://a/$V/b-$V.tgz")]


def test_unreadable_text_names_the_place():
    s = split_commands('make && echo "unclosed')
    assert s.complex and s.problem.startswith("cannot read shell text at 1:")
    assert s.commands[0].argv == ("make",)
    assert split_commands("A=1 a:b").problem == "cannot read shell text at 1:5"


def test_unwrap_keeps_the_new_fields():
    c = split_commands("(cd x && if a; then sudo env A=1 make; fi)").commands[-1]
    u = unwrap(c)
    assert u.argv == ("make",) and u.assignments == (("A", "1"),)
    assert (u.conditional, u.subshell, u.line, u.column) == (True, 1, c.line, c.column)


# words start with a letter and assignments are not empty; a command name after an
# assignment has no colon: tree-sitter-bash cannot read ``A= a:`` or ``A=1 a:b``, which
# the reader then flags as unreadable (tested above), never misreads
WORD = st.builds(str.__add__, st.sampled_from("abcxyz"),
                 st.text(alphabet="abcxyz019-_./:", max_size=5)).filter(
    lambda w: w not in legacy.COMPOUND_WORDS)
NAME = WORD.filter(lambda w: ":" not in w)
ASSIGNMENT = st.builds(lambda n, v: f"{n}={v}", st.sampled_from(["A", "B_1", "cc"]),
                       st.text(alphabet="abc/:1", min_size=1, max_size=4))
COMMAND = st.builds(lambda a, n, w: " ".join(a + [n] + w), st.lists(ASSIGNMENT, max_size=2),
                    NAME, st.lists(WORD, max_size=3))


@settings(max_examples=200, deadline=None)
@given(st.lists(COMMAND, min_size=1, max_size=5),
       st.lists(st.sampled_from(["&&", "||", ";", "|"]), min_size=4, max_size=4))
def test_agrees_with_the_old_reader_on_simple_lists(commands, seps):
    text = commands[0] + "".join(f" {s} {c}" for s, c in zip(seps, commands[1:]))
    old, new = legacy.split_commands(text), split_commands(text)
    assert not old.complex and not new.complex, (old.problem, new.problem)
    assert [(c.argv, c.assignments, c.separator_before) for c in new.commands] == \
        [(c.argv, c.assignments, c.separator_before) for c in old.commands]


def test_fmt_never_loads_the_shell_parser(tmp_path):
    """--fmt (quick path and click path alike) must not pay for tree-sitter."""
    root = str(Path(__file__).resolve().parents[2])
    code = ("import sys\nfrom transpiler.cli.main import main\n"
            "try:\n    main(['--fmt', '-'])\nexcept SystemExit:\n    pass\n"
            "sys.stderr.write('loaded: %s' % sorted(m for m in sys.modules "
            "if m.startswith('tree_sitter')))\n")
    proc = subprocess.run([sys.executable, "-c", code], input=b"FROM a\nRUN (cd x && make)\n",
                          capture_output=True, timeout=120, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": root})
    assert b"loaded: []" in proc.stderr, proc.stderr
    assert proc.stdout.startswith(b"FROM a\n")


def test_a_loop_over_literal_words_is_read_unrolled():
    """The body runs once per word with the variable set, so the flat list is exact."""
    s = split_commands("for d in lib 'my server'; do make -C \"$d\"; done; echo $d")
    assert not s.complex
    assert [(c.argv, c.assignments) for c in s.commands] == [
        ((), (("d", "lib"),)), (("make", "-C", "$d"), ()),
        ((), (("d", "my server"),)), (("make", "-C", "$d"), ()),
        (("echo", "$d"), ())]
    assert not any(c.conditional for c in s.commands)


def test_sibling_subshells_have_their_own_scope():
    """Two subshells at the same depth differ in ``scopes``; a walker that ends each
    one's cd at its ) needs that (``subshell`` is only the depth)."""
    s = split_commands("(cd a && make) && (cd b && make) && make install")
    assert s.complex and "subshell" in s.problem  # a flat walker would carry the cd
    assert s.scoped_problem is None  # a scoped walker can follow it
    scopes = [c.scopes for c in s.commands]
    assert scopes[0] == scopes[1] != scopes[2] == scopes[3]
    assert scopes[0] and scopes[2] and scopes[4] == ()


def test_scoped_problem_keeps_other_constructs():
    s = split_commands("(cd a && make) && if [ -f x ]; then make; fi")
    assert s.scoped_problem is not None and "`if`" in s.scoped_problem


def test_a_confined_construct_marks_only_its_own_commands():
    """An if/loop whose commands change nothing the commands after it read leaves
    those commands certain (``outside_problem`` None); its own carry ``construct``."""
    s = split_commands("a; for d in p/*; do if [ -f \"$d/r\" ]; then pip install -r $d/r; fi; "
                       "done; pip install y")
    assert s.complex and s.outside_problem is None
    assert [c.argv[0] for c in s.commands] == ["a", "[", "pip", "pip"]
    assert s.commands[0].construct is None and s.commands[-1].construct is None
    assert all(c.construct and c.construct.startswith("`for` loop at 1:4")
               for c in s.commands[1:-1])  # the outermost construct names them


@pytest.mark.parametrize("text", [
    "if x; then cd y; fi; make",  # the directory of what follows
    "if x; then A=1; fi; make",  # a variable
    "if x; then export A=1; fi; make",
    "if x; then exit 0; fi; make",  # whether what follows runs at all
    "for d in a*; do :; done; echo $d",  # the loop variable read after the loop
    "while read line; do echo $line; done < f; make",
    "if x; then f() { :; }; fi; make",  # a function defined inside
    "if x; then echo $(make); fi",  # a substitution that builds
    "if cd a; then make; fi",  # a state change in the test
    "if x; then command cd y; fi; make",  # the builtin through `command`
])
def test_a_construct_reaching_past_its_end_is_not_confined(text):
    s = split_commands(text)
    assert s.complex and s.outside_problem is not None


def test_substitutions_that_only_read_through_xargs_or_a_number():
    """``xargs`` running a read-only program, and a number as a failing fallback
    (``|| 1``), run nothing that writes."""
    assert not split_commands('x="$(scanelf a | xargs -r apk info --installed | sort -u)"').complex
    assert not split_commands("make -j$(grep -c ^processor /proc/cpuinfo || 1)").complex
    assert split_commands("x=$(ls | xargs rm -rf)").complex
    assert split_commands('x=$(xargs -I{} sh -c "rm {}")').complex


def test_a_guard_that_fails_the_build_is_read_as_not_run():
    """``if [ T ]; then echo msg; exit 1; fi``: a RUN that exits non-zero fails the build,
    so in a build that succeeded the body did not run and the test changed nothing: what
    follows runs as written (no problem outside the confined constructs, so a reader of
    one command takes it), while a reader of the whole text (that would run it in a
    runner, against other files) still meets the guard as a problem."""
    s = split_commands('a && if [ ! -f x ]; then echo "x is missing" >&2 && exit 1; fi && make')
    assert s.complex and s.outside_problem is None and s.guards == ("`if` at 1:6",)
    assert s.problem == "`if` at 1:6, a check that fails the build: the commands in it only may run"
    assert [c.argv for c in s.commands] == [("a",), ("make",)]
    assert all(c.construct is None for c in s.commands)
    multi = split_commands('if [ -z "$A" ] || ! test -d y; then\n  echo no\n  exit 2\nfi; make')
    assert multi.outside_problem is None
    assert [c.argv for c in multi.commands] == [("make",)]


@pytest.mark.parametrize("text", [
    "if [ -f x ]; then exit 0; fi; make",  # the shell ends, the build goes on
    "if [ -f x ]; then exit 256; fi; make",  # 256 is status 0
    "if [ -f x ]; then echo a; exit 1; else make; fi",  # the other branch runs
    "if [ -f x ]; then echo a; elif [ -f y ]; then exit 1; fi",
    "(if [ -f x ]; then exit 1; fi); make",  # ends the subshell only
    "if [ -f x ]; then exit 1; fi | cat; make",  # a pipeline's member runs in a subshell
    "if [ -f x ]; then rm -rf y; exit 1; fi; make",  # more than a message
    "if [ -f x ]; then echo a || exit 1; fi; make",  # the exit may not run
    "if [ -f x ]; then exit $CODE; fi; make",  # a status not written
    "f() { if [ -f x ]; then exit 1; fi; }; f",  # a function's body
    "if make check; then exit 1; fi; make",  # a test that runs a program
    "if [ $(id -u) = 0 ]; then exit 1; fi; make",  # a substitution in the test
    "if [ -f x ]; then exit 1; fi || make",  # make runs only where the body did
])
def test_what_is_not_a_guard_stays_a_construct(text):
    s = split_commands(text)
    assert s.complex and not s.guards


def test_state_builtins_in_a_substitution_end_with_it():
    """``$(...)`` runs in a subshell: its ``cd`` changes nothing outside, so
    ``$(cd dir; pwd)`` only reads; ``source`` runs other text and stays a problem."""
    assert not split_commands("ln -sf $(cd plugin; pwd) /usr/lib/x").complex
    assert not split_commands('X="$(export A=1; cd /a && ls)" make').complex
    s = split_commands("ln -sf $(cd plugin && make) /x")
    assert s.complex and "runs `make`" in s.problem
    assert split_commands("X=$(. ./env.sh; echo $Y) make").complex


def test_package_queries_in_a_substitution_only_read():
    assert not split_commands("pacman --noconfirm -R $(pacman -Qdtq)").complex
    assert not split_commands("rpm -e $(rpm -qa 'kernel-devel*')").complex
    assert split_commands("echo $(pacman -Syu --noconfirm)").complex
    assert split_commands("echo $(rpm -i x.rpm)").complex


def test_a_construct_names_the_variables_its_test_reads():
    """Which body runs is decided by the test: the problem names the variables it reads
    (those of every ``elif`` too, and the word a ``case`` matches), none for a file test."""
    s = split_commands('if [ "$A" = x ]; then make; elif [ "${B:-y}" = z ]; then make; fi; cd q')
    assert s.problem == "`if` at 1:1, whose test reads $A and $B: the commands in it only may run"
    assert "whose test reads $ARCH:" in split_commands('case "$ARCH" in a) make;; esac; cd q').problem
    assert split_commands("if [ -d x ]; then make; fi; cd q").problem == \
        "`if` at 1:1: the commands in it only may run"


def test_only_guards_says_whether_the_guards_are_the_only_obstacle():
    assert split_commands("if [ -f x ]; then exit 1; fi && make").only_guards
    assert not split_commands("if [ -f x ]; then exit 1; fi && if [ -f y ]; then cp y /etc/; fi"
                              ).only_guards
    assert not split_commands("if [ -f x ]; then exit 1; fi && X=$(make v) && b").only_guards
    assert not split_commands("make").only_guards
