"""``shell.every_command``: the commands a checker of each program must accept (CMD
shell text with constructs and command substitutions), and what stays unfollowable."""

from transpiler.analysis.shell import every_command


def _argv(text):
    got = every_command(text)
    return got.problem, [c.argv for c in got.commands]


def test_loop_and_if_bodies_are_listed():
    problem, argv = _argv('app; while pgrep app > /dev/null; do sleep 5; done; '
                          'if [ -n "$X" ]; then echo x; else date; fi; exit 1')
    assert problem is None
    assert ("pgrep", "app") in argv and ("sleep", "5") in argv and ("date",) in argv


def test_substitution_commands_run_before_their_command():
    problem, argv = _argv("cd /app; R=$(route -n | awk '{print $2}'); node s.js $R")
    assert problem is None
    assert argv.index(("route", "-n")) < argv.index(("node", "s.js", "$R"))
    assert argv.index(("cd", "/app")) < argv.index(("route", "-n"))


def test_cd_inside_if_is_not_followed():
    problem, _ = _argv("if [ -n \"$X\" ]; then cd /opt; fi; ./app")
    assert problem.startswith("`if` at 1:1")


def test_cd_inside_substitution_is_not_followed():
    """A substitution's ``cd`` ends with it: where it runs a program to check, the
    directory that program runs in is not followed; where it only reads (``$(cd x;
    pwd)``), nothing of it reaches the outer shell's commands."""
    problem, _ = _argv("app $(cd x; ./helper)")
    assert "runs `cd`" in problem
    problem, argv = _argv("app $(cd x; pwd)")
    assert problem is None and argv == [("app", "$(cd x; pwd)")]


def test_unparsable_text():
    problem, _ = _argv("['npm', 'start']")
    assert problem.startswith("cannot read shell text")


def test_simple_text_is_the_flat_reading():
    problem, argv = _argv("a && b")
    assert problem is None and argv == [("a",), ("b",)]
