"""Java from CentOS's or Fedora's own OpenJDK packages (``yum install
java-1.8.0-openjdk-devel maven``): the runner is the builder's own image
(``rpm_runner``), with the original's packages installed again minus the JDK and the
build tools, plus the package owning the ``java`` the original runs.

Why that package is read in the builder, not named here: the RPM distributions split
OpenJDK as ``java-N-openjdk-headless`` (the JRE, which owns ``bin/java``),
``java-N-openjdk`` (the JRE with AWT) and ``java-N-openjdk-devel`` (the JDK), and a
build tool's dependency (CentOS 7's maven requires ``java-devel``, which several majors
provide) may install another major beside the one named, of which ``alternatives``
picks the one with the highest priority for ``/usr/bin/java``.  No RPM package index is
read here (``rpm_runner``), so which JRE package runs ``java`` at the end of the build
is only known there: the builder writes its name (``rpm -qf`` of the resolved
``java``) and the runner installs it.  The runner's JREs are a subset of the
builder's, all from the same repositories at the same build, so alternatives picks
the same one there; its install checks that, and fails the build otherwise (as it
fails when ``java`` is no package's: a JDK unpacked from an archive)."""

from __future__ import annotations

import dataclasses
import re
from typing import Optional, Sequence, Tuple

from ...analysis import StageFacts
from ...tree import ast
from ..runner_setup import run_node
from . import distribution_runner
from .java_distribution import JAVA_CHECK, JavaPackages
from .base import Decline, RunnerPlan, without_feature

#: the OpenJDK packages of CentOS and Fedora (the JRE, the headless JRE, the JDK and
#: their parts), an architecture suffix (``.x86_64``) allowed; and the virtual names
#: the packages provide (``java-devel``)
OPENJDK = re.compile(r"^(java-([0-9.]+|latest)-openjdk(-[a-z-]+)?|java|java-devel|"
                     r"java-headless|jre|jre-headless)(\.(x86_64|i686|aarch64|noarch))?$")
#: the parts of OpenJDK that only build (the JDK, its sources, demos, documentation)
OPENJDK_BUILD_ONLY = re.compile(r"^(java-([0-9.]+|latest)-openjdk-(devel|src|demo|javadoc|"
                                r"javadoc-zip|jmods|static-libs)(-[a-z]+)?|java-devel)"
                                r"(\.(x86_64|i686|aarch64|noarch))?$")
#: the build tools the RPM distributions package under the Debian names
#: (``java_distribution.BUILD_ONLY``) and their own (``maven-local``, ``ant-junit``)
RPM_BUILD_ONLY = re.compile(r"^(maven|maven-local|maven3|gradle|ant|ant-[a-z]+|ivy|"
                            r"apache-maven|rh-maven[0-9]+)(\.(noarch|x86_64))?$")
#: where the builder writes the name of the package owning ``java``
JRE_PACKAGE = distribution_runner.PACKAGE_LIST
#: the builder RUN writing it: ``java`` resolved through alternatives' links to its
#: file, then its owner; a ``java`` that is not on the PATH or no package's fails
JRE_QUERY = (f"mkdir -p /var/lib/dtranspile && rpm -qf --qf '%{{NAME}}\\n' "
             f"\"$(readlink -f \"$(command -v java)\")\" > {JRE_PACKAGE}")
#: the runner's check, before the list is removed: its ``java`` is the same package's
JRE_CHECK = (f"[ \"$(rpm -qf --qf '%{{NAME}}' \"$(readlink -f \"$(command -v java)\")\")\" = "
             f"\"$(cat {distribution_runner.RUNNER_LIST})\" ]")


def _name(word: str) -> str:
    """The package a word names, without an architecture suffix."""
    return re.sub(r"\.(x86_64|i686|aarch64|noarch)$", "", word)


def detect(facts: StageFacts, base: distribution_runner.PlainBase, names: Sequence[str]):
    """``java_distribution.detect`` on a plain CentOS/Fedora image: (JavaPackages, None)
    when an OpenJDK package stays installed to the end of the build, else (None, why)."""
    jdks = [n for n in names if OPENJDK.match(n)]
    if not jdks:
        return None, (f"the builder image {facts.base.reference} is a plain CentOS/Fedora "
                      "image and no OpenJDK package of the distribution stays installed to "
                      "the end of the build (a JDK downloaded, installed from a file or by "
                      "another installer, or removed again): which JRE the runner needs is "
                      "not known")
    home = facts.final.env.get("JAVA_HOME")
    if home:
        raise Decline(f"the original sets JAVA_HOME={home}: on {facts.base.reference} the "
                      "JDK's directories (java-N-openjdk-devel's) and the JRE's differ, and "
                      "which of them the runner's JRE package has is not known here")
    replay = distribution_runner.replay_packages(
        facts, base, len(facts.instructions),
        drop=lambda n: bool(OPENJDK_BUILD_ONLY.match(n) or RPM_BUILD_ONLY.match(n)))
    if replay.unmapped_dev:
        # (as on Debian: a jar's native parts are not scanned)
        raise Decline(f"the build installs {', '.join(replay.unmapped_dev)}, whose runtime "
                      f"package is not read for {base.builder}: what the program loads of "
                      "it is not known")
    replay = dataclasses.replace(replay, added=(
        f"the JRE package owning the `java` the build's {_name(jdks[0])} leaves on the PATH "
        f"(read in the builder with rpm -qf into {JRE_PACKAGE}) installed in the runner from "
        "the same repositories, and checked there to be what runs `java`",) + replay.added)
    scan = run_node(JRE_QUERY, "the package owning the `java` the program runs with "
                    "(alternatives' choice), for the runner")
    return JavaPackages(base, replay, "", _name(jdks[0]), builder_runs=(scan,)), None


def plan(found: JavaPackages, runner: Optional[str], after: Tuple[ast.Instruction, ...] = ()) -> RunnerPlan:
    """The same-image runner: the replayed packages and the JRE package the builder
    named, ``java`` checked to be that package's before the list is removed."""
    result = distribution_runner.runner_plan(
        found.base, found.replay, True, "the Java program", runner, after,
        list_checks=(JAVA_CHECK, JRE_CHECK),
        list_why="the packages the original installs for run time, and the JRE package "
                 "the builder named")
    # (the scan's note names libraries; here the list holds the JRE package only)
    added = without_feature(result.added, distribution_runner.LIBRARY_SCAN)
    return dataclasses.replace(result, added=added)
