"""The distribution runner's staging program takes the files a legacy pip install
records in its .egg-info's installed-files.txt where the distribution's Python has the
prefix /usr (apk, yum): a package's data_files under /usr/share are outside the walked
roots, and pip before 23.1 without `wheel` installed with `setup.py install --record`,
writing no RECORD (audit18a: corpus fcf32ccc, centos:7's pip 8.1.2)."""
import ast
import json
import os
import re
import subprocess
import sys

import pytest

from transpiler.multistage.api import transpile

_TAIL = "COPY . /app\nWORKDIR /app\nRUN pip install .\nCMD [\"myapp\"]\n"


def _program(text):
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    found = re.search(r"-c 'exec\(\"\"\"(.*?)\"\"\"\)'", result.output)
    assert found, result.output
    # (the string exec() is given, as the builder's Python reads it)
    return ast.literal_eval('"""' + found.group(1) + '"""')


@pytest.mark.parametrize("base,install", [
    ("alpine:3.15", "RUN apk add --no-cache python3 py3-pip\n"),
    ("centos:7", "RUN yum install -y epel-release && yum install -y python-pip\n")])
def test_legacy_record_staged(tmp_path, base, install):
    code = _program(f"FROM {base}\n{install}{_TAIL}")
    # the program run on a made-up tree: a legacy install into site-packages whose
    # installed-files.txt names its module, its console script and a data file in share/
    root = tmp_path / "root"
    site = root / "usr/lib/python3.9/site-packages"
    info = site / "myapp-1.0-py3.9.egg-info"
    info.mkdir(parents=True)
    (site / "myapp.py").write_text("x = 1\n")
    (root / "usr/bin").mkdir(parents=True)
    (root / "usr/bin/myapp").write_text("#!/usr/bin/python3\n")
    (root / "usr/share/myapp").mkdir(parents=True)
    (root / "usr/share/myapp/data.json").write_text("{}\n")
    (root / "usr/share/other").mkdir(parents=True)
    (root / "usr/share/other/packaged.txt").write_text("an OS package's\n")
    (info / "installed-files.txt").write_text(
        "../myapp.py\n../../../../share/myapp/data.json\n../../../../bin/myapp\nPKG-INFO\n")
    (info / "PKG-INFO").write_text("Name: myapp\n")
    dest = tmp_path / "staging"
    roots = [str(root / "usr/bin"), str(root / "usr/lib/python*")]
    code = re.sub(r"roots, dest = .*\n", f"roots, dest = {json.dumps(roots)}, "
                  f"{json.dumps(str(dest))}\n", code, count=1)
    # (no OS package owns a file of the made-up tree)
    code = re.sub(r"owned = set\(\)\n.*?\nmade = set\(\)", "owned = set()\nmade = set()", code,
                  count=1, flags=re.S)
    code = code.split("\ngone = ", 1)[0]
    subprocess.run([sys.executable, "-c", code], check=True)
    staged = sorted(os.path.relpath(os.path.join(top, f), str(dest) + str(root))
                    for top, _, files in os.walk(dest) for f in files)
    assert "usr/share/myapp/data.json" in staged
    assert "usr/share/other/packaged.txt" not in staged
    assert {"usr/bin/myapp", "usr/lib/python3.9/site-packages/myapp.py"} <= set(staged)


def test_apt_staging_reads_no_legacy_record():
    """Debian's and Ubuntu's pip writes under /usr/local, copied whole."""
    code = _program("FROM debian:bookworm\nRUN apt-get update && apt-get install -y "
                    "python3-pip\n" + _TAIL)
    assert "installed-files.txt" not in code


def test_own_image_legacy_record_newer_than_marker():
    """On an image of its own trees (php's alpine image), the legacy record's files count
    only when newer than the marker, as RECORD's do."""
    code = _program("FROM php:7.4-alpine\nRUN apk add --no-cache python3 py3-pip gcc musl-dev "
                    "python3-dev\n" + _TAIL)
    assert "if l.strip() and os.path.lexists(os.path.join(top, rel)) and " \
           "os.lstat(os.path.join(top, rel)).st_ctime > since:" in code
