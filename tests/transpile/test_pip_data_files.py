"""The files pip writes outside site-packages reach the python images' runner
(recipes/pip_data_files, audit14a): xgboost's /usr/local/xgboost/libxgboost.so."""
import pytest

from transpiler.multistage.api import transpile
from transpiler.multistage.recipes import pip_data_files


def _runner(text):
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    return result.output.split("\n\nFROM ")[-1]


@pytest.mark.parametrize("head", ["FROM python:3.6\n", "FROM python:3.7-alpine\n",
                                  "FROM python:3\n", "FROM python:2.7-slim\n"])
def test_system_install_carries_pip_data_files(head):
    runner = _runner(head + "WORKDIR /app\nCOPY requirements.txt .\n"
                     "RUN pip install -r requirements.txt\nCOPY . .\nCMD [\"python\", \"app.py\"]\n")
    assert f"COPY --from=builder {pip_data_files.GATHERED} /\n" in runner


def test_gathering_copies_recorded_files_outside_site_packages(tmp_path):
    """The builder's program, run on a prefix laid out as pip leaves it: the wheel's data
    file and a legacy install's file are gathered at their absolute paths; site-packages
    and the console scripts (copied apart) are not."""
    prefix = tmp_path / "usr" / "local"
    site = prefix / "lib" / "python3.7" / "site-packages"
    info = site / "xgboost-0.90.dist-info"
    info.mkdir(parents=True)
    (site / "xgboost").mkdir()
    (site / "xgboost" / "core.py").write_text("")
    (prefix / "xgboost").mkdir()
    (prefix / "xgboost" / "libxgboost.so").write_text("ELF")
    (prefix / "bin").mkdir()
    (prefix / "bin" / "tool").write_text("")
    (info / "RECORD").write_text("xgboost/core.py,,\n../../../xgboost/libxgboost.so,sha256=x,3\n"
                                 "../../../bin/tool,,\nxgboost-0.90.dist-info/RECORD,,\n")
    legacy = site / "old-1.0-py3.7.egg-info"
    legacy.mkdir()
    (prefix / "etc").mkdir()
    (prefix / "etc" / "old.cfg").write_text("")
    (legacy / "installed-files.txt").write_text("../old.py\n../../../../etc/old.cfg\n")
    dest = tmp_path / "gathered"
    code = pip_data_files._GATHER.strip().replace("DEST", str(dest), 1) \
        .replace("/usr/local", str(prefix))
    exec(code, {})
    found = sorted(str(p.relative_to(dest)) for p in dest.rglob("*") if p.is_file())
    assert found == [str((prefix / "etc" / "old.cfg").relative_to("/")),
                     str((prefix / "xgboost" / "libxgboost.so").relative_to("/"))]


def test_data_files_copy_onto_root_does_not_hold_every_path():
    """The gathered tree is copied onto /, and holds only the files pip wrote: a later
    RUN changing a path the runner does not get still declines (2a2b6bdc: `chmod +x
    /SSMA/ssma.py` of a clone that stays in the builder)."""
    result = transpile("FROM python:3.5.3\nRUN git clone https://example.org/ssma.git /SSMA "
                       "&& pip3 install -r /SSMA/requirements.txt\n"
                       "RUN chmod +x /SSMA/ssma.py && ln -s /SSMA/ssma.py /bin/ssma\n"
                       "WORKDIR /malware\nENTRYPOINT [\"ssma\"]\n")
    assert result.report.declined
    assert "/SSMA/ssma.py" in result.report.reason


_SETUP = ("FROM python:3.11\nWORKDIR /usr/local/src/app\nCOPY . .\n"
          "RUN pip install -r requirements.txt && {setup}\nCMD [\"greet\"]\n")


@pytest.mark.parametrize("setup,marked", [
    ("python setup.py install", True),
    ("python3 ./setup.py build install", True),
    ("python setup.py -q install --optimize=1", True),
    ("python setup.py build", False),
    ("pip install .", False)])
def test_setup_install_gathers_what_the_build_wrote_under_usr_local(setup, marked):
    """`setup.py install` records no data files: the builder begins with a marker and
    the gathering walks /usr/local for newer files, leaving out the application tree the
    runner copies apart; pip's installs alone are read from their records as before."""
    out = transpile(_SETUP.format(setup=setup)).output
    builder = out.split("\n\nFROM ")[0]
    assert (f"RUN mkdir -p /var/lib/dtranspile && touch {pip_data_files.MARKER}\n" in
            builder) is marked
    assert ("os.walk(\\\"/usr/local\\\")" in builder or "os.walk(\"/usr/local\")" in builder) \
        is marked
    if marked:
        assert "\"/usr/local/src/app\", )" in builder
        assert builder.index(pip_data_files.MARKER) < builder.index("RUN pip install")


def test_walk_gathers_files_newer_than_the_marker(tmp_path):
    """The builder's program, run on a prefix: a data file copied with its old mtime kept
    (distutils' copy_file) is gathered by its ctime, and so is a link; what was there
    before the marker, site-packages, /usr/local/bin, bytecode caches and the copied
    application tree are not."""
    import os
    import time
    prefix = tmp_path / "usr" / "local"
    for d in ("lib/python3.11/site-packages/x", "lib/python3.11/__pycache__", "bin",
              "share/old", "src/app"):
        (prefix / d).mkdir(parents=True)
    (prefix / "share/old/f").write_text("base image")
    time.sleep(0.05)
    marker = tmp_path / "marker"
    marker.write_text("")
    time.sleep(0.05)
    (prefix / "share/greet").mkdir()
    (prefix / "share/greet/greeting.txt").write_text("hello")
    os.utime(prefix / "share/greet/greeting.txt", (1e9, 1e9))  # (mtime kept from 2001)
    (prefix / "share/link").symlink_to("greet")
    for f in ("bin/greet", "lib/python3.11/__pycache__/os.cpython-311.pyc",
              "lib/python3.11/site-packages/x/a.py", "src/app/main.py"):
        (prefix / f).write_text("")
    run = pip_data_files.gather_run(True, ["/usr/local/src/app"]).command.text
    code = run.split("exec(\"\"\"", 1)[1].rsplit("\"\"\")", 1)[0] \
        .replace("\\n", "\n").replace("\\\\", "\\")
    dest = tmp_path / "gathered"
    code = code.replace(pip_data_files.GATHERED, str(dest), 1) \
        .replace(pip_data_files.MARKER, str(marker)).replace("/usr/local", str(prefix))
    exec(code, {})
    found = sorted(str(p.relative_to(dest / str(prefix).lstrip("/")))
                   for p in dest.rglob("*") if p.is_file() or p.is_symlink())
    assert found == ["share/greet/greeting.txt", "share/link"]
