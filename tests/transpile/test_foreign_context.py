"""A build context that lacks what the Dockerfile copies and runs is not evidence
(``multistage.foreign_context``): the CLI's default context (the Dockerfile's folder)
may be another directory than the one the image is built from (``docker build -f
sub/Dockerfile .``).  Such a context is read as none (a named COPY source it lacks), and
each reader of a file ``COPY . <dir>`` brings takes one the context lacks as not read:
the result is the one without a context, never one that takes the file for absent."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from transpiler import parse
from transpiler.buildkit.dockerignore import SentContext
from transpiler.multistage import foreign_context
from transpiler.multistage.api import transpile

ROOT = Path(__file__).resolve().parents[2]
SETUP = ('FROM node:20\nWORKDIR /app\nCOPY . .\nRUN ./setup.sh\nRUN npm ci && npm run build\n'
         'CMD ["node", "dist/index.js"]\n')


def _context(tmp_path, *names):
    for name in names:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("{}\n" if name.endswith(".json") else "x\n")
    return tmp_path


def test_setup_script_the_context_lacks_is_not_read(tmp_path):
    """The report's reproduction: ``COPY . .`` then ``RUN ./setup.sh`` with a context of
    the Dockerfile alone transpiled, as if no script ran; it declines as without one."""
    context = _context(tmp_path, "Dockerfile", "package.json")
    result = transpile(SETUP, context=context)
    assert result.report.declined
    assert "the build context given does not hold setup.sh" in result.report.reason
    assert transpile(SETUP).output == result.output


def test_setup_script_the_context_holds_is_read(tmp_path):
    """A context holding the script is read as before: a script writing only into the
    context's copies leaves the RUN a build input."""
    context = _context(tmp_path, "package.json")
    (context / "setup.sh").write_text("#!/bin/sh\nmkdir -p generated\n")
    result = transpile(SETUP, context=context)
    assert not result.report.declined, result.report.reason


def test_cli_default_context_declines_as_stdin(tmp_path):
    """``dtranspile --explain sub/Dockerfile`` (the folder as the context) and
    ``dtranspile --explain - < sub/Dockerfile`` (none) agree."""
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "Dockerfile").write_text(SETUP)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "transpiler", "--explain", "--no-config",
                           str(sub / "Dockerfile")], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout == SETUP
    assert "left as it was" in done.stderr and "does not hold setup.sh" in done.stderr


@pytest.mark.parametrize("line,missing", [
    ("COPY package.json package-lock.json ./", "package-lock.json"),
    ("ADD conf/app.conf /etc/app.conf", "conf/app.conf"),
    ("COPY /setup.sh /", "/setup.sh"),
    ("COPY ../setup.sh /", "../setup.sh"),
])
def test_a_named_source_the_context_lacks(tmp_path, line, missing):
    _context(tmp_path, "package.json")
    why = foreign_context.reason(parse(f"FROM alpine\n{line}\n"), SentContext(str(tmp_path)))
    assert why is not None and f"does not hold {missing}, which the" in why[1]


@pytest.mark.parametrize("line", [
    "COPY . .",
    "COPY package*.json ./",
    "COPY $APP_FILE /",
    "ADD https://example.com/a.tar.gz /opt/",
    "COPY --from=busybox /bin/sh /bin/sh",
    "COPY <<EOF /etc/motd\nhello\nEOF",
    "COPY package.json ./",
    "COPY /package.json ../package.json /",
])
def test_what_names_no_missing_file(tmp_path, line):
    _context(tmp_path, "package.json")
    assert foreign_context.reason(parse(f"FROM alpine\n{line}\n"),
                                  SentContext(str(tmp_path))) is None


def test_foreign_context_reads_as_none(tmp_path):
    """package.json of a context that lacks package-lock.json (which the COPY names) is
    not read: the dev dependencies stay, as without a context, and the report says why."""
    text = ('FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json ./\n'
            'RUN npm install\nCOPY . .\nRUN npm run build\nCMD ["node", "dist/index.js"]\n')
    (tmp_path / "package.json").write_text('{"dependencies": {"express": "4"}, '
                                           '"devDependencies": {"typescript": "5"}}')
    result = transpile(text, context=tmp_path)
    assert result.output == transpile(text).output
    assert any("does not hold package-lock.json" in w and "read as if no context was given"
               in w for w in result.report.warnings)
    (tmp_path / "package-lock.json").write_text("{}")
    assert transpile(text, context=tmp_path).output != result.output  # (read: pruned)


def test_entry_script_the_context_lacks_is_not_read(tmp_path):
    """On the builder's own image a CMD script of the app tree is read with the context;
    one the context lacks was taken for a file the build made (the app tree the runner
    copies), now it is unread, as without a context."""
    text = ("FROM ubuntu:14.04\nRUN apt-get -y update && apt-get install -y libssl-dev "
            "build-essential cmake\nADD . /srv/app\nWORKDIR /srv/app\nRUN mkdir build\n"
            "RUN cd build && cmake ../src && make clean all\nCMD /srv/app/bin/relay -u 9000\n")
    context = _context(tmp_path, "src/CMakeLists.txt", "src/main.c")
    result = transpile(text, context=context)
    assert result.report.declined
    assert "whose file bin/relay the build context given does not hold" in result.report.reason
    assert result.output == transpile(text).output


def test_context_of_no_sources_repeats_the_context_copy(tmp_path):
    """A context holding only the Dockerfile is no evidence that the program reads no
    file of the context: the ``COPY . <dir>`` is repeated in the runner, as without one
    (it was left out: "the build context holds only sources and build files")."""
    text = ("FROM golang:1.21\nWORKDIR /go/src/app\nCOPY . .\nRUN go build -o /app .\n"
            'CMD ["/app"]\n')
    (tmp_path / "Dockerfile").write_text(text)
    result = transpile(text, context=tmp_path)
    assert result.output == transpile(text).output
    (tmp_path / "main.go").write_text("package main\nfunc main() {}\n")
    (tmp_path / "go.mod").write_text("module example.com/app\n")
    only_sources = transpile(text, context=tmp_path)
    assert "holds only sources and build files" in " ".join(only_sources.report.added)
