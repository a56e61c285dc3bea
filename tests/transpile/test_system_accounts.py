"""The runner creates the system accounts the original created before its package
installs before its own installs too (``system_accounts``): a system account takes the
first free id of the system range, which the packages' scripts (Alpine's redis) would
otherwise take first, and the program would run as another uid than the original's."""

import pytest

from transpiler.knowledge.user_tools import system_id_chosen
from transpiler.multistage import transpile


def _runner(output: str) -> list:
    """The runner stage's instruction lines (from its FROM on, comments left out)."""
    lines = output.splitlines()
    start = max(i for i, line in enumerate(lines) if line.startswith("FROM "))
    return [line for line in lines[start:] if line and not line.startswith("#")]


def _at(lines, prefix: str) -> int:
    return next(i for i, line in enumerate(lines) if line.startswith(prefix))


@pytest.mark.parametrize("command,flavour,chosen", [
    ("addgroup -S app", "alpine", True),
    ("adduser -S -D -G app app", "alpine", True),
    ("adduser -S -D -H -h /xmrig miner", "alpine", True),
    ("adduser -S -u 100 app", "alpine", False),       # the id given
    ("addgroup -g 1000 -S app", "alpine", False),
    ("adduser -D app", "alpine", False),              # a login account: from 1000 up
    ("addgroup -S app wheel", "alpine", False),       # a membership
    ("useradd -r app", "debian", True),
    ("useradd -rm app", "debian", True),
    ("useradd -r -u 999 app", "debian", False),
    ("useradd -m app", "debian", False),
    ("groupadd -r app", "debian", True),
    ("groupadd --system --gid 5 app", "debian", False),
    ("adduser --system --group app", "debian", True),
    ("adduser --system --uid 200 app", "debian", False),
    ("addgroup --system app", "debian", True),
    ("adduser app sudo", "debian", False),
    ("usermod -aG app www-data", "debian", False),
])
def test_system_id_chosen(command, flavour, chosen):
    assert system_id_chosen(command.split(), flavour) is chosen


ALPINE = """\
FROM alpine:3.6
ENV LOCALSHOP_ROOT /home/localshop/data/
RUN addgroup -S localshop && adduser -S -D -G localshop localshop
RUN mkdir -p /home/localshop && chown localshop:localshop /home/localshop
RUN apk update
RUN apk add gcc python3 python3-dev redis && rm -rf /var/cache/apk/*
ADD src /code/src/
ADD setup.py /code/
RUN cd /code/ && pip3 install .
USER localshop
WORKDIR /home/localshop/
CMD ["localshop", "serve"]
"""


def test_alpine_account_before_the_runners_install():
    """The audit's case (corpus 61be1bb7): addgroup/adduser -S before ``apk add
    redis``; main installed the packages first and created localshop after."""
    result = transpile(ALPINE)
    assert not result.report.declined, result.report.reason
    runner = _runner(result.output)
    assert _at(runner, "RUN addgroup -S localshop") < _at(runner, "RUN apk add")
    # the ENV before it in the original comes along, in its order
    assert _at(runner, "ENV LOCALSHOP_ROOT") < _at(runner, "RUN addgroup -S localshop")
    assert any("system account creation up to line 3" in a for a in result.report.added)


def test_account_after_the_installs_keeps_its_place():
    text = ALPINE.replace(
        "RUN addgroup -S localshop && adduser -S -D -G localshop localshop\n", "").replace(
        "RUN cd /code/ && pip3 install .\n", "RUN cd /code/ && pip3 install .\n"
        "RUN addgroup -S localshop && adduser -S -D -G localshop localshop\n").replace(
        "RUN mkdir -p /home/localshop && chown localshop:localshop /home/localshop\n", "")
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    runner = _runner(result.output)
    assert _at(runner, "RUN apk add") < _at(runner, "RUN addgroup -S localshop")
    assert not any("system account creation" in a for a in result.report.added)


def test_given_ids_keep_their_place():
    text = ALPINE.replace("addgroup -S localshop", "addgroup -g 1000 -S localshop").replace(
        "adduser -S -D", "adduser -u 1000 -S -D")
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    runner = _runner(result.output)
    assert _at(runner, "RUN apk add") < _at(runner, "RUN addgroup -g 1000")


def test_account_between_installs_declines():
    text = "FROM alpine:3.6\nRUN apk add --no-cache curl\n" + ALPINE.split("\n", 1)[1]
    result = transpile(text)
    assert result.report.declined
    assert "line 4 creates a system account (`addgroup -S localshop`" in result.report.reason
    assert "after the package install at line 2 and before the one at line 7" in \
        result.report.reason


DEBIAN = """\
FROM {image}
RUN {account}
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev redis-server
COPY main.c /src/
RUN gcc -O2 -o /usr/local/bin/app /src/main.c
USER app
CMD ["app"]
"""


@pytest.mark.parametrize("account", ["groupadd -r app && useradd -r -g app app",
                                     "adduser --system --group app"])
def test_debian_account_before_the_install(account):
    """shadow's tools are in every Debian image; Debian's adduser is in the slim
    sibling of debian:bookworm (the same packages)."""
    result = transpile(DEBIAN.format(image="debian:bookworm", account=account))
    assert not result.report.declined, result.report.reason
    runner = _runner(result.output)
    assert runner[0] == "FROM debian:bookworm-slim"
    assert _at(runner, f"RUN {account}") < _at(runner, "RUN apt-get update")


def test_debian_adduser_on_another_image_declines():
    """The runner of a C build on gcc:12 is debian:bookworm-slim, not the builder's
    image nor its slim sibling: whether it has Debian's adduser is not known here."""
    result = transpile(DEBIAN.format(image="gcc:12", account="adduser --system --group app"))
    assert result.report.declined
    assert "line 2 creates a system account with `adduser`" in result.report.reason
    assert "has `adduser` before any install is not known" in result.report.reason
    # useradd is shadow's, Priority: required: it goes through
    result = transpile(DEBIAN.format(image="gcc:12",
                                     account="groupadd -r app && useradd -r -g app app"))
    assert not result.report.declined, result.report.reason
    runner = _runner(result.output)
    assert _at(runner, "RUN groupadd -r app") < _at(runner, "RUN apt-get update")


CAPTURED_AFTER = """\
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip make
WORKDIR /app
COPY . .
RUN pip3 install --no-cache-dir --break-system-packages ./pkg
RUN useradd --system appuser && mkdir -p /var/lib/app && chown appuser /var/lib/app
RUN make -C data install
RUN apt-get update && apt-get install -y --no-install-recommends {later}
USER appuser
CMD ["python3", "app.py"]
"""


def test_account_before_an_install_the_runner_keeps_in_order():
    """The install after the account is a captured RUN's: the runner installs nano at
    the capture's place, after the account, as the original did (the sample
    python-distribution-capture-window); only a package its first install names too
    (python3, there before the account) would break that order."""
    result = transpile(CAPTURED_AFTER.format(later="nano"))
    assert not result.report.declined, result.report.reason
    runner = _runner(result.output)
    assert _at(runner, "RUN useradd --system appuser") < \
        _at(runner, "RUN apt-get update && apt-get install -y --no-install-recommends nano")
    result = transpile(CAPTURED_AFTER.format(later="nano python3-pip"))
    assert result.report.declined
    assert "line 6 creates a system account (`useradd --system appuser`" in \
        result.report.reason
