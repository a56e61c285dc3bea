"""Alpine's gcc runtime libgomp is installed in the runner where the build compiles
with a gcc it keeps (interpreted.alpine_cxx_runtime, audit14a)."""
import pytest

from transpiler.multistage.api import transpile


def _runner(text):
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    return result.output.split("\n\nFROM ")[-1]


@pytest.mark.parametrize("packages,expected", [
    ("build-base", "libgcc libgomp libstdc++"),
    ("gcc musl-dev", "libgomp"),
    ("g++", "libgcc libgomp libstdc++")])
def test_alpine_gcc_runtime_libraries(packages, expected):
    runner = _runner(f"FROM python:3.8-alpine\nRUN apk add {packages}\nCOPY requirements.txt /\n"
                     "RUN pip install -r /requirements.txt\nCOPY . /srv\nWORKDIR /srv\n"
                     "CMD [\"python\", \"start.py\"]\n")
    assert f"RUN apk add --no-cache {expected}\n" in runner


def test_alpine_gcc_removed_again_brings_no_libgomp():
    """apk del of the build group removes gcc and libgomp with it: the original keeps
    neither, so the runner does not get libgomp either."""
    runner = _runner("FROM python:3.8-alpine\nCOPY requirements.txt /\n"
                     "RUN apk add --virtual .build gcc musl-dev && pip install -r "
                     "/requirements.txt && apk del .build\nCOPY . /srv\nWORKDIR /srv\n"
                     "CMD [\"python\", \"start.py\"]\n")
    assert "libgomp" not in runner
