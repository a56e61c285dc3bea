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
