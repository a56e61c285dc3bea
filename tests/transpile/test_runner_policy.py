"""The runner policy (README, "Which runner"): the smallest runner that provides what
the program needs, of the builder's C library family and release, with each runtime
need added and said.  The golden cases hold the outputs; these check the reasons and
warnings --explain prints, which the snapshots do not."""

from pathlib import Path

import pytest

from transpiler import transpile

CASES = Path(__file__).resolve().parents[1] / "cases" / "transpile"


def _go(base="golang:1.22-bookworm", build="RUN go build -o /usr/local/bin/app .",
        tail='CMD ["app"]\n'):
    return f"FROM {base}\nWORKDIR /src\nCOPY . .\n{build}\n{tail}"


def _report(text, context=None):
    report = transpile(text, context=context).report
    assert not report.declined, report.reason
    return report


@pytest.fixture
def go_sources(tmp_path):
    """A build context holding the Go sources (no os/exec, no cgo): the runner is then
    chosen for the binary alone; without them, on a golang image with programs of its
    own, it is the image golang is built on (go_exec.programs_runner)."""
    (tmp_path / "go.mod").write_text("module example.com/app\n\ngo 1.22\n")
    (tmp_path / "main.go").write_text('package main\n\nimport "fmt"\n\n'
                                      'func main() { fmt.Println(1) }\n')
    return tmp_path


@pytest.mark.parametrize("base,image", [
    ("golang:1.19-bullseye", "gcr.io/distroless/static-debian11"),
    ("golang:1.22-bookworm", "gcr.io/distroless/static-debian12"),
    ("golang:1.24-trixie", "gcr.io/distroless/static-debian13"),
    ("golang:1.22-alpine3.19", "alpine:3.19"),
    ("golang:1.22", "gcr.io/distroless/static-debian12"),
])
def test_static_go_gets_distroless_static_of_the_builders_release(base, image, go_sources):
    report = _report(_go(base, "RUN CGO_ENABLED=0 go build -o /usr/local/bin/app ."),
                     context=go_sources)
    assert report.runner == image


def test_without_context_cgo_is_kept_on_the_builders_glibc():
    # (the image golang:1.22-bookworm is built on: the binary may start its programs)
    report = _report(_go())
    assert report.runner == "buildpack-deps:bookworm-scm"
    assert "no Go sources were read" in report.runner_reason
    assert not any("CGO_ENABLED=0" in a for a in report.added)
    # a runner given with --runtime: the cgo setting is kept on the builder's glibc
    result = transpile(_go(), runtime="gcr.io/distroless/cc-debian12")
    assert not result.report.declined, result.report.reason
    assert "CGO_ENABLED=0" not in result.output


def test_with_context_go_mod_and_sources_decide_cgo(tmp_path):
    (tmp_path / "go.mod").write_text("module example.com/app\n\ngo 1.22\n")
    (tmp_path / "main.go").write_text('package main\n\nimport "fmt"\n\nfunc main() { fmt.Println(1) }\n')
    report = _report(_go(), context=tmp_path)
    assert report.runner == "gcr.io/distroless/static-debian12"
    assert any("import no \"C\"" in a for a in report.added)
    (tmp_path / "c.go").write_text('package main\n\nimport (\n\t"C"\n)\n')
    report = _report(_go(), context=tmp_path)
    assert report.runner == "gcr.io/distroless/cc-debian12"  # golang has g++: go_cxx
    assert 'c.go imports "C"' in report.runner_reason


def test_old_go_keeps_glibc_instead_of_cgo_enabled_0_alone(go_sources):
    report = _report(_go("golang:1.5", "RUN go build -o /go/bin/app .", 'CMD ["/go/bin/app"]\n'),
                     context=go_sources)
    assert report.runner == "debian:jessie-slim"
    assert "net package" in report.runner_reason


def test_floating_rust_tag_gets_a_floating_runner_and_says_so():
    text = (CASES / "rust-floating-tag-floating-runner.Dockerfile").read_text()
    report = _report(text)
    assert report.runner == "debian:stable-slim"
    assert any("floats with it" in a and "pin both" in a for a in report.added)


def test_trixie_slim_gets_tzdata_unless_the_binary_embeds_it(go_sources):
    with_shell = 'CMD app --zone "$TZ"\n'
    report = _report(_go("golang:1.24-trixie", "RUN CGO_ENABLED=0 go build -o /usr/local/bin/app .",
                         with_shell), context=go_sources)
    assert report.runner == "debian:trixie-slim"
    assert any(a.startswith("tzdata in the runner") for a in report.added)
    report = _report(_go("golang:1.24-trixie", "RUN CGO_ENABLED=0 go build -tags timetzdata "
                         "-o /usr/local/bin/app .", with_shell), context=go_sources)
    assert not any("tzdata" in a for a in report.added)


def test_private_ca_bundle_replaces_the_runners_own():
    text = (CASES / "go_private_ca_bundle.Dockerfile").read_text()
    report = _report(text)
    assert any("CA certificates copied from the builder" in a and "line 5" in a
               for a in report.added)
    assert "COPY --from=builder /etc/ssl/certs/ca-certificates.crt" in transpile(text).output


def test_user_without_home_comes_with_the_builders_passwd_and_group(go_sources):
    text = _go(build="RUN CGO_ENABLED=0 go build -o /usr/local/bin/app .",
               tail='RUN useradd --system --uid 10001 clock\nUSER clock\nCMD ["app"]\n')
    result = transpile(text, context=go_sources)
    assert result.report.runner == "gcr.io/distroless/static-debian12"
    assert "COPY --from=builder /etc/passwd /etc/group /etc/" in result.output
    assert "USER clock" in result.output


def test_user_with_home_keeps_a_runner_with_a_shell(go_sources):
    text = (CASES / "go_user_home_keeps_shell_runner.Dockerfile").read_text()
    result = transpile(text, context=go_sources)
    assert result.report.runner == "debian:bookworm-slim"
    assert "RUN useradd -m worker" in result.output


def test_elf_needed_entries_name_the_runtime_packages():
    # a -dev package whose runtime package no table names (libpthreadpool-dev: the
    # generated data leaves it open) is read from the binary in the builder
    text = (CASES / "c-cpp-elf-runtime-packages.Dockerfile").read_text().replace(
        "libfmt-dev", "libpthreadpool-dev")
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    assert "dpkg-query --search" in result.output and "ldd <" in result.output
    assert "printf '%s\\n' /opt/report/report" in result.output  # the binary ldd reads
    assert any("ELF NEEDED" in a for a in result.report.added)


def test_setcap_needs_nothing_for_root_and_is_repeated_for_another_user(go_sources):
    """File capabilities matter only to a user other than root: root's are said to need
    no copy; for another user the runner sets them again (whether COPY --from keeps the
    extended attribute depends on the builder)."""
    text = (CASES / "go_setcap_warning.Dockerfile").read_text()
    report = _report(text, context=go_sources)
    assert not report.declined
    assert any("sets file capabilities" in a and "runs as root" in a for a in report.added)
    other = transpile(text.replace('CMD ["app"]', 'USER 10001\nCMD ["app"]'),
                      context=go_sources)
    assert not other.report.declined, other.report.reason
    assert other.report.runner == "debian:bookworm-slim"  # a shell and apt to set them again
    assert "libcap2-bin && rm -rf /var/lib/apt/lists/* && setcap cap_net_bind_service=+ep " \
        "/usr/local/bin/app" in other.output


_RUST = ("FROM rust:1.80-bookworm\nWORKDIR /app\nCOPY . .\nRUN cargo build --release\n"
         'CMD ["/app/target/release/app"]\n')


def test_rust_on_the_slim_image_needing_only_libssl_gets_distroless_cc():
    report = _report(_RUST.replace("rust:1.80-bookworm", "rust:1.80-slim-bookworm"))
    assert report.runner == "gcr.io/distroless/cc-debian12"


def test_rust_on_the_full_image_reads_the_binarys_libraries():
    """rust:1.80-bookworm is buildpack-deps with libpq-dev, libsqlite3-dev ... (image
    data): the binary's libraries are read in the builder and installed in the slim
    image of its release, whatever crate links them."""
    result = transpile(_RUST)
    report = result.report
    assert report.runner == "debian:bookworm-slim"
    assert "dpkg-query --search" in result.output
    assert "xargs -r apt-get install" in result.output
    assert any("ELF NEEDED" in a and "libpq-dev" in a and "libsqlite3-dev" in a
               and "libc6-dev" not in a for a in report.added)


def test_rust_full_image_with_a_context_still_reads_the_libraries(tmp_path):
    """Cargo.lock does not decide it (no features, no build scripts' links): a lock
    with no *-sys crate at all still gets the read, and the binary Cargo.toml names is
    the one read."""
    (tmp_path / "Cargo.toml").write_text('[package]\nname = "app"\nversion = "0.1.0"\n')
    (tmp_path / "Cargo.lock").write_text('version = 3\n\n[[package]]\nname = "app"\n'
                                         'version = "0.1.0"\n')
    text = _RUST.replace('CMD ["/app/target/release/app"]', 'CMD ["./target/release/app"]')
    result = transpile(text, context=tmp_path)
    assert result.report.runner == "debian:bookworm-slim"
    assert "printf '%s\\n' /app/target/release/app > /tmp/dtranspile-ldd.files" in result.output


def test_rust_full_image_with_a_shell_less_runtime_declines():
    """--runtime gcr.io/distroless/cc-debian12 has no shell to install what the
    builder's ldd finds, and which libraries the binary loads is not known before: as
    for C/C++ on an image with libraries of its own, declined (a slim rust builder
    keeps it)."""
    report = transpile(_RUST, runtime="gcr.io/distroless/cc-debian12").report
    assert report.declined and "not a runner of that release with a shell" in report.reason
    slim = transpile(_RUST.replace("rust:1.80-bookworm", "rust:1.80-slim-bookworm"),
                     runtime="gcr.io/distroless/cc-debian12")
    assert not slim.report.declined, slim.report.reason


def test_rust_full_image_from_a_build_argument_declines():
    text = "ARG RUST=1.80-bookworm\n" + _RUST.replace("rust:1.80-bookworm", "rust:${RUST}")
    report = transpile(text).report
    assert report.declined and "build argument" in report.reason


_DIGEST = "@sha256:" + "0123456789abcdef" * 4
_PIP = "WORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD [\"python\", \"app.py\"]\n"
_NPM = "WORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nCMD [\"node\", \"dist/index.js\"]\n"


@pytest.mark.parametrize("base,body", [
    ("python:3-slim", _PIP), ("python:3", _PIP), ("python:3.12", _PIP),
    ("python:3-alpine", _PIP), ("node:lts", _NPM), ("node:20", _NPM),
    ("node:lts-slim", _NPM),
])
def test_a_digest_pinned_floating_builder_is_its_own_runner(base, body):
    """The digest fixes the builder to an image whose version the data does not show:
    a runner named by a tag (python:3-slim) would move alone."""
    report = _report(f"FROM {base}{_DIGEST}\n{body}")
    assert report.runner == base + _DIGEST
    assert not any("slim sibling lacks" in a or "floats with it" in a for a in report.added)


def test_a_digest_pinned_floating_debian_builder_declines_a_floating_slim_runner():
    report = transpile(f"FROM rust:1{_DIGEST}\nWORKDIR /src\nCOPY . .\n"
                       "RUN cargo build --release\nCMD [\"/src/target/release/app\"]\n").report
    assert report.declined and "pinned by a digest on a tag that floats" in report.reason


_GO_CGO = ("RUN apt-get update && apt-get install -y libssl-dev\nWORKDIR /src\nCOPY . .\n"
           "RUN go build -o /app .\nCMD [\"/app\"]\n")
_GO_CGO_ALPINE = ("RUN apk add --no-cache gcc musl-dev openssl-dev\nWORKDIR /src\nCOPY . .\n"
                  "RUN go build -o /app .\nCMD [\"/app\"]\n")
_CARGO = "WORKDIR /src\nCOPY . .\nRUN cargo build --release\nCMD [\"/src/target/release/app\"]\n"


@pytest.mark.parametrize("base,body,family", [
    # golang:1.20 moved from bullseye to bookworm; the data shows its last image's
    ("golang:1.20", _GO_CGO, "Debian"),
    ("golang:1.12-alpine", _GO_CGO_ALPINE, "Alpine"),  # 3.9, 3.10, then 3.11
    ("rust:1.60", _CARGO, "Debian"),
])
def test_a_digest_pinned_tag_naming_no_release_declines_the_datas_release(base, body, family):
    """A tag no longer published does not move, but a digest may be any image it named:
    the release the data shows (its last image's) is not proven the digest's, and a
    runner of it may lack the libraries the binary links (libssl1.1 on bookworm)."""
    report = transpile(f"FROM {base}{_DIGEST}\n{body}").report
    assert report.declined and f"so its {family} release is the digest's" in report.reason


def test_a_digest_pinned_tag_naming_its_release_keeps_the_release_runner(go_sources):
    report = _report(f"FROM golang:1.20-bullseye{_DIGEST}\n{_GO_CGO}", context=go_sources)
    assert report.runner == "debian:bullseye-slim" or "debian11" in report.runner


def test_a_digest_pinned_static_go_binary_runs_either_way(go_sources):
    """A static binary needs no release of the builder's: distroless static of the
    data's release serves whichever image the digest is."""
    report = _report(f"FROM golang:1.20{_DIGEST}\nWORKDIR /src\nCOPY . .\n"
                     "RUN CGO_ENABLED=0 go build -o /app .\nCMD [\"/app\"]\n",
                     context=go_sources)
    assert report.runner.startswith("gcr.io/distroless/static")


def test_a_digest_pinned_ubuntu_builder_keeps_its_digest_in_the_runner():
    report = _report(f"FROM ubuntu:22.04{_DIGEST}\nRUN apt-get update && apt-get install -y "
                     "gcc libssl-dev\nCOPY . /src\nRUN gcc -o /usr/local/bin/app /src/main.c "
                     "-lssl\nCMD [\"app\"]\n")
    assert report.runner == f"ubuntu:22.04{_DIGEST}"


def test_runner_packages_whose_recommends_bring_ca_certificates():
    """wget installed again with its Recommends brings ca-certificates: no install of
    the runner's own and no warning; installed without them, the runner adds its own."""
    def c_build(options):
        return transpile(f"FROM debian:bookworm\nRUN apt-get update && apt-get install -y "
                         f"{options}gcc libc6-dev wget\nCOPY main.c .\n"
                         "RUN gcc -o /usr/local/bin/app main.c\nCMD [\"app\"]\n")
    brings, bare = c_build(""), c_build("--no-install-recommends ")
    runner = brings.output.split("\n\nFROM ", 1)[1]
    assert "ca-certificates" not in runner and not brings.report.warnings
    assert any("the runner's own wget" in a for a in brings.report.added)
    assert "install -y --no-install-recommends ca-certificates" in bare.output
