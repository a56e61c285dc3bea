"""Moving Debian suites read as the release they named on the image data's date, and
the runner that floats with each."""

from transpiler.knowledge import debian_suites
from transpiler.knowledge.images import image_facts
from transpiler.multistage.recipes.runner_policy import floating_slim


def test_suites_on_known_days():
    assert debian_suites.release_of("stable", "2017-07-01") == ("stretch", "9")
    assert debian_suites.release_of("oldstable", "2017-07-01") == ("jessie", "8")
    assert debian_suites.release_of("testing", "2017-07-01") == ("buster", "10")
    assert debian_suites.release_of("stable", "2026-08-21") == ("trixie", "13")
    assert debian_suites.release_of("unstable", "2026-08-21") == ("sid", "")
    assert debian_suites.release_of("stable", "1990-01-01") is None


def test_debian_suite_images_have_a_release_and_float():
    stable = image_facts("debian:stable-slim")
    assert stable.release == "trixie" and stable.release_moves
    assert image_facts("debian:oldstable").release == "bookworm"


def test_floating_runner_follows_the_builders_suite():
    assert floating_slim(image_facts("debian:testing")) == "debian:testing-slim"
    assert floating_slim(image_facts("debian:sid")) == "debian:sid-slim"
    assert floating_slim(image_facts("debian:stable")) == "debian:stable-slim"
    assert floating_slim(image_facts("rust:latest")) == "debian:stable-slim"


def test_hub_mirrors_and_old_namespace_name_the_official_image():
    for ref in ("mirror.gcr.io/library/python:3.11", "registry.docker-cn.com/library/python:3.11",
                "docker.io/library/python:3.11"):
        assert image_facts(ref).release == image_facts("python:3.11").release
    assert image_facts("stackbrew/ubuntu:16.04").release == image_facts("ubuntu:16.04").release
