"""install_helpers: an image's own apt install wrapper (minideb's install_packages,
kernsuite's docker-apt-install), read from the helper's text by datagen and read as
the apt-get install it runs only in a transpile of that image."""

import pytest

from datagen.install_helpers import read_helper
from transpiler.knowledge import install_helpers, packages

KERNSUITE = """#!/bin/bash -e

export DEBIAN_FRONTEND=noninteractive

apt-get update
apt-get install -y "$@"

rm -rf /var/lib/apt/lists/* /tmp/* /var/tmp/*
"""
MINIDEB = """#!/bin/sh
set -e
set -u
export DEBIAN_FRONTEND=noninteractive
n=0
max=2
until [ $n -gt $max ]; do
    set +e
    (
      apt-get update -qq &&
      apt-get install -y --no-install-recommends "$@"
    )
    CODE=$?
    set -e
    if [ $CODE -eq 0 ]; then
        break
    fi
    if [ $n -eq $max ]; then
        exit $CODE
    fi
    echo "apt failed, retrying"
    n=$(($n + 1))
done
rm -r /var/lib/apt/lists /var/cache/apt/archives
"""


def test_the_two_shapes_read_as_wrappers():
    assert read_helper(KERNSUITE) == {"install": ["-y"], "fails": True,
                                      "removes": ["/var/lib/apt/lists/*", "/tmp/*", "/var/tmp/*"]}
    got = read_helper(MINIDEB)
    assert got["install"] == ["-y", "--no-install-recommends"] and got["fails"]


def test_a_failure_the_helper_swallows_is_recorded():
    # (kernsuite/base:0's: no errexit, the rm's status is the helper's)
    assert read_helper(KERNSUITE.replace("#!/bin/bash -e", "#!/bin/bash"))["fails"] is False
    assert read_helper(MINIDEB.replace("        exit $CODE\n", ""))["fails"] is False


@pytest.mark.parametrize("text", [
    KERNSUITE.replace('apt-get install -y "$@"', 'apt-get install -y curl "$@"'),  # own package
    KERNSUITE.replace("apt-get update\n", ""),  # no index fetched first
    KERNSUITE + "curl -fsSL https://example.com/x | sh\n",  # something else
    KERNSUITE.replace('"$@"', "$PACKAGES"),
    KERNSUITE.replace('"$@"\n', '"$@" || true\n'),
    MINIDEB.replace("until [ $n -gt $max ]", "until [ $n -gt max  ]"),  # minideb 2016-11-30
])
def test_anything_else_is_not_a_wrapper(text):
    assert read_helper(text) is None


def test_the_data_per_tag():
    stretch = install_helpers.helpers("bitnami/minideb:stretch")["install_packages"]
    assert stretch.options == ("-y", "--no-install-recommends") and stretch.fails
    assert stretch.path == "/usr/sbin/install_packages"
    # (latest was built with versions with and without --no-install-recommends, and one
    # that is not a wrapper at all)
    assert "install_packages" not in install_helpers.helpers("bitnami/minideb:latest")
    assert install_helpers.helpers("kernsuite/base:5")["docker-apt-install"].options == ("-y",)
    assert not install_helpers.helpers("kernsuite/base:0")["docker-apt-install"].fails
    assert install_helpers.helpers("kernsuite/base:99") == {}
    assert install_helpers.helpers("debian:stretch") == {}


def test_read_as_an_install_only_for_the_image_that_has_it():
    argv = ["install_packages", "python3", "gcc"]
    assert packages.read_install(argv) is None
    with install_helpers.for_image(lambda: "debian:stretch"):
        assert packages.read_install(argv) is None
    with install_helpers.for_image(lambda: "bitnami/minideb:stretch"):
        got = packages.read_install(argv)
        assert got.manager == "apt" and got.packages == ("python3", "gcc")
        assert packages.installed_with_recommends([argv]) == set()
        assert packages.read_install(["/usr/local/bin/install_packages", "x"]) is None
    with install_helpers.for_image(lambda: "kernsuite/base:5"):
        assert packages.installed_with_recommends([["docker-apt-install", "python3"]]) == \
            {"python3"}


def test_a_helper_that_may_swallow_a_failure_proves_nothing():
    """kernsuite/base:0's wrapper swallows a failed install, so on an image the data did
    not know its call would prove nothing; the image data now knows kernsuite/base
    (datagen/kernsuite_images.py), so no proof is needed and the call is read as the
    install it runs (a package whose install the original swallowed fails the runner's
    build loudly, never silently)."""
    from transpiler import transpile
    text = ("FROM kernsuite/base:{tag}\nRUN docker-apt-install python3 python3-pip gcc\n"
            "COPY requirements.txt /\nRUN pip3 install -r /requirements.txt\nCOPY . /app\n"
            "WORKDIR /app\nCMD [\"python3\", \"main.py\"]\n")
    assert not install_helpers.helpers("kernsuite/base:0")["docker-apt-install"].fails
    old = transpile(text.format(tag="0"))
    assert not old.report.declined, old.report.reason
    assert "python3-pip" in old.output.split("\nFROM ")[-1]
    assert not transpile(text.format(tag="5")).report.declined

def test_programs_that_may_install_packages():
    """The public sets the install readers test first: a program left out of them would
    make ``read_install`` miss its installs silently."""
    from transpiler.knowledge.distributions import install_programs

    assert {"apt-get", "apt", "apk", "yum", "dnf", "microdnf", "aptitude"} <= install_programs()
    assert "dpkg" not in install_programs() and "pip" not in install_programs()
    assert {"install_packages", "docker-apt-install"} <= install_helpers.helper_programs()
    assert not install_helpers.helper_programs() & install_programs()
    with install_helpers.for_image(lambda: "bitnami/minideb:bookworm"):
        got = packages.read_install(["install_packages", "curl"])
    assert got is not None and got.packages == ("curl",)
    assert packages.read_install(["dpkg", "-i", "x.deb"]) is None
