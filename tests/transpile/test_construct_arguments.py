"""A decline over an if/case whose test reads a build argument says so (run_walk): the
Dockerfile gives the default, but ``--build-arg`` may choose the other body."""

from __future__ import annotations

from transpiler.multistage.api import transpile

_RUN = 'RUN if [ "$MODE" = production ]; then npm ci --omit=dev; else npm ci; fi && cd /app'


def _reason(lines):
    text = "\n".join(["FROM node:20-bookworm", *lines, "WORKDIR /app", "COPY . .", _RUN,
                      'CMD ["node", "server.js"]', ""])
    result = transpile(text)
    assert result.report.declined
    return result.report.reason


def test_an_argument_read_by_the_test_is_named_as_one():
    reason = _reason(["ARG MODE=production"])
    assert "whose test reads $MODE (set by a build argument" in reason


def test_an_env_set_from_an_argument_is_one_too():
    reason = _reason(["ARG BUILD_MODE=production", "ENV MODE=${BUILD_MODE}"])
    assert "whose test reads $MODE (set by a build argument" in reason


def test_an_env_of_its_own_value_is_not():
    reason = _reason(["ARG MODE=production", "ENV MODE=production"])
    assert "whose test reads $MODE:" in reason
    assert "build argument" not in reason


def test_a_name_the_run_assigns_itself_is_not():
    """``MODE=dev; if [ "$MODE" ...``: the shell's own value, not the argument's."""
    text = "\n".join(["FROM node:20-bookworm", "ARG MODE=production", "WORKDIR /app",
                      "COPY . .", "RUN MODE=dev; " + _RUN[4:], 'CMD ["node", "server.js"]', ""])
    reason = transpile(text).report.reason
    assert "whose test reads $MODE" in reason and "build argument" not in reason


def _steps(body):
    from transpiler import parse
    from transpiler.analysis import analyze_stage
    from transpiler.multistage.recipes import run_walk

    tree = parse("FROM golang:1.22-bookworm\nWORKDIR /src\n" + body)
    return list(run_walk.steps(analyze_stage(tree.stages[0], {})))


def test_a_command_outside_the_constructs_names_the_obstacle_outside_them():
    """A guard (confined) before a substitution that builds: the command after both
    meets the substitution, which is what a reader of it cannot follow."""
    steps = _steps('RUN if [ ! -f go.mod ]; then echo no >&2; exit 1; fi && '
                   'V=$(make version) && go build -o /app .\n')
    build = next(s for s in steps if s.argv[:2] == ("go", "build"))
    assert build.problem.startswith("`if` at 1:1, a check that fails the build")
    assert build.own_problem == "command substitution at 1:55 runs `make`"


def test_a_guard_alone_leaves_the_commands_after_it_certain():
    steps = _steps('RUN if [ ! -f go.mod ]; then echo no >&2; exit 1; fi && go build -o /app .\n')
    build = next(s for s in steps if s.argv[:2] == ("go", "build"))
    assert build.problem is not None and build.own_problem is None
