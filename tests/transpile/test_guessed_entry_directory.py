"""A program the build does not show it makes, named only by the command (619546c2:
`make` in /cpuminer makes `minerd`, `ENTRYPOINT ["./cpuminer"]`): a copy of that one
file failed the rewrite's build where the original builds and fails only when started.
The directory is copied whole, and --explain does not claim the program is made."""
from pathlib import Path

from transpiler import transpile

CASE = (Path(__file__).resolve().parents[1] / "cases" / "transpile" /
        "c-cpp-make-program-named-by-entrypoint-only.Dockerfile").read_text()


def test_the_directory_the_build_wrote_is_copied_not_the_named_file():
    result = transpile(CASE)
    assert not result.report.declined, result.report.reason
    assert "COPY --from=builder /cpuminer /cpuminer\n" in result.output
    assert "/cpuminer/cpuminer" not in result.output.split("FROM debian:bookworm-slim")[1]


def test_explain_does_not_claim_the_program_is_made():
    checks = transpile(CASE).report.checks
    assert not any("executable resolves in the runner" in c for c in checks), checks
    assert not any(c.endswith("produced in the builder") and "/cpuminer/" in c for c in checks)
    assert any("whether the build makes /cpuminer/cpuminer is not known" in c for c in checks)


def test_a_bare_name_found_through_the_image_s_path_is_staged_where_written():
    """`go install ./...` into /go/bin and `CMD ["server"]`: the runner's PATH is its
    own, so the file goes to /usr/local/bin, from a staging directory the builder fills
    only where the build wrote /go/bin/server: no COPY of a file that may not exist."""
    text = ("FROM golang:1.11.0\nWORKDIR /go/src/github.com/x/algorand/server\n"
            "COPY server .\nRUN go get -v ./...\nRUN go install -v ./...\n"
            "CMD [\"server\"]\n")
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    assert "{ [ ! -e /go/bin/server ] || cp -p /go/bin/server /opt/dtranspile-entry/; }" \
        in result.output
    assert "COPY --from=builder /opt/dtranspile-entry/ /usr/local/bin/\n" in result.output
    assert "COPY --from=builder /go/bin/server" not in result.output
    assert any("whether the build makes /go/bin/server is not known" in c
               for c in result.report.checks)


def test_a_bare_name_on_a_path_the_dockerfile_sets_copies_the_directory():
    text = ("FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y build-essential "
            "libudev-dev\nCOPY . /src\nWORKDIR /src\nRUN make\nENV PATH /src:$PATH\n"
            "CMD [\"blink1-tool\"]\n")
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    assert "COPY --from=builder /src /src\n" in result.output


def test_the_directory_copied_whole_is_not_copied_from_the_context_first():
    """The entry's directory, copied whole from the builder, holds the context's files
    as the build left them: a runtime-input copy of the context there first brought back
    what the build removed (949279f1: /src/.build) and stored the tree twice."""
    text = (Path(__file__).resolve().parents[1] / "cases" / "transpile" /
            "c-cpp-make-directory-not-recopied-from-context.Dockerfile").read_text()
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    runner = result.output.split("\nFROM ")[-1]
    assert "COPY --from=builder /src /src\n" in runner
    assert "COPY . /src" not in runner
    assert runner.count("COPY") == 1
