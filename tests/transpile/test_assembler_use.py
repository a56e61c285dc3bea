"""An assembler is build-only where a build step may run it; a Go build cannot (go
assembles with its own, cgo runs gcc), so there the installed nasm is the program's
(corpus c6cae74e: amber runs nasm at run time and the runner had lost it)."""

from transpiler.multistage.api import transpile

GO = """FROM ubuntu:17.10
RUN apt-get update -y
RUN apt-get install -y git golang {assembler} fonts-powerline
RUN mkdir /root/go
ENV GOPATH /root/go
RUN {build}
ENTRYPOINT ["/root/go/bin/amber"]
"""


def _runner_installs(assembler="nasm", build="go get -v github.com/egebalci/amber"):
    result = transpile(GO.format(assembler=assembler, build=build))
    assert not result.report.declined, result.report.reason
    runner = result.output.split("\nFROM ")[-1]
    return " ".join(line for line in runner.splitlines() if "apt-get install" in line)


def test_a_pure_go_build_keeps_nasm_for_the_program():
    assert " nasm" in _runner_installs()


def test_yasm_likewise():
    assert " yasm" in _runner_installs(assembler="yasm")


def test_a_build_step_that_may_run_it_leaves_it_in_the_builder():
    installs = _runner_installs(
        build="go get -d github.com/egebalci/amber && cd /root/go/src/github.com/egebalci/amber "
              "&& make && cp amber /root/go/bin/amber")
    assert "nasm" not in installs


def test_go_generate_may_run_it():
    installs = _runner_installs(
        build="go get -d github.com/egebalci/amber && cd /root/go/src/github.com/egebalci/amber "
              "&& go generate ./... && go install .")
    assert "nasm" not in installs


def test_every_package_manager_the_distributions_read_runs_no_assembler():
    """The package managers are derived from ``distributions.install_programs``, not a
    second list of their own that a new manager would miss."""
    from transpiler.knowledge.distributions import install_programs
    from transpiler.multistage.assembler_use import _NEVER
    assert install_programs() <= _NEVER
