"""The runner's own setup RUNs are read as the chain of commands the transpiler wrote
(``runner_setup.command_chain``: the shell parser's commands, each with its text and
words), not by splitting or searching their text: the package pins and the replayed
upgrade's repeats (``package_pins``, ``runner_upgrade.once``) write a RUN anew from its
commands, ``runner_upgrade.standalone`` reads the first RUN running the package manager
from its words, and the distribution runner's install RUN is written with its
``export DEBIAN_FRONTEND=noninteractive`` first instead of having it put before its
rendered text.  Each test also shows what the old text test made of a RUN whose quoted
text holds the same words."""

import re
import shlex
from types import SimpleNamespace

from transpiler import parse
from transpiler.analysis import analyze_stage
from transpiler.analysis.state import global_args
from transpiler.knowledge import packages
from transpiler.knowledge.images import image_facts
from transpiler.multistage import package_pins, runner_upgrade
from transpiler.multistage.recipes import distribution_runner
from transpiler.multistage.recipes.distribution_runner import PackageReplay, PlainBase
from transpiler.multistage.runner_setup import command_chain, run_node
from transpiler.tree import ast

LISTS = "rm -rf /var/lib/apt/lists/*"
UP = "apt-get update && apt-get upgrade -y && "
#: a RUN of the runner's own whose quoted text holds an install and an upgrade
QUOTED = run_node("echo 'apt-get update && apt-get upgrade -y && apt-get install -y curl "
                  "&& done' > /etc/motd")


def _facts(text: str):
    tree = parse(text)
    return analyze_stage(tree.stages[0], global_args(tree))


def test_command_chain_reads_the_commands():
    node = run_node(f"export DEBIAN_FRONTEND=noninteractive && {UP}apt-get install -y "
                    f"'a b' && {LISTS}")
    chain = command_chain(node)
    assert [p for p, _ in chain] == [
        "export DEBIAN_FRONTEND=noninteractive", "apt-get update", "apt-get upgrade -y",
        "apt-get install -y 'a b'", LISTS]
    assert chain[3][1] == ("apt-get", "install", "-y", "a b")
    assert " && ".join(p for p, _ in chain) == node.command.text
    # a quoted && is no separator: one command
    assert len(command_chain(QUOTED)) == 1 and QUOTED.command.text.count(" && ") == 3
    for text in ("a; b", "a || b", "a | b", "if [ -s /x ]; then a && b; fi", "a &&\nb",
                 "(a && b)", "a  &&  b", "'unclosed"):
        assert command_chain(run_node(text)) is None, text
    assert command_chain(ast.Copy(keyword="COPY", paths=("a", "b"))) is None
    # (words beyond ASCII: the parser's columns count bytes)
    assert [p for p, _ in command_chain(run_node("echo é && true"))] == ["echo é", "true"]


def _old_pinned(text: str, pins) -> str:
    """The former ``package_pins`` edit: split on " && ", each piece of plain words that
    reads as an install pinned (reference only)."""
    out = []
    for segment in text.split(" && "):
        try:
            words = shlex.split(segment)
        except ValueError:
            out.append(segment)
            continue
        if " ".join(words) == segment.strip() and packages.read_install(words) is not None:
            segment = " ".join(pins.get(w, w) for w in words)
        out.append(segment)
    return " && ".join(out)


def test_pins_rewrite_the_runners_install_commands_only():
    facts = _facts("FROM debian:bookworm\nRUN apt-get update && apt-get install -y "
                   "curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*\n")
    install = run_node(f"apt-get update && apt-get install -y curl && {LISTS}")
    quoted = run_node("echo 'x && apt-get install -y curl && y' > /etc/motd")
    stage = ast.Stage(from_=ast.From(keyword="FROM", args=("debian:bookworm",)),
                      body=(install, quoted))
    ctx = SimpleNamespace(runner_stage=stage, runner=SimpleNamespace(image="debian:bookworm"),
                          facts=facts, placements=[], added=[])
    package_pins.run(ctx)
    got = [n.command.text for n in ctx.runner_stage.body]
    assert got == [f"apt-get update && apt-get install -y curl=7.88.1-10+deb12u5 && {LISTS}",
                   quoted.command.text]
    assert ctx.added and ctx.added[0].endswith("curl=7.88.1-10+deb12u5")
    # the old split pinned the quoted words of the echo too
    pins = package_pins.pins_of(facts)
    assert _old_pinned(quoted.command.text, pins) == \
        "echo 'x && apt-get install -y curl=7.88.1-10+deb12u5 && y' > /etc/motd"


#: the former ``runner_upgrade._PREFIX`` (reference only)
_OLD_PREFIX = re.compile(r"(?P<update>apt-get update && )?apt-get (?:dist-)?upgrade"
                         r"(?: (?:'[^']*'|[^\s'&]+))*? -y && |apk upgrade --no-cache && |"
                         r"yum update -y && ")


def test_once_reads_the_upgrade_among_the_commands():
    first = run_node(f"{UP}apt-get install -y a && {LISTS}")
    assert runner_upgrade.once([first, QUOTED]) == [first, QUOTED]
    assert _OLD_PREFIX.search(QUOTED.command.text)  # (the old test cut the echo's text)
    later = run_node(f"{UP}apt-get install -y b && {LISTS}")
    assert [n.command.text for n in runner_upgrade.once([first, QUOTED, later])] == [
        first.command.text, QUOTED.command.text,
        f"apt-get update && apt-get install -y b && {LISTS}"]
    # the upgrade last in its RUN is not the one the writers put before the installs
    last = run_node("apt-get update && apt-get upgrade -y")
    assert runner_upgrade.once([first, last]) == [first, last]
    # only the upgrade left, after the frontend's export: dropped
    alone = run_node(f"export DEBIAN_FRONTEND=noninteractive && {UP}{LISTS}")
    assert runner_upgrade.once([first, alone]) == [first]


_UPGRADED = ("FROM debian:bookworm\nRUN apt-get update && apt-get upgrade -y && "
             "apt-get install -y curl\nCMD [\"curl\"]\n")


def test_standalone_reads_the_first_apt_run_by_its_words():
    facts, runner = _facts(_UPGRADED), image_facts("debian:bookworm-slim")
    install = run_node(f"apt-get update && apt-get install -y curl && {LISTS}")
    upgraded = run_node(f"{UP}apt-get install -y curl && {LISTS}")
    node, note = runner_upgrade.standalone(facts, runner, [QUOTED, install])
    assert node.command.text == f"export DEBIAN_FRONTEND=noninteractive && {UP}{LISTS}"
    assert note
    # (the old test: the echo's text names apt-get and holds the upgrade: none added)
    assert "apt-get " in QUOTED.command.text and UP in QUOTED.command.text
    assert runner_upgrade.standalone(facts, runner, [QUOTED, upgraded]) == (None, None)
    assert runner_upgrade.standalone(facts, runner, [install, upgraded])[0] is not None


def test_standalone_on_alpine_skips_a_run_naming_an_apk_file():
    facts = _facts("FROM alpine:3.19\nRUN apk upgrade --no-cache && apk add --no-cache "
                   "curl\nCMD [\"curl\"]\n")
    runner = image_facts("alpine:3.19")
    copy = run_node("cp /srv/app.apk /data/app.apk")
    upgraded = run_node("apk upgrade --no-cache && apk add --no-cache curl")
    assert runner_upgrade.standalone(facts, runner, [copy, upgraded]) == (None, None)
    assert "apk " in copy.command.text  # (the old test took it for the first apk RUN)
    node, _ = runner_upgrade.standalone(facts, runner, [copy])
    assert node.command.text == "apk upgrade --no-cache && true"


def test_upgrade_prefix_is_written_from_its_words():
    for verb in ("upgrade", "dist-upgrade", "upgrade -o Dpkg::Options::=--force-confold",
                 "upgrade -o 'Dpkg::Options::=--force-confdef x'"):
        words = packages.upgrade_words("apt", verb)
        assert packages.upgrade_prefix("apt", verb) == f"apt-get update && apt-get {verb} -y && "
        assert packages.upgrade_prefix("apt", verb, False) == f"apt-get {verb} -y && "
        assert packages.replayed_upgrade(words)
    assert packages.upgrade_prefix("apk", "upgrade") == "apk upgrade --no-cache && "
    assert packages.upgrade_prefix("yum", "upgrade") == "yum update -y && "
    assert packages.upgrade_prefix("apt", "") == "" and packages.upgrade_words("apt", "") == ()
    assert not packages.replayed_upgrade(("apt-get", "upgrade", "curl"))
    assert not packages.replayed_upgrade(("apt-get", "install", "-y"))


DEBIAN = packages.distro_of("debian", None)
ALPINE = packages.distro_of("alpine", None)


def test_distribution_runner_writes_the_frontend_first():
    base = PlainBase("debian:bookworm", "debian:bookworm-slim", DEBIAN, "apt", "why")
    for scanned in (False, True):
        for around in (((), ()), (("mkdir -p /x",), ("test -x /y",))):
            for upgrade in ("", "upgrade"):
                replay = PackageReplay(("curl",), (), (), (), upgrade=upgrade)
                plan = distribution_runner.runner_plan(base, replay, scanned, "the program",
                                                       around=around)
                runs = [n for n in plan.setup if isinstance(n, ast.Run)]
                assert len(runs) == 1
                chain = command_chain(runs[0])
                assert chain[0] == (packages.NONINTERACTIVE,
                                    ("export", "DEBIAN_FRONTEND=noninteractive"))
                assert runs[0].command.text.count("DEBIAN_FRONTEND") == 1
                if around[0] and not scanned:
                    assert chain[1][0] == "mkdir -p /x"
    apk = PlainBase("alpine:3.19", "alpine:3.19", ALPINE, "apk", "why")
    plan = distribution_runner.runner_plan(apk, PackageReplay(("curl",), (), (), ()), False,
                                           "the program")
    assert "DEBIAN_FRONTEND" not in plan.setup[0].command.text
