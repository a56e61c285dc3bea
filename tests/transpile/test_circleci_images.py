"""CircleCI's convenience images from CircleCI-Public/circleci-dockerfiles
(``datagen/circleci_images.py``): a tag is the folder its Dockerfile was generated in,
its image the last one master wrote there, its parent as that parent tag was then."""

from __future__ import annotations

from datagen import circleci_images
from transpiler.knowledge import official


def test_folder_names_the_tag_and_a_variant_folder_its_suffix():
    assert circleci_images.tag_of("python/images/2.7.14/Dockerfile") == (
        "circleci/python", "2.7.14")
    assert circleci_images.tag_of("python/images/2.7.14/node-browsers/Dockerfile") == (
        "circleci/python", "2.7.14-node-browsers")
    # the README and other files build no image
    assert circleci_images.tag_of("python/images/README.md") == ("", "")
    assert circleci_images.tag_of("docs/translations/README-de.md") == ("", "")


def test_python_2714_is_jessie_python_2714_as_circleci():
    tag = official.resolve("circleci/python:2.7.14")
    assert (tag.distribution, tag.release, tag.libc) == ("debian", "jessie", "glibc")
    assert tag.versions["PYTHON_VERSION"] == "2.7.14"
    assert tag.user == "circleci" and tag.cmd == ("/bin/sh",)
    # the day master last wrote its Dockerfile, not the repository's end (2021)
    assert tag.date == "2018-03-12"
    assert tag.chain[0] == "python:2.7.14-jessie"
    assert "sudo" in tag.packages


def test_variant_inherits_the_user_and_adds_its_entrypoint():
    tag = official.resolve("circleci/python:2.7.14-browsers")
    assert tag.chain[0] == "circleci/python:2.7.14"
    assert tag.user == "circleci"
    assert tag.entrypoint == ("/docker-entrypoint.sh",)
    assert "openjdk-8-jre" in tag.packages


def test_aliases_the_repository_does_not_keep_are_unknown():
    # 2.7, latest ... were written to ALIASES files, which moved between folders
    for ref in ("circleci/python:2.7", "circleci/python", "circleci/node:latest-browsers"):
        assert official.resolve(ref) is None, ref
