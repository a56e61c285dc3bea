"""Runtime setup in the runner: user tools adapted to BusyBox, BusyBox wget flags, the
CA-certificates reason per ecosystem, the build context option."""

import shlex

import pytest

from transpiler.multistage.api import transpile
from transpiler.knowledge.user_tools import busybox_wget_accepts, created_home, to_busybox


@pytest.mark.parametrize("argv,expected", [
    ("useradd --system app", [["addgroup", "-S", "app"], ["adduser", "-D", "-S", "-H", "-G", "app", "app"]]),
    ("useradd -ms /bin/bash geo", [["addgroup", "geo"], ["adduser", "-D", "-s", "/bin/bash", "-G", "geo", "geo"]]),
    ("useradd -r -g svc -u 1001 svc", [["adduser", "-D", "-u", "1001", "-S", "-H", "-G", "svc", "svc"]]),
    ("groupadd -g 1001 -r svc", [["addgroup", "-g", "1001", "-S", "svc"]]),
    ("adduser --disabled-password --gecos '' web", [["addgroup", "web"], ["adduser", "-D", "-g", "", "-G", "web", "web"]]),
    ("adduser web www-data", [["adduser", "web", "www-data"]]),
])
def test_to_busybox(argv, expected):
    import shlex
    assert to_busybox(shlex.split(argv)) == expected


@pytest.mark.parametrize("argv", ["useradd -G docker app", "useradd -o -u 0 app", "useradd a b"])
def test_to_busybox_declines(argv):
    with pytest.raises(ValueError):
        to_busybox(argv.split())



@pytest.mark.parametrize("command,flavour,home", [
    ("useradd --create-home app", "debian", "/home/app"),
    ("useradd -ms /bin/bash app", "debian", "/home/app"),
    ("useradd -m -d /srv/app app", "debian", "/srv/app"),
    ("useradd -m -b /users app", "debian", "/users/app"),
    ("useradd app", "debian", None),  # Debian's login.defs: no CREATE_HOME
    ("useradd app", "rhel", "/home/app"),  # CREATE_HOME yes
    ("useradd --system app", "rhel", None),  # system users get none without -m
    ("useradd -m -M app", "debian", None),
    ("adduser -D app", "alpine", "/home/app"),
    ("adduser -D -H app", "alpine", None),
    ("adduser -D -h /opt/app app", "alpine", "/opt/app"),
    ("adduser --disabled-password --gecos '' app", "debian", "/home/app"),
    ("adduser --no-create-home app", "debian", None),
    ("adduser app www-data", "debian", None),  # membership
    ("groupadd app", "debian", None),
])
def test_created_home(command, flavour, home):
    assert created_home(shlex.split(command), flavour) == home

def test_busybox_wget_flags():
    assert busybox_wget_accepts(["wget", "-q", "--spider", "http://x/"])
    assert busybox_wget_accepts(["wget", "-qO-", "http://x/"])
    assert busybox_wget_accepts(["wget", "-q", "-O", "/dev/null", "-T", "3", "http://x/"])
    assert not busybox_wget_accepts(["wget", "--no-verbose", "--tries=1", "--spider", "http://x/"])


def test_ca_certificates_reason_names_the_language():
    # debian:bookworm-slim has no CA bundle (the default runner, distroless cc, has one)
    text = ("FROM rust:1-bookworm\nWORKDIR /app\nCOPY . .\nRUN cargo build --release --bin api\n"
            "CMD [\"/app/target/release/api\"]\n")
    report = transpile(text, runtime="debian:bookworm-slim").report
    assert not report.declined, report.reason
    reasons = [c.reason for c in report.copies if "CA certificates" in c.reason]
    assert reasons and all("a Rust program" in r for r in reasons)


def test_busybox_wget_with_gnu_flags_is_installed():
    text = ("FROM golang:1.22-alpine\nWORKDIR /src\nCOPY . .\nRUN go build -o /usr/local/bin/s .\n"
            "HEALTHCHECK CMD wget --no-verbose --tries=1 --spider http://localhost/ || exit 1\n"
            "CMD [\"s\"]\n")
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    assert "RUN apk add --no-cache wget" in result.output


def test_context_names_the_module_binary(tmp_path):
    (tmp_path / "go.mod").write_text("module example.com/tools/cli/v3\n")
    text = "FROM golang:1.22-bookworm\nWORKDIR /src\nCOPY . .\nRUN go build\nCMD [\"./cli\"]\n"
    with_context = transpile(text, context=tmp_path)
    assert not with_context.report.declined
    assert not any("not show the binary's name" in w for w in with_context.report.warnings)
    without = transpile(text)
    assert any("not show the binary's name" in w for w in without.report.warnings)
    import transpiler  # the public API takes the context too

    assert transpiler.transpile(text, context=str(tmp_path)).output == with_context.output


def test_runtime_warning_names_the_reason_in_the_ecosystems_words():
    c = ("FROM gcc:12\nWORKDIR /src\nCOPY . .\nRUN gcc -o /usr/local/bin/app main.c -lz\n"
         "CMD [\"app\"]\n")
    # (gcc:12 is bookworm: the same release is checked, a newer one is warned of)
    warnings = transpile(c, runtime="debian:trixie-slim").report.warnings
    assert any(w.startswith("the program links the C library dynamically") for w in warnings)
    assert not any("cgo" in w for w in warnings)
