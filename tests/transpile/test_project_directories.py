"""A file a COPY or ADD names lands inside a directory the stage is seen to make
(``WORKDIR /app``, ``RUN mkdir /app``) when the destination names that directory
without a trailing slash (``ADD package.json /app``): the build context's file is then
read at /app/package.json.  A directory a later RUN removes or moves, or one no
instruction makes, is not assumed (the file's own name stays the destination)."""
import json

import pytest

from transpiler.multistage.api import transpile

START = 'CMD ["npm", "start"]\n'


@pytest.fixture()
def context(tmp_path):
    (tmp_path / "package.json").write_text(json.dumps(
        {"name": "x", "version": "1.0.0", "scripts": {"start": "node app.js"}}))
    (tmp_path / "app.js").write_text("console.log(1)\n")
    return str(tmp_path)


@pytest.mark.parametrize("text, runner", [
    # read: the start script runs node on the app's file, so the slim sibling
    ("FROM node:20\nRUN mkdir /app\nADD package.json /app\nWORKDIR /app\nRUN npm install\n"
     + START, "node:20-slim"),
    ("FROM node:20\nWORKDIR /app\nCOPY package.json /app\nRUN npm install\nCOPY . .\n" + START,
     "node:20-slim"),
    ("FROM node:20\nRUN mkdir -p /srv/app\nCOPY package.json /srv/app\nWORKDIR /srv/app\n"
     "RUN npm install\n" + START, "node:20-slim"),
    # not read: the builder's own image, which works whatever the script runs
    ("FROM node:20\nRUN mkdir /app && rm -rf /app\nADD package.json /app\nWORKDIR /app\n"
     "RUN npm install\n" + START, "node:20"),
    ("FROM node:20\nRUN mkdir /app\nRUN mv /app /srv\nADD package.json /app\nWORKDIR /app\n"
     "RUN npm install\n" + START, "node:20"),
    ("FROM node:20\nRUN mkdir /srv\nADD package.json /app\nWORKDIR /app\nRUN npm install\n"
     + START, "node:20"),
])
def test_a_file_copied_into_a_made_directory_is_read(context, text, runner):
    report = transpile(text, context=context).report
    assert not report.declined and report.runner == runner
