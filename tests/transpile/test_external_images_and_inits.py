"""Two facts of the original the post-conditions and the toolbox policy must read as
BuildKit does: ``COPY --from=<image>`` in a one-stage file names an image, and an init
that starts no service of the build's own runs the container as a machine."""
from pathlib import Path

from transpiler import transpile

CASES = Path(__file__).resolve().parents[1] / "cases" / "transpile"


def test_copy_from_an_image_is_kept_in_the_runner():
    result = transpile((CASES / "go-copy-from-external-image.Dockerfile").read_text())
    assert not result.report.declined, result.report.reason
    runner = result.output.split("\nFROM ")[-1]
    assert "COPY --from=ghcr.io/grpc-ecosystem/grpc-health-probe:v0.4.24 " in runner


def test_an_image_named_like_the_builder_stage_is_not_taken_for_it():
    text = ("FROM golang:1.21-bookworm\nWORKDIR /src\nCOPY . .\n"
            "RUN CGO_ENABLED=0 go build -o /usr/local/bin/app .\n"
            "COPY --from=builder /etc/tool.conf /etc/tool.conf\nCMD [\"app\"]\n")
    result = transpile(text)
    assert result.report.declined
    assert "named builder, an image the original copies from" in result.report.reason
    assert result.output == text


def test_my_init_without_services_of_the_build_is_a_toolbox():
    result = transpile((CASES / "decline_phusion_my_init_no_services.Dockerfile").read_text())
    assert result.report.declined
    assert "`/sbin/my_init`, the system's init" in result.report.reason
    assert "leaves out build-essential" in result.report.reason


def test_my_init_with_a_service_of_the_build_is_read_as_one():
    result = transpile((CASES / "decline_phusion_my_init_other_runner.Dockerfile").read_text())
    assert result.report.declined
    assert "the system's init" not in result.report.reason
