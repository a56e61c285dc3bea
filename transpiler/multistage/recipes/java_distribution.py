"""Java from a plain distribution image's own packages (``apt-get install
openjdk-17-jdk-headless maven`` on debian or ubuntu, ``default-jdk``): the runner is
the same image or its slim sibling (``distribution_runner``), with the JRE of the very
JDK package the build installed, from the same archive, so no Java major needs to be
read from the image.

Each JDK package has its JRE beside it in every Debian and Ubuntu release, built from
the same source package: ``openjdk-N-jdk-headless`` -> ``openjdk-N-jre-headless``,
``openjdk-N-jdk`` -> ``openjdk-N-jre`` (AWT and its X libraries, which the full JDK
has), ``default-jdk[-headless]`` -> ``default-jre[-headless]``, which on the runner's
release is the same major as the builder's default JDK, since both are the same
release.  The other packages the build installed are installed again (those still
there at the end of the original, before or after the build: the final image had
them), but the JDK, Maven, Gradle, Ant and Maven's plugins, which only build.

The JRE's package scripts link /usr/bin/java (update-alternatives); the slim images
leave /usr/share/man out, where those scripts also link the manual page, and fail
without the directory (the reason the official openjdk images create it): the runner
creates it first.  Alpine's OpenJDK packages are not read here (their JRE's layout
varies by major and the package data has no Alpine index): a build there declines."""

from __future__ import annotations

import dataclasses
import re
from typing import Optional, Tuple

from ...knowledge.packages import package_name
from ...analysis import StageFacts
from ...knowledge import packages
from ...knowledge.references import split_reference
from ...tree import ast
from . import distribution_runner
from .base import Decline, RunnerPlan
from .interpreted import steps

#: the distribution's JDK packages: (openjdk-N | default), -jdk, -headless or not
JDK_PACKAGE = re.compile(r"^(openjdk-[0-9]+|default)-jdk(-headless)?$")
#: CentOS's and Fedora's OpenJDK packages (``java-1.8.0-openjdk``, ``java-11-openjdk-devel``)
RPM_JDK = re.compile(r"^java-[0-9.]+-openjdk")
#: the webupd8team PPA's installers of Oracle's JDK (``oracle-java8-installer``)
ORACLE_INSTALLER = re.compile(r"^oracle-java[0-9]+-installer$")
#: what only builds Java: the build tools and Maven's plugins (Debian's packaged
#: repository, /usr/share/maven-repo, which a build reads offline)
BUILD_ONLY = re.compile(r"^(maven|gradle|ant|ant-optional|ant-contrib|ivy|maven-debian-helper|"
                        r"maven-repo-helper|libmaven[a-z0-9.+-]*-plugin-java|libsurefire-java|"
                        r"openjdk-[0-9]+-(demo|doc|source|dbg))$")
#: what only the build reads, outside the copied jar: Debian's packaged Maven repository
#: (Maven's plugins, which stay in the builder) and root's Maven and Gradle caches; a
#: RUN before the build that writes only there needs no repeat in the runner
BUILD_ONLY_TREES = ("/usr/share/maven-repo", "/root/.m2", "/root/.gradle")
#: the runner's install fails the build unless the JRE put java on the PATH
JAVA_CHECK = "command -v java >/dev/null"
#: the man1 directory the JRE's scripts link java.1.gz into (absent on slim images)
MAN1 = "mkdir -p /usr/share/man/man1"


@dataclasses.dataclass(frozen=True)
class JavaPackages:
    """The builder's distribution and what its runner installs."""

    base: distribution_runner.PlainBase
    replay: distribution_runner.PackageReplay
    jre: str
    jdk: str
    #: builder RUNs after the build (``java_rpm``: the JRE package's name read there)
    builder_runs: Tuple[ast.Instruction, ...] = ()


def jre_of(jdk: str) -> str:
    """``openjdk-17-jdk-headless`` -> ``openjdk-17-jre-headless``."""
    m = JDK_PACKAGE.match(jdk)
    return f"{m.group(1)}-jre{m.group(2) or ''}"


def detect(facts: StageFacts) -> Tuple[Optional[JavaPackages], Optional[str]]:
    """(the packages, None) when the builder is a plain distribution image whose build
    installs a JDK package; else (None, why not) where the reason is more precise than
    the caller's (Oracle's installer on any image; on a plain image, a JDK of Alpine or
    of an RPM distribution, or no JDK package kept to the end), or (None, None) (not a
    plain image: the caller's own reason stands).  CentOS and Fedora: ``java_rpm``."""
    argvs = [s.argv for s in steps(facts)]
    kept, _ = packages.kept_installs(argvs)
    names = [package_name(p) for p in kept]
    oracle = next((n for n in names if ORACLE_INSTALLER.match(n)), None)
    if oracle:
        return None, (f"the build installs {oracle}, which downloads Oracle's JDK from Oracle "
                      "at install time (the webupd8team PPA): no JRE package of the "
                      "distribution is that JDK's and no runner image with Oracle's JRE is "
                      "known here, so the JRE runner cannot be matched")
    base = distribution_runner.plain_base(facts)
    if base is None:
        return None, None
    jdks = [n for n in names if JDK_PACKAGE.match(n)]
    if base.manager == "apk":
        alpine = [n for n in names if n.startswith("openjdk")]
        if alpine:
            return None, (f"the build installs {alpine[0]} on {facts.base.reference}: the JRE "
                          "of Alpine's OpenJDK packages is not known here (a JRE runner "
                          "cannot be matched)")
    if base.manager == "yum":
        from . import java_rpm  # (it reads this module's names: imported here)
        return java_rpm.detect(facts, base, names)
    if base.manager != "apt" or not jdks:
        return None, (f"the builder image {facts.base.reference} is a plain "
                      f"{split_reference(facts.base.reference)[0]} image and no JDK package "
                      "of the distribution stays installed to the end of the build (a JDK "
                      "downloaded, installed from a file or by another installer, or removed "
                      "again): which Java major the runner needs is not known")
    jres = sorted({jre_of(j) for j in jdks})
    majors = {JDK_PACKAGE.match(j).group(1) for j in jdks}
    if len(majors) > 1:
        raise Decline(f"the build installs several JDKs ({', '.join(jdks)}): which one runs "
                      "java (update-alternatives' choice) is not followed")
    replay = distribution_runner.replay_packages(
        facts, base, len(facts.instructions),
        drop=lambda n: bool(JDK_PACKAGE.match(n) or BUILD_ONLY.match(n)))
    if replay.unmapped_dev:
        # the Python and Node runners read these in the builder (ELF scan of what the
        # build wrote); a jar's native parts are not scanned here
        raise Decline(f"the build installs {', '.join(replay.unmapped_dev)}, whose runtime "
                      f"package no table names for {base.builder}: what the program loads "
                      "of it is not known")
    # a full JDK next to its headless one: the full JRE covers both
    jre = jres[-1] if len(jres) == 1 else next(j for j in jres if not j.endswith("-headless"))
    from ..apt_config import apt_choices
    recommends = replay.recommends + ((jre,) if any(
        j in apt_choices(facts).recommends for j in jdks) else ())
    replay = dataclasses.replace(
        replay, install=tuple(dict.fromkeys(replay.install + (jre,))), recommends=recommends,
        added=(f"the JRE of the build's {jdks[0]}, {jre}, installed in the runner from the "
               f"same {base.distro.family} archive (no Java major needs to be known)",)
        + replay.added)
    return JavaPackages(base, replay, jre, jdks[0]), None


def plan(found: JavaPackages, runner: Optional[str], after: Tuple[ast.Instruction, ...] = (),
         keep_lists: bool = False) -> RunnerPlan:
    """The same-distribution runner with the JRE, the man1 directory made first and
    ``java`` checked last in its install RUN; ``after`` and ``keep_lists`` as
    ``distribution_runner.runner_plan`` reads them (the RUNs written for the runner
    after the copies, the package lists kept for a later RUN's install)."""
    if found.base.manager == "yum":
        from . import java_rpm
        return java_rpm.plan(found, runner, after)
    return distribution_runner.runner_plan(found.base, found.replay, False,
                                           "the Java program", runner, after,
                                           keep_lists=keep_lists,
                                           around=((MAN1,), (JAVA_CHECK,)))
