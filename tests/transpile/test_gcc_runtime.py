"""Alpine's gcc runtimes libgomp and libatomic are installed in the runner where the
build compiles with a gcc it keeps (interpreted.alpine_gcc_runtime, audit14a, alpine15)."""
import pytest

from transpiler.multistage.api import transpile


def _runner(text):
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    return result.output.split("\n\nFROM ")[-1]


@pytest.mark.parametrize("packages,expected", [
    ("build-base", "libatomic libgcc libgomp libstdc++"),
    ("gcc musl-dev", "libatomic libgomp"),
    ("g++", "libatomic libgcc libgomp libstdc++")])
def test_alpine_gcc_runtime_libraries(packages, expected):
    runner = _runner(f"FROM python:3.8-alpine\nRUN apk add {packages}\nCOPY requirements.txt /\n"
                     "RUN pip install -r /requirements.txt\nCOPY . /srv\nWORKDIR /srv\n"
                     "CMD [\"python\", \"start.py\"]\n")
    assert f"RUN apk add --no-cache {expected}\n" in runner


def test_alpine_gcc_removed_again_brings_no_libgomp():
    """apk del of the build group removes gcc and libgomp and libatomic with it: the
    original keeps neither, so the runner does not get them either."""
    runner = _runner("FROM python:3.8-alpine\nCOPY requirements.txt /\n"
                     "RUN apk add --virtual .build gcc musl-dev && pip install -r "
                     "/requirements.txt && apk del .build\nCOPY . /srv\nWORKDIR /srv\n"
                     "CMD [\"python\", \"start.py\"]\n")
    assert "libgomp" not in runner and "libatomic" not in runner


@pytest.mark.parametrize("install,expected", [
    ("gcc musl-dev make", "libatomic libgomp"),
    ("g++ make", "libatomic libgcc libgomp libstdc++"),
    # (named by the Dockerfile: the runtime package tables keep it, once)
    ("gcc musl-dev libatomic", "libatomic libgomp")])
def test_alpine_c_program_gets_gcc_runtime(install, expected):
    """A C/C++ program built on Alpine with a gcc the image keeps: a Makefile's -latomic
    or -fopenmp links the libraries gcc brought along, which alpine's base lacks."""
    runner = _runner(f"FROM alpine:3.20\nRUN apk add --no-cache {install}\nWORKDIR /src\n"
                     "COPY main.c .\nRUN gcc -O2 -o /usr/local/bin/app main.c -latomic\n"
                     "CMD [\"app\"]\n")
    assert f"RUN apk add --no-cache {expected}\n" in runner


def test_alpine_c_program_gcc_removed_again():
    runner = _runner("FROM alpine:3.20\nWORKDIR /src\nCOPY main.c .\n"
                     "RUN apk add --no-cache --virtual .cc gcc musl-dev && "
                     "gcc -O2 -o /usr/local/bin/app main.c && apk del .cc\n"
                     "CMD [\"app\"]\n")
    assert "libatomic" not in runner and "libgomp" not in runner


@pytest.mark.parametrize("install,expected", [
    ("RUN apk add --no-cache python3 make g++\n", "RUN apk add --no-cache libatomic libgomp\n"),
    ("RUN apk add --no-cache --virtual .gyp python3 make g++\n", None)])
def test_node_alpine_addon_gets_gcc_runtime(install, expected):
    """The node alpine images have libstdc++ and libgcc, not gcc's libgomp and
    libatomic: an addon node-gyp builds with -fopenmp or -latomic loads them, where the
    original keeps gcc (not where it deletes the group again)."""
    tail = "" if expected else "RUN apk del .gyp\n"
    runner = _runner("FROM node:20-alpine3.19\n" + install + "WORKDIR /app\n"
                     "COPY package*.json ./\nRUN npm install\n" + tail +
                     "COPY . .\nCMD [\"node\", \"server.js\"]\n")
    if expected:
        assert expected in runner
    else:
        assert "libatomic" not in runner and "libgomp" not in runner
