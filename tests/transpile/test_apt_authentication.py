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
CMD ["fish", "-c", "hello"]
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


APK_UNTRUSTED = """FROM alpine:3.12
RUN echo http://example.org/unsigned >> /etc/apk/repositories \\
    && apk add --no-cache --allow-untrusted mytool
RUN apk add --no-cache gcc musl-dev make
COPY . /src
WORKDIR /src
RUN make && make install
CMD ["mytool"]
"""


def test_apk_allow_untrusted_not_carried_declines():
    result = transpile(APK_UNTRUSTED)
    assert result.report.declined
    assert "--allow-untrusted" in result.report.reason, result.report.reason


def test_a_named_repository_carries_its_own_override():
    from transpiler.knowledge.packages import uncarried_override
    assert uncarried_override(["apk", "add", "--allow-untrusted", "x"]) == "--allow-untrusted"
    assert uncarried_override(["apk", "add", "-X", "http://r", "--allow-untrusted", "x"]) is None
    assert uncarried_override(["yum", "install", "-y", "--nogpgcheck", "x"]) == "--nogpgcheck"
    assert uncarried_override(["apt-get", "install", "-y", "--force-yes", "x"]) is None


def test_the_distribution_replay_declines_it_too():
    text = """FROM alpine:3.12
RUN echo http://example.org/unsigned >> /etc/apk/repositories \\
    && apk add --no-cache {flag} mytool
RUN apk add --no-cache python3 py3-pip gcc musl-dev python3-dev
WORKDIR /app
COPY requirements.txt .
RUN pip3 install -r requirements.txt
COPY . .
CMD ["python3", "app.py"]
"""
    result = transpile(text.format(flag="--allow-untrusted"))
    assert result.report.declined and "mytool with --allow-untrusted" in result.report.reason
    assert not transpile(text.format(flag="")).report.declined


def test_apt_options_reads_every_spelling_of_a_setting_in_order():
    """One reader of apt's command line serves the authentication overrides and the
    Recommends/Suggests settings alike (``distributions.apt_options``)."""
    from transpiler.knowledge.distributions import apt_options
    argv = ["apt-get", "-o", "A::B=1", "-oC::D=2", "install", "--option", "E=3",
            "--option=F=4", "--force-yes", "-y", "pkg", "-"]
    assert apt_options(argv) == (("-o", "A::B=1"), ("-o", "C::D=2"), ("-o", "E=3"),
                                 ("-o", "F=4"), ("--force-yes", None), ("-y", None))
    assert apt_options(["apt-get", "install", "-o"]) == ()


def test_a_recommends_setting_in_any_spelling_is_read():
    from transpiler.multistage.apt_config import _command_line
    for words in (["-o", "APT::Install-Recommends=false"], ["-oAPT::Install-Recommends=0"],
                  ["--option=APT::Install-Recommends=false"]):
        assert _command_line(["apt-get", "install", *words, "pkg"], "Recommends") is False
    assert _command_line(["apt-get", "install", "--no-install-recommends",
                          "--install-recommends", "pkg"], "Recommends") is True
