"""Commands that compile at run time (multistage/toolchain_drivers.py), and the report
of a build tool kept for the program that the runner installs without its Recommends
(recipes/distribution_runner.py: python-pip)."""

import pytest

from transpiler.multistage import toolchain_drivers
from transpiler.multistage.api import transpile
from transpiler.multistage.decline import Decline
from transpiler.multistage.recipes.distribution_runner import PackageReplay


def _replay(dropped):
    return PackageReplay(install=("python",), dropped=tuple(dropped), unmapped_dev=(),
                         added=())


@pytest.mark.parametrize("name", ["stack", "cabal", "ghc", "ghc-8.6.5", "runghc",
                                  "runhaskell", "ghci"])
def test_ghc_drivers_decline_without_the_toolchain(name):
    with pytest.raises(Decline, match="runs GHC at run time.*gcc, libzmq3-dev"):
        toolchain_drivers.check(name, _replay(["gcc", "libzmq3-dev"]), "")


@pytest.mark.parametrize("name,dropped,replay", [
    ("stack", ["git"], True),        # (nothing of the toolchain left behind)
    ("stack", [], True),
    ("stack", ["gcc"], False),       # (no same-image replay: not judged here)
    ("python", ["gcc"], True),       # (not a toolchain driver)
    ("stackato", ["gcc"], True),
])
def test_other_commands_pass(name, dropped, replay):
    toolchain_drivers.check(name, _replay(dropped) if replay else None, "")


def test_stack_exec_entry_declines():
    text = ("FROM ubuntu:14.04\n"
            "RUN apt-get update && apt-get install -y python-dev libzmq3-dev gcc g++\n"
            "RUN easy_install -U pip && pip install -U jupyter\n"
            "RUN apt-get install -y haskell-stack\n"
            "COPY . /ihaskell\nWORKDIR /ihaskell\nRUN stack setup && stack install\n"
            "ENTRYPOINT stack exec -- jupyter notebook\n")
    report = transpile(text).report
    assert report.declined
    assert "runs `stack`, which runs GHC at run time" in report.reason


def test_pip_without_its_recommends_is_reported():
    text = ("FROM ubuntu:16.04\n"
            "RUN apt-get update && apt-get -y install python python-pip\n"
            "ADD . /opt/app\nWORKDIR /opt/app\nRUN pip install -r requirements.txt\n"
            "CMD python main.py\n")
    report = transpile(text).report.render()
    assert "installed again without their Recommends, which the original's apt " \
           "installed with them: python-pip" in report
    assert "python-setuptools installed beside pip" in report
    assert "python-pip without the Recommends the original's apt brought: what it " \
           "saves is those and pip's cache" in report
    assert "with every package the build installs: what it saves" not in report


def test_pip_installed_without_recommends_says_nothing_of_them():
    text = ("FROM ubuntu:16.04\n"
            "RUN apt-get update && apt-get -y install --no-install-recommends python "
            "python-pip\n"
            "ADD . /opt/app\nWORKDIR /opt/app\nRUN pip install -r requirements.txt\n"
            "CMD python main.py\n")
    report = transpile(text).report.render()
    assert "installed again without their Recommends" not in report
