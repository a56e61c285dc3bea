"""The home of a user the Dockerfile creates, as its passwd entry records it
(knowledge/user_tools.home_field): ``pip install --user`` as that user fills
``<home>/.local`` (recipes/home_venvs.home_of), which the runner copies."""
import pytest

from transpiler.knowledge.user_tools import home_field
from transpiler.multistage.api import transpile

from transpile_checks import runner_stage


@pytest.mark.parametrize("argv, flavour, got", [
    (["useradd", "-m", "app"], "debian", ("app", "/home/app")),
    (["useradd", "app"], "debian", ("app", "/home/app")),  # (recorded, not made)
    (["useradd", "-r", "-d", "/srv/app", "app"], "debian", ("app", "/srv/app")),
    (["useradd", "--create-home", "--home-dir=/opt/app", "app"], "debian", ("app", "/opt/app")),
    (["useradd", "-m", "-b", "/users", "app"], "debian", ("app", "/users/app")),
    (["useradd", "-ms", "/bin/bash", "app"], "debian", ("app", "/home/app")),
    (["useradd", "--create-home", "--shell", "/bin/bash", "jenkins", "--uid", "$UID"],
     "debian", ("jenkins", "/home/jenkins")),
    (["adduser", "--disabled-password", "--gecos", "", "app"], "debian", ("app", "/home/app")),
    (["adduser", "--system", "app"], "debian", None),  # (/nonexistent or /home/app)
    (["adduser", "--system", "--home", "/var/lib/app", "app"], "debian",
     ("app", "/var/lib/app")),
    (["adduser", "app", "sudo"], "debian", None),  # (a member added)
    (["adduser", "-D", "app"], "alpine", ("app", "/home/app")),
    (["adduser", "-D", "-h", "/srv", "app"], "alpine", ("app", "/srv")),
    (["adduser", "-S", "app"], "alpine", None),
    (["groupadd", "app"], "debian", None),
])
def test_home_field(argv, flavour, got):
    assert home_field(argv, flavour) == got


BUILD = "FROM python:3.11-bookworm\n{user}USER app\nWORKDIR /srv/src\nCOPY . .\n" \
        "RUN pip install --user --no-cache-dir flask==3.0.0\nCMD [\"python\", \"app.py\"]\n"


@pytest.mark.parametrize("user, local", [
    ("RUN useradd -m app\n", "/home/app/.local"),
    ("RUN useradd --create-home --home-dir /opt/app app\n", "/opt/app/.local"),
    ("RUN useradd -m app\nENV HOME=/data\n", "/data/.local"),  # (HOME set: it wins)
])
def test_pip_user_install_of_a_created_user(user, local):
    runner = runner_stage(BUILD.format(user=user))
    assert f"COPY --from=builder {local} {local}\n" in runner


@pytest.mark.parametrize("user", [
    "",  # (the image's own account: its home is not known)
    "RUN adduser --system app\n",
    "RUN if [ -n \"$X\" ]; then useradd -m app; fi\n",  # (made only maybe)
    "RUN useradd -m app && usermod -d /data -m app\n",  # (moved: not followed)
])
def test_an_unknown_home_still_declines(user):
    result = transpile(BUILD.format(user=user))
    assert result.report.declined
    assert "pip install --user as a non-root user whose home is unknown" in \
        result.report.reason
