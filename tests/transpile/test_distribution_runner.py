"""Same-distribution runners (recipes/distribution_runner.py): the plan, the package
replay, the builder's staging program and ELF scan run for real on this machine (a
Debian host: dpkg's database is what they read), and the declines."""

import os
import shutil
import subprocess
import sysconfig
import glob

import pytest

from transpiler.analysis.scripts import script_file
from transpiler.knowledge import packages
from transpiler.multistage.api import transpile
from transpiler.multistage.recipes import distribution_runner as dr

DPKG = os.path.isdir("/var/lib/dpkg/info") and shutil.which("dpkg-query") is not None


def _base(ref="debian:bookworm", image="debian:bookworm-slim", family="debian",
          release="bookworm"):
    distro = packages.distro_of(family, release)
    return dr.PlainBase(ref, image, distro, distro.manager, "test")


def _transpile(text):
    return transpile(text)


def test_plain_bases_and_their_runners():
    from transpiler.analysis.state import analyze_stage
    from transpiler import parse

    def base_of(ref):
        tree = parse(f"FROM {ref}\nRUN true\n")
        return dr.plain_base(analyze_stage(tree.stages[0], {}))

    assert base_of("debian:bullseye").image == "debian:bullseye-slim"
    assert base_of("ubuntu:16.04").image == "ubuntu:16.04"
    assert base_of("ubuntu:16.04").distro.release == "xenial"
    assert base_of("alpine:3.12").manager == "apk"
    assert base_of("python:3.11") is None
    assert base_of("nvidia/cuda:9.0-devel-ubuntu16.04") is None  # /usr/local holds CUDA



def test_floating_latest_runs_on_the_slim_image_that_floats_with_it():
    """``debian``/``debian:latest`` have no slim tag: the runner is debian:stable-slim,
    which the image data shows moving to each new release with latest (the reason
    says so); ubuntu has no slim image; a locale keeps the full image."""
    from transpiler.analysis.state import analyze_stage
    from transpiler import parse

    def facts_of(text):
        return analyze_stage(parse(text).stages[0], {})

    for ref in ("debian", "debian:latest"):
        base = dr.plain_base(facts_of(f"FROM {ref}\nRUN true\n"))
        assert base.image == "debian:stable-slim" and base.release_floats
        assert "floats with the builder's tag" in base.why and "in one commit" in base.why
    assert dr.plain_base(facts_of("FROM ubuntu\nRUN true\n")).image == "ubuntu"
    facts = facts_of("FROM debian\nRUN apt-get update && apt-get install -y locales\n"
                     "ENV LANG=de_DE.UTF-8\nRUN true\n")
    kept = dr.full_image_needed(facts, dr.plain_base(facts))
    assert kept.image == "debian" and "locale" in kept.why


def test_ubuntu_apt_python_runs_on_the_same_image():
    text = ("FROM ubuntu:16.04\n"
            "RUN apt-get update && apt-get install -y python3 python3-pip python3-dev "
            "build-essential libpq-dev curl\n"
            "WORKDIR /app\nCOPY . .\nRUN pip3 install -r requirements.txt\n"
            'CMD ["gunicorn", "app:app"]\n')
    r = _transpile(text)
    assert not r.report.declined, r.report.reason
    runner = r.output.split("\nFROM ")[-1]
    assert runner.startswith("ubuntu:16.04\n")
    install = next(line for line in runner.splitlines() if "apt-get install" in line)
    assert install.startswith("RUN export DEBIAN_FRONTEND=noninteractive && ")
    # pip without its Recommends (the compilers); the interpreter and curl with theirs,
    # as the original (ca-certificates comes to the original only as a Recommends), and
    # libpq5 with its own, which libpq-dev's install brought the original
    assert "--no-install-recommends python3-pip python3-setuptools" in install
    assert "apt-get install -y curl libpq5 python3" in install
    for gone in ("build-essential", "python3-dev", "libpq-dev"):
        assert gone not in install
    assert "COPY --from=builder /usr/local /usr/local" in runner
    assert f"COPY --from=builder {dr.STAGING} /" in runner
    assert f"COPY --from=builder {dr.PACKAGE_LIST} " in runner


def test_python_from_source_is_not_a_distribution_python():
    """A Python the distribution does not package is not installed again as python3:
    the build runs in a capture window (python_capture) and python is tested in the
    runner after the captured files."""
    text = ("FROM ubuntu:16.04\nRUN apt-get update && apt-get install -y build-essential\n"
            "WORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n"
            'CMD ["python", "app.py"]\n')
    r = _transpile(text)
    assert not r.report.declined, r.report.reason
    runner = r.output.split("\nFROM ")[-1]
    assert "python3" not in runner and "build-essential" not in runner
    assert runner.index("COPY --from=builder /var/lib/dtranspile/capture/root/ /") < \
        runner.index("RUN command -v python >/dev/null")


def _before_the_build(run):
    return ("FROM ubuntu:18.04\nENV TZ=Europe/Paris\n"
            "RUN apt-get update && apt-get install -y python3 python3-pip python3-dev git wget\n"
            f"{run}\nWORKDIR /app\nCOPY . .\nRUN pip3 install -r requirements.txt\n"
            'CMD ["python3", "app.py"]\n')


def test_package_file_before_the_build_is_captured():
    """No archive has a downloaded .deb, which the runner's install by name would need:
    the build runs from that RUN on with its effect captured, and the runner installs
    the file the builder's dpkg hook kept (``package_files``)."""
    r = _transpile(_before_the_build("RUN wget -q https://example.com/t.deb && dpkg -i t.deb"))
    assert not r.report.declined, r.report.reason
    assert any("installs a package file, which no archive has" in a for a in r.report.added)
    runner = r.output.split("\nFROM ")[-1]
    assert "dpkg --force-confold -i /var/lib/dtranspile/capture-debs/*.deb" in runner


def test_package_file_before_the_build_on_rpm_declines():
    text = ("FROM centos:7\nRUN yum install -y python3 python3-pip gcc python3-devel && "
            "rpm -ivh https://example.com/t.rpm\nWORKDIR /app\nCOPY . .\n"
            "RUN pip3 install -r requirements.txt\nCMD [\"python3\", \"app.py\"]\n")
    r = _transpile(text)
    assert r.report.declined
    assert "installs a package file" in r.report.reason and "yum's" in r.report.reason


@pytest.mark.parametrize("run,cause", [
    ("RUN ./install.sh", "it runs the script `./install.sh`"),
    ("RUN git clone https://example.com/x.git /opt/x", "needs git, which stays in the builder"),
    ("RUN make -C /opt/tool install-config", "needs make, which stays in the builder"),
    ("RUN python3 distribute_setup.py", "it runs the script `python3 distribute_setup.py`"),
    ("RUN perl -w -I /opt/lib /opt/setup.pl", "it runs the script `perl /opt/setup.pl`"),
])
def test_runs_the_runner_cannot_repeat_are_captured_in_the_builder(run, cause):
    from transpiler.multistage.recipes import effect_capture
    r = _transpile(_before_the_build(run))
    assert not r.report.declined, r.report.reason
    builder, runner = r.output.split("\nFROM ")
    # the listing stands before the RUN, the capture after the builder's last RUN
    assert builder.index(effect_capture.BEFORE) < builder.index(run) < \
        builder.index(f"-C {effect_capture.CAPTURED} ")
    assert f"COPY --from=builder {effect_capture.CAPTURED}/ /" in runner
    assert run not in runner
    assert any(cause in c for c in r.report.captured), r.report.captured
    assert "captured in the builder" in r.report.render()


def test_interpreted_script_is_the_file_an_interpreter_runs():
    """A script file handed to an interpreter is code the transpiler does not read;
    code on the command line or a package's module is not such a file."""
    assert script_file(["python3", "-u", "setup_env.py", "x"]) == "setup_env.py"
    assert script_file(["/usr/bin/python2.7", "-W", "ignore", "a.py"]) == "a.py"
    assert script_file(["python", "-"]) == "-"
    assert script_file(["node", "scripts/fetch.js"]) == "scripts/fetch.js"
    assert script_file(["python3", "-c", "import nltk"]) is None
    assert script_file(["python3", "-m", "pip", "install", "x"]) is None
    assert script_file(["perl", "-e", "print 1"]) is None
    assert script_file(["python3"]) is None
    assert script_file(["locale-gen", "en_US.UTF-8"]) is None
    # the options are each interpreter's own (one reader: analysis.scripts)
    assert script_file(["python3", "-I", "x.py"]) == "x.py"  # (no argument in Python)
    assert script_file(["python3", "-uWignore", "x.py"]) == "x.py"
    assert script_file(["ruby", "-I", "lib", "x.rb"]) == "x.rb"
    assert script_file(["perl", "-MCPAN", "-e", "install X"]) is None
    assert script_file(["perl", "-Ilib", "-w", "install.pl"]) == "install.pl"
    assert script_file(["node", "-r", "ts-node/register", "x.ts"]) == "x.ts"
    assert script_file(["node", "-pe", "1"]) is None
    assert script_file(["php", "-d", "memory_limit=-1", "composer-setup.php"]) == \
        "composer-setup.php"
    assert script_file(["php", "-f", "x.php"]) == "x.php"
    assert script_file(["php", "-r", "copy('a', 'b');"]) is None
    assert script_file(["bash", "x.sh"], shells=False) is None
    assert script_file(["bash", "-o", "pipefail", "x.sh"]) == "x.sh"
    assert script_file(["bash", "-s", "--", "-y"]) == "-"


def test_downloaded_installer_script_is_captured_not_run_again_over_the_copies():
    """``python distribute_setup.py`` ran before get-pip and the pip installs: repeated
    in the runner after its copy of /usr/local, it would install over what those later
    steps left there (the reverse order).  Its effect is captured instead, and the
    download it ran is build input the runner does not fetch again."""
    r = _transpile(_before_the_build("RUN wget https://example.com/distribute_setup.py\n"
                                     "RUN python3 distribute_setup.py"))
    assert not r.report.declined, r.report.reason
    runner = r.output.split("\nFROM ")[-1]
    assert "distribute_setup.py" not in runner
    assert any("python3 distribute_setup.py" in c for c in r.report.captured)
    # code on the command line is read: the runner repeats it where it stood
    r = _transpile(_before_the_build("RUN python3 -c \"open('/etc/app.conf', 'w')\""))
    assert not r.report.declined, r.report.reason
    assert "RUN cd / && python3 -c" in r.output.split("\nFROM ")[-1]


def test_setup_under_another_user_is_captured_a_script_outside_the_copies_declines():
    text = ("FROM ubuntu:18.04\nRUN apt-get update && apt-get install -y python3 python3-pip "
            "python3-dev graphite-web\nUSER _graphite\nRUN graphite-manage syncdb --noinput\nUSER root\n"
            "WORKDIR /app\nCOPY . .\nRUN pip3 install -r requirements.txt\n"
            'CMD ["python3", "app.py"]\n')
    r = _transpile(text)
    assert not r.report.declined, r.report.reason
    assert any("runs as user _graphite" in c for c in r.report.captured)
    builder = r.output.split("\nFROM ")[0]
    # the builder runs it as that user, and the listing as root
    assert builder.index("USER root\n# what the file system holds") < \
        builder.index("USER _graphite\nRUN graphite-manage")
    # a script in a clone: the checkout is carried whole (python_path_trees)
    text = ("FROM ubuntu:18.04\nRUN apt-get update && apt-get install -y python3 python3-pip "
            "git\nRUN cd /tmp && git clone https://example.com/ex.git && cd ex && "
            "pip3 install -r requirements.txt\n"
            'CMD ["python3", "/tmp/ex/app.py"]\n')
    r = _transpile(text)
    assert not r.report.declined, r.report.reason
    assert "\nCOPY --from=builder /tmp/ex /tmp/ex\n" in r.output
    # one in a directory an archive unpacks: what it holds is not known
    text = ("FROM ubuntu:18.04\nRUN apt-get update && apt-get install -y python3 python3-pip "
            "curl\nRUN cd /tmp && curl -fsSL https://example.com/ex.tgz | tar -xz && cd ex && "
            "pip3 install -r requirements.txt\n"
            'CMD ["python3", "/tmp/ex/app.py"]\n')
    assert "runs a Python script in /tmp/ex" in _transpile(text).report.reason


def test_repeated_runs_keep_their_place_and_variables():
    text = ("FROM ubuntu:18.04\nENV TZ=Europe/Paris\n"
            "RUN apt-get update && apt-get install -y python3 python3-pip python3-dev tzdata\n"
            "RUN echo $TZ > /etc/timezone\nWORKDIR /app\nCOPY . .\n"
            "RUN pip3 install -r requirements.txt\n"
            'CMD ["python3", "app.py"]\n')
    r = _transpile(text)
    assert not r.report.declined, r.report.reason
    runner = r.output.split("\nFROM ")[-1]
    assert runner.index("ENV TZ=Europe/Paris") < runner.index("RUN cd / && echo $TZ")


def test_runs_after_the_build_keep_their_user():
    text = ("FROM debian:bullseye\nRUN apt-get update && apt-get install -y python3 "
            "python3-pip\nRUN useradd -m app\nWORKDIR /home/app/srv\nCOPY . .\n"
            "RUN pip3 install -r requirements.txt\nUSER app\n"
            "RUN echo ready > /home/app/state\nUSER root\n"
            'CMD ["python3", "app.py"]\n')
    r = _transpile(text)
    assert not r.report.declined, r.report.reason
    runner = r.output.split("\nFROM ")[-1]
    assert runner.index("USER app") < runner.index("RUN echo ready") < runner.index("USER root")


def test_system_setup_is_repeated_in_the_runner():
    text = ("FROM ubuntu:18.04\n"
            "RUN apt-get update && apt-get install -y python3 python3-pip locales git\n"
            "RUN locale-gen en_US.UTF-8\n"
            "RUN git clone https://example.com/lib.git /opt/lib && pip3 install /opt/lib\n"
            "WORKDIR /app\nCOPY . .\nRUN pip3 install -r requirements.txt\n"
            "RUN echo Europe/Paris > /etc/timezone\n"
            'CMD ["python3", "app.py"]\n')
    r = _transpile(text)
    assert not r.report.declined, r.report.reason
    runner = r.output.split("\nFROM ")[-1]
    assert "RUN cd / && locale-gen en_US.UTF-8" in runner  # in the directory it ran in
    assert "RUN echo Europe/Paris > /etc/timezone" in runner  # after the build: the runner
    assert "git clone" not in runner  # the clone only fed an install
    assert runner.index("COPY --from=builder /usr/local") < runner.index("locale-gen")


def test_alpine_stages_what_pip_wrote_among_the_distribution():
    text = ("FROM alpine:3.12\nRUN apk add --no-cache python3 py3-pip build-base "
            "postgresql-dev\nWORKDIR /app\nCOPY . .\nRUN pip3 install .\n"
            'ENTRYPOINT ["myservice"]\n')
    r = _transpile(text)
    assert not r.report.declined, r.report.reason
    runner = r.output.split("\nFROM ")[-1]
    assert "apk add --no-cache libpq py3-pip python3 && xargs -r apk add" in runner
    assert "build-base" not in runner
    assert "/lib/apk/db/installed" in r.output  # the staging reads apk's database


def test_replay_keeps_the_interpreter_and_maps_dev_packages():
    from transpiler.analysis.state import analyze_stage
    from transpiler import parse
    from transpiler.multistage.recipes import python

    text = ("FROM debian:bullseye\nRUN apt-get update && apt-get install -y "
            "--no-install-recommends python3-pip python3.9-dev libjansson-dev libgdal-dev gcc "
            "libnotinthearchive-dev "
            "ca-certificates && apt-get upgrade -y\n")
    tree = parse(text)
    facts = analyze_stage(tree.stages[0], {})
    replay = dr.replay_packages(facts, _base("debian:bullseye", "debian:bullseye-slim",
                                             release="bullseye"), 99,
                                keep=python._INTERPRETER.match,
                                runtime_of_dev=python._interpreter_of_dev)
    # python3.9-dev gives the interpreter and its library (libpython3.9, which the
    # original has and a program may link: the post-condition asks for it)
    assert set(replay.install) == {"python3-pip", "python3.9", "libpython3.9", "libjansson4",
                                   "libgdal28", "ca-certificates"}
    assert set(replay.dropped) == {"python3.9-dev", "libjansson-dev", "libgdal-dev", "gcc",
                                   "libnotinthearchive-dev"}
    assert replay.unmapped_dev == ("libnotinthearchive-dev",)
    assert replay.upgrade and not replay.recommends


@pytest.mark.skipif(not DPKG, reason="needs a dpkg system (the scan asks dpkg-query)")
def test_scan_run_finds_the_owners_of_loaded_libraries(tmp_path):
    so = next(iter(glob.glob("/usr/lib/python3/dist-packages/*.so") +
                   glob.glob(sysconfig.get_paths()["platstdlib"] + "/lib-dynload/_ssl*.so")),
              None)
    if so is None:
        pytest.skip("no compiled Python module on this machine")
    tree = tmp_path / "tree"
    tree.mkdir()
    shutil.copy2(so, tree / os.path.basename(so))
    (tree / "not-elf.so.txt").write_text("text\n")
    (tree / "script").write_text("#!/bin/sh\necho\n")
    (tree / "script").chmod(0o755)
    shutil.copy2("/bin/ls", tree / "tool")  # an executable the build compiled (uwsgi)
    listing = tmp_path / "packages"
    text = dr.scan_run(_base(), [str(tree)], ["zlib1g-dev"] if os.path.exists(
        "/var/lib/dpkg/info/zlib1g-dev:amd64.list") else []).command.text
    text = text.replace(dr.PACKAGE_LIST, str(listing)).replace(
        "mkdir -p /var/lib/dtranspile", f"mkdir -p {tmp_path}").replace(
        "/tmp/dtranspile-scan", str(tmp_path / "scan"))
    subprocess.run(["sh", "-c", text], check=True)
    owners = listing.read_text().split()
    assert "libc6" in owners
    if "libselinux.so" in subprocess.run(["ldd", "/bin/ls"], capture_output=True,
                                         text=True).stdout:
        assert "libselinux1" in owners  # found through the executable
    assert all(":" not in o and o for o in owners)


@pytest.mark.skipif(not DPKG, reason="needs a dpkg system (the staging reads dpkg's lists)")
def test_staging_program_takes_only_what_no_package_owns(tmp_path):
    root = tmp_path / "lib" / "python3.99" / "site-packages"
    (root / "mod" / "__pycache__").mkdir(parents=True)
    (root / "mod" / "__init__.py").write_text("x = 1\n")
    (root / "mod" / "__pycache__" / "__init__.cpython-399.pyc").write_bytes(b"\0")
    (root / "__pycache__").mkdir()
    (root / "__pycache__" / "owned.cpython-399.pyc").write_bytes(b"\0")  # source not made
    info = root / "mod-1.0.dist-info"
    info.mkdir()
    (info / "INSTALLER").write_text("pip\n")
    (info / "RECORD").write_text("mod/__init__.py,,\n../../../bin/modtool,,\n")
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "modtool").write_text("#!/bin/sh\n")
    dest = tmp_path / "staging"
    text = dr.staging_run("python3", [str(tmp_path / "lib" / "python*"), str(tmp_path / "bin")],
                          _base()).command.text.replace(dr.STAGING, str(dest))
    subprocess.run(["sh", "-c", text], check=True)
    staged = {str(p.relative_to(dest)) for p in dest.rglob("*") if p.is_file()}
    inner = str(tmp_path).lstrip("/")
    assert f"{inner}/lib/python3.99/site-packages/mod/__init__.py" in staged
    assert f"{inner}/lib/python3.99/site-packages/mod/__pycache__/__init__.cpython-399.pyc" \
        in staged
    assert f"{inner}/bin/modtool" in staged
    assert not any("owned.cpython" in s for s in staged)


def test_staging_program_reads_non_ascii_dpkg_lists_in_an_ascii_locale(tmp_path):
    """A Python 3.6 builder (ubuntu:18.04) in a RUN's C locale decodes text as ASCII: the
    dpkg lists are read as bytes, so a package's non-ASCII name neither stops the build
    (UnicodeDecodeError, as it did) nor is staged as the install's.  Python 3.6's
    behaviour here: C locale, no coercion, no UTF-8 mode."""
    info, tree = tmp_path / "info", tmp_path / "share"
    info.mkdir()
    tree.mkdir()
    (tree / "caf\u00e9.txt").write_text("packaged\n")
    (tree / "made.txt").write_text("installed\n")
    (info / "pkg.list").write_bytes(f"{tree}\n{tree}/caf\u00e9.txt\n".encode("utf-8"))
    dest = tmp_path / "staging"
    text = dr.staging_run("python3", [str(tree)], _base()).command.text
    text = text.replace(dr.STAGING, str(dest)).replace("/var/lib/dpkg/info", str(info))
    subprocess.run(["sh", "-c", text], check=True, env=ASCII_LOCALE)
    removed = dest / dr.REMOVED.lstrip("/")
    staged = {p.name for p in dest.rglob("*") if p.is_file() and p != removed}
    assert staged == {"made.txt"}
    assert removed.read_bytes() == b""  # (every packaged file is still there: GONE)


#: Python 3.6's reading of text in a RUN: the C locale, no coercion, no UTF-8 mode
ASCII_LOCALE = dict(os.environ, LC_ALL="C", PYTHONCOERCECLOCALE="0", PYTHONUTF8="0")


def test_staging_program_reads_a_non_ascii_pip_record_in_an_ascii_locale(tmp_path):
    """pip's RECORD is UTF-8 and names the module a package ships (here one whose name
    is not ASCII, over a file a package owns): read as bytes, decoded as os.walk decodes
    names, so a Python 3.6 builder in the C locale stages it (it stopped the build with
    UnicodeDecodeError when the RECORD was read as text)."""
    info, site = tmp_path / "info", tmp_path / "site-packages"
    info.mkdir()
    (site / "mod-1.0.dist-info").mkdir(parents=True)
    (site / "caf\u00e9.py").write_text("upgraded over the packaged one\n")
    (site / "mod-1.0.dist-info" / "INSTALLER").write_text("pip\n")
    (site / "mod-1.0.dist-info" / "RECORD").write_bytes("caf\u00e9.py,sha256=x,31\n".encode())
    (info / "pkg.list").write_bytes(f"{site}\n{site}/caf\u00e9.py\n".encode("utf-8"))
    dest = tmp_path / "staging"
    text = dr.staging_run("python3", [str(site)], _base()).command.text
    text = text.replace(dr.STAGING, str(dest)).replace("/var/lib/dpkg/info", str(info))
    subprocess.run(["sh", "-c", text], check=True, env=ASCII_LOCALE)
    staged = {p.name for p in dest.rglob("*") if p.is_file()}
    assert "caf\u00e9.py" in staged and "RECORD" in staged


def test_staging_program_reads_apk_database_and_legacy_records_in_an_ascii_locale(tmp_path):
    """On Alpine the owned files come from apk's database and a legacy install's
    installed-files.txt names its files: both read as bytes, so a non-ASCII name in
    either neither stops the build nor is mistaken."""
    site = tmp_path / "site-packages"
    (site / "mod.egg-info").mkdir(parents=True)
    (site / "caf\u00e9.txt").write_text("packaged\n")
    (site / "na\u00efve.py").write_text("installed\n")
    (site / "mod.egg-info" / "installed-files.txt").write_bytes("../na\u00efve.py\n".encode())
    db = tmp_path / "installed"
    db.write_bytes(f"P:pkg\nF:{str(site).lstrip('/')}\nR:caf\u00e9.txt\n".encode("utf-8"))
    base = dr.PlainBase("alpine:3.8", "alpine:3.8", packages.distro_of("alpine", "3.18"), "apk",
                        "test")
    dest = tmp_path / "staging"
    text = dr.staging_run("python3", [str(site)], base).command.text
    text = text.replace(dr.STAGING, str(dest)).replace("/lib/apk/db/installed", str(db))
    subprocess.run(["sh", "-c", text], check=True, env=ASCII_LOCALE)
    staged = {p.name for p in dest.rglob("*") if p.is_file()}
    assert "na\u00efve.py" in staged and "caf\u00e9.txt" not in staged


def _stage_own_tree(tmp_path, own, marker, before, env=None):
    """Run the staging program of an apt image of its own tree ``own`` with the given
    marker and listing before the build; the staging directory it filled."""
    base = dr.PlainBase("x", "x", packages.distro_of("debian", "bookworm"), "apt", "test",
                        own_trees=(str(own),))
    dest = tmp_path / "staging"
    text = dr.staging_run("python3", [], base).command.text \
        .replace(dr.STAGING, str(dest)).replace(dr.MARKER, str(marker)) \
        .replace(dr.BEFORE, str(before)).replace(dr.REMOVED, "/removed")
    subprocess.run(["sh", "-c", text], check=True, env=env)
    return dest


def test_staging_program_lists_removed_non_ascii_names_in_an_ascii_locale(tmp_path):
    """The listing taken before the build on an image of its own trees is read and the
    removed names written as bytes: a non-ASCII name the build removed reaches the
    runner's list as it was."""
    own = tmp_path / "local"
    own.mkdir()
    marker, before = tmp_path / "marker", tmp_path / "before"
    marker.write_text("")
    before.write_bytes(f"{own}\n{own}/caf\u00e9.py\n".encode("utf-8"))
    dest = _stage_own_tree(tmp_path, own, marker, before, ASCII_LOCALE)
    assert (dest / "removed").read_bytes() == f"{own}/caf\u00e9.py\0".encode("utf-8")


def test_usr_files_gathering_reads_non_ascii_dpkg_lists_in_an_ascii_locale(tmp_path):
    """The gathering of what an install into /usr put there reads dpkg's lists as
    bytes: a package's non-ASCII name in the C locale of a Python 3.6 neither stops the
    build nor lets the package's file pass for the install's."""
    from transpiler.multistage.recipes import interpreted

    info, usr = tmp_path / "info", tmp_path / "usr"
    info.mkdir()
    (usr / "bin").mkdir(parents=True)
    (usr / "bin" / "caf\u00e9").write_text("packaged\n")
    (usr / "bin" / "made").write_text("installed\n")
    (info / "pkg.list").write_bytes(f"{usr}/bin\n{usr}/bin/caf\u00e9\n".encode("utf-8"))
    dest = tmp_path / "gathered"
    text = interpreted.usr_files_run().command.text \
        .replace("'dpkg', '--verify'", "'true'").replace("/var/lib/dpkg/info", str(info)) \
        .replace(interpreted.USR_FILES.path, str(dest)).replace("'/usr", f"'{usr}") \
        .replace("python -c", f"{shutil.which('python3')} -c")
    subprocess.run(["sh", "-c", text], check=True, env=ASCII_LOCALE)
    assert {p.name for p in dest.rglob("*") if p.is_file()} == {"made"}


def _stage_facts(ref):
    from transpiler.analysis.state import analyze_stage
    from transpiler import parse

    return analyze_stage(parse(f"FROM {ref}\nRUN true\n").stages[0], {})


def test_images_of_their_own_trees_run_on_themselves():
    php = dr.image_base(_stage_facts("php:8.2-cli-bookworm"))
    assert (php.image, php.own_trees, php.distro.release) == \
        ("php:8.2-cli-bookworm", ("/usr/local",), "bookworm")
    conda = dr.image_base(_stage_facts("continuumio/miniconda3:4.7.12"))
    assert conda.own_trees == ("/usr/local", "/opt/conda")  # python and pip are there
    phusion = dr.image_base(_stage_facts("phusion/baseimage:0.9.22"))
    assert (phusion.distro.family, phusion.distro.release) == ("ubuntu", "xenial")
    assert not phusion.release_floats and dr.image_base(
        _stage_facts("phusion/baseimage")).release_floats  # latest moves with releases
    # nvidia/cuda (datagen/cuda_images.py): a devel image runs on its runtime sibling
    # when the recipe's reading of the program allows it, else on itself
    cuda = _stage_facts("nvidia/cuda:9.0-devel-ubuntu16.04")
    assert (dr.image_base(cuda).image, dr.image_base(cuda).distro.release) == \
        ("nvidia/cuda:9.0-devel-ubuntu16.04", "xenial")
    assert dr.image_base(cuda, lambda facts: None).image == "nvidia/cuda:9.0-runtime-ubuntu16.04"
    assert "not its runtime sibling" in dr.image_base(cuda, lambda facts: "a reason").why
    # what the image data does not know stays unknown: no runner of its own
    for unknown in ("nvidia/cuda:latest", "tensorflow/tensorflow:1.8.0-py3",
                    "registry.example.com/team/python-base:1", "centos:7", "debian:bookworm"):
        assert dr.image_base(_stage_facts(unknown)) is None, unknown


def test_own_image_runner_is_that_image_only():
    text = ("FROM php:8.2-cli-bookworm\n"
            "RUN apt-get update && apt-get install -y python3-pip python3-dev gcc\n"
            "WORKDIR /app\nCOPY . .\nRUN pip3 install --break-system-packages .\n"
            'CMD ["python3", "app.py"]\n')
    r = transpile(text)
    assert not r.report.declined, r.report.reason
    assert r.output.split("\nFROM ")[-1].startswith("php:8.2-cli-bookworm\n")
    assert "not smaller" in r.report.render()
    other = transpile(text, runtime="debian:bookworm")
    assert other.report.declined and "is not that image" in other.report.reason


@pytest.mark.skipif(not DPKG, reason="needs a dpkg system (the staging reads dpkg's lists)")
def test_staging_on_an_image_of_its_own_takes_what_is_newer_than_the_marker(tmp_path):
    import time

    own = tmp_path / "local"
    (own / "lib").mkdir(parents=True)
    (own / "lib" / "image.so").write_text("the image's own\n")
    (own / "lib" / "upgraded.py").write_text("old\n")
    (own / "lib" / "gone.py").write_text("removed by the build\n")
    marker, before = tmp_path / "marker", tmp_path / "before"
    time.sleep(0.05)
    marker.write_text("")
    before.write_text("".join(f"{p}\n" for p in sorted(str(q) for q in own.rglob("*"))))
    time.sleep(0.05)
    (own / "lib" / "upgraded.py").write_text("new\n")
    (own / "lib" / "made.py").write_text("by the build\n")
    (own / "lib" / "gone.py").unlink()
    dest = _stage_own_tree(tmp_path, own, marker, before)
    staged = {str(p.relative_to(dest)) for p in dest.rglob("*") if p.is_file()}
    inner = str(own).lstrip("/")
    assert staged == {f"{inner}/lib/upgraded.py", f"{inner}/lib/made.py", "removed"}
    assert (dest / "removed").read_text() == f"{own}/lib/gone.py\0"


def test_alpine_own_image_scan_keeps_libraries_changed_since_the_marker(tmp_path):
    """BusyBox's find (Alpine) has no -cnewer: the scan of an Alpine image of its own
    trees reads the status-change times with stat -c %Z instead; the step runs here
    with the same stat options."""
    import time

    old, new = tmp_path / "libold.so.1", tmp_path / "libnew.so.2"
    old.write_text("")
    marker = tmp_path / "marker"
    time.sleep(1.1)
    marker.write_text("")
    time.sleep(1.1)
    new.write_text("")
    libs = tmp_path / "libs"
    libs.write_text(f"{old}\n{new}\n")
    step = dr._changed_since_marker("apk", str(libs), str(tmp_path / "out"))
    assert "cnewer" not in step
    subprocess.run(["sh", "-c", step.replace(dr.MARKER, str(marker))], check=True)
    assert (tmp_path / "out").read_text() == f"{new}\n"
    alpine = dr.PlainBase("x", "x", packages.distro_of("alpine", "3.18"), "apk", "test",
                          own_trees=("/usr/local",))
    assert "cnewer" not in dr.scan_run(alpine, ["/app"]).command.text
    assert "-cnewer" in dr.scan_run(dr.PlainBase(
        "x", "x", packages.distro_of("debian", "bookworm"), "apt", "test",
        own_trees=("/usr/local",)), ["/app"]).command.text


def test_capture_cause_keeps_a_construct_reason_whole():
    """The cause of a capture is the decline's text up to its first ": " outside
    parentheses and backquotes: the shell construct's location (`if` at 1:148: ...) is
    not cut in the middle of its parenthesis."""
    from transpiler.multistage.recipes.distribution_runner import _uncapitalised_cause
    reason = ("RUN at line 4 runs `rm -r /x` inside a shell construct the transpiler cannot "
              "follow (`if` at 1:148: the commands in it only may run); its effect outside "
              "the copied directories is not known")
    assert _uncapitalised_cause(reason) == "it" + reason[len("RUN at line 4"):]
    assert _uncapitalised_cause("RUN at line 9 runs `make`: it needs the build") == \
        "it runs `make`"


@pytest.mark.parametrize("command,verb", [
    ("apt-get -q -y dist-upgrade", "dist-upgrade"),
    ("apt-get -y --no-install-recommends dist-upgrade", "dist-upgrade --no-install-recommends"),
    ("apt-get -qq -y --allow-downgrades --allow-remove-essential full-upgrade",
     "dist-upgrade --allow-downgrades --allow-remove-essential"),
    ("apt-get -o Dpkg::Options::=--force-confold -y upgrade",
     "upgrade -o Dpkg::Options::=--force-confold"),
    ("apt-get -y upgrade", "upgrade"),
    # a named package: that one alone is installed or upgraded, nothing else
    ("apt-get -y upgrade curl", ""),
])
def test_replay_upgrades_with_the_verb_after_its_options(command, verb):
    """The runner's upgrade is the original's, wherever its options stand (corpus
    c9f3d3a3: `apt-get -qq -y dist-upgrade` was not seen, the runner did not upgrade),
    with the options that change what it does (not -y, -q)."""
    from transpiler.analysis.state import analyze_stage
    from transpiler import parse

    text = f"FROM debian:bullseye\nRUN apt-get update && {command} && apt-get install -y curl\n"
    facts = analyze_stage(parse(text).stages[0], {})
    replay = dr.replay_packages(facts, _base("debian:bullseye", "debian:bullseye-slim",
                                             release="bullseye"), 99)
    assert replay.upgrade == verb


_APK_DB = ("C:x\nP:sdl2-dev\nV:2.26.5-r0\nD:sdl2=2.26.5-r0 directfb-dev mesa-dev pkgconfig "
           "so:libc.musl-x86_64.so.1\n\nP:mesa-dev\nV:24.2.5-r0\nD:libdrm-dev libxext-dev "
           "mesa-egl=24.2.5-r0 pc:x11 !old-dev musl-dev\n\nP:libdrm-dev\nD:libdrm=2\n\n"
           "P:directfb-dev\nD:directfb\n\nP:musl-dev\nD:musl\n\nP:sdl2\n"
           "D:so:libc.musl-x86_64.so.1\n")


@pytest.mark.parametrize("awk", ["awk", "busybox awk"])
def test_apk_dev_closure_follows_installed_dev_dependencies(tmp_path, awk):
    """On Alpine the -dev packages a named one depends on are followed over the apk
    database (sdl2-dev -> mesa-dev, whose libGL.so/libEGL.so links name what SDL opens
    with dlopen); so:/pc: names, conflicts, packages not installed (libxext-dev here)
    and the C library's -dev are not."""
    if shutil.which(awk.split()[0]) is None:
        pytest.skip(f"no {awk} here")
    (tmp_path / "installed").write_text(_APK_DB)
    (tmp_path / "roots").write_text("sdl2-dev\n")
    out = subprocess.run(awk.split() + [dr._APK_DEV_CLOSURE_AWK, str(tmp_path / "roots"),
                                        str(tmp_path / "installed")],
                         capture_output=True, text=True, check=True).stdout
    assert out.split() == ["sdl2-dev", "directfb-dev", "mesa-dev", "libdrm-dev"]


def test_python_from_a_ppa_is_not_said_the_distributions_own():
    """deadsnakes' PPA brings the python3.9 the runner installs again from the builder's
    /etc/apt: the report names the line that added it rather than the distribution's own
    packages (the same rule as the Node recipe's, runner_packages.packages_origin)."""
    result = transpile("FROM ubuntu:20.04\nRUN apt-get update && apt-get install -y "
                       "software-properties-common\nRUN add-apt-repository ppa:deadsnakes/ppa "
                       "&& apt-get update && apt-get install -y python3.9 python3-pip\n"
                       "WORKDIR /app\nCOPY . .\nRUN pip3 install -r requirements.txt\n"
                       'CMD ["python3.9", "app.py"]\n')
    assert not result.report.declined, result.report.reason
    added = " ".join(result.report.added)
    assert "Python from the packages of the distribution's archive and of the repositories " \
        "the build set up (line 3), installed again in the runner" in added
    assert "distribution's own packages" not in added
    assert "repositories the build set up (line 3), installed again from the same sources" \
        in result.report.runner_reason


def test_staging_program_lists_the_packaged_files_the_build_removed(tmp_path):
    """Debian's pip leaves the distribution's packages alone, but the pip it upgraded to
    does not: its install of setuptools removed python3-setuptools' files, which the
    runner's install of the same package brought back beside the new version
    (realbuild python-debian-upgraded-setuptools). The staging lists them (GONE), and
    the runner removes them after the copies."""
    info, tree = tmp_path / "info", tmp_path / "lib"
    info.mkdir()
    (tree / "setuptools").mkdir(parents=True)
    (tree / "kept.py").write_text("packaged\n")
    gone = tree / "setuptools-66.1.1.egg-info"
    (info / "python3-setuptools.list").write_bytes(
        f"{tree}\n{tree}/kept.py\n{gone}\n{gone}/PKG-INFO\n".encode())
    dest = tmp_path / "staging"
    text = dr.staging_run("python3", [str(tree)], _base()).command.text
    text = text.replace(dr.STAGING, str(dest)).replace("/var/lib/dpkg/info", str(info))
    subprocess.run(["sh", "-c", text], check=True)
    removed = dest / dr.REMOVED.lstrip("/")
    assert removed.read_text() == f"{gone}\n{gone}/PKG-INFO\n"
    # the runner's removal, with the list where the staging's copy puts it
    (tmp_path / "runner").mkdir()
    victim = tmp_path / "runner" / "setuptools-66.1.1.egg-info"
    victim.mkdir()
    removed.write_text(f"{victim}\n")
    script = dr.gone_removal_run().command.text.replace(dr.REMOVED, str(removed))
    subprocess.run(["sh", "-c", script], check=True)
    assert not victim.exists() and not removed.exists()


@pytest.mark.parametrize("base,install", [
    ("debian:bookworm", "apt-get update && apt-get install -y python3 python3-pip"),
    ("ubuntu:16.04", "apt-get update && apt-get install -y python3 python3-pip"),
    ("alpine:3.12", "apk add --no-cache python3 py3-pip")])
def test_the_runner_removes_what_the_build_removed_after_the_copies(base, install):
    out = _transpile(f"FROM {base}\nRUN {install}\nWORKDIR /app\nCOPY . .\n"
                     "RUN pip3 install --upgrade pip setuptools && pip3 install flask\n"
                     'CMD ["python3", "app.py"]\n')
    assert not out.report.declined, out.report.reason
    runner = out.output.split("\nFROM ")[-1]
    removal = dr.gone_removal_run().command.text
    assert f"RUN {removal}" in runner
    assert runner.index(f"COPY --from=builder {dr.STAGING} /") < runner.index(removal)
