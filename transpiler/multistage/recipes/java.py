"""The Java recipe: Maven (``mvn`` / ``./mvnw`` package|install|verify) and Gradle
(``gradle`` / ``./gradlew`` build|assemble|bootJar|shadowJar|installDist).

The artifact is the exact jar the CMD runs (``java -jar target/app-1.0.jar``) or the
file a later RUN copies the build's jar to (``cp target/*.jar app.jar``): a wildcard
in COPY can match several jars (``*-plain.jar``, ``*-sources.jar``; ``*.original`` is
not a jar but sits next to it) and breaks the COPY, so without an exact name the
transpiler declines.  ``installDist`` ships ``build/install/<name>`` whole.  The
runner is ``eclipse-temurin:<same major>-jre`` (``-alpine`` when the builder is);
it has no JDK tools, so commands that need them keep the single stage."""

from __future__ import annotations

import dataclasses
import fnmatch
import posixpath
import re
from dataclasses import dataclass
from typing import FrozenSet, Optional, Tuple

from ...analysis import StageFacts
from ...tree import ast
from ...knowledge import images, official
from ...knowledge.references import split_reference
from ...analysis.state import resolve_path
from ...analysis.variables import expand
from .base import Artifact, Decline, Detection, Linking, Recipe, RunnerPlan, chosen, first_problem
from . import distribution_runner, interpreted, java_distribution
from .runner_policy import digest_on_floating_tag, version_matched
from ...analysis.shell import program_name

NAME = "java"
BUILD_ONLY_ENV = frozenset({"DEBIAN_FRONTEND", "MAVEN_OPTS", "MAVEN_CONFIG", "MAVEN_HOME",
                            "GRADLE_OPTS", "GRADLE_HOME", "GRADLE_USER_HOME", "JAVA_HOME",
                            "JAVA_VERSION", "MAVEN_VERSION", "GRADLE_VERSION"})
JDK_PROGRAMS = {"mvn", "mvnw", "gradle", "gradlew", "javac", "jshell", "jcmd", "jar", "jlink",
                "jdb", "jstack", "jmap", "kotlinc", "sbt"}
GOALS = {"mvn": {"package", "install", "verify", "deploy"},
         "gradle": {"build", "assemble", "bootJar", "shadowJar", "jar", "installDist",
                    "distTar", "bootDistTar"}}
#: what ``java -jar`` runs: a jar, or a web archive packaged to run alone (Spring Boot's
#: executable war, ``mv target/*.war /app.war``)
ARCHIVES = (".jar", ".war")
#: the runner image; its ``<major>-jre[-alpine]`` tags the image data has are the JREs
RUNNER_IMAGE = "eclipse-temurin"
STATIC = Linking(False)


def java_major(name: str, tag: str) -> Optional[int]:
    m = re.search(r"(?:jdk|openjdk|temurin|corretto|sapmachine|semeru|graalvm-ce|zulu)-?(\d+)",
                  tag)
    if m is None and name in ("openjdk", "eclipse-temurin", "amazoncorretto", "adoptopenjdk",
                              "java"):  # java:8 is the deprecated name of openjdk:8
        m = re.match(r"(\d+)", tag)
    if m is None:
        return None
    major = int(m.group(1))
    return 8 if major == 1 else major


def builder_major(base) -> Tuple[Optional[int], str]:
    """(the builder's Java major, or None and why).  The image's own JAVA_VERSION (the
    image data: ``maven:3-jdk-8`` is 8u342, ``maven:3.6.3`` 11) where the major cannot
    move: the tag names it, or the tag is no longer published (a pull gets its last
    image).  A published tag that names no major (``maven:3``, ``maven:latest``) moves to
    the next JDK, and a jar compiled for it does not load on an older JRE: the runner
    cannot follow it, so that is a decline, with the major it had on the data's date.
    So is a digest on a tag that names no major: the data's major is the tag's on its
    date (``maven:3.6.3``'s last image has Java 16, its first ones had 11), not
    necessarily the digest's."""
    name, tag = split_reference(base.reference)
    named = java_major(name, tag)
    data = images.java_major(base)
    if data is None:
        if named is None:
            return None, (f"the builder image {base.reference} does not show the Java major "
                          "version: the JRE runner cannot be matched")
        return named, ""
    if named is None and base.current and base.floating:
        return None, floating_reason(base, data)
    if named is None and digest_on_floating_tag(base):
        return None, (f"the builder image {base.reference} is pinned by a digest on a tag "
                      f"that names no Java major: the image data shows the tag's (Java {data} "
                      f"on {base.data_date}), which need not be the digest's, so the JRE "
                      "runner cannot be matched; name the major in the tag or pass --runtime")
    return data, ""


def _forced_jre(facts: StageFacts, runner: str) -> None:
    """Declines where ``--runtime`` names an image whose Java major is known and older
    than the builder's: which bytecode version the build compiled for is in the build
    files (``maven.compiler.release``, a toolchain), not read, and the JDK's own is the
    default, which an older JRE refuses (``UnsupportedClassVersionError``).  A newer JRE
    loads them all; an image with no Java is left to the post-conditions (``java`` not
    on its PATH)."""
    built, _ = builder_major(facts.base)
    name, tag = split_reference(runner)
    has = images.java_major(images.image_facts(runner)) or java_major(name, tag)
    if built is not None and has is not None and has < built:
        raise Decline(f"--runtime {runner} has Java {has}, older than the builder's Java "
                      f"{built} ({facts.base.reference}): classes compiled for Java {built} "
                      f"(the JDK's default target) do not load on it")


def floating_reason(base, major: int) -> str:
    """Why a floating builder tag that names no Java major (``maven:3``, ``tomcat``)
    declines, with the date and the pin to write.

    The transpiler does not pin it itself (the builder's FROM stays the original's):
    a rewrite pinned to the data's image would build with an older Maven and JDK than
    the original pulls once the tag moves, and one that kept the floating builder with a
    JRE runner of today's major breaks then (classes compiled for the next JDK do not
    load on this JRE).  Declining holds either way; the user who pins the tag (the
    advice names the tag of the same image that names the major) gets the rewrite."""
    name = split_reference(base.reference)[0]
    pin = official.pin_where(base.reference, lambda tag: java_major(name, tag) == major)
    advice = (f"pin it to {pin}, the same image with the major in its tag" if pin else
              f"name the major in the tag (e.g. {name}:<version>-eclipse-temurin-{major})")
    return (f"the builder image {base.reference} names no Java major and floats (Java "
            f"{major} on {base.data_date}, the image data's date; the next JDK when it "
            f"moves): a JRE runner cannot move with it; {advice}")


def runner_majors(suffix: str = "") -> FrozenSet[int]:
    """The Java majors whose ``eclipse-temurin:<major>-jre<suffix>`` is still published
    on the image data's date (LTS majors, and the newest feature release until the next
    replaces it): the JREs a runner can name and still get updates on.  From the
    generated data (``datagen/official_images.py``), not a list kept by hand."""
    doc = official.family(RUNNER_IMAGE) or {"tags": {}}
    found = set()
    for tag, (_since, until, _idx) in doc["tags"].items():
        m = re.fullmatch(r"(\d+)-jre" + re.escape(suffix), tag)
        if m and until is None:
            found.add(int(m.group(1)))
    return frozenset(found)


def _tool(argv) -> Optional[str]:
    head = program_name(argv[0])
    if head in ("mvn", "mvnw"):
        return "mvn"
    if head in ("gradle", "gradlew"):
        return "gradle"
    if head in ("sh", "bash") and len(argv) > 1:
        return _tool(argv[1:])
    return None


#: the options naming the project a build tool builds, with the names of the project
#: file the context's reader knows: Maven's ``-f``/``--file`` takes the file or its
#: directory (the file's directory is the project's), Gradle's ``-p``/``--project-dir``
#: a directory and ``-b``/``--build-file`` a file
_FILES = {"mvn": ("pom.xml",), "gradle": ("build.gradle", "build.gradle.kts")}
_PROJECT = {"mvn": {"-f": _FILES["mvn"], "--file": _FILES["mvn"]},
            "gradle": {"-p": _FILES["gradle"], "--project-dir": _FILES["gradle"],
                       "-b": _FILES["gradle"], "--build-file": _FILES["gradle"]}}
#: the options that build other projects than the one in the directory (Maven's
#: module list): the outputs are in the modules' own directories
_MODULES = {"mvn": ("-pl", "--projects", "-rf", "--resume-from"), "gradle": ()}


def _project_directory(tool: str, argv, cwd: Optional[str]) -> Tuple[Optional[str], Optional[str]]:
    """(the directory of the project ``argv`` builds, why it cannot be told): the
    working directory, or the one its project option names as the tool reads it
    (``mvn -f /src/app/pom.xml package`` builds /src/app, whose output is
    /src/app/target)."""
    where, args = cwd, list(argv[1:])
    for i, word in enumerate(args):
        key, eq, value = word.partition("=") if word.startswith("--") else (word, "", "")
        if key in _MODULES[tool]:
            return None, (f"`{tool} {key}` builds the modules it names, each into its own "
                          "directory")
        if key not in _PROJECT[tool]:
            continue
        if not eq:
            value = args[i + 1] if i + 1 < len(args) else ""
        if not value or "$" in value or cwd is None:
            return None, f"the project directory `{tool} {key}` names is not known"
        path = resolve_path(cwd, value)
        base = posixpath.basename(path)
        if re.search(r"\.(xml|gradle|kts)$", base):  # the project's file, not its directory
            if base not in _PROJECT[tool][key]:
                return None, (f"`{tool} {key} {value}` builds a project file of another name "
                              f"than {' or '.join(_PROJECT[tool][key])}, which the build "
                              "context's may not describe")
            path = posixpath.dirname(path)
        where = path
    return where, None


JRE = Artifact(None, "java", "provided by the JRE image", -1, provided=True)


@dataclass(frozen=True)
class JavaDetection(distribution_runner.SameImageDetection):
    """``java`` set: the JDK is a package of the builder's plain distribution image:
    the runner is that distribution with the JDK's JRE and the original's packages, and
    the RUNs before and after the build whose effect lies outside the jar are repeated
    there or captured (``distribution_runner.same_image_runs``, in the fields classify
    reads).  ``distribution`` and ``replay`` stay None: the command is read as a jar
    run by the JRE, not as any program of the runner's packages (those would take a
    command the jar is no part of, ``CMD webfsd``, for the runner's own)."""

    #: the jar pom.xml in the build context names (None: not read)
    pom_jar: Optional[str] = None
    #: the distribution's JDK and the JRE the runner installs (java_distribution)
    java: Optional[java_distribution.JavaPackages] = None


class JavaRecipe(Recipe):
    name = NAME
    program_kind = "a Java program"

    def needs_toolchain(self, words: Tuple[str, ...]) -> Optional[str]:
        for word in words:
            base = program_name(word)
            if base in JDK_PROGRAMS or word.startswith("spring-boot:run"):
                return f"the command runs `{base}`, which needs the JDK or build tool at run time"
        return None

    def detect(self, facts: StageFacts) -> Optional[Detection]:
        build, outputs, problems, copies = [], [], [], []
        for step in interpreted.steps(facts):
            tool = _tool(step.argv)
            if tool is None:
                if build and program_name(step.argv[0]) in ("cp", "mv") and \
                        len(step.argv) >= 3 and step.cwd:
                    src = [a for a in step.argv[1:-1] if not a.startswith("-")]
                    if any(s.endswith(ARCHIVES) or "/" in s and "target" in s or "build/" in s
                           for s in src):
                        dest = resolve_path(step.cwd, step.argv[-1])
                        if dest and dest.endswith(ARCHIVES):
                            copies.append((step, dest))
                continue
            goals = [a for a in step.argv[1:] if not a.startswith("-")]
            if not set(goals) & GOALS[tool]:
                continue
            build.append(step)
            if step.complex:
                problems.append(f"{step.where}: {tool} inside a shell construct the transpiler "
                                f"cannot follow ({step.complex})")
            where, why = _project_directory(tool, step.argv, step.cwd)
            if why or where is None:
                problems.append(f"{step.where}: {why or f'the directory {tool} runs in is unknown'}"
                                "; its output cannot be located")
                continue
            out = "target" if tool == "mvn" else ("build/install" if "installDist" in goals
                                                   else "build/libs")
            outputs.append((step, posixpath.join(where, out), tool))
        if not build:
            return None
        name, tag = split_reference(facts.base.reference)
        artifacts = [Artifact(d, None, f"{tool} build output (the CMD names the file)", s.index,
                              certain=False, tree=d.endswith("/install")) for s, d, tool in outputs]
        artifacts += [Artifact(posixpath.dirname(d), posixpath.basename(d),
                               "the build's jar copied to a fixed name", s.index)
                      for s, d in copies]
        major, why = builder_major(facts.base)
        found = None
        if major is None:
            found, other = java_distribution.detect(facts)
            if found is None:
                problems.insert(0, other or why)
        first_problem(problems)
        if found is not None:
            # the runner's JRE is the JDK's own, at the same path: JAVA_HOME holds there
            extra = tuple(s.index for s, _ in copies)
            builds = {s.index for s in build} | set(extra)
            runs = distribution_runner.same_image_runs(
                facts, found.base, found.replay, max(builds),
                [a.path or a.directory for a in artifacts],
                lambda step: step.index in builds and (
                    _tool(step.argv) is not None or program_name(step.argv[0]) in ("cp", "mv")),
                kept_programs=lambda name: name not in JDK_PROGRAMS,
                build_only=java_distribution.BUILD_ONLY_TREES)
            # (DEBIAN_FRONTEND stays: the runner's RUNs install and configure packages as
            # the builder's did)
            return JavaDetection(NAME, tuple(s.index for s in build), tuple(artifacts), STATIC,
                                 build_only_env=BUILD_ONLY_ENV - {"JAVA_HOME", "DEBIAN_FRONTEND"},
                                 extra_build_indices=extra, java=found,
                                 builder_additions=found.builder_runs).with_runs(runs)
        return JavaDetection(NAME, tuple(s.index for s in build), tuple(artifacts), STATIC,
                             build_only_env=BUILD_ONLY_ENV,
                             extra_build_indices=tuple(s.index for s, _ in copies))

    def with_context(self, detection: Detection, facts: StageFacts, project) -> Detection:
        """Name the jar a Maven build writes from pom.xml in the build context
        (build/finalName, or artifactId-version), so a CMD that finds it through a
        wildcard (``java -jar target/*.jar``) can be resolved."""
        for art in detection.artifacts:
            if art.certain or not art.directory or not art.directory.endswith("/target"):
                continue
            text = project.read(posixpath.dirname(art.directory), "pom.xml")
            name = _pom_jar_name(text) if text else None
            if name:
                detection = dataclasses.replace(detection,
                                                pom_jar=posixpath.join(art.directory, name))
        return detection

    def entry_for(self, program, words, facts, detection: JavaDetection):
        if program_name(program) != "java":
            return None
        args = list(words[1:])
        if "-jar" not in args:
            raise Decline("the command runs java with a classpath, not one jar: which files it "
                          "needs cannot be told")
        jar = args[args.index("-jar") + 1] if args.index("-jar") + 1 < len(args) else ""
        if "$" in jar:  # (``-jar $APP_JAR``: the ENV the runner keeps, as the original)
            got = expand(jar, dict(facts.final.env))
            jar = got.value if got.complete else jar
        known = detection.pom_jar
        pattern = resolve_path(facts.final.workdir, jar) if "$" not in jar else None
        if known and pattern and any(c in jar for c in "*?[") and \
                fnmatch.fnmatchcase(known, pattern):
            for art in detection.artifacts:
                if not art.certain and art.directory == posixpath.dirname(known):
                    named = Artifact(art.directory, posixpath.basename(known),
                                     "the jar pom.xml names (build context)", art.index, True)
                    detection = dataclasses.replace(detection, artifacts=(named,)).with_messages(
                        added=[f"`{jar}` is {known}: pom.xml in the build context names it; "
                               "only that jar is copied"])
                    return JRE, detection
        if any(c in jar for c in "*?[$"):
            raise Decline(f"the command runs the jar `{jar}` through a wildcard or variable: the "
                          "exact jar is unknown without pom.xml/build.gradle (several may match)")
        path = resolve_path(facts.final.workdir, jar)
        for art in detection.artifacts:
            if art.certain and art.path == path:
                return JRE, dataclasses.replace(detection, artifacts=(art,))
        for art in detection.artifacts:
            if not art.certain and path and posixpath.dirname(path) == art.directory:
                if jar.endswith(("-plain.jar", "-sources.jar", "-javadoc.jar")):
                    raise Decline(f"the command runs {jar}, which is not the runnable jar")
                named = Artifact(art.directory, posixpath.basename(path), art.how, art.index, True)
                return JRE, dataclasses.replace(detection, artifacts=(named,))
        raise Decline(f"the command runs {jar}, which no recognised build step writes")

    def plan_runner(self, detection: Detection, facts: StageFacts,
                    runner: Optional[str] = None, needs_shell: bool = False) -> RunnerPlan:
        if getattr(detection, "java", None) is not None:
            later = distribution_runner.installs_on_kept_lists(
                facts, max(detection.build_indices + detection.extra_build_indices))
            return java_distribution.plan(detection.java, runner, detection.repeated_runs,
                                          keep_lists=later)
        if runner is not None:
            _forced_jre(facts, runner)
            return chosen(runner)
        major, _ = builder_major(facts.base)
        version_matched(facts, f"the JRE of Java {major}")
        suffix = "-alpine" if facts.base.family == "alpine" else ""
        majors = runner_majors(suffix)
        if major not in majors:
            raise Decline(f"Java {major}: {RUNNER_IMAGE} publishes maintained JRE{suffix} "
                          f"images only for {', '.join(map(str, sorted(majors)))} (image data "
                          f"of {official.index()['date']})")
        image = f"eclipse-temurin:{major}-jre{suffix}"
        _trust_store(facts, image)
        return RunnerPlan(image, f"JRE of the builder's "
                          f"Java major ({major}); the JDK and the build tool stay behind")


RECIPE = JavaRecipe()

#: Debian's and Ubuntu's Java trust store, which the ca-certificates-java package makes
#: (the JRE's ``lib/security/cacerts`` is a link to it in their OpenJDK packages)
DEBIAN_TRUST_STORE = "/etc/ssl/certs/java"
QUOTES = "\"'"


def _trust_store(facts: StageFacts, runner: str) -> None:
    """Decline where the program is told to read Debian's Java trust store (an ENV value,
    the CMD or ENTRYPOINT: ``-Djavax.net.ssl.trustStore=/etc/ssl/certs/java/cacerts``)
    and the JRE runner image does not install ca-certificates-java (image data): the
    Temurin JRE trusts its own ``$JAVA_HOME/lib/security/cacerts``, and the path the
    program names is not there.  (Every JRE runner has a trust store of its own; only a
    path named outright can miss.)"""
    words = [p.value or "" for n in facts.stage.body if isinstance(n, ast.Env) for p in n.pairs]
    for n in facts.stage.body:
        if isinstance(n, (ast.Cmd, ast.Entrypoint)) and n.command:
            words.append(getattr(n.command, "text", "") or
                         " ".join(getattr(n.command, "args", ()) or ()))
    named = next((w for w in words if DEBIAN_TRUST_STORE + "/" in w or
                  w.rstrip("/") == DEBIAN_TRUST_STORE), None)
    data = official.resolve(runner)
    if named is None or (data is not None and "ca-certificates-java" in data.packages):
        return
    raise Decline(f"the program is told to read {DEBIAN_TRUST_STORE}/cacerts "
                  f"(`{named.strip(QUOTES)}`), the Java trust store Debian's ca-certificates-java makes; the JRE runner "
                  f"{runner} does not install that package (its Java trusts "
                  "$JAVA_HOME/lib/security/cacerts), so the path is missing there")


def _pom_jar_name(text: str) -> Optional[str]:
    """``finalName`` or ``artifactId-version`` + ``.jar`` (``.war`` for a war build)
    from a pom.xml; None when it is neither or a part is a property that cannot be
    resolved here."""
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(text)
    except ET.ParseError:
        return None

    def child(node, name):
        if node is None:
            return None
        for c in node:
            if c.tag.rsplit("}", 1)[-1] == name:
                return c
        return None

    def value(node, name):
        c = child(node, name)
        return c.text.strip() if c is not None and c.text else None

    packaging = value(root, "packaging") or "jar"
    if packaging not in ("jar", "war"):
        return None
    final = value(child(root, "build"), "finalName")
    if final:
        name = final
    else:
        artifact = value(root, "artifactId")
        version = value(root, "version") or value(child(root, "parent"), "version")
        if not artifact or not version:
            return None
        name = f"{artifact}-{version}"
    if "${" in name:
        return None
    return f"{name}.{packaging}"
