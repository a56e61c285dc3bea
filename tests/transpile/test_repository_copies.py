"""A COPY/ADD that writes a package manager's sources is a repository the build added
(runner_packages.repository_copies), as a RUN writing them is: the runner installs
from the builder's sources and keeps them."""

import pytest

from transpiler import parse
from transpiler.analysis import analyze_stage
from transpiler.analysis.state import global_args
from transpiler.multistage.api import transpile
from transpiler.multistage.runner_packages import REPOSITORY_SETUP, repository_copies


def _facts(text: str):
    tree = parse(text)
    return analyze_stage(tree.stages[0], global_args(tree))


@pytest.mark.parametrize("lines, marked", [
    ("ADD sources.list /etc/apt/sources.list", True),
    ("WORKDIR /etc/apt\nCOPY sources.list .", True),            # relative to WORKDIR
    ("ENV APT=/etc/apt/sources.list.d\nCOPY extra.list $APT/", True),
    ("COPY repositories /etc/apk/repositories", True),
    ("COPY key.gpg /usr/share/keyrings/vendor.gpg", True),
    ("COPY app.conf /etc/app/app.conf", False),
])
def test_copied_sources_are_marked(lines, marked):
    facts = _facts(f"FROM ubuntu:16.04\n{lines}\nCMD [\"true\"]\n")
    found = repository_copies(facts)
    assert any(m in t for t in found for m in REPOSITORY_SETUP) is marked


def test_runner_takes_the_builders_sources():
    """The runner installs the kept packages again after copying the builder's /etc/apt
    (without it: the image's default sources, and no sources.list of the context)."""
    out = transpile("FROM ubuntu:16.04\n"
                    "ADD sources.list /etc/apt/sources.list\n"
                    "RUN apt-get update && apt-get install -y gcc make libc6-dev git\n"
                    "WORKDIR /src\nCOPY . .\nRUN make\nCMD [\"./server\"]\n")
    assert out.changed
    text = out.output
    runner = text[text.index("FROM ubuntu:16.04\n"):]
    assert runner.index("COPY --from=builder /etc/apt /etc/apt") < runner.index("install -y")
