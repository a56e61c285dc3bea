"""Fast checks of the real-build harness's pure parts (no buildah, no root): they run in
the normal suite.  The real builds are in test_realbuild.py."""

import json

from realbuild import cases, images, runner


def test_short_names_qualify_like_docker():
    assert images.qualify("golang:1.19-bookworm") == "docker.io/library/golang:1.19-bookworm"
    assert images.qualify("bitnami/node:20") == "docker.io/bitnami/node:20"
    assert images.qualify("gcr.io/distroless/static-debian12") == "gcr.io/distroless/static-debian12"
    assert images.qualify("localhost/x:1") == "localhost/x:1"


def test_from_images_skip_stages_and_scratch():
    text = ("FROM golang:1.19-bookworm AS builder\nRUN go build\n"
            "FROM builder AS again\nFROM scratch\nCOPY --from=builder /a /a\n"
            "FROM --platform=linux/amd64 debian:bookworm-slim\n")
    assert runner.from_images(text) == ["golang:1.19-bookworm", "debian:bookworm-slim"]


def test_buildah_unsupported_features_are_named():
    assert runner.buildah_unsupported("FROM a\nRUN <<EOF\necho\nEOF\n")
    assert runner.buildah_unsupported("FROM a\nCOPY --link --from=b /x /x\n")
    assert runner.buildah_unsupported("FROM a\nRUN echo '<<' && cat <<< x\n") is None
    assert runner.buildah_unsupported("FROM a\nCOPY --from=b /x /x\n") is None


def test_every_case_is_complete_and_its_images_can_be_made():
    made = {images.qualify(n) for spec in images.SPECS.values() for n in spec.names}
    found = cases.all_cases()
    assert len(found) >= 5
    for case in found:
        json.loads((case.path / "case.json").read_text())
        assert case.dockerfile.exists(), case.name
        assert case.ecosystem
        assert bool(case.probe) != bool(case.args or case.env) or not case.args, case.name
        for ref in runner.from_images(case.dockerfile.read_text()):
            assert images.qualify(ref) in made, (case.name, ref)
        if case.runtime and case.runtime != "scratch":
            assert images.qualify(case.runtime) in made, (case.name, case.runtime)
