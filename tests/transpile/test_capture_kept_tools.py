"""build_capture: the build tools of another language and the repository or fetch
helpers the captured RUNs install and the original keeps are installed again by the
runner (the program may use them; installing them works either way) instead of a
decline; a Python -dev package of another language's build gives its interpreter where
the release's archive is known."""

from pathlib import Path

from transpiler.multistage.api import transpile

CASES = Path(__file__).resolve().parents[1] / "cases" / "transpile"


def _case(name):
    return transpile((CASES / f"{name}.Dockerfile").read_text())


def _runner(output):
    return output.split("\nFROM ")[-1]


def test_other_tools_installed_with_the_window_packages():
    result = _case("c-cpp-capture-window-other-tools-kept")
    assert not result.report.declined, result.report.reason
    runner = _runner(result.output)
    assert "install -y --no-install-recommends gdb protobuf-compiler" in runner
    assert "build-essential" not in runner and "libprotobuf-dev" not in runner
    assert "libprotobuf32" in runner
    # (gdb is no build tool of the tables: a debugger runs programs, and reaches the
    # runner as any program of unknown use does)
    assert any("protobuf-compiler, which" in a and "installed again in the runner" in a
               for a in result.report.added)


def test_python_dev_of_a_c_build_gives_its_interpreter_where_the_archive_is_known():
    result = _case("c-cpp-capture-window-python-dev-interpreter")
    assert not result.report.declined, result.report.reason
    runner = _runner(result.output)
    assert "--no-install-recommends python &&" in runner and "python-dev" not in runner
    assert any("python-dev -> python" in a for a in result.report.added)


def test_python_dev_where_it_is_no_package_of_its_own_is_kept_whole():
    # (focal's python-dev is a name other packages provide: which interpreter is not
    # known here; installing it again works as the original's install did)
    text = (CASES / "c-cpp-capture-window-python-dev-interpreter.Dockerfile").read_text() \
        .replace("ubuntu:18.04", "ubuntu:20.04")
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    assert "--no-install-recommends python-dev &&" in _runner(result.output)


ALPINE_BUILD = """FROM alpine:3.8
WORKDIR /opt/geom
COPY . .
RUN apk add --no-cache {virtual}build-base go python-dev \\
    && make && make install PREFIX=/usr{delete}
ENTRYPOINT ["/usr/bin/geomd"]
"""


def test_on_alpine_the_python_dev_is_kept_whole():
    result = transpile(ALPINE_BUILD.format(virtual="", delete=""))
    assert not result.report.declined, result.report.reason
    assert "RUN apk add --no-cache go python-dev" in _runner(result.output)


def test_tools_the_build_removes_again_are_neither_installed_nor_declined():
    result = transpile(ALPINE_BUILD.format(virtual="--virtual .deps ",
                                             delete=" && apk del .deps"))
    assert not result.report.declined, result.report.reason
    runner = _runner(result.output)
    assert "apk add --no-cache go" not in runner and "python-dev" not in runner


def test_https_repository_on_an_old_apt_is_readable_before_the_window_install():
    result = _case("c-cpp-capture-window-https-repository-old-apt")
    assert not result.report.declined, result.report.reason
    runner = _runner(result.output)
    prepare = runner.index("install -y --no-install-recommends ca-certificates apt-transport-https")
    assert prepare < runner.index("COPY --from=builder /etc/apt /etc/apt") < \
        runner.index("apt-transport-https ca-certificates curl example-lib")


def test_only_kept_tools_leave_nothing_to_gain():
    result = _case("decline_python-capture-only-other-toolchain")
    assert result.report.declined
    assert "default-jdk-headless" in result.report.reason
    assert "nothing to gain" in result.report.reason


def test_profiler_reaches_the_runner_and_compilers_stay():
    """valgrind (and gdb) run programs and build none: not the tables' toolchain, so the
    runner installs them again (snakemake.scif's `scif run valgrind`, corpus 9510b3c6)."""
    result = _case("python-conda-profiler-kept")
    assert not result.report.declined, result.report.reason
    runner = _runner(result.output)
    assert "--no-install-recommends valgrind" in runner
    assert "gcc" not in runner and "libc6-dev" not in runner
    assert any("stay in the builder (gcc, libc6-dev)" in a for a in result.report.added)
