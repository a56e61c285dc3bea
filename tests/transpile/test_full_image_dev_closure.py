"""The full-image library scan (``full_image_libraries.scan_run``) reads the ``.so``
links of the -dev packages no table maps and of the -dev packages they depend on,
transitively, as the distribution runner's scan does (``distribution_runner.dev_links``):
a metapackage such as xorg-dev, or libsdl2-dev's libgl-dev, has its libraries only in
its dependencies, which ``dpkg -L`` of the named packages alone never read."""

import shutil
import subprocess

import pytest

from transpiler.multistage.recipes import full_image_libraries as fil
from transpiler.multistage.recipes.base import LibraryScan
from transpiler.multistage.recipes.distribution_runner import dev_links


def test_full_image_scan_follows_the_dev_dependencies():
    text = fil.scan_run(LibraryScan(("/app",), ("libxext-dev",))).command.text
    assert dev_links("apt", ("libxext-dev",), "/tmp/dtranspile-ldd.dev") in text
    assert "dpkg -L libxext-dev" not in text  # (the named package alone: before)
    # the scratch files of the listing are removed with the rest
    assert text.startswith("mkdir -p ") and " && rm -f /tmp/dtranspile-ldd " in text
    assert text.endswith(" /tmp/dtranspile-ldd.dev* /tmp/dtranspile-ldd.devso")


def _installed(*names):
    if shutil.which("dpkg-query") is None:
        return False
    got = subprocess.run(["dpkg-query", "-W", "-f", "${Status}\\n", *names],
                         capture_output=True, text=True)
    return got.returncode == 0 and got.stdout.split("\n")[:len(names)] == \
        ["install ok installed"] * len(names)


@pytest.mark.skipif(not _installed("libxext-dev", "libx11-dev"),
                    reason="needs dpkg with libxext-dev and libx11-dev installed")
def test_listing_reads_the_links_of_the_dependencies(tmp_path):
    # libxext-dev Depends libx11-dev: libX11.so is not among libxext-dev's own files
    out = subprocess.run(["sh", "-c", dev_links("apt", ("libxext-dev",), str(tmp_path / "w"))],
                         capture_output=True, text=True, check=True).stdout.split()
    assert any(p.endswith("/libXext.so") for p in out)
    assert any(p.endswith("/libX11.so") for p in out)
