"""apt_config: the runner's installs run with the apt configuration the original's ran
with (the files written before its last apt command, copied), and each package gets
the Recommends and Suggests its first install had."""

import pytest

from transpiler import parse
from transpiler.analysis.state import analyze_stage
from transpiler.knowledge.packages import Distro, install_command
from transpiler.multistage.apt_config import apt_choices
from transpiler.multistage.decline import Decline

NOREC = "RUN echo 'APT::Install-Recommends \"false\";' > /etc/apt/apt.conf.d/zz-tame\n"
PROXY = "RUN echo 'Acquire::http::Proxy \"http://10.0.0.1:3142\";' > /etc/apt/apt.conf.d/01proxy\n"


def _choices(body):
    return apt_choices(analyze_stage(parse("FROM debian:bookworm\n" + body).stages[0], {}))


def test_recommends_turned_off_before_the_install():
    # corpus 87dbd03a: the original's git came without its Recommends; the runner's
    # `apt-get install -y git` brought them
    got = _choices(NOREC + "RUN apt-get update && apt-get install -y git curl\n")
    assert "git" not in got.recommends and "curl" not in got.recommends
    assert got.carried == ("/etc/apt/apt.conf.d/zz-tame",)
    assert not got.undecided


def test_without_configuration_the_command_line_decides():
    got = _choices("RUN apt-get update && apt-get install -y git && "
                   "apt-get install -y --no-install-recommends curl\n")
    assert got.recommends == {"git"} and got.carried == () and not got.options


def test_configuration_after_the_last_apt_command_stays_out():
    # it served no install: the runner's copy of it would turn off what the original had
    got = _choices("RUN apt-get update && apt-get install -y git\n" + NOREC)
    assert got.recommends == {"git"} and got.carried == () and not got.undecided


def test_install_with_the_images_own_setting_before_a_file_sets_it_is_undecided():
    got = _choices("RUN apt-get update && apt-get install -y curl\n" + NOREC +
                   "RUN apt-get install -y git\n")
    assert "curl" in got.undecided and "git" not in got.undecided
    with pytest.raises(Decline):
        got.check(["curl"])
    got.check(["git"])


def test_explicit_recommends_over_a_carried_file_that_turns_them_off():
    got = _choices(NOREC + "RUN apt-get update && apt-get install -y --install-recommends git "
                   "&& apt-get install -y -o APT::Install-Suggests=1 vim\n")
    assert got.options == {"git": ("--install-recommends",), "vim": ("--install-suggests",)}
    assert "git" in got.recommends and "vim" not in got.recommends


def test_proxy_is_carried_and_changes_no_package():
    # the original's apt fetched through it, so the build reaches it: the runner's too
    got = _choices(PROXY + "RUN apt-get update && apt-get install -y git\n")
    assert got.carried == ("/etc/apt/apt.conf.d/01proxy",)
    assert got.recommends == {"git"} and not got.options and not got.undecided


def test_copied_file_of_unknown_content_is_carried_as_is():
    got = _choices("COPY 99local /etc/apt/apt.conf.d/\n"
                   "RUN apt-get update && apt-get install -y git\n")
    assert got.carried == ("/etc/apt/apt.conf.d/99local",) and not got.undecided
    # an install before it had the image's own setting, which the copy may change
    got = _choices("RUN apt-get update && apt-get install -y curl\n"
                   "COPY 99local /etc/apt/apt.conf.d/\nRUN apt-get install -y git\n")
    assert "curl" in got.undecided and "git" not in got.undecided


def test_removed_after_the_installs_used_it_is_undecided():
    got = _choices(PROXY + "RUN apt-get update && apt-get install -y git && "
                   "rm /etc/apt/apt.conf.d/01proxy\n")
    assert "git" in got.undecided and got.carried == ()


def test_tee_of_an_echo_is_read():
    got = _choices("RUN echo 'APT::Install-Recommends \"0\";' | tee /etc/apt/apt.conf.d/n\n"
                   "RUN apt-get update && apt-get install -y git\n")
    assert "git" not in got.recommends


def test_install_command_groups_packages_by_their_options():
    text = install_command(Distro("debian", "bookworm"), ["vim", "git", "curl"],
                           recommends={"git"}, options={"vim": ("--install-suggests",)})
    assert text == ("apt-get update && apt-get install -y --no-install-recommends curl && "
                    "apt-get install -y --no-install-recommends --install-suggests vim && "
                    "apt-get install -y git && rm -rf /var/lib/apt/lists/*")


def test_configuration_before_a_clean_only_served_no_install():
    # `apt-get clean` after it fetches and installs nothing: the file served no install
    got = _choices("RUN apt-get update && apt-get install -y git && " +
                   NOREC[4:-1] + " && apt-get clean\n")
    assert got.carried == () and got.recommends == {"git"} and not got.undecided


@pytest.mark.parametrize("write", [
    # the quick test of which commands may write apt's configuration must not miss a
    # path spelt with quotes, held in a variable, or relative to a directory under it
    "RUN echo 'APT::Install-Recommends \"false\";' > /etc/\"apt\"/apt.conf.d/zz-tame\n",
    "ENV CONF=/etc/apt/apt.conf.d/zz-tame\n"
    "RUN echo 'APT::Install-Recommends \"false\";' > $CONF\n",
    "WORKDIR /etc/apt/apt.conf.d\nRUN echo 'APT::Install-Recommends \"false\";' > zz-tame\n",
])
def test_configuration_written_by_any_spelling_is_seen(write):
    got = _choices(write + "RUN apt-get update && apt-get install -y git\n")
    assert got.carried == ("/etc/apt/apt.conf.d/zz-tame",) and "git" not in got.recommends


# -- the runtime packages of -dev packages installed with their Recommends --------------
# apt brings the Recommends of every package an install pulls in, its dependencies too:
# the original that installs libsasl2-dev with Recommends has libsasl2-2's
# (libsasl2-modules, the SASL mechanisms libsasl2 loads with dlopen)

BOOKWORM = Distro("debian", "bookworm")


def test_runtime_package_of_a_dev_package_installed_with_recommends_gets_them():
    got = _choices("RUN apt-get update && apt-get install -y gcc libsasl2-dev "
                   "&& apt-get install -y --no-install-recommends libpq-dev\n")
    assert "libsasl2-2" in got.with_runtime(BOOKWORM)
    assert "libpq5" not in got.with_runtime(BOOKWORM)
    assert "libsasl2-2" not in got.recommends  # (by name, as before)


def test_runtime_package_named_without_recommends_keeps_none():
    got = _choices("RUN apt-get update && apt-get install -y --no-install-recommends "
                   "libsasl2-2 && apt-get install -y libsasl2-dev\n")
    assert "libsasl2-2" not in got.with_runtime(BOOKWORM)


def test_recommends_turned_off_by_configuration_bring_no_runtime_recommends():
    got = _choices(NOREC + "RUN apt-get update && apt-get install -y libsasl2-dev\n")
    assert "libsasl2-2" not in got.with_runtime(BOOKWORM)


def test_native_runner_installs_the_mapped_package_with_its_recommends():
    from transpiler import transpile
    text = ("FROM debian:bookworm\n"
            "RUN apt-get update && apt-get install -y gcc libc6-dev libsasl2-dev\n"
            "COPY main.c .\nRUN gcc -o /usr/local/bin/app main.c -lsasl2\n"
            "CMD [\"app\"]\n")
    out = transpile(text).output
    assert "apt-get install -y libsasl2-2 &&" in out
    assert "--no-install-recommends libsasl2-2" not in out
    quiet = transpile(text.replace("install -y gcc", "install -y --no-install-recommends gcc"))
    assert "apt-get install -y --no-install-recommends libsasl2-2 &&" in quiet.output
