"""Generate ``transpiler/knowledge/data/alpine_rootfs.json.gz``: which packages the
official ``alpine`` image's root file system holds, per Alpine release, read from the
minirootfs tarballs themselves.

The official image is ``FROM scratch`` + ``ADD alpine-minirootfs-<version>-x86_64.tar.gz
/``, built from alpinelinux/docker-alpine, whose branch ``v3.N`` holds the tarball of
that release's latest point release when the mirror was made (``edge`` the newest
snapshot).  Each tarball's ``lib/apk/db/installed`` (``P:`` lines) lists its packages:
from 3.12's later point releases and 3.13 on it holds ``ca-certificates-bundle`` (apk-tools
depends on it), the CA bundle at ``/etc/ssl/certs/ca-certificates.crt``, which 3.10 and
earlier lack (3.10 had only ``ca-certificates-cacert``'s ``/etc/ssl/cert.pem``).  Nothing
here is typed by hand.

    PYTHONPATH=. python3 -m datagen.alpine_rootfs [--mirrors /work/.mirror]

A release whose branch the mirror lacks is not listed (the knowledge then says it does
not know).  The output is deterministic (sorted, gzip without a timestamp).
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import tarfile
from typing import Dict, List, Optional

from . import git_family, official_images

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "transpiler", "knowledge", "data", "alpine_rootfs.json.gz")
MIRROR = "alpinelinux+docker-alpine"
REPO = "alpinelinux/docker-alpine"
ARCH = "x86_64"
CA_BUNDLE = "etc/ssl/certs/ca-certificates.crt"


def _git(repo: str, *args: str) -> bytes:
    return subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True).stdout


def _branches(repo: str) -> List[str]:
    refs = _git(repo, "for-each-ref", "--format=%(refname:short)", "refs/heads").decode()
    return sorted(r for r in refs.split() if re.fullmatch(r"v\d+\.\d+", r))


def read_release(repo: str, branch: str) -> Optional[dict]:
    """The point release, commit and packages of ``branch``'s x86_64 minirootfs; None
    where the branch holds no tarball (a branch of another layout)."""
    names = _git(repo, "ls-tree", "--name-only", f"{branch}:{ARCH}").decode().split()
    tarballs = [n for n in names if re.fullmatch(r"alpine-minirootfs-.+\.tar\.gz", n)]
    if len(tarballs) != 1:
        return None
    m = re.fullmatch(rf"alpine-minirootfs-(.+)-{ARCH}\.tar\.gz", tarballs[0])
    data = _git(repo, "cat-file", "blob", f"{branch}:{ARCH}/{tarballs[0]}")
    packages: List[str] = []
    files = set()
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        for member in tar.getmembers():
            name = member.name[2:] if member.name.startswith("./") else member.name
            files.add(name)
            if name == "lib/apk/db/installed":
                text = tar.extractfile(member).read().decode("utf-8", "replace")
                packages = [line[2:] for line in text.splitlines() if line.startswith("P:")]
    commit = _git(repo, "rev-parse", branch).decode().strip()
    return {"version": m.group(1) if m else None, "commit": commit[:12],
            "packages": sorted(packages), "ca_bundle": CA_BUNDLE in files}


def generate(mirrors: str) -> Dict[str, dict]:
    repo = os.path.join(mirrors, MIRROR, "repo")
    out: Dict[str, dict] = {}
    for branch in _branches(repo):
        rec = read_release(repo, branch)
        if rec is not None:
            out[branch[1:]] = rec
    return out


def write(mirrors: str, out: str) -> Dict[str, int]:
    """Read the mirror's releases and write ``out``; its name -> size."""
    releases = generate(mirrors)
    doc = {"source": REPO, "arch": ARCH,
           "releases": dict(sorted(releases.items(),
                                   key=lambda kv: tuple(int(x) for x in kv[0].split("."))))}
    size = official_images.dump(out, doc)
    print(f"{len(releases)} releases: " + " ".join(
        f"{r}({v['version']}{', CA bundle' if v['ca_bundle'] else ''})"
        for r, v in doc["releases"].items()), file=sys.stderr)
    return {os.path.basename(out): size}


def main(argv=None) -> int:
    return git_family.main(write, __doc__, argv, out=OUT)


if __name__ == "__main__":
    sys.exit(main())
