"""Readings the rewrite passes rely on, each of which once made a correct rewrite fail
its own post-conditions (``post-condition failed: ...`` in the corpus)."""

from __future__ import annotations

import pytest

import transpiler
from transpiler.analysis.variables import substitute_known
from transpiler.multistage import as_written
from transpiler.analysis import downloads
from transpiler.multistage.recipes.source_trees import _tar_makes_archive

NOTHING_KEPT = lambda name: False  # noqa: E731


@pytest.mark.parametrize("text, expected", [
    ("/a:$P", "/a:"),
    ("'/src/:$P'", "'/src/:$P'"),  # single quotes: no expansion in BuildKit's lexer
    ("'$A'$A", "'$A'x"),
    ('"$A \'$A\'"', '"x \'x\'"'),  # a quote inside double quotes is a plain character
    ("\\$A$A", "\\$Ax"),  # an escaped dollar is no reference
    ("${A}b", "xb"),
])
def test_substitute_known_reads_quotes_as_buildkit_does(text, expected):
    assert substitute_known(text, {"A": "x", "P": ""}, NOTHING_KEPT) == expected


def test_substitute_known_with_the_backtick_escape():
    assert substitute_known("`$A$A", {"A": "x"}, NOTHING_KEPT, escape="`") == "`$Ax"


@pytest.mark.parametrize("tool, args, expected", [
    ("curl", ["-Lso", "/tini", "https://x/tini"], ["/tini"]),
    ("curl", ["-fsSLo", "/tini", "https://x/tini"], ["/tini"]),
    ("curl", ["-o/tini", "https://x/tini"], ["/tini"]),
    ("curl", ["-sSLo-", "https://x/tini"], []),  # standard output
    ("curl", ["-Ho", "https://x/tini"], []),  # -H takes the rest as its value
    ("wget", ["-qO", "/x", "https://x/x"], ["/x"]),
    ("wget", ["-qO-", "https://x/x"], []),
    ("curl", ["--output", "/y", "https://x"], ["/y"]),
])
def test_download_target_reads_bundled_options(tool, args, expected):
    assert list(downloads.read([tool] + args).files) == expected


@pytest.mark.parametrize("argv, files, stdout, known", [
    # curl -O names the file after the URL's last segment, without its query
    (["curl", "-fsSLO", "https://x/a/b.sh?x=1"], ("b.sh",), False, True),
    (["curl", "--remote-name", "https://x/a/c.tgz"], ("c.tgz",), False, True),
    # -J: the server names it (Content-Disposition): not known
    (["curl", "-LOJ", "https://x/dl"], (), False, False),
    (["curl", "-O", "$URL"], (), False, False),
    # each output option pairs with the next URL; a URL left over goes to stdout
    (["curl", "-o", "a", "-O", "https://x/1", "https://x/b", "https://x/c"], ("a", "b"),
     True, True),
    (["curl", "--remote-name-all", "https://x/a", "https://x/b"], ("a", "b"), False, True),
    (["curl", "--output-dir", "/opt", "-O", "https://x/a.tgz"], ("/opt/a.tgz",), False, True),
    (["curl", "-fsSL", "$URL"], (), True, True),  # (a variable's URL, to stdout)
    (["wget", "-qO-", "https://x/i.sh"], (), True, True),
    (["wget", "--output-document=/x", "https://x/x"], ("/x",), False, True),
])
def test_downloads_read_curl_and_wget_as_the_tools_do(argv, files, stdout, known):
    got = downloads.read(argv)
    assert (got.files, got.stdout, got.known) == (files, stdout, known)


def test_curl_create_dirs_makes_the_outputs_directories():
    got = downloads.read(["curl", "--create-dirs", "-fsSLo", "/opt/a/b/c", "https://x"])
    assert got.files == ("/opt/a/b/c",) and got.directories == ("/opt/a/b",)
    assert downloads.read(["wget", "-P", "/opt/d", "https://x/a"]).directories == ("/opt/d",)


@pytest.mark.parametrize("argv, makes", [
    (["tar", "-C", "/", "-cf", "/out.tar", "-T", "list"], True),
    (["tar", "czf", "/out.tgz", "dir"], True),
    (["tar", "--create", "-f", "/out.tar", "dir"], True),
    (["tar", "-tvf", "x.tar"], True),
    (["tar", "-C", "/", "-xpf", "x.tar"], False),
    (["tar", "xzf", "x.tgz"], False),
    (["tar", "-C", "/opt", "-f", "x.tar", "--extract"], False),
])
def test_tar_that_makes_an_archive_unpacks_nothing(argv, makes):
    assert _tar_makes_archive(argv) is makes


def test_runner_instructions_the_format_would_respell_are_kept_as_written():
    text = ("FROM golang:1.21-alpine\nLABEL maintainer Jane Doe\nWORKDIR /src\n"
            "COPY go.mod main.go ./\nRUN go build -o /bin/server .\n"
            "CMD /bin/server \\\n  --port 8080\n")
    result = transpiler.transpile(text)
    assert not result.report.declined, result.report.reason
    # (the two are next to each other in the runner: one region holds both)
    assert ("# dtranspile: off\nLABEL maintainer Jane Doe\nCMD /bin/server \\\n"
            "  --port 8080\n# dtranspile: on\n") in result.output
    # the output is its own format, and keeps nothing else out of it
    assert transpiler.transpile(result.output).output == result.output
    assert result.output.count("# dtranspile: off") == 1
    assert as_written.WHY.text in result.output


CASES = __import__("pathlib").Path(__file__).resolve().parent.parent / "cases" / "transpile"


@pytest.mark.parametrize("case, says", [
    ("decline_make-target-at-run-time",
     "CMD at line 8 runs `make start` at run time: make is a build tool"),
    ("decline_interpreter-without-script",
     # (read as a prompt before any recipe: the interpreter reads its program from stdin)
     "CMD at line 8: runs `python`, an interactive notebook or interpreter whose users run "
     "code of their own (given no program, it reads one from standard input"),
    ("decline_interpreter-script-beside-other-build",
     # (the node recipe declines first: pip3 put the program's packages into the system)
     "line 8: `pip3` installs Python packages into the system, which the Node runner"),
    ("decline_env-prefixed-interactive-shell",
     "ENTRYPOINT at line 7: starts an interactive shell (`/bin/bash`)"),
    ("decline_shell-runs-unwritten-file",
     "CMD at line 8 runs `sh target/bin/webapp`: the shell runs the file target/bin/webapp"),
    ("decline_init-wrapper-bundled-shell-command",
     "CMD at line 10: `dumb-init` starts a shell command, which is not followed"),
])
def test_decline_reasons_name_line_and_cause(case, says):
    """A command whose program is an interpreter, a shell or make (no build makes one)
    says which and why, instead of "which no recognised build step produces"."""
    result = transpiler.transpile((CASES / f"{case}.Dockerfile").read_text())
    assert result.report.declined
    assert says in result.report.reason, result.report.reason


def test_clone_destination_reads_git_clone_words():
    """The directory a ``git clone`` checks out into: its second operand, else the
    repository's name, past the options that take a value (``--depth 1``, ``-b main``)."""
    from transpiler.multistage.recipes.source_trees import clone_destination
    url = "https://github.com/example/scanner.git"
    assert clone_destination(["git", "clone", url, "/tmp/scanner"], "/") == "/tmp/scanner"
    assert clone_destination(["git", "clone", "--depth", "1", "-b", "main", url], "/opt") == \
        "/opt/scanner"
    assert clone_destination(["git", "clone", "git@github.com:example/scanner.git"], "/srv") == \
        "/srv/scanner"
    assert clone_destination(["git", "clone", url, "$DEST"], "/") is None
    assert clone_destination(["git", "pull"], "/opt/scanner") is None


def test_implicit_writes_of_a_clone_with_valued_options():
    """``git clone --depth 1 URL dest`` writes dest (the option's value is not taken for
    the repository)."""
    from transpiler.multistage.recipes.source_trees import _implicit_writes
    argv = ["git", "clone", "--depth", "1", "https://github.com/example/tool.git", "/app"]
    assert _implicit_writes("git", argv, "/") == ["/app"]
    assert _implicit_writes("git", ["git", "clone", "--depth", "1",
                                    "https://github.com/example/tool.git"], "/srv") == ["/srv/tool"]


@pytest.mark.parametrize("args, expected", [
    (["https://x/y/install.sh"], ["install.sh"]),  # the URL's last segment, here
    (["-q", "--tries=3", "https://x/y/a.tgz"], ["a.tgz"]),
    (["-P", "/opt", "https://x/a.tgz"], ["/opt/a.tgz"]),
    (["-nc", "https://x/a/b.zip#frag"], ["b.zip"]),
    (["https://x.org"], ["index.html"]),
    (["https://x/dl?id=1"], ["dl?id=1"]),  # wget keeps the query in the name
    (["https://x/dl?u=a%2Fb"], []),  # (and escapes some of its characters)
    (["-r", "https://x/dir/"], []),  # a recursive download names its own tree
    (["--content-disposition", "https://x/dl/a"], []),
    (["https://x/$FILE"], ["$FILE"]),  # (the caller expands the variable)
    (["$URL"], []),
    (["-np", "-nv", "https://x/a"], ["a"]),  # (-np is one option, not -n and -p)
])
def test_wget_without_output_names_the_urls_last_segment(args, expected):
    assert list(downloads.read(["wget"] + args).files) == expected
