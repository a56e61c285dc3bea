"""A library gathered from the full image for its slim sibling (``full_image_libraries``)
comes with the other files of the package that owns it: what the library loads from
fixed paths at run time (libmariadb3's authentication plugins, loaded with dlopen when
a MySQL 8 server asks for caching_sha2_password; OpenSSL's engines and providers;
ImageMagick's coder modules) has no ELF NEEDED entry, so the library alone fails at the
first use of such a file (audit18d: mysqlclient built on python:3.11, run on
python:3.11-slim).  The runner merges a library's files only where it adds the library
(it lacks the library, so it lacks the package), which works either way."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from transpiler.multistage.api import transpile
from transpiler.multistage.recipes import full_image_libraries as fil

DPKG = shutil.which("dpkg-query") is not None and os.path.isdir("/var/lib/dpkg/info")

MYSQLCLIENT = """FROM python:3.11-bookworm
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "app.py"]
"""


def _owner(path: str):
    out = subprocess.run(["dpkg-query", "--search", "*" + path.removeprefix("/usr")],
                         capture_output=True, text=True).stdout
    return out.split(":", 1)[0] if out else None


def test_the_scan_lays_out_the_owning_packages_files():
    text = fil.scan_run(fil.LibraryScan(("/app",))).command.text
    assert "dpkg-query --search" in text and "dpkg -L" in text
    assert fil.PACKAGE_FILES == "/opt/runtime-libraries/.files"
    assert f'cp -a \\"\\$f\\" \\"{fil.PACKAGE_FILES}/\\$name\\$d/\\"' in text
    assert "#" not in text  # (joined to the RUN before it without a reading of the whole)
    # the libraries those files load are gathered too, one file per name
    assert f"find {fil.PACKAGE_FILES} -type f -name '*.so*' -exec ldd" in text
    assert "awk -F/ '!seen[$NF]++'" in text


def test_the_runner_merges_a_librarys_files_only_where_it_adds_the_library():
    text = fil.merge_run().command.text
    added = 'mv "$path" /usr/local/lib/ && { [ ! -d "/opt/runtime-libraries/.files/$lib" ] ' \
            '|| cp -a "/opt/runtime-libraries/.files/$lib/." /; }'
    assert added in text
    # a library the runner has: neither it nor its files are taken
    assert text.index('grep -q "^[[:space:]]*$lib " /tmp/ld.so.list ||') < text.index(added)


def test_mysqlclient_on_the_full_image_carries_libmariadbs_plugins(tmp_path):
    (tmp_path / "requirements.txt").write_text("mysqlclient==2.2.4\n")
    (tmp_path / "app.py").write_text("import MySQLdb\n")
    result = transpile(MYSQLCLIENT, context=str(tmp_path))
    builder, runner = result.output.split("\n\nFROM ", 1)
    assert result.report.runner == "python:3.11-slim-bookworm"
    assert f"mkdir -p {fil.PACKAGE_FILES}" in builder
    assert f'cp -a "{fil.PACKAGE_FILES}/$lib/." /' in runner
    assert any("the other files of the package that owns it" in a
               for a in result.report.added)


@pytest.mark.skipif(not DPKG, reason="needs a dpkg system (the scan asks dpkg)")
def test_the_scan_gathers_a_package_file_no_needed_entry_names(tmp_path):
    """On this machine: an executable linking libcrypto (OpenSSL's) is scanned; the
    library is gathered, and with it the other files of its package (libssl3's
    engines-3 and ossl-modules, which OpenSSL loads with dlopen), at their canonical
    paths, without the package's documentation."""
    program = next((p for p in ("/usr/bin/openssl", "/usr/bin/curl", "/usr/bin/wget")
                    if os.path.exists(p) and "libcrypto.so" in subprocess.run(
                        ["ldd", p], capture_output=True, text=True).stdout), None)
    if program is None:
        pytest.skip("no program linking libcrypto on this machine")
    crypto = next(line.split()[2] for line in subprocess.run(
        ["ldd", program], capture_output=True, text=True).stdout.splitlines()
        if line.strip().startswith("libcrypto.so"))
    package = _owner(crypto)
    if package is None:
        pytest.skip("libcrypto is owned by no package here")
    listed = subprocess.run(["dpkg", "-L", package], capture_output=True, text=True).stdout
    plugins = [p for p in listed.split() if p.endswith(".so") and
               os.path.realpath(os.path.dirname(p)) != os.path.realpath(os.path.dirname(crypto))]
    if not plugins:
        pytest.skip(f"{package} ships no module beside its libraries here")
    tree = tmp_path / "tree"
    tree.mkdir()
    shutil.copy2(program, tree / "tool")
    gathered, work = tmp_path / "gathered", tmp_path / "work"
    text = fil.scan_run(fil.LibraryScan((str(tree),))).command.text \
        .replace(fil.GATHERED, str(gathered)).replace("/tmp/dtranspile-ldd", str(work))
    subprocess.run(["sh", "-c", text], check=True)
    name = os.path.basename(crypto)
    assert (gathered / name).is_file()
    files = gathered / ".files" / name
    for plugin in plugins:
        canonical = os.path.join(os.path.realpath(os.path.dirname(plugin)),
                                 os.path.basename(plugin))
        assert (files / canonical.lstrip("/")).exists(), canonical
    assert not (files / "usr" / "share" / "doc").exists()
    assert not list(tmp_path.glob("work*"))  # the scan's own files are removed


def test_the_merge_adds_the_files_with_the_library_and_not_without(tmp_path):
    """The runner's merge, run against a scratch root: the library its loader does not
    know is moved with its package's files; one it knows stays out, files and all."""
    gathered, local, root = tmp_path / "gathered", tmp_path / "local", tmp_path / "root"
    for d in (gathered / ".files" / "libnew.so.1" / "usr" / "lib" / "plug",
              gathered / ".files" / "libold.so.2" / "usr" / "lib" / "plug", local, root):
        d.mkdir(parents=True)
    (gathered / "libnew.so.1").write_text("new\n")
    (gathered / "libold.so.2").write_text("old\n")
    (gathered / ".files" / "libnew.so.1" / "usr" / "lib" / "plug" / "a.so").write_text("a\n")
    (gathered / ".files" / "libold.so.2" / "usr" / "lib" / "plug" / "b.so").write_text("b\n")
    known = tmp_path / "ld.so.list"
    text = fil.merge_run().command.text
    text = text.replace("ldconfig -p > /tmp/ld.so.list", f"printf '\\tlibold.so.2 (libc6,x86-64) => /x\\n' > {known}") \
        .replace("/tmp/ld.so.list", str(known)).replace(fil.GATHERED, str(gathered)) \
        .replace("/usr/local/lib/", f"{local}/").replace('/." /;', f'/." {root}/;') \
        .replace("&& ldconfig", "&& :")
    subprocess.run(["sh", "-c", text], check=True)
    assert (local / "libnew.so.1").is_file() and not (local / "libold.so.2").exists()
    assert (root / "usr" / "lib" / "plug" / "a.so").is_file()
    assert not (root / "usr" / "lib" / "plug" / "b.so").exists()
    assert not gathered.exists()
