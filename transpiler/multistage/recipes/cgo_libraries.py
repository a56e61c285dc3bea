"""The runner of a cgo Go program built with library packages installed (``apt-get
install libsqlite3-dev``, ``apk add openssl-dev``): the C/C++ recipe's runner
(``native_runner.native_plan``), a runner of the builder's distribution release with
the runtime packages of those ``-dev`` packages installed, as that release names them.

Why the table and not the binary's ELF NEEDED entries read in the builder (the C/C++
recipe's ``native_staging``): the runtime packages of every ``-dev`` package the build
installed are there whether the binary links the library through NEEDED or loads it
with ``dlopen`` (no NEEDED entry), on Alpine as on Debian, and the post-conditions can
check them; what the table cannot speak for declines instead:

- a ``-dev`` package whose runtime package the tables do not know for the builder's
  release (or a release they do not cover, or no release in the tag): named;
- a builder image other than the distributions' own and the official golang images,
  which keep no ``-dev`` packages: a full image (``python:2.7``, ``buildpack-deps``)
  has libraries and headers of its own that the link may use with no install in the
  Dockerfile.

Headers of an interpreter (``python-dev``, ``ruby-dev``, ``php5-dev``, ``erlang-dev``)
installed beside the Go build are often linked by nothing, but a cgo binding
(go-python, go-ruby) does link them: their runtime packages are installed like any
other (libpython2.7), a header-only one is named as needing nothing, and one whose
runtime package is not known declines like any other."""

from __future__ import annotations

from typing import List, Optional, Sequence

from ...analysis import StageFacts
from ...knowledge import packages
from ...knowledge.references import split_reference
from .base import Decline, Detection, RunnerPlan
from .native_runner import installed, native_plan, setup_distro
from .runner_policy import zoneinfo_setup

#: builder images that keep no ``-dev`` package of their own (the official golang
#: images install gcc, libc6-dev, make and pkg-config on a curl/scm base): what the
#: link can use, the Dockerfile installs
LEAN_BASES = {"debian", "ubuntu", "alpine", "golang"}
#: what a C++ part of a cgo build loads on Alpine, whose base image lacks them (as
#: the C/C++ recipe adds them)
_ALPINE_CXX = ("libstdc++", "libgcc")


def library_runner(detection: Detection, facts: StageFacts, runner: Optional[str],
                   needs_shell: bool, zoneinfo: bool) -> RunnerPlan:
    """The plan, or a Decline whose reason starts with the library evidence (``cgo with
    C libraries (line 5: installs libsqlite3-dev): ...``)."""
    evidence = "; ".join(detection.libraries)
    try:
        return _plan(facts, runner, needs_shell, zoneinfo)
    except Decline as exc:
        raise Decline(f"cgo with C libraries ({evidence}): {exc.reason}") from None


def _plan(facts: StageFacts, runner: Optional[str], needs_shell: bool,
          zoneinfo: bool) -> RunnerPlan:
    base = facts.base
    name = split_reference(base.reference)[0]
    if name not in LEAN_BASES:
        raise Decline(f"{base.reference} is not a distribution's own image or an official "
                      "golang image: it may keep libraries and headers of its own that the "
                      "link uses without an install in the Dockerfile, so which runtime "
                      "packages the runner needs is not known")
    pkgs = installed(facts)
    linked = [p for p in pkgs if p in packages.INTERPRETER_HEADERS]
    extra: List[str] = []
    if base.family == "alpine" and {"g++", "build-base", "clang"} & set(pkgs):
        extra.extend(_ALPINE_CXX)
    what = "the cgo-built Go program"
    notes = _mapping_notes(facts, runner, pkgs, linked)
    plan = native_plan(facts, what, runner, extra, added=notes, needs_shell=needs_shell,
                       linked=linked, carries_others=True)
    if zoneinfo:
        _setup, tz_notes = zoneinfo_setup(plan.image, base.family)
        if tz_notes:  # the runner's install brings tzdata too (one apt-get, not two)
            plan = native_plan(facts, what, runner, extra + ["tzdata"],
                               added=notes + tz_notes, needs_shell=needs_shell,
                               linked=linked, carries_others=True)
    return plan


def _mapping_notes(facts: StageFacts, runner: Optional[str], pkgs: Sequence[str],
                   linked: Sequence[str]) -> tuple:
    """What the report says of each library package: its runtime packages in the
    runner, or that it has none (headers only); nothing is left out unsaid."""
    distro = setup_distro(facts, runner)
    if distro is None or not distro.release:
        return ()
    parts = []
    for pkg in pkgs:
        if pkg not in linked and packages.kind_of(pkg, distro) != "dev":
            continue
        runtime = packages.runtime_of(pkg, distro)
        if runtime is None:
            continue  # native_plan declines, naming it
        parts.append(f"{pkg} -> {' '.join(runtime) if runtime else 'nothing (headers only)'}")
    if not parts:
        return ()
    return (f"cgo with library packages installed: the runner installs their runtime "
            f"packages as {distro.family} {distro.release} names them ({'; '.join(parts)}), "
            "whether the binary links them or loads them at run time",)
