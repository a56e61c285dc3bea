"""The command's program the Python recipe only guesses to be a console script
(``Artifact.guessed``): on a runner that gets captured RUNs it is tested there after the
captured files rather than copied from a builder path that may not exist (1e6d31f7:
``service``, which openssh-server's packages bring, not /usr/local/bin/service)."""

from types import SimpleNamespace

from transpiler.multistage.passes.runner_stage import _guess_tested_after_capture
from transpiler.multistage.recipes.artifacts import Artifact


def _ctx(captured, checks=()):
    return SimpleNamespace(captured=list(captured), runner_checks=list(checks), added=[])


def _guess(name="service", guessed=True):
    return Artifact("/usr/local/bin", name, "a file the build created in /usr/local/bin "
                    "(a console script)", -1, guessed=guessed)


def test_a_guess_on_a_capture_runner_is_tested_not_copied():
    ctx = _ctx([4])
    assert _guess_tested_after_capture(ctx, _guess())
    assert ctx.runner_checks == ["command -v service >/dev/null"]
    assert any("`service` is not copied" in note for note in ctx.added)


def test_the_check_is_not_written_twice():
    ctx = _ctx([4], ["command -v service >/dev/null && command -v python >/dev/null"])
    assert _guess_tested_after_capture(ctx, _guess())
    assert len(ctx.runner_checks) == 1


def test_without_a_capture_the_guess_is_copied():
    # (its copy then fails the build, not the container, where the build made none)
    ctx = _ctx([])
    assert not _guess_tested_after_capture(ctx, _guess())
    assert ctx.runner_checks == [] and ctx.added == []


def test_an_artifact_the_build_is_seen_writing_is_copied():
    assert not _guess_tested_after_capture(_ctx([4]), _guess("gunicorn", guessed=False))
