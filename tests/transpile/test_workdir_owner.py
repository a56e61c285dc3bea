"""The runner's final WORKDIR takes the original's owner and mode only where the original's
is not root's 0755 and nothing else in the runner gives it that (workdir_owner)."""

from transpiler.multistage.api import transpile
from transpiler.multistage.workdir_owner import STAGED

_HEAD = """FROM golang:1.22-bookworm
RUN useradd -m app
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app .
"""


def _stages(text):
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    builder, _, runner = result.output.partition("\nFROM debian:bookworm-slim\n")
    assert runner, result.output
    return builder, runner


def test_workdir_made_by_user_is_staged_with_its_user():
    builder, runner = _stages(_HEAD + "USER app\nWORKDIR /data\nCMD [\"app\"]\n")
    # the builder never makes /data: it stages it as the WORKDIR would (app's uid and
    # primary gid, 0755), as root, without changing its own final WORKDIR
    tail = builder[builder.index("go build"):]
    assert "WORKDIR /data" not in tail
    assert f"chown app:\"$(id -g app)\" {STAGED}/data" in tail
    assert f"chmod 755 {STAGED}/data" in tail
    copy = f"COPY --from=builder {STAGED} /\n"
    assert copy in runner
    # after the runner's own WORKDIR, which makes the directory root's first
    assert runner.index("WORKDIR /data") < runner.index(copy)


def test_workdir_made_by_root_is_not_staged():
    _, runner = _stages(_HEAD + "WORKDIR /data\nUSER app\nCMD [\"app\"]\n")
    assert STAGED not in runner


def test_chown_the_runner_repeats_last_needs_no_staging():
    text = _HEAD + "RUN mkdir -p /data && chown app /data\nUSER app\nWORKDIR /data\n" \
        "RUN chown app /data\nCMD [\"app\"]\n"
    _, runner = _stages(text)
    assert "chown app /data" in runner and STAGED not in runner
