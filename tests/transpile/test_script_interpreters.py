"""A script the command runs (read from the build context) that starts another official
image family's interpreter keeps the builder's own image: the slim sibling has only its
own family's (node-latest-start-unread--with-context: python3 in a node:latest start
script, node:slim chosen, `python3: not found`)."""
import json

import pytest

from transpiler.multistage.api import transpile
from transpiler.multistage.full_image_scripts import _other_interpreter


@pytest.mark.parametrize("name, image, other", [
    ("python3", "node:latest", True),
    ("python3.11", "node:18", True),
    ("pip", "node:18-bookworm", True),
    ("ruby", "node:18", True),
    ("node", "python:3.11", True),
    ("npm", "python:3", True),
    ("node", "node:18", False),
    ("npx", "node:20", False),
    ("python", "python:3", False),
    ("pip3.12", "python:3.12", False),
    ("curl", "node:18", False),  # (buildpack-deps' own programs: full_image_programs)
    ("python3", "debian:12", False),  # (not an interpreter image: not checked here)
])
def test_other_interpreter(name, image, other):
    assert _other_interpreter(name, image) is other


def _start_script(tmp_path, body):
    (tmp_path / "package.json").write_text(json.dumps(
        {"name": "x", "version": "1.0.0", "scripts": {"start": body}}))
    (tmp_path / "app.js").write_text("console.log('hi')\n")
    text = ("FROM node:20\nWORKDIR /app\nCOPY package.json ./\nRUN npm install\nCOPY . .\n"
            "CMD [\"npm\", \"start\"]\n")
    return transpile(text, context=str(tmp_path)).report


def test_a_start_script_running_python3_keeps_the_full_node_image(tmp_path):
    report = _start_script(tmp_path, "python3 -c \"print(1)\" && node app.js")
    assert not report.declined and report.runner == "node:20"


def test_a_start_script_running_node_alone_gets_the_slim_sibling(tmp_path):
    report = _start_script(tmp_path, "node app.js")
    assert not report.declined and report.runner == "node:20-slim"


@pytest.mark.parametrize("command", ["/usr/bin/python3 tools/check.py", "/usr/bin/git --version"])
def test_an_absolute_path_to_a_full_image_program_keeps_the_full_node_image(tmp_path, command):
    # by path as by name: /usr/bin/python3 is the full node image's Debian python3, which
    # node:slim lacks (before, only a bare name of another family's interpreter counted)
    report = _start_script(tmp_path, f"{command} && node app.js")
    assert not report.declined and report.runner == "node:20"


def test_a_relative_path_to_an_app_file_named_like_an_interpreter_is_the_apps(tmp_path):
    # ./bin/python3 is a file of the app (copied with it), not the image's interpreter
    report = _start_script(tmp_path, "./bin/python3 && node app.js")
    assert not report.declined and report.runner == "node:20-slim"
