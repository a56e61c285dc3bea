"""What an independent reading of stop 30's new rewrites found (newread10): a builder
check for a global npm link that a builtin or a package's program never has, a package
source removed after the install the runner repeats, and OpenSSL's trust store."""
from transpiler import transpile

NODE = ("FROM node:8.9\nRUN npm install -g gulp\nWORKDIR /app\nCOPY . .\n"
        "RUN npm install && gulp build\n")


def test_a_builtin_is_no_global_link():
    out = transpile(NODE + "CMD echo 'finish'\n").output
    assert "test -L /opt/global-bin/echo" not in out


def test_a_source_removed_before_any_install_takes_nothing():
    text = ("FROM ubuntu:22.04\nRUN rm -f /etc/apt/sources.list.d/old.list\n"
            "RUN apt-get update && apt-get install -y build-essential libcurl4-openssl-dev\n"
            "WORKDIR /src\nCOPY . .\nRUN make\nCMD [\"/src/tool\"]\n")
    result = transpile(text)
    assert "a package source" not in (result.report.reason or "")


def test_a_source_removed_after_the_install_declines():
    text = ("FROM ubuntu:22.04\n"
            "RUN echo 'deb http://example.org/repo stable main' > /etc/apt/sources.list.d/x.list"
            " && apt-get update && apt-get install -y build-essential libx-dev\n"
            "RUN rm /etc/apt/sources.list.d/x.list\n"
            "WORKDIR /src\nCOPY . .\nRUN make\nCMD [\"/src/tool\"]\n")
    result = transpile(text)
    assert result.report.declined
    assert "line 3 removes /etc/apt/sources.list.d/x.list, a package source" \
        in result.report.reason, result.report.reason


def test_an_exec_form_word_with_a_space_and_a_path_declines():
    text = open(__file__.rsplit("/", 2)[0] + "/cases/transpile/"
                "decline_exec-form-word-with-space-path.Dockerfile").read()
    result = transpile(text)
    assert result.report.declined
    assert "runs `python3 /app/run.py`: an exec-form word holding a space" in result.report.reason


def test_pins_follow_only_the_same_release():
    """A pin is the same release's archive's version: the slim sibling gets it, a runner
    of another release does not (its own archive has other versions)."""
    from transpiler.multistage.package_pins import pins_of
    from transpiler.analysis import analyze_stage
    from transpiler import parse

    text = ("FROM debian:bookworm\nRUN apt-get update && apt-get install -y jq=1.6-2.1 "
            "curl 'libfoo>=2' && apk add musl~1.2\n")
    facts = analyze_stage(parse(text).stages[0], {})
    assert pins_of(facts)["jq"] == "jq=1.6-2.1"
    assert "curl" not in pins_of(facts)
    case = open(__file__.rsplit("/", 2)[0] + "/cases/transpile/"
                "python-apt-pinned-runtime-package.Dockerfile").read()
    same = transpile(case)
    runner = same.output[same.output.rindex("\nFROM "):]
    assert "apt-get install -y --no-install-recommends jq=1.6-2.1 " in runner
    other = transpile(case, runtime="python:3.11-slim-trixie")
    assert not other.report.declined, other.report.reason
    runner = other.output[other.output.rindex("\nFROM "):]
    assert runner.startswith("\nFROM python:3.11-slim-trixie") and "jq=1.6-2.1" not in runner
