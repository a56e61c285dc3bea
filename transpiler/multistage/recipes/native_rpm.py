"""A dynamically linked C/C++ program built on a plain CentOS or Fedora image: the
runner is the same image (``rpm_runner``) with the original's packages installed again
minus the compilers, ``-devel`` packages and build tools, plus the packages owning the
libraries the built files load, read in the builder with ``rpm -qf``.

Why not the Debian path's slim runner with a table of runtime packages: no package
index of an RPM distribution is read here, so which package carries a library on a
release is only known in the builder, at build time.  The RUNs around the build are
treated as on the Python recipe's same-image runner (``distribution_runner
.same_image_runs``): those whose effect lies outside the copied files are repeated in
the runner, or the rewrite declines (the effect capture lists changes with dpkg, which
an RPM image has not)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Optional

from ...analysis import StageFacts
from ...analysis.shell import program_name
from ..runner_setup import run_node
from . import distribution_runner
from .base import RunnerPlan
from ...analysis.build_outputs import COMPILERS
from .native import NativeDetection
from .run_walk import Step

#: the build programs whose output the runner copies (their RUNs need no repeat)
_BUILDERS = frozenset({"make", "gmake", "cmake", "ninja", "meson", "configure", "cp",
                       "install", "mv"})


@dataclass(frozen=True)
class RpmNativeDetection(NativeDetection, distribution_runner.SameImageDetection):
    """A C/C++ detection whose runner is the builder's CentOS/Fedora image."""


def rpm_base(facts: StageFacts) -> Optional[distribution_runner.PlainBase]:
    """The builder as a plain CentOS/Fedora image of a handled release, or None."""
    base = distribution_runner.plain_base(facts)
    return base if base is not None and base.manager == "yum" else None


def with_same_image(detection: NativeDetection, facts: StageFacts,
                    base: distribution_runner.PlainBase) -> RpmNativeDetection:
    """``detection`` with the package replay, the builder's scan of what the program
    loads and the RUNs the runner repeats (Declines where one cannot be)."""
    last = max(detection.build_indices)
    build = set(detection.build_indices)
    replay = distribution_runner.replay_packages(facts, base, last + 1)
    arts = detection.artifacts
    targets = distribution_runner.installed_trees(
        [a.path for a in arts if a.path and (a.tree or a.certain)] +
        [a.directory for a in arts if a.directory and not a.certain])
    scan = distribution_runner.scan_run(base, targets, replay.unmapped_dev)

    def build_step(step: Step) -> bool:
        head = program_name(step.argv[0])
        return step.index in build and (COMPILERS.match(head) is not None or head in _BUILDERS)

    repeated = distribution_runner.same_image_runs(facts, base, replay, last, targets,
                                                   build_step, late_build_step=build_step)
    fields = {f.name: getattr(detection, f.name) for f in dataclasses.fields(detection)}
    fields["builder_additions"] = detection.builder_additions + (scan,)
    fields["added"] = detection.added + (
        f"the runner is the builder's own image {base.image}: the C/C++ program runs on the "
        "libraries of the distribution's packages, installed again there (their names read "
        "in the builder: no RPM package index is read here)",)
    return RpmNativeDetection(**fields, distribution=base, replay=replay).with_runs(repeated)


def plan(detection: RpmNativeDetection, runner: Optional[str]) -> RunnerPlan:
    """The same-image runner: the packages and the scanned list installed, then, after
    the copies, the loader's cache refreshed where a prefix with libraries is copied."""
    after = detection.repeated_runs
    if any(a.tree for a in detection.artifacts):
        after += (run_node("ldconfig", "libraries were copied with the install prefix"),)
    return distribution_runner.runner_plan(detection.distribution, detection.replay, True,
                                           "the C/C++ program", runner, after)
