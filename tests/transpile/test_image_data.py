"""image_facts answers from the generated image data (knowledge/image_data.py) where it
knows the tag, and from the family records for what the data does not hold."""

from __future__ import annotations

import pytest

from transpiler.knowledge.images import image_facts, java_major, language_version


@pytest.mark.parametrize("ref, family, release", [
    ("rust:1.43", "debian", "buster"),  # the record left it unknown
    ("node:carbon", "debian", "stretch"),
    ("maven:3-jdk-8", "debian", "bullseye"),
    ("golang:1.6-alpine", "alpine", "3.4"),
    ("ubuntu:22.04", "ubuntu", "22.04"),  # the tag's spelling of jammy is kept
    ("alpine:3.20.1", "alpine", "3.20.1"),  # ... and of the data's 3.20
    ("centos:7", "rhel", "7"),  # no record: the data's distribution, as the tables name it
])
def test_distribution_and_release_from_the_data(ref, family, release):
    facts = image_facts(ref)
    assert facts.known and (facts.family, facts.release) == (family, release)


def test_image_config_from_the_data_and_programs_from_the_record():
    onbuild = image_facts("golang:1.7-onbuild")
    assert onbuild.workdir == "/go/src/app"  # the record said /go, the image says otherwise
    py = image_facts("python:3.6")
    assert py.env["PYTHON_VERSION"] == "3.6.15" and py.env["LANG"] == "C.UTF-8"
    assert "/usr/local/bin/python" in py.provides  # from the record
    node = image_facts("node:8")
    assert node.entrypoint == ("docker-entrypoint.sh",) and "node" in node.users


def test_runner_only_images_keep_their_record():
    cc = image_facts("gcr.io/distroless/cc-debian12")
    assert cc.family is None and cc.shell is None and cc.libc == "glibc"
    assert cc.date  # dated by the data all the same


def test_an_image_without_a_record_gets_its_distribution_shells_and_users():
    ruby = image_facts("ruby:2.7")
    assert ruby.known and ruby.family == "debian" and ruby.shell == "/bin/sh"
    assert "/bin/bash" in ruby.provides and ruby.versions["RUBY_VERSION"].startswith("2.7")
    assert not image_facts("jekyll/jekyll").known  # neither a record nor data


@pytest.mark.parametrize("spelling", ["index.docker.io/library/python:3.6", "amd64/python:3.6",
                                      "docker.io/python:3.6@sha256:" + "0" * 64])
def test_spellings_reach_the_record_and_the_data(spelling):
    facts = image_facts(spelling)
    assert facts.release == "bullseye" and "/usr/local/bin/python" in facts.provides


def test_floating_dropped_and_pinned_tags():
    for ref in ("python:3", "node:lts", "rust:latest", "python:3.11"):
        assert image_facts(ref).release_moves, ref  # still published, names no release
    for ref in ("rust:1.43", "node:10", "python:3.11-bookworm", "alpine:3.20", "ubuntu:22.04"):
        assert not image_facts(ref).release_moves, ref
    py = image_facts("python:3")
    assert py.floating and py.pin.startswith("python:3.") and py.date == py.data_date
    assert py.siblings["slim"] == "python:3-slim"
    assert image_facts("no-such/image:1").release_moves  # unknown: assume it moves


def test_versions_from_the_data_not_the_tag():
    assert language_version(image_facts("python:3"), "PYTHON_VERSION").startswith("3.")
    assert language_version(image_facts("python:2"), "PYTHON_VERSION") == "2.7"
    assert language_version(image_facts("node:carbon"), "NODE_VERSION", 1) == "8"
    assert language_version(image_facts("node:argon"), "NODE_VERSION", 1) == "4"
    # a tag after the data's date: the version its tag starts with
    assert language_version(image_facts("python:3.99-slim"), "PYTHON_VERSION") == "3.99"
    assert java_major(image_facts("maven:3-jdk-8")) == 8
    assert java_major(image_facts("maven:3.8.6")) == 17
    assert java_major(image_facts("eclipse-temurin:21")) == 21
    assert java_major(image_facts("golang:1.10")) is None


def test_a_parent_image_with_only_shared_tags_is_read():
    """sdk:5.0.100-rc.1's parent entry (aspnet:5.0.0-rc.2) has no tag of its own, only
    shared ones: its configuration is still merged in (it was an internal error)."""
    facts = image_facts("mcr.microsoft.com/dotnet/sdk:5.0.100-rc.1")
    assert facts.env.get("ASPNETCORE_URLS") == ""
    assert facts.env.get("DOTNET_RUNNING_IN_CONTAINER") == "true"
