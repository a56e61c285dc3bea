"""Same-image runners on CentOS and Fedora (recipes/distribution_runner.py, ``yum``):
the base and its runner, the replay's declines, and the builder's scan and staging
programs run for real here under Python 3 and 2 with a stand-in ``rpm`` (no RPM
database on this host), as an RPM builder would run them."""

import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from transpiler import parse
from transpiler.analysis.state import analyze_stage
from transpiler.multistage.api import transpile
from transpiler.multistage.recipes import distribution_runner as dr, rpm_runner

def _works(python):
    try:
        return subprocess.run([python, "-c", "pass"], capture_output=True).returncode == 0
    except OSError:
        return False


PYTHON2 = next((p for p in ("/root/.pyenv/versions/2.7.18/bin/python2.7",
                            shutil.which("python2.7")) if p and _works(p)), None)
PYTHONS = [sys.executable] + ([PYTHON2] if PYTHON2 else [])

#: the stand-in rpm: ``-qf`` names a package after each file, ``-ql`` lists a .so,
#: ``-qa`` lists the owned files (``OWNED``); a file named ``unowned*`` fails -qf
FAKE_RPM = r"""#!/bin/sh
case "$1" in
  -qf) shift 3; for f in "$@"; do echo "$f" >> "$ASKED"; case "$f" in *unowned*) echo "file $f is not owned"; exit 1;; esac; echo "own-$(basename "$f" | cut -d. -f1)"; done;;
  -ql) echo "$LIBSO"; echo /usr/include/x.h;;
  -qa) cat "$OWNED";;
esac
"""


def _base_of(ref, run="RUN true"):
    return dr.plain_base(analyze_stage(parse(f"FROM {ref}\n{run}\n").stages[0], {}))


def test_centos_and_fedora_are_their_own_runners():
    base = _base_of("centos:7")
    assert (base.image, base.manager, base.installer) == ("centos:7", "yum", "yum")
    assert base.reads_runtime  # no RPM package index: -devel packages read in the builder
    assert _base_of("centos").image == "centos"  # floats with the builder
    assert _base_of("fedora:26", "RUN dnf install -y python3").installer == "dnf"
    assert _base_of("centos:6") is None  # older than the handled releases
    assert "older than" in rpm_runner.rpm_unhandled(
        analyze_stage(parse("FROM centos:6\nRUN true\n").stages[0], {}))


@pytest.mark.parametrize("run, why", [
    ('RUN yum groupinstall -y "Compatibility Libraries"', "package group"),
    ("RUN yum install -y --enablerepo=extras python-pip", "changes which packages"),
    ("RUN dnf module enable -y nodejs:12", "`dnf module`"),
    ("RUN rpm -e --nodeps git", "with rpm itself"),
    ("RUN yum localinstall -y /tmp/x.rpm", "`yum localinstall`"),
])
def test_installs_the_runner_cannot_replay_decline(run, why):
    text = (f"FROM centos:7\n{run}\nRUN yum install -y python-pip gcc python-devel\n"
            "WORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n"
            'CMD ["python", "app.py"]\n')
    r = transpile(text)
    assert r.report.declined and why in r.report.reason, r.report.reason


def test_development_tools_group_stays_in_the_builder():
    text = ('FROM centos:7\nRUN yum groupinstall -y "Development Tools"\n'
            "RUN yum install -y python-pip @development\n"
            "WORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n"
            'CMD ["python", "app.py"]\n')
    r = transpile(text)
    assert not r.report.declined, r.report.reason
    runner = r.output.split("\nFROM ")[-1]
    install = next(line for line in runner.splitlines() if "yum install" in line)
    assert "@development" not in install and "python-pip" in install


def _program(run):
    """The Python program of a builder RUN this module writes, as its interpreter
    reads it."""
    text = run.command.text
    literal = re.search(r"-c 'exec\(\"\"\"(.*)\"\"\"\)'", text).group(1)
    return eval('"""' + literal + '"""')


@pytest.fixture
def fake_rpm(tmp_path, monkeypatch):
    bindir = tmp_path / "bin"
    bindir.mkdir()
    (bindir / "rpm").write_text(FAKE_RPM)
    (bindir / "rpm").chmod(0o755)
    monkeypatch.setenv("PATH", f"{bindir}:{os.environ['PATH']}")
    return tmp_path


@pytest.mark.skipif(shutil.which("ldd") is None, reason="needs glibc's ldd")
@pytest.mark.parametrize("python", PYTHONS)
def test_scan_program_lists_the_owners_of_the_loaded_libraries(fake_rpm, python, monkeypatch):
    tree = fake_rpm / "tree"
    (tree / "bin").mkdir(parents=True)
    shutil.copy("/bin/ls", tree / "bin" / "ls")
    (tree / "bin" / "script").write_text("#!/bin/sh\n")
    (tree / "bin" / "script").chmod(0o755)
    libc = subprocess.run(["ldd", "/bin/ls"], capture_output=True, text=True).stdout
    libc_path = re.search(r"=> (/\S*libc\.so\S*)", libc).group(1)
    monkeypatch.setenv("LIBSO", libc_path)
    monkeypatch.setenv("ASKED", str(fake_rpm / "asked"))
    out = fake_rpm / "list"
    shutil.copy("/bin/ls", fake_rpm / "program")  # a tree that is a file: read itself
    run = dr.scan_run(_base_of("centos:7"), [str(tree), str(fake_rpm / "program")],
                      ["glibc-devel"])
    code = _program(run).replace(json.dumps(dr.PACKAGE_LIST), json.dumps(str(out)))
    subprocess.run([python, "-c", code], check=True)
    listed = out.read_text().split("\n")
    assert "own-libc" in listed and listed[-1] == ""  # one name a line
    # rpm is asked for the files as the packages list them: no directory link in the
    # path (/lib -> usr/lib), the file's own name kept
    for asked in (fake_rpm / "asked").read_text().split():
        assert os.path.realpath(os.path.dirname(asked)) == os.path.dirname(asked)
    monkeypatch.setenv("LIBSO", "/nothing.so")  # (-ql: no library of a -devel package)
    run = dr.scan_run(_base_of("centos:7"), [str(fake_rpm / "program")], [])
    code = _program(run).replace(json.dumps(dr.PACKAGE_LIST), json.dumps(str(out)))
    subprocess.run([python, "-c", code], check=True)
    assert "own-libc" in out.read_text().split("\n")
    assert listed[:-1] == sorted(set(listed[:-1]))


@pytest.mark.skipif(shutil.which("ldd") is None, reason="needs glibc's ldd")
@pytest.mark.parametrize("python", PYTHONS)
def test_scan_program_leaves_linker_scripts_out(fake_rpm, python, monkeypatch):
    script = fake_rpm / "libncurses.so"
    script.write_text("INPUT(libncurses.so.6 -ltinfo)\n")
    monkeypatch.setenv("LIBSO", str(script))
    monkeypatch.setenv("ASKED", str(fake_rpm / "asked"))
    out = fake_rpm / "list"
    run = dr.scan_run(_base_of("centos:7"), [], ["ncurses-devel"])
    code = _program(run).replace(json.dumps(dr.PACKAGE_LIST), json.dumps(str(out)))
    subprocess.run([python, "-c", code], check=True)
    assert out.read_text() == "" and not (fake_rpm / "asked").exists()


@pytest.mark.skipif(shutil.which("ldd") is None, reason="needs glibc's ldd")
def test_scan_program_fails_on_a_library_no_package_owns(fake_rpm, monkeypatch):
    (fake_rpm / "unowned").mkdir()
    shutil.copy("/bin/ls", fake_rpm / "unowned" / "libx.so")  # an ELF file no package owns
    monkeypatch.setenv("LIBSO", str(fake_rpm / "unowned" / "libx.so"))
    run = dr.scan_run(_base_of("centos:7"), [], ["x-devel"])
    code = _program(run).replace(json.dumps(dr.PACKAGE_LIST),
                                 json.dumps(str(fake_rpm / "list")))
    assert subprocess.run([sys.executable, "-c", code]).returncode != 0


@pytest.mark.parametrize("python", PYTHONS)
def test_staging_program_copies_what_no_package_owns(fake_rpm, python, monkeypatch):
    root = fake_rpm / "root" / "usr" / "bin"
    root.mkdir(parents=True)
    (root / "owned").write_text("packaged")
    (root / "made").write_text("pip's")
    owned = fake_rpm / "owned.txt"
    # (``gone``: a packaged file a pip upgrade removed, listed for the runner's removal)
    owned.write_text(f"{root}/owned\n{root}/gone\n/elsewhere/gone\n")
    monkeypatch.setenv("OWNED", str(owned))
    run = dr.staging_run(rpm_runner.RPM_PYTHON, [str(root)], _base_of("centos:7"))
    staging = fake_rpm / "staging"
    code = _program(run).replace(json.dumps(dr.STAGING), json.dumps(str(staging)))
    subprocess.run([python, "-c", code], check=True)
    assert (staging / str(root / "made").lstrip("/")).read_text() == "pip's"
    assert not (staging / str(root / "owned").lstrip("/")).exists()
    removed = staging / dr.REMOVED.lstrip("/")
    assert removed.read_text() == f"{root}/gone\n"
    # the runner's removal reads the list with the shell and takes the list away
    victim = fake_rpm / "victim"
    victim.write_text("")
    removed.write_text(f"{victim}\n")
    script = dr.gone_removal_run().command.text.replace(dr.REMOVED, str(removed))
    subprocess.run(["sh", "-c", script], check=True)
    assert not victim.exists() and not removed.exists()


def test_runner_reads_the_list_with_the_shell(fake_rpm):
    """The runner's install of the scanned list needs no xargs (a Fedora base image may
    lack findutils): the shell reads the list; an empty list installs nothing."""
    r = transpile("FROM fedora:26\nRUN dnf install -y python3-pip gcc python3-devel\n"
                  "WORKDIR /app\nCOPY . .\nRUN pip3 install -r requirements.txt\n"
                  'CMD ["python3", "app.py"]\n')
    assert not r.report.declined, r.report.reason
    runner = r.output.split("\nFROM ")[-1]
    install = next(line for line in runner.splitlines() if "dnf install" in line)
    assert "xargs" not in install
    script = install[len("RUN "):].replace("dnf ", "echo dnf ").replace(
        "/tmp/dtranspile-runtime-packages", str(fake_rpm / "list"))
    (fake_rpm / "list").write_text("libpq\nopenssl-libs\n")
    out = subprocess.run(["sh", "-c", script], capture_output=True, text=True, check=True)
    assert "dnf install -y libpq openssl-libs" in out.stdout
    (fake_rpm / "list").write_text("")
    out = subprocess.run(["sh", "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.count("dnf install") == 1  # the original's packages only


def test_node_on_centos_7_is_built_and_centos_6_says_why_not():
    node = transpile("FROM centos:7\nRUN yum install -y epel-release && yum install -y nodejs "
                     "npm gcc-c++ make\nWORKDIR /app\nCOPY . .\nRUN npm install\n"
                     'CMD ["node", "server.js"]\n')
    # (Node on centos:7: the same-image runner, node-rpm-distribution)
    assert not node.report.declined, node.report.reason
    old = transpile("FROM centos:6\nRUN yum install -y python-pip gcc\nCOPY . /opt/app\n"
                    'RUN pip install /opt/app\nCMD ["python", "-m", "app"]\n')
    assert old.report.declined and "centos 7 and later" in old.report.reason


@pytest.mark.parametrize("run", [
    'RUN dnf group install -y "Development Tools"',
    "RUN dnf install -y --setopt=tsflags=nodocs gcc",
    "RUN dnf config-manager --set-enabled crb && rpm --import https://example.org/key",
])
def test_commands_the_replay_gives_pass(run):
    text = (f"FROM fedora:39\n{run}\nRUN dnf install -y python3-pip python3-devel gcc\n"
            "WORKDIR /app\nCOPY . .\nRUN pip3 install -r requirements.txt\n"
            'CMD ["python3", "app.py"]\n')
    r = transpile(text)
    assert not r.report.declined, r.report.reason


def test_imported_keys_are_imported_in_the_runner():
    r = transpile("FROM centos:7\nRUN rpm --import https://example.org/RPM-KEY "
                  "/etc/pki/rpm-gpg/RPM-GPG-KEY-x && yum install -y python3 gcc\n"
                  "COPY . /opt/app\nRUN pip3 install /opt/app\n"
                  'CMD ["python3", "-m", "app"]\n')
    assert not r.report.declined, r.report.reason
    install = next(line for line in r.output.split("\nFROM ")[-1].splitlines()
                   if "yum install" in line)
    assert install.startswith("RUN rpm --import https://example.org/RPM-KEY "
                              "/etc/pki/rpm-gpg/RPM-GPG-KEY-x && yum install -y python3")
    local = transpile("FROM centos:7\nRUN rpm --import /tmp/key && yum install -y python3 "
                      "gcc\nCOPY . /opt/app\nRUN pip3 install /opt/app\n"
                      'CMD ["python3", "-m", "app"]\n')
    assert local.report.declined and "does not have" in local.report.reason


def test_c_cpp_runs_before_the_build_are_repeated_in_the_runner():
    """A RUN whose effect lies outside what the runner copies (a config edited) is
    repeated in the same-image runner, as on the Python recipe's."""
    r = transpile("FROM centos:7\nRUN yum install -y gcc make\n"
                  "RUN sed -i 's/^#X/X/' /etc/security/limits.conf\n"
                  "COPY main.c /src/\nRUN gcc -O2 -o /usr/local/bin/app /src/main.c\n"
                  'CMD ["app"]\n')
    assert not r.report.declined, r.report.reason
    runner = r.output.split("\nFROM ")[-1]
    assert "sed -i" in runner and runner.startswith("centos:7\n")
