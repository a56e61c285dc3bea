"""The generated programs of the build-only packages (datagen/build_programs.py) and
the same-distribution runner's use of them (distribution_runner.stays_in_builder)."""

from transpiler.knowledge import build_programs
from transpiler.knowledge.packages import Distro
from transpiler.multistage.recipes.distribution_runner import PackageReplay, stays_in_builder


def test_programs_of_the_covered_releases():
    # a package name is not a program name: gnupg brings gpg through its dependency
    assert "gpg" in build_programs.programs_of("debian", "bookworm", "gnupg")
    assert "gpg" in build_programs.programs_of("ubuntu", "jammy", "gnupg")
    assert {"add-apt-repository", "apt-add-repository"} <= \
        build_programs.programs_of("ubuntu", "focal", "software-properties-common")
    assert "pkg-config" in build_programs.programs_of("debian", "bookworm", "pkg-config")
    assert "msgfmt" in build_programs.programs_of("ubuntu", "jammy", "gettext")
    assert "strip" in build_programs.programs_of("ubuntu", "noble", "build-essential")
    assert "pg_config" in build_programs.programs_of("debian", "trixie", "libpq-dev")


def test_programs_every_image_has_are_left_out():
    # dpkg-dev (through build-essential) depends on perl, whose program perl-base ships
    essential = build_programs.programs_of("debian", "bookworm", "build-essential")
    assert "perl" not in essential and "dpkg" not in essential
    # python3-dev's python3 is not build-only: the runner installs it itself
    assert "python3" not in build_programs.programs_of("ubuntu", "jammy", "python3-dev")


def test_uncovered_releases_and_other_packages():
    assert build_programs.programs_of("debian", "buster", "gnupg") is None
    assert build_programs.programs_of("alpine", "3.18", "gnupg") is None
    assert build_programs.programs_of("debian", "bookworm", "curl") == frozenset()


def _replay(dropped, family, release):
    return PackageReplay((), tuple(dropped), (), (), distro=Distro(family, release))


def test_stays_in_builder_reads_the_data():
    jammy = _replay(["gettext", "gnupg", "software-properties-common"], "ubuntu", "jammy")
    for program in ("msgfmt", "gpg", "apt-key", "add-apt-repository", "gettext"):
        assert stays_in_builder(program, jammy), program
    assert stays_in_builder("cc", jammy)  # TOOL_PROGRAMS: made by update-alternatives
    for program in ("curl", "python3", "sed"):
        assert not stays_in_builder(program, jammy), program


def test_stays_in_builder_falls_back_to_the_hand_lists():
    trusty = _replay(["software-properties-common", "gettext"], "ubuntu", "trusty")
    assert stays_in_builder("add-apt-repository", trusty)
    assert not stays_in_builder("msgfmt", trusty)  # not known there
