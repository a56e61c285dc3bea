"""Install helpers some images ship: a program of the image that runs ``apt-get update``
and ``apt-get install`` of its arguments (``install_packages python3`` in
bitnami/minideb, ``docker-apt-install python3`` in kernsuite/base), read from the
helper's own text in the image's repository.

Why from the text: a Dockerfile on such an image installs its packages through the
helper, so what the build installs is known only if the helper is known to be that
wrapper.  Every version of the helper the repository ever held is read (minideb writes
it from ``mkimage``, at every commit that touched it; kernsuite/base keeps
``docker-apt-install`` on one branch per published tag, ``kernsuite/base:<branch>`` as
each branch's Makefile pushes it), and a version counts only when its text is exactly
this shape:

- ``apt-get install <options> "$@"``: the arguments are the packages, after options
  only (no package of its own, no other use of ``"$@"``), preceded by ``apt-get
  update``;
- its failure fails the helper: errexit set (``set -e``, or ``-e`` on the ``#!`` line)
  and the install not behind ``||``, or minideb's retry loop (the install in a
  subshell, ``CODE=$?`` after it, ``exit $CODE`` on the last try).  A version where a
  failed install is not the helper's failure is recorded with ``fails`` false;
- the other commands are ``export DEBIAN_FRONTEND=noninteractive``, ``set`` options,
  the loop's counters and messages, and ``rm`` of the package lists, caches and /tmp
  (recorded as ``removes``).

Each version is recorded with its install options, ``fails``, ``removes``, the commits
and dates it was current, and the tags it applies to (kernsuite: the branch; minideb:
the suites with a build definition while it was current, and ``latest``: a suite's tag
is rebuilt throughout its life, so it may hold any version of that time).  The
transpiler reads a helper call as the ``apt-get install`` its versions share
(``knowledge/install_helpers.py``)."""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
from typing import Dict, List, Optional, Tuple

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                   "transpiler", "knowledge", "data", "install_helpers.json.gz")
#: the heredoc of mkimage that writes minideb's helper
_MINIDEB_HEREDOC = re.compile(r'cat > "\$rootfsDir(/usr/s?bin/install_packages)" <<-?\'?EOF\'?\n'
                              r"(.*?)\n\s*EOF\n", re.S)
_INSTALL = re.compile(r'^\(?\s*apt-get install((?:\s+-[-a-z]+)*)\s+"\$@"\s*(&&|\|\|)?\s*\)?$')
_RM = re.compile(r"^rm (-r|-rf|-fr) (.+)$")
#: lines of no effect on what is installed (counters, messages, the loop itself)
_NEUTRAL = re.compile(r"^(export DEBIAN_FRONTEND=noninteractive|set [-+][eux]+|n=0|max=\d+|"
                      r"until \[ \$n -gt \$max \]; do|done|\(|\)|fi|break|"
                      r"if \[ \$CODE -eq 0 \]; then|if \[ \$n -eq \$max \]; then|"
                      r"echo \"apt failed, retrying\"|n=\$\(\(\$n \+ 1\)\)|CODE=\$\?|"
                      r"exit \$CODE)$")


def _git(repo: str, *args: str) -> str:
    return subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True,
                          text=True).stdout


def read_helper(text: str) -> Optional[dict]:
    """The helper's install options, ``fails`` and ``removes``, or None when the text is
    not exactly an apt install wrapper (see the module docstring)."""
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln and not (ln.startswith("#") and not ln.startswith("#!"))]
    if not lines or not lines[0].startswith("#!"):
        return None
    shebang = lines[0].split()
    errexit = len(shebang) > 1 and shebang[1] == "-e"
    options, removes, updated, guarded = None, [], False, False
    retry = "exit $CODE" in lines and "CODE=$?" in lines
    for ln in lines[1:]:
        if ln in ("set -e", "set -eu", "set -ue"):
            errexit = True
        if re.fullmatch(r"\(?\s*apt-get update( -qq)?\s*(&&)?", ln):
            updated = True
            continue
        got = _INSTALL.match(ln)
        if got:
            if options is not None or not updated:
                return None
            options = got.group(1).split()
            guarded = got.group(2) == "||"
            continue
        rm = _RM.match(ln)
        if rm:
            removes.extend(rm.group(2).split())
            continue
        if not _NEUTRAL.match(ln):
            return None
    if options is None or "-y" not in options and "--yes" not in options:
        return None
    fails = (errexit and not guarded and "set +e" not in lines) or retry
    return {"install": options, "fails": bool(fails), "removes": removes}


def _versions(found: List[Tuple[str, str, Optional[dict], List[str]]]) -> List[dict]:
    """Consecutive (commit, date, reading, tags) merged into versions: one per distinct
    reading, with the first and last commit and date it was current and every tag
    buildable while it was."""
    out: List[dict] = []
    for commit, date, reading, tags in found:
        if reading is None:
            reading = {"install": None, "fails": False, "removes": []}  # (not a wrapper)
        if out and all(out[-1][k] == reading[k] for k in reading):
            out[-1]["last"] = [commit[:12], date]
            out[-1]["tags"] = sorted(set(out[-1]["tags"]) | set(tags))
            continue
        out.append(dict(reading, first=[commit[:12], date], last=[commit[:12], date],
                        tags=sorted(set(tags))))
    return out


def _minideb_suites(repo: str, commit: str) -> List[str]:
    """The tags a minideb commit could build: a suite with a build definition
    (``debootstrap/<suite>``, ``namibase/Dockerfile-<suite>`` before it), and
    ``latest`` (buildall tags one of them so).  A definition buildall did not list
    only widens the set, which narrows what every tag is read as."""
    names = _git(repo, "ls-tree", "--name-only", commit, "debootstrap/", "namibase/")
    suites = {os.path.basename(n).replace("Dockerfile-", "") for n in names.split()
              if n.startswith("debootstrap/") or os.path.basename(n).startswith("Dockerfile-")}
    return sorted(suites | {"latest"})


def minideb(repo: str) -> dict:
    """bitnami/minideb's ``install_packages``, as mkimage wrote it at every commit of the
    first-parent history (what a build at that commit put in the image)."""
    found = []
    for line in _git(repo, "log", "--reverse", "--first-parent", "--format=%H %ad",
                     "--date=short", "HEAD").splitlines():
        commit, date = line.split()
        text = _git(repo, "show", f"{commit}:mkimage")
        got = _MINIDEB_HEREDOC.search(text)
        if got is None:
            continue
        found.append((commit, date, read_helper(got.group(2)), _minideb_suites(repo, commit)))
    path = _MINIDEB_HEREDOC.search(_git(repo, "show", "HEAD:mkimage")).group(1)
    return {"install_packages": {"path": path, "versions": _versions(found)}}


def kernsuite(repo: str) -> dict:
    """kernsuite/base's ``docker-apt-install``, one version per branch (tag)."""
    versions = []
    branches = sorted(b.strip().lstrip("* ") for b in _git(repo, "branch",
                                                          "--format=%(refname:short)").split())
    for branch in branches:
        make = _git(repo, "show", f"{branch}:Makefile")
        pushed = re.search(r"^DOCKER_REPO=kernsuite/base:(\S+)$", make, re.M)
        if pushed is None:
            continue
        commit, date = _git(repo, "log", "-1", "--format=%H %ad", "--date=short", branch,
                            "--", "docker-apt-install").split()
        docker = _git(repo, "show", f"{branch}:Dockerfile")
        if not re.search(r"^ADD docker-apt-install /usr/local/bin/?$", docker, re.M):
            continue
        text = _git(repo, "show", f"{branch}:docker-apt-install")
        versions.extend(_versions([(commit, date, read_helper(text), [pushed.group(1)])]))
    return {"docker-apt-install": {"path": "/usr/local/bin/docker-apt-install",
                                   "versions": versions}}


SOURCES = {"bitnami/minideb": ("bitnami+minideb", minideb),
           "kernsuite/base": ("kernsuite-docker+base", kernsuite)}


def generate(mirrors: str) -> dict:
    families: Dict[str, dict] = {}
    sources = {}
    for family, (folder, read) in SOURCES.items():
        repo = os.path.join(mirrors, folder, "repo")
        if not os.path.isdir(repo):
            print(f"install_helpers: {repo} missing, {family} left out", file=sys.stderr)
            continue
        families[family] = read(repo)
        sources[family] = folder.replace("+", "/", 1) + "@" + _git(repo, "rev-parse", "HEAD").strip()
    return {"format": 1, "sources": sources, "families": families}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirrors", default="/work/.mirror")
    args = parser.parse_args(argv)
    data = generate(args.mirrors)
    raw = json.dumps(data, sort_keys=True, indent=None, separators=(",", ":")).encode()
    with open(OUT, "wb") as fh:
        with gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, filename="") as gz:
            gz.write(raw)
    print(json.dumps(data, sort_keys=True, indent=1))


if __name__ == "__main__":
    main()
