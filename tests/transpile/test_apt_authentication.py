"""The runner installs the original's apt packages again from the same repositories:
one without its key needs the original's authentication override there too, or apt
stops ("There are problems and -y was used without --force-yes", corpus c0d28bd1)."""

from transpiler.multistage.api import transpile
from transpiler.multistage.apt_config import authentication_overrides

UNSIGNED = """FROM debian:jessie
RUN echo "deb http://download.opensuse.org/repositories/shells:/fish:/nightly:/master/Debian_8.0/ /" \\
        > /etc/apt/sources.list.d/fish.list \\
    && apt-get update && apt-get install -y {flags} --no-install-recommends fish curl make \\
    && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev
COPY . /usr/src
WORKDIR /usr/src
RUN make install
CMD ["fish"]
"""


def test_overrides_are_read_in_every_spelling():
    argv = ["apt-get", "install", "-y", "--force-yes", "--allow-unauthenticated",
            "-o", "APT::Get::AllowUnauthenticated=true", "-oAPT::Get::AllowUnauthenticated=1",
            "--option=Acquire::http::Proxy=x", "fish"]
    assert authentication_overrides(argv) == (
        "--force-yes", "--allow-unauthenticated", "-o APT::Get::AllowUnauthenticated=true",
        "-o APT::Get::AllowUnauthenticated=1")
    assert authentication_overrides(["apt-get", "install", "-y", "fish"]) == ()


def _runner_installs(flags):
    result = transpile(UNSIGNED.format(flags=flags))
    assert not result.report.declined, result.report.reason
    runner = result.output.split("\nFROM ")[-1]
    return [line for line in runner.splitlines() if "apt-get install" in line]


def test_the_runner_installs_that_commands_packages_with_the_override():
    lines = _runner_installs("--force-yes")
    fish = [line for line in lines if " fish" in line]
    assert fish and all("--force-yes" in line for line in fish), lines


def test_allow_unauthenticated_is_carried_too():
    lines = _runner_installs("--allow-unauthenticated")
    assert any(" fish" in line and "--allow-unauthenticated" in line for line in lines), lines


def test_no_override_where_the_original_had_none():
    assert not any("--force-yes" in line for line in _runner_installs(""))
