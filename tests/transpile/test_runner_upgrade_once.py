"""runner_upgrade.once: the replayed upgrade stays in the runner's first RUN that has it
and leaves a later RUN of the runner's own only where that repeats it with the same
package sources."""

from __future__ import annotations

from transpiler import parse
from transpiler.multistage.runner_setup import run_node
from transpiler.multistage.runner_upgrade import once
from transpiler.tree import ast

UP = "apt-get update && apt-get upgrade -y && "


def _texts(body):
    return [n.command.text if isinstance(n, ast.Run) else type(n).__name__ for n in body]


def test_a_repeat_of_the_same_upgrade_is_left_out():
    body = [run_node(UP + "apt-get install -y libssl3 && rm -rf /var/lib/apt/lists/*"),
            ast.Workdir(keyword="WORKDIR", value="/app"),
            run_node(UP + "apt-get install -y wget && rm -rf /var/lib/apt/lists/*")]
    assert _texts(once(body)) == [
        UP + "apt-get install -y libssl3 && rm -rf /var/lib/apt/lists/*", "Workdir",
        "apt-get update && apt-get install -y wget && rm -rf /var/lib/apt/lists/*"]


def test_an_upgrade_only_run_repeated_is_dropped_and_apk_loses_its_prefix():
    standalone = run_node("export DEBIAN_FRONTEND=noninteractive && " + UP +
                          "rm -rf /var/lib/apt/lists/*")
    body = [standalone, run_node(UP + "rm -rf /var/lib/apt/lists/*")]
    assert once(body) == [standalone]
    apk = [run_node("apk upgrade --no-cache && apk add --no-cache curl"),
           run_node("apk upgrade --no-cache && apk add --no-cache git")]
    assert _texts(once(apk))[1] == "apk add --no-cache git"


def test_kept_where_it_may_do_more():
    dist = "apt-get update && apt-get dist-upgrade --allow-downgrades -y && "
    another = [run_node(UP + "apt-get install -y a"), run_node(dist + "apt-get install -y b")]
    assert once(another) == another  # (another upgrade)
    sources = [run_node(UP + "apt-get install -y a"),
               ast.Copy(keyword="COPY", flags=(ast.Flag("from", "builder"),),
                        paths=("/etc/apt", "/etc/apt")),
               run_node(UP + "apt-get install -y b")]
    assert once(sources) == sources  # (the builder's repositories copied between)
    capture = [run_node(UP + "apt-get install -y a"),
               ast.Copy(keyword="COPY", flags=(ast.Flag("from", "builder"),),
                        paths=("/var/lib/dtranspile/capture/root/", "/")),
               run_node("if [ -s /x ]; then " + UP + "xargs -r apt-get install -y < /x; fi")]
    assert once(capture) == capture  # (a tree onto / may hold sources)


def test_the_originals_runs_keep_their_text_and_may_change_sources():
    original, = parse("FROM debian\nRUN " + UP + "apt-get install -y curl\n").stages[0].body
    first = run_node(UP + "apt-get install -y a")
    assert once([first, original]) == [first, original]
    later = run_node(UP + "apt-get install -y b")
    assert once([first, original, later]) == [first, original, later]
