"""Checks every golden transpile case must pass besides its snapshot."""

from __future__ import annotations

import functools
import importlib.util
import json
import shutil
import subprocess

import transpiler
from transpiler.multistage.postconditions import verify
from transpiler.multistage.api import transpile


@functools.lru_cache(maxsize=None)
def hadolint_rules(text: str):
    """The set of hadolint rule codes reported on ``text`` (None when hadolint is missing).
    Once per text in a test process: hadolint takes 20-60 ms a file (its shellcheck),
    and a case's source is linted again by its --runtime variants and by test_no_context."""
    exe = shutil.which("hadolint")
    if exe is None:
        return None
    proc = subprocess.run([exe, "-f", "json", "-"], input=text, capture_output=True, text=True)
    return frozenset(item["code"] for item in json.loads(proc.stdout or "[]"))


def formatter():
    if importlib.util.find_spec("transpiler.formatter") is None:
        return None
    from transpiler.formatting.api import format as fmt
    return fmt


def check_result(source: str, result, context=None, runtime=None) -> None:
    if not result.report.declined:
        verify(transpiler.parse(source), result.output, result.report.detection,
               result.report.allowed_changes)
        assert result.report.checks, "post-conditions must have run"
    else:
        assert result.report.reason
    again = transpile(result.output, context=context, runtime=runtime)
    assert again.output == result.output, "transpiling the output again changed it"
    after = hadolint_rules(result.output)
    if after:  # (no rule on the output, or no hadolint: the source's rules are not needed)
        before = hadolint_rules(source)
        assert after <= before, f"hadolint rules new on the output: {sorted(after - before)}"


#: decline reasons given before any recipe has read the build
_UNREAD = ("no build step found", "already multi-stage", "BuildKit would reject", "no FROM")


def check_corpus_file(path) -> str:
    """A corpus file: no crash; transpiled with every post-condition and stable on
    re-run, or declined with a reason.  Returns "transpiled", "recognised" (a recipe
    read its build, then declined) or "unread"."""
    text = path.read_text(encoding="utf-8", errors="replace")
    result = transpile(text)
    if result.report.declined:
        assert result.report.reason, path.name
        return "unread" if result.report.reason.startswith(_UNREAD) else "recognised"
    assert len(result.report.checks) >= 6, path.name  # 7 when the runtime libraries are checked
    assert transpile(result.output).output == result.output, path.name
    return "transpiled"


def assert_minimum(ecosystem, outcomes, minimum) -> None:
    """At least ``minimum`` = (transpiled, recognised or transpiled) files: a test
    that fails when a recipe stops reading or rewriting the builds it did."""
    transpiled = outcomes.count("transpiled")
    read = transpiled + outcomes.count("recognised")
    assert transpiled >= minimum[0] and read >= minimum[1], f"{ecosystem}: {transpiled} transpiled, {read} read; " \
        f"at least {minimum} expected"


def runner_stage(text: str, **options) -> str:
    """The runner stage of ``text``'s rewrite, from its image on (``FROM`` left out),
    which must not be declined: the readers of what a rewrite gives the runner share it."""
    result = transpile(text, **options)
    assert not result.report.declined, result.report.reason
    return result.output.split("\n\nFROM ")[-1]
