"""A python tag that names no X.Y (``python:3``, ``python:latest``, ``python:alpine``)
moves to each new Python (3.14 on the image data's date, 3.15 since October 2026): a
rewrite that writes the data's X.Y into a path fails to build once it has moved.  The
site-packages is named by a glob in the builder and copied by a RUN that reads the
runner's own directory; pinned X.Y tags keep their literal paths."""
import os
import shutil
import subprocess

import pytest

from transpiler.knowledge.images import image_facts, language_version
from transpiler.multistage.api import transpile

BUILD = ("WORKDIR /app\nCOPY . .\nRUN pip install flask\n"
         'CMD ["python", "app.py"]\n')
#: a RUN after the build whose effect is captured (gettext's msgfmt stays behind)
CAPTURED = ("WORKDIR /code\nCOPY . .\nRUN apt-get update && apt-get install -y gettext\n"
            "RUN pip install flask\nRUN python manage.py compilemessages\n"
            "RUN apt-get purge -y gettext\n"
            'CMD ["python", "manage.py", "runserver"]\n')
FLOATING = ["python:3", "python:latest", "python", "library/python", "python:3-slim",
            "python:3-alpine", "python:alpine", "python:3-bookworm",
            "mirror.gcr.io/library/python:3"]


def _xy(reference):
    return language_version(image_facts(reference), "PYTHON_VERSION")


@pytest.mark.parametrize("reference", FLOATING)
def test_a_floating_tag_writes_no_x_y(reference):
    xy = _xy(reference)
    assert xy  # (the data knows the tag: the X.Y it had then)
    result = transpile(f"FROM {reference}\n" + BUILD)
    assert not result.report.declined, result.report.reason
    assert f"python{xy}" not in result.output
    assert "RUN --mount=type=bind,from=builder,source=/usr/local/lib," in result.output
    assert "COPY --from=builder /usr/local/lib/python" not in result.output


def test_the_full_image_scan_names_the_site_by_a_glob_the_shell_expands():
    out = transpile("FROM python:3\n" + BUILD).output
    assert "find /usr/local/lib/python3.*/site-packages /app " in out


def test_the_capture_leaves_out_the_site_by_a_pattern_find_reads():
    result = transpile("FROM python:3\n" + CAPTURED)
    assert not result.report.declined, result.report.reason
    assert result.report.captured
    assert "-path '/usr/local/lib/python3.*/site-packages'" in result.output
    assert "python" + _xy("python:3") not in result.output


def test_explain_shows_the_glob():
    result = transpile("FROM python:latest\n" + BUILD)
    text = result.report.render()
    assert "/usr/local/lib/python3.*/site-packages -> /usr/local/lib/python3.*/site-packages" \
        in text
    assert "names no Python X.Y" in text


@pytest.mark.parametrize("reference", ["python:3.8-slim", "python:3.11", "python:3.11-bookworm",
                                       "python:3.12-alpine", "python:3-jessie"])
def test_a_tag_that_names_its_x_y_or_no_longer_moves_keeps_the_literal_path(reference):
    xy = _xy(reference)
    result = transpile(f"FROM {reference}\n" + BUILD)
    assert not result.report.declined, result.report.reason
    site = f"/usr/local/lib/python{xy}/site-packages"
    assert f"COPY --from=builder {site} {site}" in result.output
    assert "--mount" not in result.output


def test_moves():
    from transpiler.multistage.recipes import floating_site
    assert floating_site.moves(image_facts("python:3"), _xy("python:3"))
    assert floating_site.moves(image_facts("python"), _xy("python"))
    assert not floating_site.moves(image_facts("python:3.11-slim"), "3.11")
    assert not floating_site.moves(image_facts("python:3-jessie"), _xy("python:3-jessie"))
    assert not floating_site.moves(image_facts("python:3"), None)


def test_a_runner_without_the_builders_python_declines():
    # (a runner with no shell has no Python of the python images either: the copy RUN
    # of the glob is never reached there)
    result = transpile("FROM python:3\n" + BUILD, runtime="gcr.io/distroless/cc-debian13")
    assert result.report.declined
    assert "has no Python of the python images" in result.report.reason


def test_the_mount_is_read_back():
    from transpiler.multistage.recipes import floating_site
    run = floating_site.copy_run("/usr/local/lib/python3.*/site-packages", "build")
    assert floating_site.mounted(run) == ("build", "/usr/local/lib")
    assert floating_site.copied_glob(run) == "/usr/local/lib/python3.*/site-packages"
    assert floating_site.is_copy_run(run)


def _shells():
    found = [s for s in ("sh", "dash", "bash") if shutil.which(s)]
    if shutil.which("busybox"):
        found.append("busybox sh")
    return found


def _run_copy(tmp_path, shell, builder_xy, runner_xy):
    """The RUN's text, run with the mount and /usr/local/lib moved under tmp_path."""
    from transpiler.multistage.recipes import floating_site
    mount, lib = tmp_path / "mount", tmp_path / "lib"
    (mount / f"python{builder_xy}/site-packages/pkg").mkdir(parents=True)
    (mount / f"python{builder_xy}/site-packages/pkg/__init__.py").write_text("new\n")
    (mount / f"python{builder_xy}/site-packages/pip.txt").write_text("upgraded\n")
    os.symlink("pkg/__init__.py", mount / f"python{builder_xy}/site-packages/link")
    (lib / f"python{runner_xy}/site-packages").mkdir(parents=True)
    (lib / f"python{runner_xy}/site-packages/pip.txt").write_text("image's\n")
    (lib / f"python{runner_xy}/site-packages/own.txt").write_text("gone\n")
    # (the runner's own scripts of its site-packages' packages, and one the build made)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name in ("pip", "pip3", "pip3.15", "easy_install-3.8", "wheel", "python3",
                 "pip-compile"):
        (bin_dir / name).write_text("#!/usr/local/bin/python\n")
    text = floating_site.copy_run("/usr/local/lib/python3.*/site-packages", "builder") \
        .command.text.replace(floating_site.MOUNT, str(mount)).replace(
            "/usr/local/lib", str(lib)).replace("/usr/local/bin", str(bin_dir))
    assert "/usr/local" not in text  # (nothing of this machine's own is touched)
    return subprocess.run(shell.split() + ["-c", text], capture_output=True, text=True), lib


@pytest.mark.parametrize("shell", _shells())
def test_the_copy_replaces_the_runner_directory_of_the_same_x_y(tmp_path, shell):
    got, lib = _run_copy(tmp_path, shell, "3.15", "3.15")
    assert got.returncode == 0, got.stderr
    site = lib / "python3.15/site-packages"
    assert (site / "pkg/__init__.py").read_text() == "new\n"
    assert (site / "pip.txt").read_text() == "upgraded\n"
    # (the image's own file the builder no longer has, an old pip-X.dist-info, is gone:
    # own_site)
    assert not (site / "own.txt").exists()
    assert os.readlink(site / "link") == "pkg/__init__.py"
    assert sorted(p.name for p in site.iterdir()) == ["link", "pip.txt", "pkg"]
    # (its packages' scripts are gone too: the builder's come with the console scripts)
    assert sorted(p.name for p in (tmp_path / "bin").iterdir()) == ["pip-compile", "python3"]


@pytest.mark.parametrize("shell", _shells())
def test_the_copy_fails_the_build_on_another_x_y(tmp_path, shell):
    got, lib = _run_copy(tmp_path, shell, "3.15", "3.14")
    assert got.returncode != 0
    assert "is not in this image" in got.stderr
    assert not (lib / "python3.15").exists()


def test_the_originals_own_mount_of_an_image_is_no_stage_reference():
    # (the post-conditions read the transpiler's mount of the builder, not every mount)
    result = transpile("FROM python:3\nWORKDIR /app\nCOPY . .\n"
                       "RUN --mount=type=bind,from=ghcr.io/acme/wheels:1,target=/wheels "
                       "pip install --no-index --find-links /wheels -r requirements.txt\n"
                       'CMD ["python", "app.py"]\n')
    assert not result.report.declined, result.report.reason
    assert "from=ghcr.io/acme/wheels:1" in result.output


def test_the_copy_declines_after_a_user_who_may_not_write_there():
    from types import SimpleNamespace
    from transpiler.multistage.decline import Decline
    from transpiler.multistage.passes.runner_stage import _copy_runs_as_root
    from transpiler.multistage.recipes import floating_site
    from transpiler.tree import ast
    run = floating_site.copy_run("/usr/local/lib/python3.*/site-packages", "builder")
    runner = SimpleNamespace(default_user="root")
    _copy_runs_as_root(None, runner, [ast.User(keyword="USER", value="0:0"), run])
    with pytest.raises(Decline, match="after USER app"):
        _copy_runs_as_root(None, runner, [ast.User(keyword="USER", value="app"), run])
    with pytest.raises(Decline):
        _copy_runs_as_root(None, SimpleNamespace(default_user="app"), [run])
