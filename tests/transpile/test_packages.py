"""knowledge.packages: reading installs, -dev -> runtime package per release, install RUN text."""

import pytest

from transpiler.knowledge.packages import Distro, distro_of, install_command, kind_of, read_install, read_removal, runtime_needs, runtime_of

BOOKWORM, TRIXIE, BUSTER = Distro("debian", "bookworm"), Distro("debian", "trixie"), Distro("debian", "buster")
ALPINE = Distro("alpine", "3.20")


def test_read_install_apt_apk_yum():
    assert read_install(["apt-get", "-y", "install", "--no-install-recommends", "libpq-dev",
                         "gcc=4:12.2.0-3"]).packages == ("libpq-dev", "gcc")
    got = read_install(["apk", "add", "--no-cache", "--virtual", ".build", "openssl-dev"])
    assert got.packages == ("openssl-dev",) and got.virtual == ".build" and got.manager == "apk"
    assert read_install(["yum", "install", "-y", "zlib-devel"]).manager == "yum"
    assert read_install(["apt-get", "update"]) is None
    assert read_install(["make"]) is None


def test_expanded_variable_is_split_into_packages():
    # `apt-get install $BUILDPKGS` read with the ENV's value: one word holding blanks is
    # split as the shell splits an unquoted expansion (one package per field)
    assert read_install(["apt-get", "install", "-y", "gcc libldap2-dev  gettext"]).packages \
        == ("gcc", "libldap2-dev", "gettext")
    assert read_removal(["apt-get", "purge", "-y", "gcc libldap2-dev"]) == ("gcc", "libldap2-dev")


@pytest.mark.parametrize("dev,distro,runtime", [
    ("libpq-dev", BOOKWORM, "libpq5"), ("libxml2-dev", BOOKWORM, "libxml2"),
    ("libffi-dev", BOOKWORM, "libffi8"), ("libffi-dev", BUSTER, "libffi6"),
    ("libjpeg-dev", BOOKWORM, "libjpeg62-turbo"),
    ("libjpeg-dev", Distro("ubuntu", "jammy"), "libjpeg-turbo8"),
    ("libssl-dev", BOOKWORM, "libssl3"), ("libssl-dev", BUSTER, "libssl1.1"),
    ("libssl-dev", TRIXIE, "libssl3t64"), ("zlib1g-dev", TRIXIE, "zlib1g"),
    ("openssl-dev", ALPINE, "openssl"), ("jpeg-dev", ALPINE, "libjpeg-turbo"),
])
def test_runtime_of(dev, distro, runtime):
    assert runtime_of(dev, distro) == (runtime,)


XENIAL, NOBLE = Distro("ubuntu", "xenial"), Distro("ubuntu", "noble")


def test_runtime_of_generated_data():
    """The releases the generated data covers answer from their package indexes."""
    assert runtime_of("libsdl2-dev", XENIAL)[0] == "libsdl2-2.0-0"
    # a -dev package whose library the t64 transition renamed maps to the new name
    assert runtime_of("libpng-dev", NOBLE) == ("libpng16-16t64",)
    # a metapackage resolves through the -dev packages it depends on
    boost = runtime_of("libboost-all-dev", BOOKWORM)
    assert "libboost-system1.74.0" in boost and "libboost-filesystem1.74.0" in boost
    assert runtime_of("default-libmysqlclient-dev", BOOKWORM) == ("libmariadb3",)
    assert runtime_of("default-libmysqlclient-dev", NOBLE) == ("libmysqlclient21",)
    # a virtual -dev name with one provider is that provider (apt picks it)
    assert runtime_of("libz-dev", NOBLE) == ("zlib1g",)
    # header-only: nothing to carry
    assert runtime_of("libglm-dev", BOOKWORM) == ()
    # a library whose Section is not libs (tesseract's is graphics) is still found
    assert runtime_of("libtesseract-dev", Distro("ubuntu", "focal")) == ("libtesseract4",)
    # a -dev package the release does not have is unknown
    assert runtime_of("libpcre3-dev", TRIXIE) is None


def test_archived_releases_keep_the_hand_table_or_stay_unknown():
    assert runtime_of("libssl-dev", Distro("ubuntu", "trusty")) == ("libssl1.0.0",)
    assert runtime_of("libsdl2-dev", BUSTER) is None
    # an archived release neither the data nor the table covers
    assert distro_of("ubuntu", "12.10") == Distro("ubuntu", None)


def test_releases_the_data_covers_are_known():
    assert distro_of("ubuntu", "resolute") == Distro("ubuntu", "resolute")
    assert distro_of("ubuntu", "26.04") == Distro("ubuntu", "resolute")
    assert runtime_of("libssl-dev", Distro("ubuntu", "resolute")) == ("libssl3t64",)


def test_unknown_release_is_unknown():
    assert runtime_of("libssl-dev", Distro("debian", None)) is None
    assert runtime_of("libfoo-dev", BOOKWORM) is None


def test_runtime_needs_splits_toolchain_dev_other():
    needs = runtime_needs(["build-essential", "cmake", "git", "libpq-dev", "libfoo-dev",
                           "ca-certificates", "nginx", "libgomp1"], BOOKWORM)
    assert needs.packages == ("libpq5", "ca-certificates", "libgomp1")
    assert needs.unknown == ("libfoo-dev",)
    assert needs.other == ("nginx",)
    assert set(needs.dropped) == {"build-essential", "cmake", "git"}
    assert kind_of("gcc-12", BOOKWORM) == "toolchain"


def test_runtime_needs_maps_linked_interpreter_headers():
    """python-dev is build-only for a Python C extension, but a cgo program may link
    libpython: passed as ``linked`` it maps like any -dev package (or stays unknown)."""
    xenial = distro_of("ubuntu", "xenial")
    assert runtime_needs(["python-dev", "gcc"], xenial).packages == ()
    needs = runtime_needs(["python-dev", "erlang-dev", "gcc"], xenial, linked=["python-dev"])
    assert needs.packages == ("libpython2.7",) and not needs.unknown
    assert runtime_needs(["python-dev"], distro_of("debian", "jessie"),
                         linked=["python-dev"]).unknown == ("python-dev",)


def test_distro_of_ubuntu_numbers():
    assert distro_of("ubuntu", "22.04") == Distro("ubuntu", "jammy")
    assert distro_of("ubuntu", "latest") == Distro("ubuntu", None)
    assert distro_of("centos", "7") is None


def test_install_command():
    assert install_command(BOOKWORM, ["libpq5", "libffi8"], ldconfig=True) == (
        "apt-get update && apt-get install -y --no-install-recommends libffi8 libpq5 "
        "&& rm -rf /var/lib/apt/lists/* && ldconfig")
    assert install_command(ALPINE, ["libpq"], ldconfig=True) == "apk add --no-cache libpq"
    assert install_command(BOOKWORM, [], ldconfig=True) == "ldconfig"


def test_only_toolchains_dev_packages_and_build_tools_are_build_only():
    """curl (a health check), bash (a script), unzip may be used at run time: they are
    not build-only (issue 18); compilers, -dev packages and git are."""
    for pkg in ("curl", "wget", "bash", "unzip", "tzdata"):
        assert kind_of(pkg, BOOKWORM) not in ("toolchain", "helper", "dev"), pkg
    assert kind_of("git", BOOKWORM) == "helper"
    assert kind_of("golang-1.21-go", BOOKWORM) == "toolchain"
    assert kind_of("openjdk-17-jdk", BOOKWORM) == "toolchain"
    assert kind_of("libpq-dev", BOOKWORM) == "dev"


def test_kept_installs_subtracts_removals_and_virtual_groups():
    from transpiler.knowledge.packages import kept_installs, read_removal

    assert read_removal(["apt-get", "purge", "-y", "--auto-remove", "curl"]) == ("curl",)
    assert read_removal(["apk", "del", ".build-deps"]) == (".build-deps",)
    assert read_removal(["apk", "add", "curl"]) is None
    kept, removed = kept_installs([
        ["apk", "add", "--virtual", ".build-deps", "gcc", "musl-dev"],
        ["apk", "add", "curl", "tzdata"],
        ["apk", "del", ".build-deps"],
        ["apt-get", "remove", "-y", "tzdata"]])
    assert kept == ("curl",)
    assert set(removed) == {"gcc", "musl-dev", "tzdata"}


def test_carried_name_across_families():
    from transpiler.knowledge.packages import carried_name

    alpine = distro_of("alpine", "3.20")
    assert carried_name("curl", BOOKWORM, alpine) == "curl"
    assert carried_name("xz-utils", BOOKWORM, alpine) == "xz"
    assert carried_name("libcap2-bin", BOOKWORM, alpine) is None
    assert carried_name("libcap2-bin", BOOKWORM, distro_of("debian", "bookworm")) == "libcap2-bin"
    # apt to apt of another release or distribution: its archive's names are its own
    # (bookworm's libssl3 is libssl3t64 on trixie; wily's php5-cli is in no Debian)
    assert carried_name("libssl3", BOOKWORM, distro_of("debian", "trixie")) is None
    assert carried_name("php5-cli", distro_of("ubuntu", "15.10"), BOOKWORM) is None


def test_apt_upgrade_of_named_packages_installs_them():
    """apt 1.1 and later take the packages an upgrade names as installs (held to upgrades
    of the rest): ``apt-get upgrade git`` installs git; an upgrade naming none installs
    nothing."""
    from transpiler.knowledge.packages import read_install as read

    assert read(["apt-get", "upgrade", "-yqq", "git"]).packages == ("git",)
    assert read(["apt-get", "-y", "dist-upgrade", "--no-install-recommends", "vim-nox"]) \
        .packages == ("vim-nox",)
    assert read(["apt", "full-upgrade", "-y", "curl"]).packages == ("curl",)
    assert read(["apt-get", "upgrade", "-y"]) is None
    assert read(["apk", "upgrade", "curl"]) is None  # apk's upgrade installs nothing new


@pytest.mark.parametrize("argv,verb", [
    (["apt-get", "-q", "-y", "dist-upgrade"], "dist-upgrade"),
    (["apt-get", "-y", "--no-install-recommends", "dist-upgrade"], "dist-upgrade"),
    (["apt-get", "-qq", "-y", "--allow-downgrades", "--allow-remove-essential", "full-upgrade"],
     "full-upgrade"),
    (["apt-get", "-o", "Dpkg::Options::=--force-confold", "-y", "dist-upgrade"], "dist-upgrade"),
    (["apt-get", "-t", "bookworm-backports", "install", "git"], "install"),
    (["apt-get", "-oAcquire::Retries=3", "update"], "update"),
    (["apk", "-X", "http://mirror/edge", "add", "git"], "add"),
    (["apt-get", "-y"], None), (["make", "install"], None),
])
def test_verb_wherever_the_options_stand(argv, verb):
    """The verb comes after any options, and an option taking a value (-o, -t, -c, -X)
    takes the next word: reading the first words only missed `apt-get -q -y
    dist-upgrade` (the runner did not upgrade), and the first non-option word took -o's
    value for the verb (the install was not seen)."""
    from transpiler.knowledge.distributions import verb_of
    assert verb_of(argv) == verb


def test_install_with_value_options_before_the_verb():
    got = read_install(["apt-get", "-o", "Dpkg::Options::=--force-confold", "-y", "install",
                        "git", "curl"])
    assert got is not None and got.packages == ("git", "curl")
    assert read_install(["apt-get", "-t", "bookworm-backports", "install", "-y", "git"]
                        ).packages == ("git",)
    assert read_removal(["apt-get", "-o", "APT::Get::Purge=1", "remove", "-y", "gcc"]) == ("gcc",)


@pytest.mark.parametrize("argvs, manager, verb", [
    ([["apt-get", "update"], ["apt-get", "upgrade", "-y"]], None, "upgrade"),
    ([["apt-get", "-y", "-o", "Dpkg::Options::=--force-confold", "dist-upgrade"]], None,
     "dist-upgrade -o Dpkg::Options::=--force-confold"),
    ([["apt", "full-upgrade", "-y"], ["apt-get", "upgrade"]], "apt", "dist-upgrade"),
    ([["apk", "upgrade", "--no-cache"]], "apk", "upgrade"),
    ([["dnf", "update", "-y"]], "yum", "upgrade"),
    # the options that change what apt's upgrade does go with it; -y and -qq do not
    ([["apt-get", "-qq", "-y", "--allow-remove-essential", "dist-upgrade"]], "apt",
     "dist-upgrade --allow-remove-essential"),
    ([["apt-get", "-o", "Dpkg::Options::=--force-confold", "upgrade", "-yqq"]], None,
     "upgrade -o Dpkg::Options::=--force-confold"),
    # a named package: that one alone is installed or upgraded
    ([["apt-get", "upgrade", "-y", "-o", "APT::Get::Fix-Missing=1", "git"]], None, ""),
    ([["yum", "update", "-y", "curl"]], None, ""),
    # another manager's upgrade is not the runner's (an apk upgrade for an apt runner)
    ([["apk", "upgrade"]], "apt", ""),
    ([["apt-get", "update"], ["apt-get", "install", "-y", "curl"]], None, ""),
])
def test_upgrade_verb(argvs, manager, verb):
    from transpiler.knowledge.packages import upgrade_verb
    assert upgrade_verb(argvs, manager) == verb


def test_install_command_replays_the_upgrade_after_its_update():
    """The upgrade comes once, after the index update the install runs anyway, before
    every install (with Recommends or not), as the original ordered them."""
    bookworm = distro_of("debian", "bookworm")
    assert install_command(bookworm, ["libpq5", "tesseract-ocr"], recommends=["tesseract-ocr"],
                           upgrade="dist-upgrade") == (
        "apt-get update && apt-get dist-upgrade -y && apt-get install -y "
        "--no-install-recommends libpq5 && apt-get install -y tesseract-ocr && "
        "rm -rf /var/lib/apt/lists/*")
    assert install_command(distro_of("alpine", "3.19"), ["libpq"], upgrade="upgrade") == \
        "apk upgrade --no-cache && apk add --no-cache libpq"
    assert install_command(bookworm, [], upgrade="upgrade") == ""


def test_libraries_loaded_with_dlopen_come_with_the_runtime_package():
    """SDL2 loads libGL and libEGL with dlopen: the -dev package brought them to the
    original (libgl-dev, libegl-dev), libsdl2-2.0-0 does not depend on them; each
    release under its own names (Ubuntu 16.04 has Mesa's, no libglvnd)."""
    assert runtime_of("libsdl2-dev", BOOKWORM) == ("libsdl2-2.0-0", "libgl1", "libegl1")
    assert runtime_of("libsdl2-dev", NOBLE) == ("libsdl2-2.0-0", "libgl1", "libegl1")
    assert runtime_of("libsdl2-dev", XENIAL) == ("libsdl2-2.0-0", "libgl1-mesa-glx",
                                                 "libegl1-mesa")
    # libsdl3-0 only Recommends them, which the runner's --no-install-recommends drops
    assert runtime_of("libsdl3-dev", TRIXIE) == ("libsdl3-0", "libgl1", "libegl1")
    assert runtime_of("libglfw3-dev", XENIAL) == ("libglfw3", "libgl1-mesa-glx")
    # the library's other runtime packages are unchanged; an unknown release stays unknown
    assert runtime_of("libsdl2-image-dev", BOOKWORM) == ("libsdl2-image-2.0-0",)
    assert runtime_of("libsdl2-dev", BUSTER) is None


def test_dlopen_table_names_packages_the_releases_have():
    """Every package the dlopen table can add is one some covered release's data names,
    and every entry says where its evidence is."""
    from transpiler.knowledge import dlopen_packages, runtime_packages
    known = set()
    for dist in ("debian", "ubuntu"):
        for release in runtime_packages.covered(dist):
            known |= runtime_packages.names(dist, release)
    for dev, (what, groups, source) in dlopen_packages.DLOPEN.items():
        assert dev.endswith("-dev") and "dlopen" in what and "Debian" in source
        for alternatives in groups:
            assert any(name in known for name in alternatives), (dev, alternatives)
