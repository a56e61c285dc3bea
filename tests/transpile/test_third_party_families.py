"""Third-party image families read from their repositories (``datagen/git_families.py``):
amancevice/pandas (the README's relative tag list) and kernsuite/base (each branch's
Makefile tag), both with parents read as their tags were on the family's last day, not
as they moved after (amancevice/pandas was last built in 2017; python:3.6-alpine kept
moving until 2022)."""

from __future__ import annotations

from datagen import git_family, kernsuite_images, readme_tags
from transpiler.knowledge import official


def test_relative_tag_list():
    readme = ("# Pandas\n\n## Dockerfile Links\n\n"
              "* `0.19.1-python3`, `0.19-python3` *([0.19/python3/Dockerfile]"
              "(./0.19/python3/Dockerfile))*\n"
              "* `0.19.1-jupyter`, `jupyter` *([0.19/jupyter/Dockerfile]"
              "(./0.19/jupyter/Dockerfile))*\n"
              "* see [the docs](./docs/README.md)\n")
    assert readme_tags.relative_table(readme) == [
        (("0.19.1-python3", "0.19-python3"), "0.19/python3/Dockerfile"),
        (("0.19.1-jupyter", "jupyter"), "0.19/jupyter/Dockerfile")]


def test_dated_listing_picks_the_image_of_that_day():
    doc = {"tags": {"3.6-alpine": ["2016-07-05", "2022-01-18", 2]},
           "entries": [{"t": ["3.6.0-alpine", "3.6-alpine"], "s": [], "date": "2017-03-22"},
                       {"t": ["3.6.1-alpine", "3.6-alpine"], "s": [], "date": "2017-07-18"},
                       {"t": ["3.6.15-alpine3.15", "3.6-alpine"], "s": [], "date": "2022-01-18"}]}
    assert git_family.Written._listing(doc, "3.6-alpine", "2017-06-10") == 1
    assert git_family.Written._listing(doc, "3.6-alpine", "2017-03-22") == 0
    assert git_family.Written._listing(doc, "3.6-alpine", "2023-01-01") == 2


def test_pandas_019_python3_is_python_361_on_alpine_34():
    tag = official.resolve("amancevice/pandas:0.19-python3")
    assert (tag.distribution, tag.release, tag.libc) == ("alpine", "3.4", "musl")
    assert tag.versions["PYTHON_VERSION"] == "3.6.1"
    assert tag.chain[0] == "python:3.6.1-alpine"
    assert "g++" in tag.packages and tag.user is None


def test_tags_later_scripts_pushed_again_are_left_out():
    for tag in ("latest", "jupyter", "0.19.2-python3", "0.19.1"):
        assert official.resolve(f"amancevice/pandas:{tag}") is None, tag
    assert official.resolve("amancevice/pandas:0.19").versions["PYTHON_VERSION"].startswith("2.7")


def test_kernsuite_makefile_tag():
    assert kernsuite_images.makefile_tag("DOCKER_REPO=kernsuite/base:5\n\nall: build\n") == "5"
    # the unsuffixed name is latest, which any branch may have pushed last: no tag
    assert kernsuite_images.makefile_tag("DOCKER_REPO=kernsuite/base\n") == ""


def test_kernsuite_5_is_bionic_as_last_pushed():
    tag = official.resolve("kernsuite/base:5")
    assert (tag.distribution, tag.release, tag.user) == ("ubuntu", "bionic", None)
    assert tag.date == "2019-07-08"
    # the ubuntu:18.04 of that day, not of the family's last push (2021)
    assert tag.chain[0] == "ubuntu:bionic-20190612"
    assert official.resolve("kernsuite/base:7").release == "focal"
    assert official.resolve("kernsuite/base") is None
