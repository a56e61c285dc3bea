"""gcc's OpenMP and atomics runtimes (libgomp1, libatomic1) are installed in the runner
where the build installs gcc with apt on a slim Debian interpreter image, the runner
being that image (interpreted.apt_gcc_runtime, audit18a): the original has them as gcc's
dependencies, the slim image has neither, and what the build compiles or a wheel it
installs (LightGBM's links the system's libgomp.so.1) may load them."""
import pytest

from transpiler.multistage.api import transpile

_PIP = ("COPY requirements.txt /\nRUN pip install -r /requirements.txt\nCOPY . /srv\n"
        "WORKDIR /srv\nCMD [\"python\", \"start.py\"]\n")


def _runner(text):
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    return result.output.split("\n\nFROM ")[-1]


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
