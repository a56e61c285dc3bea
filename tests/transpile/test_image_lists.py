"""The runner's apt installs on the package lists its image holds (``package_index``):
the code writing each setup RUN writes it without the index fetch and the lists'
removal (``fetch`` False), instead of a later pass deleting them from the rendered text.
Each writer's text without the fetch is checked here against what the former text edit
made of its text with it (``_edited``, that edit as it was)."""

import itertools
import re

import pytest

from transpiler.knowledge import packages
from transpiler.knowledge.distributions import MANAGERS
from transpiler.multistage.recipes import distribution_runner, effect_capture, package_files
from transpiler.multistage.recipes.distribution_runner import PackageReplay, PlainBase


def _edited(text: str) -> str:
    """The former ``package_index.on_image_lists`` text edit (reference only)."""
    if "apt-get update && " not in text:
        return text
    text = re.sub(r"rm -rf /var/lib/apt/lists/\* ?",
                  lambda m: "rm -f " if m.group(0).endswith(" ") else "",
                  text.replace("apt-get update && ", ""))
    text = re.sub(r" && rm -f (?=;|$| &&)", "", text.replace(" && ;", ";"))
    return re.sub(r" && (?=;|$)", "", text)


def _edited_rules(rules: str) -> str:
    return rules + ",DL3009" if rules and "DL3009" not in rules else rules


DEBIAN = packages.distro_of("debian", None)


@pytest.mark.parametrize("names, recommends, options, upgrade", [
    (names, rec, opts, up) for names, rec, opts, up in itertools.product(
        (["git"], ["curl", "git", "tzdata"]), ((), ("git",), ("curl", "git")),
        (None, {"git": ("--install-suggests",)}), ("", "upgrade", "dist-upgrade"))])
def test_install_command_without_fetch(names, recommends, options, upgrade):
    kwargs = dict(recommends=recommends, options=options, upgrade=upgrade)
    assert packages.install_command(DEBIAN, names, fetch=False, **kwargs) == _edited(
        packages.install_command(DEBIAN, names, **kwargs))


def test_package_manager_install_command():
    for manager in MANAGERS.values():
        assert manager.install_command("a b", False) == _edited(manager.install_command("a b"))
    assert MANAGERS["apt"].install_command("a") == (
        "apt-get update && apt-get install -y --no-install-recommends a && "
        "rm -rf /var/lib/apt/lists/*")


@pytest.mark.parametrize("keep_files", [False, True])
def test_capture_runner_run_without_fetch(keep_files):
    for accounts in (False, True):
        _, fetched = effect_capture.runner_nodes("builder", "apt", keep_files, accounts)
        _, kept = effect_capture.runner_nodes("builder", "apt", keep_files, accounts, False)
        assert kept.command.text == _edited(fetched.command.text)
        assert [c.text for c in kept.leading] == [
            c.text + ",DL3009" if c.text.startswith("# hadolint ignore=") else c.text
            for c in fetched.leading]
    # (the update after the package files, which may add a repository, stays)
    text = package_files.runner_install_text("/p", "/m", False)
    assert text.count("apt-get update") == 1 and "apt-get update; fi" in text


_BASE = PlainBase("example.com/own:1", "example.com/own:1", DEBIAN, "apt", "why",
                  release_floats=True, image_lists=True)


@pytest.mark.parametrize("scanned, keep_lists, install, recommends, options, upgrade", [
    combo for combo in itertools.product(
        (False, True), (False, True), ((), ("git",), ("curl", "git")), ((), ("git",)),
        ((), (("git", ("--install-suggests",)),)), ("", "upgrade"))
    if (combo[2] or combo[5]) and set(combo[3]) <= set(combo[2]) and
    (not combo[4] or "git" in combo[2])])
def test_runner_plan_without_fetch(scanned, keep_lists, install, recommends, options,
                                   upgrade):
    replay = PackageReplay(install, (), (), (), upgrade=upgrade, recommends=recommends,
                           options=options)
    fetched = distribution_runner.runner_plan(
        PlainBase(*(getattr(_BASE, f) for f in ("builder", "image", "distro", "manager",
                                                   "why")), release_floats=True),
        replay, scanned, "the program", keep_lists=keep_lists)
    kept = distribution_runner.runner_plan(_BASE, replay, scanned, "the program",
                                           keep_lists=keep_lists)
    runs = [(a, b) for a, b in zip(fetched.setup, kept.setup) if hasattr(a, "command")]
    assert runs and len(fetched.setup) == len(kept.setup)
    for a, b in runs:
        assert b.command.text == _edited(a.command.text)
        assert [c.text for c in b.leading] == [
            _edited_rules(c.text) if c.text.startswith("# hadolint ignore=") else c.text
            for c in a.leading]


def test_plain_base_fetches_but_on_its_own_lists():
    base = PlainBase("example.com/own:1", "example.com/own:${TAG}", DEBIAN, "apt", "why",
                     image_lists=True)
    assert not base.fetches(None) and not base.fetches("example.com/own:1") and \
        not base.fetches("example.com/own:${TAG}")
    assert base.fetches("example.com/other:1")
    assert PlainBase("a", "a", DEBIAN, "apt", "why").fetches(None)
