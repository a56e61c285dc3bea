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


def test_native_scan_shares_the_closure():
    # the C/C++ scan (``native_staging.libraries_command``) reads the -dev packages the
    # named ones depend on too, with the same text as the other scans (before: ``dpkg -L``
    # of the named packages alone)
    from transpiler.multistage.recipes.distribution_runner import dev_libraries
    from transpiler.multistage.recipes.native_staging import libraries_command
    text = libraries_command(("/src/app",), (), False, False, (), ("libxext-dev",))
    w = "/tmp/dtranspile-ldd"
    assert dev_libraries("apt", ("libxext-dev",), f"{w}.dev", f"{w}.devso", f"{w}.libs") in text
    assert "dpkg -L libxext-dev" not in text
    assert text.endswith(f" {w}.dev.* {w}.devso")
    # the three scans build it the same way
    assert dev_libraries("apt", ("libxext-dev",), f"{w}.dev", f"{w}.devso", f"{w}.libs") in \
        fil.scan_run(LibraryScan(("/app",), ("libxext-dev",))).command.text


@pytest.mark.skipif(not _installed("libxext-dev"),
                    reason="needs dpkg with libxext-dev installed")
def test_listing_skips_a_named_package_not_installed(tmp_path):
    # a name apt installed a provider of (libmysqlclient-dev on bookworm) is no package
    # dpkg -L knows: before, the listing failed the build (xargs' dpkg -L exits 123); now it
    # is left out, as the C/C++ scan's own listing left it out before it shared this one
    got = subprocess.run(["sh", "-c", dev_links("apt", ("libno-such-package-dev", "libxext-dev"),
                                                str(tmp_path / "w"))],
                         capture_output=True, text=True)
    assert got.returncode == 0, got.stderr
    assert any(p.endswith("/libXext.so") for p in got.stdout.split())
