"""A library gathered from the full image for its slim sibling (``full_image_libraries``)
comes with the files of the data packages its package depends on: what the library
reads by path at run time from another package, which an apt install of the library
brings by its Depends and a copy of the library does not.  libfontconfig1 Depends
fontconfig-config (/etc/fonts), which Depends a font package (fonts-dejavu-core | ...):
PhantomJS copied to node:5-slim found neither (2e55541a); libmagic1 Depends libmagic-mgc
(magic.mgc) from Debian 9 on.  Read from the builder's dpkg database
(``_DATA_PACKAGES``), not from a list of names."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from transpiler.multistage.recipes import full_image_libraries as fil

#: a dpkg status file: Package first, Status second, as dpkg writes them
_STATUS = """\
Package: libfontconfig1
Status: install ok installed
Architecture: amd64
Depends: libc6 (>= 2.33), libfreetype6 (>= 2.9.1), fontconfig-config (>= 2.14.1-4)

Package: fontconfig-config
Status: install ok installed
Architecture: all
Pre-Depends: ucf:any
Depends: debconf (>= 0.5) | debconf-2.0, ttf-bitstream-vera | fonts-dejavu-core
Description: configuration
 a continuation line, whose words are no field:
 Depends: ucf

Package: fonts-dejavu-core
Status: install ok installed
Architecture: all

Package: ttf-bitstream-vera
Status: deinstall ok config-files
Architecture: all

Package: debconf
Status: install ok installed
Architecture: all
Provides: debconf-2.0

Package: ucf
Status: install ok installed
Architecture: all

Package: libfreetype6
Status: install ok installed
Architecture: amd64
Depends: libc6 (>= 2.33), zlib1g (>= 1:1.1.4)

Package: libc6
Status: install ok installed
Architecture: amd64

Package: zlib1g
Status: install ok installed
Architecture: amd64

Package: libmagic1
Status: install ok installed
Architecture: amd64
Depends: libc6 (>= 2.33), zlib1g (>= 1:1.1.4), magic-data

Package: libmagic-mgc
Status: install ok installed
Architecture: amd64
Provides: magic-data (= 1:5.44-3)
"""

_LISTS = {
    "libfontconfig1:amd64": ["/usr/lib/x86_64-linux-gnu/libfontconfig.so.1.12.0"],
    "fontconfig-config": ["/etc/fonts", "/etc/fonts/fonts.conf", "/usr/share/doc/x"],
    "fonts-dejavu-core": ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"],
    "debconf": ["/usr/bin/debconf", "/etc/debconf.conf"],
    "ucf": ["/usr/bin/ucf"],
    "libfreetype6:amd64": ["/usr/lib/x86_64-linux-gnu/libfreetype.so.6.18.3"],
    "libc6:amd64": ["/lib/x86_64-linux-gnu/libc.so.6", "/etc/ld.so.conf.d/x.conf"],
    "zlib1g:amd64": ["/lib/x86_64-linux-gnu/libz.so.1"],
    "libmagic1:amd64": ["/usr/lib/x86_64-linux-gnu/libmagic.so.1.0.0", "/etc/magic"],
    "libmagic-mgc": ["/usr/lib/file/magic.mgc", "/usr/share/misc/magic.mgc"],
}


def _data_packages(tmp_path, owners: str, awk: str = "awk"):
    """``_DATA_PACKAGES`` run (by ``awk``) on the synthetic dpkg database above."""
    info = tmp_path / "info"
    info.mkdir()
    for name, files in _LISTS.items():
        (info / f"{name}.list").write_text("/.\n" + "".join(f + "\n" for f in files))
    (tmp_path / "status").write_text(_STATUS)
    (tmp_path / "owners").write_text(owners)
    program = fil._DATA_PACKAGES.replace("/var/lib/dpkg/info/", f"{info}/")
    out = subprocess.run(f"{awk} {program} {tmp_path / 'status'} {tmp_path / 'owners'}",
                         shell=True, capture_output=True, text=True, check=True).stdout
    return sorted(tuple(line.split()) for line in out.splitlines())


#: every awk a builder may have: the program's regexes are strings, since BusyBox's awk ends
#: a regex literal at a ``/`` inside brackets (``/^[/](usr[/])?.../`` was "bad regex '^['",
#: found by stop 40's fresh-clone CI): the program runs in builders with dpkg, whose awk is
#: mawk or gawk, but a Debian image may carry BusyBox and an awk link to it
@pytest.mark.parametrize("awk", ["mawk", "gawk", "original-awk", "busybox awk"])
def test_the_data_packages_of_each_owner_are_read_from_the_dpkg_database(tmp_path, awk):
    if shutil.which(awk.split()[0]) is None:
        pytest.skip(f"no {awk} here")
    got = _data_packages(tmp_path, (
        "libfontconfig1:amd64: /usr/lib/x86_64-linux-gnu/libfontconfig.so.1\n"
        "libmagic1:amd64: /usr/lib/x86_64-linux-gnu/libmagic.so.1\n"
        "libfreetype6:amd64: /usr/lib/x86_64-linux-gnu/libfreetype.so.6\n"), awk)
    assert got == [
        # fontconfig-config, and through it the first font alternative installed
        # (ttf-bitstream-vera's configuration files only are left: not installed);
        # debconf and ucf are programs, libfreetype6 and libc6 libraries
        ("libfontconfig1", "fontconfig-config"), ("libfontconfig1", "fonts-dejavu-core"),
        # a virtual name through its installed provider; the version's "1:" is no
        # architecture qualifier
        ("libmagic1", "libmagic-mgc")]


_OWNERS = ("diversion by libc6 from: /lib/x86_64-linux-gnu/libz.so.1\n"
           "libfoo1:amd64, libfoo1:i386: /usr/lib/x86_64-linux-gnu/libfoo.so.1\n"
           "zlib1g:amd64: /lib/x86_64-linux-gnu/libz.so.1\n"
           "libbar2: /usr/lib/libbar.so.2\n")


@pytest.mark.parametrize("awk", ["mawk", "gawk", "original-awk", "busybox awk"])
@pytest.mark.parametrize("library, owner", [
    ("/usr/lib/x86_64-linux-gnu/libz.so.1", "zlib1g"),        # /lib as dpkg names it
    ("/usr/lib/x86_64-linux-gnu/libfoo.so.1", "libfoo1"),     # the first of two
    ("/usr/lib/libbar.so.2", "libbar2"),
    ("/usr/lib/libbaz.so.3", ""),                              # no owner
])
def test_the_owner_of_each_library_is_named_under_every_awk(tmp_path, awk, library, owner):
    if shutil.which(awk.split()[0]) is None:
        pytest.skip(f"no {awk} here")
    (tmp_path / "owners").write_text(_OWNERS)
    out = subprocess.run([*awk.split(), "-v", f"p={library}", fil._OWNER, str(tmp_path / "owners")],
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == owner


@pytest.mark.skipif(shutil.which("awk") is None, reason="needs awk")
def test_an_owner_with_no_data_package_has_none(tmp_path):
    assert _data_packages(tmp_path, "zlib1g:amd64: /lib/x86_64-linux-gnu/libz.so.1\n") == []


@pytest.mark.skipif(shutil.which("awk") is None, reason="needs awk")
def test_no_owner_reads_nothing(tmp_path):
    assert _data_packages(tmp_path, "") == []


def test_the_scan_copies_the_data_packages_files_with_the_librarys():
    text = fil.scan_run(fil.LibraryScan(("/app",))).command.text
    assert ("{ test ! -f /var/lib/dpkg/status || awk " + fil._DATA_PACKAGES +
            " /var/lib/dpkg/status /tmp/dtranspile-ldd.owners; } > /tmp/dtranspile-ldd.data") \
        in text
    # each library's package's files, then its data packages', into its own directory
    assert ("dpkg -L \\\"\\$pkg\\\" > /tmp/dtranspile-ldd.pkg || exit 1; awk -v p=\\\"\\$pkg\\\" "
            "'\\$1 == p { print \\$2 }' /tmp/dtranspile-ldd.data > /tmp/dtranspile-ldd.deps && "
            "xargs -r -a /tmp/dtranspile-ldd.deps dpkg -L >> /tmp/dtranspile-ldd.pkg || exit 1;"
            ) in text
    assert "#" not in text  # (joined to the RUN before it without a reading of the whole)
    assert text.endswith(" /tmp/dtranspile-ldd.data /tmp/dtranspile-ldd.deps")


#: what the machine test needs: dpkg, and fontconfig's and libmagic's programs and data
_MACHINE = shutil.which("dpkg-query") is not None and shutil.which("fc-list") is not None \
    and shutil.which("file") is not None and os.path.isfile("/etc/fonts/fonts.conf") \
    and os.path.exists("/usr/share/misc/magic.mgc")


@pytest.mark.skipif(not _MACHINE,
                    reason="needs dpkg with fontconfig, libmagic and their data packages")
def test_the_scan_gathers_fontconfigs_and_libmagics_data(tmp_path):
    """On this machine: fc-list and file, copied into a scanned tree, load
    libfontconfig.so.1 and libmagic.so.1; each is gathered with its data packages'
    files (fonts.conf and a font; magic.mgc), and with no program package's (debconf)."""
    tree = tmp_path / "tree"
    tree.mkdir()
    for program in ("fc-list", "file"):
        shutil.copy2(shutil.which(program), tree / program)
    gathered, work = tmp_path / "gathered", tmp_path / "work"
    text = fil.scan_run(fil.LibraryScan((str(tree),))).command.text \
        .replace(fil.GATHERED, str(gathered)).replace("/tmp/dtranspile-ldd", str(work))
    subprocess.run(["sh", "-c", text], check=True)
    fonts = gathered / ".files" / "libfontconfig.so.1"
    assert (gathered / "libfontconfig.so.1").is_file()
    assert (fonts / "etc" / "fonts" / "fonts.conf").is_file()
    assert list((fonts / "usr" / "share" / "fonts").rglob("*.ttf"))
    assert not (fonts / "etc" / "debconf.conf").exists()
    magic = gathered / ".files" / "libmagic.so.1"
    assert (gathered / "libmagic.so.1").is_file()
    assert list(magic.rglob("magic.mgc"))
    assert not list(tmp_path.glob("work*"))  # the scan's own files are removed
