"""Decisions about the RUNs the transpiler writes are asked of a record the code that
makes them leaves (a detection's or a plan's field), or read from a command's words,
not found by searching rendered text: a RUN of the user's whose text happens to hold
the same words is not taken for the transpiler's.  Each test also shows what the old
text test concluded on the same input."""

from types import SimpleNamespace

from transpiler import parse
from transpiler.analysis import analyze_stage
from transpiler.analysis.shell import xargs_command
from transpiler.analysis.state import global_args
from transpiler.knowledge.images import image_facts
from transpiler.multistage import runner_packages as rp
from transpiler.multistage.passes import runner_stage
from transpiler.multistage.recipes import distribution_runner, node_capture
from transpiler.multistage.recipes.base import Linking, RunnerPlan
from transpiler.multistage.recipes.build_capture import CaptureDetection
from transpiler.multistage.runner_setup import run_node, runs_apt
from transpiler.tree import ast


def _facts(text: str):
    tree = parse(text)
    return analyze_stage(tree.stages[0], global_args(tree))


def test_node_capture_replaces_the_capture_scan_only(monkeypatch):
    """node_capture scans the native addons too: it replaces the capture's own scan
    (``CaptureDetection.package_scan``), and keeps another addition that names the
    package list (one reading it)."""
    reads = run_node(f"cat {distribution_runner.PACKAGE_LIST}", "reads the list")
    scan = run_node(f"sort -u -o {distribution_runner.PACKAGE_LIST} x", "the scan")
    found = CaptureDetection("node", (1,), (), Linking(True, ()),
                             builder_additions=(reads, scan), scanned=True,
                             package_scan=scan, replay=SimpleNamespace(unmapped_dev=()))
    wider = run_node("a wider scan", "the scan with *.node")
    monkeypatch.setattr(node_capture, "_capture", lambda *a, **k: found)
    monkeypatch.setattr(distribution_runner, "scan_run", lambda *a, **k: wider)
    got = node_capture.capture_detection(None, "node", frozenset(), "why", ())
    assert got.builder_additions == (reads, wider)
    assert got.package_scan is wider and got.scanned
    # the old test (the list's path in the RUN's text) dropped the reader too
    old = tuple(a for a in found.builder_additions
                if distribution_runner.PACKAGE_LIST not in a.command.text)
    assert old == ()


_HTTPS_SOURCE = (
    "FROM debian:bullseye\nRUN apt-get update && apt-get install -y curl gnupg && "
    "echo 'deb https://dl.yarnpkg.com/debian/ stable main' > "
    "/etc/apt/sources.list.d/yarn.list && apt-get update && apt-get install -y yarn\n"
    "WORKDIR /app\nCOPY . .\nRUN yarn install\nCMD [\"node\", \"index.js\"]\n")


def test_https_prerequisites_are_asked_of_the_plan():
    """Whether the plan's setup installs what apt needs for https sources is the plan's
    record (``RunnerPlan.https_prepared``, set by the Node.js distribution runner): a
    setup RUN of another origin naming ``Dir::Etc::SourceParts=`` is not that."""
    facts = _facts(_HTTPS_SOURCE)
    image = "debian:bullseye-slim"
    own = run_node("apt-get -o Dir::Etc::SourceParts=/etc/apt/mine update && "
                   "apt-get install -y yarn", "a setup RUN of another origin")
    plan = RunnerPlan(image, "why", setup=(own,))
    got = rp.runner_packages(facts, image_facts(image), image, plan, False, False)
    assert got.prepare and "-o Dir::Etc::SourceParts=/var/lib/dtranspile/own-sources " \
        "update" in got.prepare[0].command.text
    # the old text test took that RUN for the prerequisites, and added none
    assert any("Dir::Etc::SourceParts=" in n.command.text for n in plan.setup)
    prepared = rp.runner_packages(facts, image_facts(image), image, RunnerPlan(
        image, "why", setup=(own,), https_prepared=True), False, False)
    assert prepared.prepare == ()


def _language_install(argv, carried=("python3",)):
    step = SimpleNamespace(argv=tuple(argv), where="line 2")
    return rp._language_installs([step], list(carried))


def test_language_installs_read_the_subcommand():
    """pip's and gem's installs are read by their subcommand (the walk puts the global
    options after it), not by any word equal to install."""
    assert _language_install(["pip3", "install", "scrapy"]) is not None
    assert _language_install(["python3", "-m", "pip", "install", "-q", "x"]) is not None
    assert _language_install(["gem", "install", "rails"], ("ruby",)) is not None
    # a project called install, downloaded or listed: nothing installed
    for argv, carried in ((["pip", "download", "install"], ("python3",)),
                          (["python3", "-m", "pip", "show", "install"], ("python3",)),
                          (["gem", "fetch", "install"], ("ruby",))):
        assert _language_install(argv, carried) is None, argv
        assert "install" in argv  # (the old test: any word equal to install)


def _run(text: str) -> ast.Run:
    return ast.Run(keyword="RUN", command=ast.ShellForm(text))


def test_runner_installs_are_read_from_commands():
    """The debconf answers go before a runner RUN that installs packages: one of its
    commands is a package manager's install (under xargs too), not text holding
    "install"."""
    installs = ("apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*",
                "export DEBIAN_FRONTEND=noninteractive && xargs -r apt-get install -y "
                "--no-install-recommends < /tmp/list && rm -f /tmp/list",
                "if [ -s /tmp/p ]; then xargs -r apt-get install -y < /tmp/p; fi && ldconfig")
    others = ("make install", "cp tool /opt/installer/tool", "pip install -r req.txt")
    for text in installs:
        assert runner_stage._installs_packages(_run(text)), text
    for text in others:
        assert not runner_stage._installs_packages(_run(text)), text
        assert "install" in text  # (the old test)
    assert not runner_stage._installs_packages(ast.Copy(keyword="COPY", paths=("a", "b")))


def test_xargs_command():
    assert xargs_command(("xargs", "-r", "-n1", "apt-get", "install", "-y")) == (
        "apt-get", "install", "-y")
    assert xargs_command(("xargs", "-I{}", "-d", "\\n", "cp", "{}", "/x")) == ("cp", "{}", "/x")
    assert xargs_command(("xargs", "-r")) == ()


def test_runner_apt_commands_are_read_from_commands():
    """The apt configuration goes before a runner RUN one of whose commands runs apt
    (wrapped, or run by xargs), not before text merely naming apt."""
    for text in ("apt-get update && apt-get install -y git", "sudo apt-get install -y x",
                 "xargs -r apt-get install -y < /tmp/list", "/usr/bin/apt install -y x",
                 "if [ -s /tmp/p ]; then aptitude install -y x; fi"):
        assert runs_apt(_run(text)), text
    for text in ("echo 'run apt install x' > /tmp/hint", "ls /etc/apt /var/lib/apt"):
        assert not runs_apt(_run(text)), text
    # the old pattern took the first for an apt command
    import re
    assert re.search(r"(^|[\s;&|(])(apt-get|apt|aptitude)\s",
                     "echo 'run apt install x' > /tmp/hint")
