"""Alpine's gcc runtimes libgcc, libgomp and libatomic are installed in the runner where
the build compiles with a gcc it keeps (interpreted.alpine_gcc_runtime, audit14a,
alpine15; libgcc and gcc brought by Alpine's rust and cargo: alpine19);
Debian's libgomp1 and libatomic1 where the build installs gcc with apt on a slim
interpreter image, the runner being that image (interpreted.apt_gcc_runtime, audit18a):
the original has them as gcc's dependencies, the slim image has neither, and what the
build compiles or a wheel it installs (LightGBM's links the system's libgomp.so.1) may
load them."""
import pytest

from transpiler.multistage.api import transpile


def _runner(text):
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    return result.output.split("\n\nFROM ")[-1]


@pytest.mark.parametrize("packages,expected", [
    ("build-base", "libatomic libgcc libgomp libstdc++"),
    ("gcc musl-dev", "libatomic libgcc libgomp"),
    ("g++", "libatomic libgcc libgomp libstdc++"),
    # (rust depends on gcc, cargo on rust: a Rust extension links libgcc_s.so.1)
    ("cargo musl-dev libffi-dev", "libatomic libffi libgcc libgomp"),
    ("rust cargo", "libatomic libgcc libgomp"),
    ("gcc musl-dev cargo", "libatomic libgcc libgomp")])
def test_alpine_gcc_runtime_libraries(packages, expected):
    runner = _runner(f"FROM python:3.8-alpine\nRUN apk add {packages}\nCOPY requirements.txt /\n"
                     "RUN pip install -r /requirements.txt\nCOPY . /srv\nWORKDIR /srv\n"
                     "CMD [\"python\", \"start.py\"]\n")
    assert f"RUN apk add --no-cache {expected}\n" in runner


@pytest.mark.parametrize("compiler", ["gcc", "cargo"])
def test_alpine_gcc_removed_again_brings_no_libgomp(compiler):
    """apk del of the build group removes gcc (cargo's, through rust) and libgcc, libgomp
    and libatomic with it: the original keeps none, so the runner does not get them
    either."""
    runner = _runner("FROM python:3.8-alpine\nCOPY requirements.txt /\n"
                     f"RUN apk add --virtual .build {compiler} musl-dev && pip install -r "
                     "/requirements.txt && apk del .build\nCOPY . /srv\nWORKDIR /srv\n"
                     "CMD [\"python\", \"start.py\"]\n")
    assert "libgomp" not in runner and "libatomic" not in runner and "libgcc" not in runner


@pytest.mark.parametrize("install,expected", [
    ("gcc musl-dev make", "libatomic libgcc libgomp"),
    ("g++ make", "libatomic libgcc libgomp libstdc++"),
    # (named by the Dockerfile: the runtime package tables keep it, once)
    ("gcc musl-dev libatomic", "libatomic libgcc libgomp")])
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
    """The node alpine images have libstdc++ and libgcc (not installed again), not gcc's
    libgomp and libatomic: an addon node-gyp builds with -fopenmp or -latomic loads them, where the
    original keeps gcc (not where it deletes the group again)."""
    tail = "" if expected else "RUN apk del .gyp\n"
    runner = _runner("FROM node:20-alpine3.19\n" + install + "WORKDIR /app\n"
                     "COPY package*.json ./\nRUN npm install\n" + tail +
                     "COPY . .\nCMD [\"node\", \"server.js\"]\n")
    if expected:
        assert expected in runner
    else:
        assert "libatomic" not in runner and "libgomp" not in runner


_PIP = ("COPY requirements.txt /\nRUN pip install -r /requirements.txt\nCOPY . /srv\n"
        "WORKDIR /srv\nCMD [\"python\", \"start.py\"]\n")


@pytest.mark.parametrize("base,install", [
    ("python:3.11-slim-bookworm", "gcc"),
    ("python:3.6-slim-stretch", "gcc python3-dev"),
    ("python:3.9-slim", "build-essential"),
    ("python:3.8-slim-buster", "g++"),
    ("python:3.10-slim", "gcc-10 libc6-dev"),
    ("python:3.12-slim", "gfortran libopenblas-dev")])
def test_python_slim_gcc_runtime(base, install):
    runner = _runner(f"FROM {base}\nRUN apt-get update && apt-get install -y {install}\n" + _PIP)
    assert "libgomp1" in runner and "libatomic1" in runner


def test_python_slim_gcc_removed_again_keeps_runtime():
    """apt's purge of gcc leaves the libraries it depended on (unless told to remove them
    automatically, which the runner cannot tell from an unread build): the runner has them
    either way."""
    runner = _runner("FROM python:3.11-slim\nCOPY requirements.txt /\nRUN apt-get update && "
                     "apt-get install -y gcc && pip install -r /requirements.txt && "
                     "apt-get purge -y gcc\nCOPY . /srv\nWORKDIR /srv\n"
                     "CMD [\"python\", \"start.py\"]\n")
    assert "libgomp1" in runner


@pytest.mark.parametrize("base,install", [
    # (the full image has gcc and so libgomp1; its slim runner gathers what the modules load)
    ("python:3.11-bookworm", "gcc"),
    # (no compiler: nothing was compiled with it)
    ("python:3.11-slim", "libpq-dev"),
    ("python:3.11-slim", "git libpq-dev")])
def test_python_no_apt_gcc_runtime(base, install):
    runner = _runner(f"FROM {base}\nRUN apt-get update && apt-get install -y {install}\n" + _PIP)
    assert "libgomp1" not in runner and "libatomic1" not in runner


def test_ruby_slim_gcc_runtime():
    runner = _runner("FROM ruby:3.2-slim\nRUN apt-get update && apt-get install -y "
                     "build-essential\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\n"
                     "RUN bundle install\nCOPY . .\nCMD [\"ruby\", \"app.rb\"]\n")
    assert "libgomp1" in runner and "libatomic1" in runner


def test_node_slim_gcc_runtime():
    runner = _runner("FROM node:20-slim\nRUN apt-get update && apt-get install -y python3 make "
                     "g++\nWORKDIR /app\nCOPY package*.json ./\nRUN npm install\nCOPY . .\n"
                     "CMD [\"node\", \"server.js\"]\n")
    assert "libgomp1" in runner and "libatomic1" in runner
