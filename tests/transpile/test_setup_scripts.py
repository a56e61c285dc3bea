"""A script of the build context run before the build, in the builder only
(``passes.classify._check_unread_setup_scripts``): its text is not read, so what it
installs for run time is not known and the rewrite declines (draw6: Home Assistant's
setup_docker_prereqs); a script a command of the build wrote, or one that configures a
source tree, is not concerned.  And the runner's packages leave out what the original
removes again (``interpreted.runner_packages``)."""

from __future__ import annotations

import pytest

from transpiler.multistage.api import transpile
from transpiler.multistage.passes.classify import _script_run

HASS = """FROM python:3.6
WORKDIR /usr/src/app
COPY virtualization/Docker/ virtualization/Docker/
RUN virtualization/Docker/setup_docker_prereqs
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "-m", "homeassistant"]
"""


@pytest.mark.parametrize("argv,script", [
    (["./setup.sh"], "./setup.sh"),
    (["scripts/install", "-y"], "scripts/install"),
    (["bash", "-e", "setup.sh", "x"], "setup.sh"),
    (["sh", "-c", "echo hi"], None),
    (["sh", "-c", "scripts/setup --all && echo done"], "scripts/setup"),
    (["bash", "-ec", "cd /x && ./setup.sh"], None),
    (["bash", "-"], None),
    (["bash"], None),
    (["apt-get", "install", "-y", "curl"], None),
    (["$DIR/run.sh"], None),
])
def test_script_run(argv, script):
    assert _script_run(argv) == script


def test_context_script_before_build_declines():
    report = transpile(HASS).report
    assert report.declined
    assert "RUN at line 4 runs `virtualization/Docker/setup_docker_prereqs`" in report.reason
    assert "COPY at line 3" in report.reason


def test_context_script_read_from_context_still_declines(tmp_path):
    script = tmp_path / "virtualization" / "Docker" / "setup_docker_prereqs"
    script.parent.mkdir(parents=True)
    script.write_text("#!/bin/sh\napt-get install -y nmap\n")
    (tmp_path / "requirements.txt").write_text("requests\n")
    report = transpile(HASS, context=tmp_path).report
    assert report.declined and "setup_docker_prereqs" in report.reason


def test_script_a_command_wrote_is_not_a_context_script():
    text = HASS.replace("RUN virtualization/Docker/setup_docker_prereqs",
                        "RUN curl -sL https://example.com/s -o virtualization/Docker/"
                        "setup_docker_prereqs && sh virtualization/Docker/setup_docker_prereqs")
    report = transpile(text).report
    assert "setup_docker_prereqs`, a script the COPY" not in (report.reason or "")


def test_configure_is_not_concerned():
    text = """FROM ubuntu:18.04
RUN apt-get update && apt-get install -y build-essential
COPY . /src
WORKDIR /src
RUN ./configure --prefix=/usr/local
RUN make && make install
CMD ["/usr/local/bin/tool"]
"""
    report = transpile(text).report
    assert "a script the COPY" not in (report.reason or "")


def test_removed_again_not_installed_and_libc6_compat_kept():
    text = """FROM node:18-alpine
WORKDIR /app
COPY package.json .
RUN apk add --no-cache --virtual .fetch curl && apk add --no-cache libc6-compat && \\
    apk add --no-cache --virtual .gyp python3 make g++ && npm install --production && \\
    apk del .fetch .gyp
COPY . .
CMD ["node", "index.js"]
"""
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    runner = result.output.split("FROM node:18-alpine\n", 1)[1]
    assert "apk add --no-cache libc6-compat\n" in runner
    assert "curl" not in runner
