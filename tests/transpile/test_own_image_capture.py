"""The C/C++ capture window on an image of a known release that keeps files of its own
(buildpack-deps, gcc, nvidia/cuda): the builder's very image is the runner, its
libraries are copied from wherever the loader found them, an image whose release the
data lacks has its dpkg tested, and the recipe's slim runner stays first where it
follows the build."""

from __future__ import annotations

import pytest

from transpiler.multistage.api import transpile
from transpiler.multistage.recipes import effect_capture
from transpiler.multistage.runner_setup import RunnerFiles
from transpiler.knowledge.images import image_facts

USR_INSTALL = ("FROM {image}\nRUN apt-get update && apt-get install -y --no-install-recommends "
               "libjansson-dev && rm -rf /var/lib/apt/lists/*\nWORKDIR /src\nCOPY . .\n"
               "RUN ./configure --prefix=/usr && make && make install\nCMD [\"tool\"]\n")


def _stages(output):
    builder, _, runner = output.rpartition("\nFROM ")
    return builder, runner


@pytest.mark.parametrize("image", ["buildpack-deps:bookworm", "gcc:12"])
def test_an_install_into_usr_runs_in_the_window_on_the_very_image(image):
    r = transpile(USR_INSTALL.format(image=image))
    assert not r.report.declined, r.report.reason
    builder, runner = _stages(r.output)
    assert runner.startswith(image + "\n")
    assert f"COPY --from=builder {effect_capture.CAPTURED}/ /" in runner
    # (the libraries the programs load are copied from any directory of such an image)
    assert "$3 ~ /^\\// &&" in builder


def test_a_plain_image_copies_libraries_of_the_system_directories_only():
    r = transpile(USR_INSTALL.format(image="debian:bookworm"))
    assert not r.report.declined, r.report.reason
    builder, _ = _stages(r.output)
    assert "$3 ~ /^\\/(usr\\/)?lib\\// &&" in builder
    assert "$3 ~ /^\\// &&" not in builder


def test_a_release_the_data_lacks_is_tested_at_build_time():
    r = transpile(USR_INSTALL.format(image="gcc:5.3.0"))
    assert not r.report.declined, r.report.reason
    assert effect_capture.DPKG_TEST in r.output
    known = transpile(USR_INSTALL.format(image="gcc:12"))
    assert effect_capture.DPKG_TEST not in known.output


def test_an_old_dpkg_says_why_the_window_cannot_follow_the_install():
    r = transpile(USR_INSTALL.format(image="buildpack-deps:wheezy"))
    assert r.report.declined
    assert "installs into /usr, among the distribution's own files" in r.report.reason
    assert "the capture window" in r.report.reason and "dpkg without --verify" in r.report.reason


def test_the_staging_onto_a_slim_runner_goes_first_where_it_follows_the_build():
    staged = ("FROM gcc:13-bookworm\nWORKDIR /usr/src/app\nCOPY . .\n"
              "RUN ./configure && make && make install\nCMD [\"app\"]\n")
    r = transpile(staged)
    assert not r.report.declined, r.report.reason
    _, runner = _stages(r.output)
    assert runner.startswith("debian:bookworm-slim")
    assert effect_capture.CAPTURED not in r.output


@pytest.mark.parametrize("image,says", [
    ("example/r-base", "the image data does not know it"),
    ("gliderlabs/alpine:3.3", "an image of alpine 3.3 (image data)"),
])
def test_the_usr_local_decline_names_the_missing_fact(image, says):
    r = transpile(f"FROM {image}\nCOPY . /src\nWORKDIR /src\nRUN make install\n"
                  "CMD [\"/usr/local/bin/tool\"]\n")
    assert r.report.declined
    assert says in r.report.reason
    assert "does not show a Debian or Ubuntu release" not in r.report.reason


@pytest.mark.parametrize("path", ["/dev/stdout", "/dev/stderr", "/dev/null"])
def test_every_runner_has_the_runtime_devices(path):
    files = RunnerFiles(image_facts("debian:bookworm-slim"), "/app")
    assert files.has(path)
    assert not files.has("/dev/sda")


def test_an_rpm_image_says_the_window_reads_dpkg_and_apk_only():
    r = transpile("FROM fedora:39\nRUN dnf -y install gcc make && dnf clean all\n"
                  "WORKDIR /src\nCOPY . .\nRUN ./configure --prefix=/usr && make && make install\n"
                  "CMD [\"tool\"]\n")
    assert r.report.declined
    assert "installs into /usr, among the distribution's own files" in r.report.reason
    assert "is an image of an RPM distribution" in r.report.reason
