"""Rust on a builder image that carries libraries of its own (issue 18 class 2): the
full rust image is buildpack-deps with libpq-dev, libsqlite3-dev ..., so the binary's
libraries are read in the builder (ELF NEEDED -> dpkg owners) and the runner, the slim
image of the builder's release (floating with a floating tag), installs their packages.
The goldens hold the outputs; these check the decisions behind them."""

from transpiler import parse, transpile
from transpiler.analysis import analyze_stage
from transpiler.analysis.state import global_args
from transpiler.knowledge.images import image_facts
from transpiler.multistage.recipes.runner_policy import floating_runner
from transpiler.multistage.recipes.rust import carried_libraries


def _facts(ref):
    tree = parse(f"FROM {ref}\nRUN true\n")
    return analyze_stage(tree.stages[0], global_args(tree))


def test_the_full_rust_image_carries_buildpack_deps_libraries():
    carried = carried_libraries(_facts("rust:1.80-bookworm"))
    assert {"libpq-dev", "libsqlite3-dev", "default-libmysqlclient-dev"} <= set(carried)
    # glibc's headers and libssl's: distroless cc has their libraries
    assert "libc6-dev" not in carried and "libssl-dev" not in carried


def test_slim_and_alpine_rust_images_carry_none():
    assert carried_libraries(_facts("rust:1-slim-bookworm")) == ()
    assert carried_libraries(_facts("rust:1.80-alpine3.20")) == ()
    assert carried_libraries(_facts("buildpack-deps:bookworm-scm")) == ()


def test_rust_image_the_data_does_not_resolve_counts_as_carrying():
    assert carried_libraries(_facts("rustlang/rust:nightly")) is None
    assert carried_libraries(_facts("rustlang/rust:nightly-slim")) == ()


def test_rust_installed_on_buildpack_deps_reads_its_libraries():
    text = ("FROM buildpack-deps:bookworm\nRUN curl -sSf https://sh.rustup.rs | sh -s -- -y\n"
            "ENV PATH=/root/.cargo/bin:$PATH\nWORKDIR /app\nCOPY . .\n"
            "RUN cargo build --release --bin app\nCMD [\"/app/target/release/app\"]\n")
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    assert result.report.runner == "debian:bookworm-slim"
    assert "dpkg-query --search" in result.output


def test_a_floating_runner_only_where_it_names_the_builders_release():
    assert floating_runner(image_facts("rust:1"), "trixie") == "debian:stable-slim"
    assert floating_runner(image_facts("debian:testing"), "forky") == "debian:testing-slim"
    # gcc:12 floats on bookworm while debian:stable-slim is trixie
    assert floating_runner(image_facts("gcc:12"), "bookworm") is None
    assert floating_runner(image_facts("rust:1.80-bookworm"), "bookworm") is None


def test_floating_gcc_on_an_older_release_keeps_a_pinned_runner_and_says_so():
    text = ("FROM gcc:12\nWORKDIR /src\nCOPY hello.c .\nRUN gcc -O2 -o /opt/hello hello.c\n"
            'CMD ["/opt/hello"]\n')
    report = transpile(text).report
    assert report.runner == "debian:bookworm-slim"
    assert any("gcc:12 floats but stays on Debian bookworm" in a and "gcc:12-bookworm" in a
               for a in report.added)


def test_the_read_names_the_binary_the_command_runs():
    """Without --bin, the command names the binary: only it is read, not every
    executable of target/release."""
    text = ("FROM rust:1.80-bookworm\nWORKDIR /app\nCOPY . .\nRUN cargo build --release\n"
            'CMD ["/app/target/release/app"]\n')
    output = transpile(text).output
    assert "printf '%s\\n' /app/target/release/app > /tmp/dtranspile-ldd.files" in output
    assert "find /app/target/release" not in output


def test_a_digest_on_a_floating_tag_names_the_tags_carried_libraries_as_the_tags():
    from transpiler.multistage.recipes.rust import _carried_reason

    digest = "@sha256:" + "0123456789abcdef" * 4
    facts = _facts("rust:1-bookworm" + digest)
    assert "libpq-dev" in carried_libraries(facts)  # the variant's kind of packages
    assert "(image data: the tag's on " in _carried_reason(facts)
    assert "the digest's may differ" in _carried_reason(facts)
    assert "(image data)" in _carried_reason(_facts("rust:1.80-bookworm"))
    assert carried_libraries(_facts("rust:1-slim-bookworm" + digest)) == ()
