"""The Jupyter Docker Stacks' ``latest`` on Docker Hub (``datagen/jupyter_images.py``):
the images main's last commit before the move to quay.io built, each on the one the
same run built before it; their account from the foundation's ``useradd``."""

from __future__ import annotations

from datagen import dockerfiles, jupyter_images
from transpiler.knowledge import official


def test_useradd_login_expanded_from_the_stage_arguments():
    text = ('FROM ubuntu:22.04\nARG NB_USER="jovyan"\nARG NB_UID="1000"\n'
            'RUN useradd --no-log-init --create-home --shell /bin/bash --uid "${NB_UID}" '
            '--no-user-group "${NB_USER}" && mkdir -p /opt/conda\n'
            'RUN adduser app staff\nUSER ${NB_UID}\n')
    # (Debian's adduser with two words adds a user to a group: not read)
    assert dockerfiles.created_accounts(text) == ["jovyan"]


def test_parents_first():
    images = {"base-notebook": "docker-stacks-foundation", "docker-stacks-foundation": None,
              "scipy-notebook": "minimal-notebook", "minimal-notebook": "base-notebook"}
    assert jupyter_images.parents_first(images) == [
        "docker-stacks-foundation", "base-notebook", "minimal-notebook", "scipy-notebook"]


def test_base_notebook_is_jammy_as_jovyan_with_conda_python_311():
    tag = official.resolve("jupyter/base-notebook")
    assert (tag.distribution, tag.release) == ("ubuntu", "jammy")
    assert tag.user == "1000" and tag.users == ("jovyan",)
    assert tag.workdir == "/home/jovyan"
    assert tag.path.startswith("/opt/conda/bin:")
    assert tag.versions["PYTHON_VERSION"] == "3.11"
    assert tag.date == "2023-10-20"
    # built on the foundation the same run built, on ubuntu:22.04 of that day
    assert tag.chain == ("jupyter/docker-stacks-foundation:latest", "ubuntu:jammy-20231004")


def test_stack_chain_and_unknown_tags():
    assert official.resolve("jupyter/scipy-notebook:latest").chain[:2] == (
        "jupyter/minimal-notebook:latest", "jupyter/base-notebook:latest")
    # the commit tags, python-3.11 ... come from the tagging scripts: not read
    for ref in ("jupyter/base-notebook:37af02395694", "jupyter/base-notebook:python-3.11"):
        assert official.resolve(ref) is None, ref
