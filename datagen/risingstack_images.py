"""``risingstack/alpine`` as image data, from the history of RisingStack/docker-node.

Its tags are ``X-Y-Z`` (the README): ``X`` the Alpine release of the base image, ``Y``
the Node.js version, ``Z`` the repository's version (``package.json``), and they are
never overwritten.  The CI pushes them: ``circle.yml`` on every release tag
(``v4.2.0``; ``deployment: tag: /v[0-9]+.../``) and from 2018 ``.circleci/config.yml``
on every ``master`` commit, each with lines ``cd alpine/3.4-v6.9.4 && docker push
risingstack/alpine:3.4-v6.9.4-$version`` where ``$version`` is ``package.json``'s: the
image of tag ``3.4-v6.9.4-4.2.0`` is ``alpine/3.4-v6.9.4/Dockerfile`` at the commit
whose ``package.json`` says 4.2.0.  A tag is kept only when that Dockerfile downloads
the Node version the tag names (``node-v6.9.4.tar.gz``) and builds npm with it (no
``--without-npm``).

The Dockerfiles build Node from source with ``--prefix=/usr`` (as ``mhart/alpine-node``)
on ``risingstack/alpine-base:<X>-<version>``, whose repository is not reachable here:
the distribution is the Alpine release the tag names (musl, apk), the Node version
(``NODE_VERSION``) the one it downloads, and its programs (``pr``) node and npm in the
``bin`` of the prefix it configures.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from typing import Dict, Iterator, Optional, Tuple

from . import git_family, manifests

MIRROR = "RisingStack+docker-node"
REPO = "RisingStack/docker-node"
FAMILY = "risingstack/alpine"
_PUSH = re.compile(r"cd alpine/([\w.\-]+) && docker push risingstack/alpine:([\w.\-]+)-\$version")
_FOLDER = re.compile(r"^(\d+\.\d+)-v(\d+\.\d+\.\d+)$")


def _git(repo_dir: str, *args: str) -> str:
    return subprocess.run(["git", "-C", repo_dir, *args], check=True, capture_output=True,
                          text=True).stdout


def _pushes(repo_dir: str, commit: str, ci: str) -> Dict[str, manifests.Entry]:
    """tag -> entry of what the CI file ``ci`` at ``commit`` pushes."""
    blobs = manifests.read_blobs(repo_dir, [f"{commit}:{ci}", f"{commit}:package.json"])
    text, pkg = blobs.get(f"{commit}:{ci}"), blobs.get(f"{commit}:package.json")
    if not text or not pkg:
        return {}
    version = json.loads(pkg).get("version")
    out: Dict[str, manifests.Entry] = {}
    for folder, pushed in _PUSH.findall(text):
        m = _FOLDER.match(folder)
        if folder != pushed or not m or not version:
            continue
        dockerfile = manifests.read_blobs(repo_dir, [f"{commit}:alpine/{folder}/Dockerfile"]
                                          ).get(f"{commit}:alpine/{folder}/Dockerfile") or ""
        if f"node-v{m.group(2)}.tar" not in dockerfile or "--without-npm" in dockerfile:
            continue
        tag = f"{folder}-{version}"
        out[tag] = manifests.Entry((tag,), (), REPO, commit, f"alpine/{folder}", "Dockerfile",
                                   "", True)
    return out


def history(repo_dir: str) -> Iterator[Tuple[int, str, Dict[str, manifests.Entry]]]:
    """(unix time, family, tag -> entry): each release tag's pushes, and each master
    commit's when ``.circleci/config.yml`` pushes from master."""
    events = []
    for line in _git(repo_dir, "for-each-ref", "--format=%(refname:short) %(creatordate:unix)",
                     "refs/tags").splitlines():
        name, ts = line.split()
        if re.fullmatch(r"v\d+(\.\d+)*", name):
            commit = _git(repo_dir, "rev-parse", f"{name}^{{commit}}").strip()
            events.append((int(ts), commit, "circle.yml"))
    for line in _git(repo_dir, "log", "--first-parent", "--format=%H %ct",
                     "master").splitlines():
        commit, ts = line.split()
        events.append((int(ts), commit, ".circleci/config.yml"))
    tags: Dict[str, manifests.Entry] = {}
    for ts, commit, ci in sorted(events):
        pushed = _pushes(repo_dir, commit, ci)
        if pushed:
            tags.update(pushed)
            yield ts, FAMILY, dict(tags)


def programs_of(dockerfile: str) -> Tuple[str, ...]:
    """node and npm under the prefix the Dockerfile configures Node's build with
    (``./configure --prefix=/usr``: Node's ``make install`` installs both into
    ``<prefix>/bin``); () when it names none."""
    m = re.search(r"\./configure\b[^&;\n]*--prefix[= ](/\S*)", dockerfile)
    if not m:
        return ()
    return tuple(f"{m.group(1).rstrip('/')}/bin/{p}" for p in ("node", "npm"))


def own_facts_of(repo_dir: str):
    def own_facts(entry: manifests.Entry, parent_known: bool) -> dict:
        """The Alpine release and Node version the folder (``alpine/3.4-v6.9.4``) names,
        and the programs the Dockerfile installs."""
        m = _FOLDER.match(entry.directory.split("/")[-1])
        out: dict = {"v": {"NODE_VERSION": m.group(2)}}
        name = f"{entry.commit}:{entry.directory}/Dockerfile"
        programs = programs_of(manifests.read_blobs(repo_dir, [name]).get(name) or "")
        if programs:
            out["pr"] = list(programs)
        if not parent_known:
            out["o"] = {"dist": "alpine", "rel": m.group(1), "ver": m.group(1),
                        "libc": "musl", "pm": "apk", "via": "tag"}
        return out
    return own_facts


def add(mirrors: str, out: str) -> Dict[str, int]:
    """Write the family into ``out`` (the data ``official_images.py`` wrote): file -> size."""
    repo_dir = os.path.join(mirrors, MIRROR, "repo")
    doc = git_family.build(repo_dir, out, FAMILY, REPO, history(repo_dir),
                           f"{REPO}: the CI's pushes on release tags and master",
                           own_facts=own_facts_of(repo_dir))
    return git_family.write(doc, out)


def main(argv=None) -> int:
    return git_family.main(add, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
