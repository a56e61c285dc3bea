"""early_creator: which user-creating RUNs doing more than create users may run before
the runner's WORKDIR and copies (account_homes)."""

from __future__ import annotations

import pytest

from transpiler.multistage.early_creator import creates_users, fits_before_copies
from transpiler.tree import ast


def _run(text):
    return ast.Run(keyword="RUN", command=ast.ShellForm(text=text))


@pytest.mark.parametrize("text, fits", [
    ('adduser --disabled-password --gecos "" dev && echo "dev ALL=(ALL) NOPASSWD:ALL" >> /etc/sudoers', True),
    ("useradd -m app && echo app:app | chpasswd", True),
    ("useradd -m app && echo x > /app/.npmrc", False),  # writes into a copied tree
    ("useradd -m app && chown -R app /app", False),
    ("useradd -m app && mkdir -p /usr", False),  # above a copy's destination
    ("useradd -m app && echo x > notes", False),  # in the working directory
    ("useradd -m app && echo x 2>/dev/null >>/etc/motd", True),
    ("useradd -m app && mkdir -p /srv/data", False),  # (setup RUNs alone: RUNTIME_SETUP)
    ("useradd -m app && echo x > ./conf/notes", False),  # relative: not known where
    ("useradd -m app && npm install -g yo", False),  # may need what the copies bring
    ("useradd -m app && echo $HOME/x > /etc/motd", False),
])
def test_fits_before_copies(text, fits):
    assert creates_users(_run(text))
    assert fits_before_copies(_run(text), ["/app", "/home/app", "/usr/local"]) is fits


def test_no_user_tool():
    assert not creates_users(_run("echo x >> /etc/sudoers"))
