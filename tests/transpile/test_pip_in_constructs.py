"""Which pip installs inside an if/loop leave the runner's copies the same whichever
way the construct ran (python._moves_install): the ones into the default
site-packages (or the active environment), read from the words as written."""

import pytest

from transpiler.multistage.recipes.python import _moves_install


@pytest.mark.parametrize("args", [
    ["-r", "requirements.txt"], ["-rreq-test.txt"], ["--requirement=$F"], ["-r", "$d/r.txt"],
    ["-qU", "flask"], ["--no-cache-dir", "-i", "$INDEX", "flask==3.0"],
])
def test_installs_into_the_default_site_packages(args):
    assert _moves_install(args, {}) is None


@pytest.mark.parametrize("args, why", [
    (["--target", "/x", "y"], "--target"), (["--target=/x"], "--target"),
    (["-Ut", "/x", "y"], "-Ut"), (["-e."], "-e."), (["--user", "y"], "--user"),
    (["--prefix=/opt", "y"], "--prefix"), (["--root", "/r", "y"], "--root"),
    (["--python", "/usr/bin/python3", "y"], "--python"),
    (["$PKG"], "$PKG"),  # may be --target=...
])
def test_an_install_that_may_go_elsewhere_says_why(args, why):
    assert why in _moves_install(args, {})


def test_an_environment_variable_that_moves_every_pip():
    assert "PIP_TARGET" in _moves_install(["y"], {"PIP_TARGET": "/x"})
