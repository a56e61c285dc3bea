"""native_capture: a C/C++ build whose program the native recipe cannot name runs in a
capture window on a same-distribution runner; where the recipe names it, its own
runner stays."""

from transpiler.multistage.api import transpile

GLOB = """FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libjansson-dev \\
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make && cp out/tool* /usr/local/bin/
CMD ["tool"]
"""


def _runner(output):
    return output.split("\nFROM ")[-1]


def test_program_checked_after_the_captured_files():
    result = transpile(GLOB)
    assert not result.report.declined, result.report.reason
    runner = _runner(result.output)
    assert runner.startswith("debian:bookworm-slim")
    assert runner.index("COPY --from=builder /var/lib/dtranspile/capture/root/ /") < \
        runner.index("RUN command -v tool")
    assert "libjansson4" in runner and "build-essential" not in runner


def test_window_starts_after_the_package_install():
    result = transpile(GLOB)
    builder = result.output.split("\nFROM ")[0]
    assert builder.index("apt-get install") < builder.index("capture/before.mark") < \
        builder.index("RUN make")


def test_named_artifact_keeps_the_native_runner():
    named = GLOB.replace("RUN make && cp out/tool* /usr/local/bin/", "RUN gcc -o /usr/local/bin/tool main.c")
    result = transpile(named)
    assert not result.report.declined, result.report.reason
    assert "dtranspile/capture" not in result.output


def test_package_file_in_the_window_is_installed_by_the_runner():
    """A package file installed among the captured RUNs: the builder's dpkg hook keeps
    it (installed before the window's RUNs, removed before the listing after them) and
    the runner installs it after the captured files, with its dependencies."""
    text = GLOB.replace("RUN make &&", "RUN dpkg -i extra.deb && rm extra.deb && make &&")
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    builder, runner = result.output.split("\nFROM ")[0], _runner(result.output)
    hook = "/etc/dpkg/dpkg.cfg.d/dtranspile-keep-debs"
    assert builder.index(f"> {hook}") < builder.index("RUN dpkg -i extra.deb") < \
        builder.index(f"rm -f {hook}")
    assert "cp \"$deb\" \"$to/$name.deb\"" in builder
    assert "to=/var/lib/dtranspile/capture/root/var/lib/dtranspile/capture-debs;" in builder
    copy = runner.index("COPY --from=builder /var/lib/dtranspile/capture/root/ /")
    install = runner.index("dpkg --force-confold -i /var/lib/dtranspile/capture-debs/*.deb || "
                           "apt-get install -f")
    assert copy < install < runner.index("RUN command -v tool")


def test_without_a_package_file_no_hook():
    assert "dtranspile-keep-debs" not in transpile(GLOB).output


def test_package_file_without_its_dependencies_is_installed_so():
    """``--force-depends`` with no apt or dpkg command after it: the runner installs the
    kept file the same way, after the dependencies the builder had (``package_files``)."""
    text = GLOB.replace("RUN make &&", "RUN dpkg -i --force-depends extra.deb && make &&")
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    runner = result.output.split("\nFROM ")[-1]
    assert "< /var/lib/dtranspile/capture-debs/forced.depends; } && dpkg --force-confold " \
        "--force-depends -i /var/lib/dtranspile/capture-debs/forced/*.deb" in runner


def test_package_file_without_its_dependencies_then_apt_declines():
    text = GLOB.replace("RUN make &&", "RUN dpkg -i --force-depends extra.deb && "
                        "apt-get install -y -f && make &&")
    result = transpile(text)
    assert result.report.declined and "package file" in result.report.reason
    assert "--force-depends" in result.report.reason and "runs after it" in result.report.reason


ALPINE_USR = """FROM alpine:{tag}
RUN apk add --no-cache gcc make musl-dev
WORKDIR /src
COPY . .
RUN ./configure --prefix=/usr --sysconfdir=/etc && make && make install
CMD ["tool"]
"""


def test_plain_alpine_install_into_usr_runs_in_the_window():
    """A plain Alpine image (3.7 and later): the install among the distribution's files
    is captured, told apart from the packages' by the apk database; the runner is the
    same image without the compilers."""
    result = transpile(ALPINE_USR.format(tag="3.19"))
    assert not result.report.declined, result.report.reason
    runner = _runner(result.output)
    assert runner.startswith("alpine:3.19")
    assert "COPY --from=builder /var/lib/dtranspile/capture/root/ /" in runner
    assert "musl-dev" not in runner and "RUN command -v tool" in runner


def test_old_alpine_decline_says_why_the_window_cannot_be_used():
    result = transpile(ALPINE_USR.format(tag="3.6"))
    assert result.report.declined
    assert result.report.reason.startswith("line 5: make install: `--sysconfdir=/etc` sets")
    assert "; the capture window that would run the build as written and copy what it " \
        "wrote cannot be used: the builder alpine:3.6 is Alpine 3.6, older than 3.7" \
        in result.report.reason, result.report.reason


def test_old_dpkg_decline_says_why_the_window_cannot_be_used():
    text = ALPINE_USR.format(tag="3.19").replace("FROM alpine:3.19", "FROM ubuntu:12.04") \
        .replace("apk add --no-cache gcc make musl-dev", "apt-get update && apt-get install -y gcc make")
    result = transpile(text)
    assert result.report.declined
    assert "cannot be used: ubuntu:12.04 (ubuntu precise) has a dpkg without --verify" in \
        result.report.reason, result.report.reason


def test_plain_alpine_window_is_the_c_builds_only():
    """Other languages' captures keep plain Alpine images out (their recipes have
    runners of their own there): the flag is the C/C++ language's."""
    from transpiler.multistage.recipes import build_capture, native_capture, node_capture, \
        ruby_capture
    assert native_capture.LANGUAGE.plain_alpine
    assert not node_capture.LANGUAGE.plain_alpine and not ruby_capture.LANGUAGE.plain_alpine
    assert not build_capture.Language("x", "y", native_capture.C_BUILD).plain_alpine
