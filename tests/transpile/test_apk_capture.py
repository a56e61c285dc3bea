"""The Alpine capture's awk programs (recipes/apk_capture.py) run on a made-up apk
database: which package files the RUNs changed after their install (the digests, SHA-1
of apk 2 and SHA-256 cut to 160 bits of apk 3) and where a /usr-merged system lists
them.  The BusyBox applets themselves are Alpine's (see the module docstring)."""

from __future__ import annotations

import base64
import hashlib
import shutil
import subprocess

import pytest

from transpiler.multistage.recipes import apk_capture

pytestmark = pytest.mark.skipif(not all(shutil.which(t) for t in ("sh", "awk", "sha1sum",
                                                                  "sha256sum")),
                                reason="needs sh, awk, sha1sum and sha256sum")


def _q1(data: bytes, sha256: bool = False) -> str:
    digest = hashlib.sha256(data).digest()[:20] if sha256 else hashlib.sha1(data).digest()
    return "Q1" + base64.b64encode(digest).decode()


def _run(script: str, cwd) -> None:
    subprocess.run(["sh", "-c", script], cwd=cwd, check=True)


def test_changed_package_files_are_told_apart_by_their_digests(tmp_path):
    root = tmp_path / "root"
    files = {"/usr/lib/libnew.so.1": (b"new\n", b"new\n"),     # (installed, now)
             "/etc/new.conf": (b"v1\n", b"v2 edited\n"),
             "/usr/share/v3/data": (b"data\n", b"data\n"),
             "/usr/share/v3/edited": (b"orig\n", b"changed\n")}
    for path, (_, now) in files.items():
        (root / path[1:]).parent.mkdir(parents=True, exist_ok=True)
        (root / path[1:]).write_bytes(now)
    db = ("P:old\nV:1\nF:usr/bin\nR:old\nZ:" + _q1(b"x") + "\n\n"
          "P:new\nV:2\nF:usr/lib\nR:libnew.so.1\nZ:" + _q1(b"new\n") + "\n"
          "F:etc\nR:new.conf\nZ:" + _q1(b"v1\n") + "\n\n"
          "P:v3\nV:3\nf:S\nF:usr/share/v3\nR:data\nZ:" + _q1(b"data\n", True) + "\n"
          "R:edited\nZ:" + _q1(b"orig\n", True) + "\n\n")
    (tmp_path / "db").write_text(db)
    (tmp_path / "names").write_text("new\nv3\n")
    # the regular files as the listing shows them, under the test's root
    (tmp_path / "regular").write_text("".join(f"{root}{p}\n" for p in files))
    _run(f"{apk_capture._NEW_FILES_AWK} names db > entries", tmp_path)
    entries = (tmp_path / "entries").read_text()
    assert "d\t/usr/lib\n" in entries and "\t/usr/share/v3/data\tS\t" in entries
    assert "old" not in entries  # a package installed before is not new
    # the paths under the test's root stand for the system's
    (tmp_path / "entries").write_text(entries.replace("\t/", f"\t{root}/"))
    pick = apk_capture._PICK_AWK.replace("ONE", "hash1").replace("TWO", "hash2")
    _run(f"{pick} regular entries > expected && touch hash1 hash2 && "
         "xargs sha1sum < hash1 > sums1 && xargs sha256sum < hash2 > sums2 && "
         f"{apk_capture._COMPARE_AWK} expected sums1 sums2 > modified", tmp_path)
    modified = sorted(p[len(str(root)):] for p in (tmp_path / "modified").read_text().split())
    assert modified == ["/etc/new.conf", "/usr/share/v3/edited"]


def test_a_file_the_database_names_under_lib_is_found_under_usr(tmp_path):
    (tmp_path / "regular").write_text("/usr/lib/libmerged.so.1\n")
    (tmp_path / "entries").write_text("f\t/lib/libmerged.so.1\t1\tQ1x\n")
    pick = apk_capture._PICK_AWK.replace("ONE", "hash1").replace("TWO", "hash2")
    _run(f"{pick} regular entries > expected", tmp_path)
    assert (tmp_path / "expected").read_text() == "1\tQ1x\t/usr/lib/libmerged.so.1\n"
    assert (tmp_path / "hash1").read_text() == "/usr/lib/libmerged.so.1\n"


def test_an_unknown_digest_or_an_unread_file_counts_as_changed(tmp_path):
    (tmp_path / "expected").write_text("1\td41d8cd98f00b204e9800998ecf8427e\t/etc/md5\n"
                                       "1\tQ1abc\t/etc/unread\n")
    (tmp_path / "sums1").write_text("")
    (tmp_path / "sums2").write_text("")
    _run(f"{apk_capture._COMPARE_AWK} expected sums1 sums2 > modified", tmp_path)
    assert sorted((tmp_path / "modified").read_text().split()) == ["/etc/md5", "/etc/unread"]


def test_the_owned_paths_include_their_usr_merged_place(tmp_path):
    (tmp_path / "db").write_text("P:musl\nV:1\nF:lib\nR:ld-musl-x86_64.so.1\n\n"
                                 "P:b\nV:1\nF:usr/bin\nR:tool\n\n")
    _run(f"{apk_capture._owned_awk()} db > owned", tmp_path)
    owned = (tmp_path / "owned").read_text().split()
    assert owned == ["/lib", "/usr/lib", "/lib/ld-musl-x86_64.so.1",
                     "/usr/lib/ld-musl-x86_64.so.1", "/usr/bin", "/usr/bin/tool"]
