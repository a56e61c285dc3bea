"""The Jupyter Docker Stacks' ``latest`` on Docker Hub (``jupyter/base-notebook``,
``jupyter/scipy-notebook`` ...) as image data, from the history of jupyter/docker-stacks
(written by ``python3 -m datagen.git_families``).

"Since ``2023-10-20`` our images are only pushed to ``Quay.io`` registry" (the
repository's README): the commit "Move from Docker Hub to quay.io" sets the workflows'
``REGISTRY: quay.io`` where they had ``REGISTRY: docker.io``, so the last image Docker
Hub's ``jupyter/<image>`` (``latest``) got was built by the workflow run of the commit
before it on ``main``, from ``images/<image>/Dockerfile`` there.  One run builds the
whole stack, each image ``FROM`` the one it just built (``ARG BASE_CONTAINER=
$REGISTRY/$OWNER/base-notebook``), so a parent of the stack is its ``latest`` of that
run (``git_family.build(built_with=...)``) and the root (``ubuntu:22.04``) is the tag
as it was that day.

Docker Hub's other tags of the stacks (the 12-digit commit tags, ``python-3.11``,
``ubuntu-22.04``, dated tags) are computed by the tagging scripts of each era and are
left out.

The stack's images run as ``USER ${NB_UID}`` (1000), whose name, ``jovyan``, only the
foundation's ``useradd ... "${NB_USER}"`` gives: each record keeps the accounts its
Dockerfile creates (``us``, ``dockerfiles.created_accounts``).
"""

from __future__ import annotations

import os
from typing import Dict, List, Optional, Tuple

from . import dockerfiles, git_family, manifests

MIRROR = "jupyter+docker-stacks"
REPO = "jupyter/docker-stacks"
OWNER = "jupyter"
WORKFLOW = ".github/workflows/docker-tag-push.yml"  # (the job that pushes)
QUAY = "REGISTRY: quay.io"


def last_docker_hub_commit(repo_dir: str) -> Tuple[str, int]:
    """(commit, unix time) of ``main``'s last first-parent commit before the one whose
    build workflow first pushes to quay.io."""
    log = git_family.git(repo_dir, "log", "--first-parent", "--reverse", "--format=%H %ct",
                         "main")
    commits = [line.split() for line in log.splitlines()]
    texts = manifests.read_blobs(repo_dir, [f"{c}:{WORKFLOW}" for c, _ in commits])
    for i, (commit, _ts) in enumerate(commits):
        if i and QUAY in (texts.get(f"{commit}:{WORKFLOW}") or ""):
            return commits[i - 1][0], int(commits[i - 1][1])
    raise ValueError(f"{REPO}: no commit moves the build to quay.io")


def images_at(repo_dir: str, commit: str) -> Dict[str, Optional[str]]:
    """image name -> the name of the stack image it is built ``FROM`` (None for the
    root), for every ``images/<name>/Dockerfile`` of ``commit``."""
    from .official_images import split_ref

    names = [p.split("/")[1] for p in git_family.git(
        repo_dir, "ls-tree", "-r", "--name-only", commit, "images").splitlines()
        if p.count("/") == 2 and p.endswith("/Dockerfile")]
    texts = manifests.read_blobs(repo_dir, [f"{commit}:images/{n}/Dockerfile" for n in names])
    out: Dict[str, Optional[str]] = {}
    for name in names:
        text = texts[f"{commit}:images/{name}/Dockerfile"] or ""
        parent, _body, _args = dockerfiles.final_stage(text)
        family, _tag = split_ref(parent or "scratch")
        out[name] = family.split("/", 1)[1] if family.startswith(OWNER + "/") else None
    return out


def parents_first(images: Dict[str, Optional[str]]) -> List[str]:
    """The image names, each after the stack image it is built from."""
    order: List[str] = []
    while len(order) < len(images):
        ready = sorted(n for n, p in images.items() if n not in order and
                       (p is None or p in order or p not in images))
        if not ready:
            raise ValueError(f"{REPO}: the images' FROM lines form a cycle")
        order.extend(ready)
    return order


def accounts(repo_dir: str):
    """``own_facts`` for ``git_family.build``: the accounts an entry's Dockerfile creates."""
    def own_facts(entry: manifests.Entry, _parent_known: bool) -> dict:
        path = f"{entry.commit}:{entry.directory}/{entry.file}"
        found = dockerfiles.created_accounts(manifests.read_blobs(repo_dir, [path])[path] or "")
        return {"us": found} if found else {}
    return own_facts


def add(mirrors: str, out: str) -> Dict[str, int]:
    """Write ``jupyter/<image>`` (``latest``) of every image into ``out``: file -> size."""
    repo_dir = os.path.join(mirrors, MIRROR, "repo")
    commit, ts = last_docker_hub_commit(repo_dir)
    images = images_at(repo_dir, commit)
    sizes: Dict[str, int] = {}
    built: List[str] = []
    for name in parents_first(images):
        family = f"{OWNER}/{name}"
        entry = manifests.Entry(("latest",), (), REPO, commit, f"images/{name}", "Dockerfile",
                                "", True)
        doc = git_family.build(repo_dir, out, family, REPO, [(ts, family, {"latest": entry})],
                               f"{REPO}: images/{name}/Dockerfile of main's last commit "
                               "built for Docker Hub (the next moved the build to quay.io)",
                               own_facts=accounts(repo_dir), dated_parents=True,
                               built_with=built)
        sizes.update(git_family.write(doc, out))
        built.append(family)
    return sizes
