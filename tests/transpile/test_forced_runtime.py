"""``--runtime`` images the data knows are held to what the build needs of them: the
builder's interpreter version (``plan_runner._forced_interpreter``), a shell for every
shell-form RUN of the runner (``runner_stage._no_shell_runs``), and the distroless
language images read as what they are (no shell, no dpkg tools, three accounts)."""
from types import SimpleNamespace

import pytest

from transpiler.knowledge.images import DISTROLESS_USERS, image_facts
from transpiler.multistage.api import transpile
from transpiler.multistage.context import Decline
from transpiler.multistage.passes import runner_stage
from transpiler.tree import ast

PYTHON = ("FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\n"
          "RUN pip install -r requirements.txt\nCOPY . .\nCMD [\"python\", \"app.py\"]\n")
NODE = ("FROM node:22-bookworm\nWORKDIR /app\nCOPY package.json .\nRUN npm install --omit=dev\n"
        "COPY . .\nRUN npm run build\nCMD [\"node\", \"dist/server.js\"]\n")
RUBY = ("FROM ruby:3.2\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\n"
        "COPY . .\nCMD [\"bundle\", \"exec\", \"ruby\", \"app.rb\"]\n")


@pytest.mark.parametrize("text,runtime,has", [
    (PYTHON, "python:3.12-slim", "Python 3.12"),
    (PYTHON, "debian:bookworm-slim", "no Python of the python images"),
    (PYTHON, "gcr.io/distroless/python3-debian12", "no Python of the python images"),
    (NODE, "node:20-slim", "Node.js 20"),
    (NODE, "python:3.11-slim", "no Node.js of the node images"),
    (RUBY, "ruby:3.3-slim", "Ruby 3.3"),
])
def test_a_runner_with_another_interpreter_declines(text, runtime, has):
    report = transpile(text, runtime=runtime).report
    assert report.declined
    assert report.reason.startswith(f"--runtime {runtime} has {has}"), report.reason
    assert ", and the build installed its packages for the builder's " in report.reason


@pytest.mark.parametrize("text,runtime", [
    (PYTHON, "python:3.11-slim-trixie"), (NODE, "node:22-bookworm-slim"),
    (RUBY, "ruby:3.2-slim")])
def test_a_runner_with_the_builders_interpreter_is_taken(text, runtime):
    report = transpile(text, runtime=runtime).report
    assert not report.declined, report.reason
    assert report.runner == runtime


def test_an_image_the_data_does_not_know_is_tested_for_the_interpreter():
    # (unknown, so checked where it is built: the build stops rather than the program)
    result = transpile(PYTHON, runtime="registry.example/team/base:1")
    assert not result.report.declined, result.report.reason
    assert any("is not in the runner table" in w for w in result.report.warnings)
    runner = result.output.split("\nFROM registry.example/team/base:1\n", 1)[1]
    first_run = next(line for line in runner.splitlines() if line.startswith("RUN "))
    assert first_run.startswith(
        "RUN python3.11 -c 'import sys; sys.exit(sys.prefix != \"/usr/local\")' || "), first_run
    assert "registry.example/team/base:1 has no Python 3.11 under /usr/local" in first_run
    assert first_run.endswith("exit 1; }")
    assert sum("is tested for the builder's" in a for a in result.report.added) == 1


@pytest.mark.parametrize("text,program", [(NODE, "node"), (RUBY, "bundle")])
def test_an_unknown_image_without_the_commands_program_declines(text, program):
    # (nothing is known on its PATH: the command's program is not found there)
    report = transpile(text, runtime="registry.example/team/base:1").report
    assert report.declined
    assert f"`{program}` is not on the runner's PATH" in report.reason


@pytest.mark.parametrize("reference", ["gcr.io/distroless/python3-debian12",
                                       "gcr.io/distroless/nodejs22-debian12:debug",
                                       "gcr.io/distroless/java17-debian12:nonroot"])
def test_distroless_language_images_have_no_shell(reference):
    facts = image_facts(reference)
    assert facts.known and facts.shell is None
    assert facts.users == DISTROLESS_USERS and facts.provides == ()
    assert facts.release == "bookworm"  # (what the data adds stays)


def test_a_shell_form_run_in_a_runner_without_a_shell_declines():
    ctx = SimpleNamespace(runner=SimpleNamespace(image="gcr.io/distroless/cc-debian12"))
    runner = image_facts("gcr.io/distroless/cc-debian12")
    merge = ast.Run(keyword="RUN", command=ast.ShellForm("ldconfig"),
                    leading=(ast.Comment("# libraries merged"),))
    with pytest.raises(Decline, match=r"cc-debian12 has no shell, and the runner's setup "
                                      r"needs a RUN \(libraries merged\)"):
        runner_stage._no_shell_runs(ctx, runner, [merge])
    exec_form = ast.Run(keyword="RUN", command=ast.ExecForm(("/busybox/true",)))
    runner_stage._no_shell_runs(ctx, runner, [exec_form])  # (no shell needed)
    runner_stage._no_shell_runs(ctx, image_facts("debian:bookworm-slim"), [merge])


JAVA = ("FROM maven:3.9-eclipse-temurin-17\nWORKDIR /app\nCOPY pom.xml .\nCOPY src ./src\n"
        "RUN mvn -B package -DskipTests\nCMD [\"java\", \"-jar\", \"target/app.jar\"]\n")


@pytest.mark.parametrize("runtime,declined", [
    ("eclipse-temurin:11-jre", True), ("amazoncorretto:8", True),
    ("eclipse-temurin:17-jre", False), ("eclipse-temurin:21-jre", False)])
def test_a_jre_older_than_the_builders_jdk_declines(runtime, declined):
    # (a newer JRE loads classes of every older target; an older one refuses the JDK's
    # default target, and the build files that could lower it are not read)
    report = transpile(JAVA, runtime=runtime).report
    assert report.declined is declined, report.reason
    if declined:
        assert report.reason.startswith(f"--runtime {runtime} has Java ")
        assert "older than the builder's Java 17" in report.reason


RUST = ("FROM rust:1.80-bookworm\nWORKDIR /src\nCOPY . .\nRUN cargo build --release\n"
        "CMD [\"/src/target/release/app\"]\n")
ALPINE_C = ("FROM alpine:3.18\nRUN apk add --no-cache build-base\nWORKDIR /src\nCOPY . .\n"
            "RUN gcc -O2 -o /usr/local/bin/hello hello.c\nCMD [\"hello\"]\n")
SAME = "must have the same C library release as the builder; this is not checked"


@pytest.mark.parametrize("text,runtime,older", [
    (RUST, "debian:bullseye-slim", "debian 11, older than the builder's 12"),
    (RUST, "gcr.io/distroless/cc-debian11", "debian 11, older than the builder's 12"),
    (ALPINE_C, "alpine:3.16", "alpine 3.16, older than the builder's 3.18")])
def test_a_runner_of_an_older_release_declines(text, runtime, older):
    report = transpile(text, runtime=runtime).report
    assert report.declined
    assert f"--runtime {runtime} is {older}" in report.reason, report.reason


def test_the_same_release_is_checked_and_a_newer_one_warned_of():
    same = transpile(RUST, runtime="debian:bookworm-slim").report  # (12.x: one release)
    assert not same.declined, same.reason
    assert not any(SAME in w for w in same.warnings)
    newer = transpile(ALPINE_C, runtime="alpine:3.20").report
    assert not newer.declined, newer.reason
    assert any(SAME in w for w in newer.warnings)


DOTNET = ("FROM mcr.microsoft.com/dotnet/sdk:8.0\nWORKDIR /src\nCOPY . .\n"
          "RUN dotnet publish -c Release -o /app\nWORKDIR /app\n"
          "ENTRYPOINT [\"dotnet\", \"Web.dll\"]\n")


@pytest.mark.parametrize("runtime,declined", [
    ("mcr.microsoft.com/dotnet/aspnet:9.0", True), ("mcr.microsoft.com/dotnet/aspnet:8.0", False),
    ("mcr.microsoft.com/dotnet/runtime:8.0", False)])
def test_a_dotnet_runner_of_another_version_declines(runtime, declined):
    # (the original runs the app on the SDK image's own runtime; no roll-forward to 9)
    report = transpile(DOTNET, runtime=runtime).report
    assert report.declined is declined, report.reason
    if declined:
        assert report.reason.startswith(f"--runtime {runtime} has .NET 9.0, and the original "
                                        "runs the app on the .NET 8.0 runtime")


def test_a_dotnet_runner_of_a_newer_minor_of_the_major_is_taken(monkeypatch):
    # (the host rolls forward to a newer minor by default: 2.1 -> 2.2; not back)
    from transpiler.multistage.recipes import dotnet
    facts = SimpleNamespace(base=SimpleNamespace(versions={"DOTNET_VERSION": "2.1.30"},
                                                 current="x", reference="sdk:2.1"))
    images = {"rt:2.2": "2.2.8", "rt:2.0": "2.0.9", "rt:3.1": "3.1.32"}
    monkeypatch.setattr(dotnet, "image_facts", lambda ref: SimpleNamespace(
        versions={"DOTNET_VERSION": images[ref]}, current="x", reference=ref))
    dotnet._forced_runtime_version(facts, "rt:2.2")
    for older_or_other in ("rt:2.0", "rt:3.1"):
        with pytest.raises(Decline, match="rolls forward to a newer minor of its major"):
            dotnet._forced_runtime_version(facts, older_or_other)
