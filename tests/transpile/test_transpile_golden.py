"""Golden transpile cases: tests/cases/transpile/*.Dockerfile -> golden/transpile/.

A case may have sidecars: ``<case>.context/`` (a small fake build context) and
``<case>.runtime`` (one image per line: the case runs once more per image with
``--runtime``, as ``<case>@<image>``).  A ``decline_`` case declines; one with a
``.runtime`` sidecar declines with those images (what it is about) and transpiles
without them.  Each case is also checked for: post-conditions
hold, the output is already formatted, transpiling again changes nothing, and hadolint
reports no rule on the output that it did not report on the input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from transpile_checks import check_result, formatter
from transpiler.multistage.api import transpile

CASES = Path(__file__).resolve().parent.parent / "cases" / "transpile"


def _runtimes(stem):
    sidecar = CASES / f"{stem}.runtime"
    if not sidecar.exists():
        return []
    lines = (line.strip() for line in sidecar.read_text().splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _cases():
    out = []
    for path in sorted(CASES.glob("*.Dockerfile")):
        out.append((path.stem, path.stem, None))
        for image in _runtimes(path.stem):
            out.append((f"{path.stem}@{re.sub(r'[^A-Za-z0-9._-]', '_', image)}", path.stem,
                        image))
    return out


@pytest.mark.parametrize("name,source,runtime", _cases(), ids=[c[0] for c in _cases()])
def test_transpile_case(name, source, runtime, snapshot_transpile):
    text = (CASES / f"{source}.Dockerfile").read_text()
    context = CASES / f"{source}.context"  # a small fake project tree, when the case has one
    context = context if context.is_dir() else None
    result = transpile(text, runtime=runtime, context=context)
    assert result.output == snapshot_transpile
    if name.startswith("decline_") and (runtime is not None or not _runtimes(source)):
        assert result.report.declined and result.report.reason
    else:
        assert not result.report.declined, result.report.reason
        assert result.changed
    check_result(text, result, context, runtime)
    fmt = formatter()
    if fmt is None:
        pytest.skip("transpiler.formatter not available: 'already formatted' not checked")
    assert fmt(result.output) == result.output


@pytest.mark.parametrize("name", sorted(p.stem for p in CASES.glob("*.Dockerfile")
                                         if not p.stem.startswith("decline_")))
def test_runtime_of_own_choice_changes_nothing(name):
    """The runner plan is the recipe's whether it picks the image or ``--runtime``
    names it: the same image through ``--runtime`` gives the same output (the recipe's
    setup, such as runtime libraries or ICU, is kept)."""
    text = (CASES / f"{name}.Dockerfile").read_text()
    context = CASES / f"{name}.context"
    context = context if context.is_dir() else None
    own = transpile(text, context=context)
    forced = transpile(text, runtime=own.report.runner, context=context)
    assert not forced.report.declined, forced.report.reason
    assert forced.output == own.output


def test_every_recipe_has_runtime_cases():
    """Every recipe has a golden case run with and without ``--runtime``."""
    from transpiler.multistage.recipes import RECIPES

    covered = set()
    for stem, source, image in _cases():
        if image is not None:
            context = CASES / f"{source}.context"
            report = transpile((CASES / f"{source}.Dockerfile").read_text(), runtime=image,
                               context=context if context.is_dir() else None).report
            if not report.declined:  # (a decline_ case's runtime: no recipe ran to the end)
                covered.add(report.recipe)
    assert covered == {r.name for r in RECIPES}


def test_seed_alpine37_fixes_both_defects():
    """NOTES.md: (1) ENTRYPOINT must resolve in the runner, (2) the binary must run on
    musl alpine (static build) or the runner must be glibc of the same release.  The
    static build rests on the sources (seed.context: no import "C"); without them the
    original's cgo setting is kept, which a musl runner cannot run."""
    text = (CASES / "seed.Dockerfile").read_text()
    result = transpile(text, runtime="alpine:3.7", context=CASES / "seed.context")
    assert not result.report.declined, result.report.reason
    builder, runner = result.output.split("\nFROM alpine:3.7")
    assert builder.startswith("FROM golang:1.10.2-stretch AS builder")
    # defect 2: static build (CGO_ENABLED=0 in the builder, before the go install)
    assert "ENV CGO_ENABLED=0" in builder
    assert builder.index("ENV CGO_ENABLED=0") < builder.index("RUN go install")
    # defect 1: the bare ENTRYPOINT name resolves on alpine's PATH
    assert ("COPY --from=builder /go/bin/docker-example-server "
            "/usr/local/bin/docker-example-server") in runner
    assert 'ENTRYPOINT ["docker-example-server"]' in runner
    # the blog's shape: WORKDIR /app, COPY --from, LABEL, ENTRYPOINT, EXPOSE in order
    order = [runner.index(s) for s in ("WORKDIR /app", "COPY --from=builder", "LABEL",
                                       "ENTRYPOINT", "EXPOSE 8080")]
    assert order == sorted(order)


def test_declined_reasons_are_specific():
    go_run = transpile((CASES / "decline_go_dev_watcher.Dockerfile").read_text())
    assert "toolchain" in go_run.report.reason
    multi = transpile((CASES / "decline_multistage.Dockerfile").read_text())
    assert "already multi-stage" in multi.report.reason
    make = transpile((CASES / "decline_make-at-run-time-no-build-step.Dockerfile").read_text())
    assert "runs `make`, a build tool" in make.report.reason
    assert "Go" not in make.report.reason  # (a Perl project: no language named)


def test_report_renders():
    result = transpile((CASES / "seed.Dockerfile").read_text(), runtime="alpine:3.7",
                       context=CASES / "seed.context")
    text = result.report.render()
    assert "CGO_ENABLED=0" in text and "compressed" in text and "post-conditions" in text


def test_unknown_runtime_warns():
    result = transpile((CASES / "go_build_o_absolute.Dockerfile").read_text(),
                       runtime="example.com/custom:1")
    assert not result.report.declined
    assert any("weaker" in w for w in result.report.warnings)


def test_callable_module_name():
    import transpiler
    assert transpiler.transpile((CASES / "seed.Dockerfile").read_text()).changed


def test_postconditions_check_runtime_libraries():
    """The output of the --runtime bug (the rust runner without its libpq5 install)
    fails the post-conditions: they check the runner against what the build's -dev
    packages need, per the package knowledge.  (On the slim rust image: on the full one
    the runner installs what the builder's ldd found, which no table checks.)"""
    import transpiler
    from transpiler.multistage.postconditions import PostconditionError, verify

    text = (CASES / "rust-glibc-trixie-libpq.Dockerfile").read_text().replace(
        "FROM rust:1\n", "FROM rust:1-slim-trixie\n")
    result = transpile(text, runtime="debian:trixie-slim")
    assert "install -y --no-install-recommends libpq5 &&" in result.output
    broken = "\n".join(line for line in result.output.splitlines()
                       if "libpq5" not in line and "runtime libraries the binary" not in line
                       and "hadolint ignore=DL3008" not in line) + "\n"
    with pytest.raises(PostconditionError, match="lacks libpq5"):
        verify(transpiler.parse(text), broken, result.report.detection)


def test_program_path_reads_as_its_name():
    """`/bin/cp` and `cp` (and `/bin/mv` and `mv`) are the same program to every check."""
    text = (CASES / "go_bin_cp_after_build.Dockerfile").read_text()
    plain = transpile(text.replace("/bin/cp ", "cp "))
    with_path = transpile(text)
    assert not with_path.report.declined, with_path.report.reason
    assert with_path.output == plain.output.replace(" cp /out/", " /bin/cp /out/")
    moved = transpile(text.replace("/bin/cp /out/app", "/bin/mv /out/app"))
    assert moved.report.declined and "moves the artifact /out/app" in moved.report.reason
