"""``nvidia/cuda`` as image data, from the history of NVIDIA's CUDA image repository
(gitlab.com/nvidia/cuda, 2017-01 to 2018-11) as its public GitHub copy
MassGrid/Dockerfile_cuda keeps it.

gitlab.com is out of reach here; MassGrid/Dockerfile_cuda is a copy of that project
with every branch (``ubuntu14.04``, ``ubuntu16.04``, ``ubuntu17.04``, ``ubuntu18.04``,
``centos6``, ``centos7``) and NVIDIA's commits (authors ``@nvidia.com``) up to
2018-11-12; MassGrid's own later commits on ``ubuntu16.04`` (miner images) are not
NVIDIA's and are left out: each branch is read up to its last NVIDIA commit.

Which tag a commit published is what that commit's ``.gitlab-ci.yml`` builds and pushes
(every push of a branch runs every job): a job ``v9.0`` (or ``v9.0-cudnn7``) runs a
template whose ``docker build -t "${REPOSITORY}:${VERSION}-<kind>-${OS}"`` lines name
the kinds (``base``, ``runtime``, ``devel``) and whose last argument is the folder
(``${VERSION}/runtime``, ``${CUDA_VERSION}/devel/${CUDNN_VERSION}``); ``OS`` is the
branch; ``NO_OS_SUFFIX`` also tags ``${VERSION}-<kind>`` (``9.0-cudnn7-devel``, which is
``ubuntu16.04``: only that branch sets it for CUDA 8.0 and later, only ``ubuntu14.04``
for 6.5 to 7.5, over the whole history).  ``latest`` (``LATEST``) is left out: it named
8.0 then 9.0 within this history and the registry kept moving it after the copy ends,
so what it is cannot be known from here.  ``REPOSITORY`` is the gitlab project,
``nvidia/cuda``, which is also the Docker Hub name the images are pushed to and the
``repository`` build argument the Dockerfiles' ``FROM ${repository}:...`` reads.

A tag's image is the one its last NVIDIA commit built.  The copy ends on 2018-11-12:
every tag is recorded as last published on the day its branch's last NVIDIA commit (or
the commit that stopped building it) was made, so the data says what the tag was then
(a later rebuild from the moved repository keeps the CUDA version, cuDNN major version
and distribution release the tag names, not necessarily the patch versions).  Tags of
CUDA releases after that (10.1 and later) are not in the data.

The parent of the first image of a chain (``ubuntu:16.04``, ``centos:7``) is the
official image's tag as the generated official data last lists it.

NVIDIA/nvidia-docker's history (2015-11 to 2017-02, ``ubuntu-14.04/cuda/8.0/...``)
holds the Dockerfiles of the same tag names before they moved to gitlab: both its
``ubuntu-14.04`` and ``ubuntu-16.04`` folders built ``8.0-devel``, and every tag it
built was rebuilt from gitlab from 2017-01 on, so it adds nothing a pull gets and is
not read.

Run on its own (``python3 -m datagen.cuda_images``) it adds the family to the data
``official_images.py`` wrote; ``official_images.py`` calls it at its end.
"""

from __future__ import annotations

import os
import re
import sys
from typing import Dict, Iterator, List, Tuple

from . import git_family, manifests

MIRROR = "MassGrid+Dockerfile_cuda"
REPO = "MassGrid/Dockerfile_cuda"
FAMILY = "nvidia/cuda"
#: the CI's ``--build-arg "repository=${REPOSITORY}"``
BUILD_ARGS = (("repository", FAMILY),)
#: the authors whose commits are the upstream project's
_UPSTREAM = re.compile(r"@nvidia\.com$")
_JOB = re.compile(r"^(v\d+\.\d+(?:-cudnn\d+)?):\s*$")
_TEMPLATE = re.compile(r"^\.\w+:\s*&(\w+)\s*$")
_BUILD_TAG = re.compile(r'-t\s+"\$\{REPOSITORY\}:\$\{VERSION\}-(\w+)-\$\{OS\}"')




def upstream_commits(repo_dir: str, branch: str) -> List[Tuple[str, int]]:
    """(commit, unix time) of the branch's first-parent history, oldest first, up to the
    last commit before the first one not by NVIDIA."""
    out = []
    for line in git_family.git(repo_dir, "log", "--first-parent", "--reverse",
                               "--format=%H %ct %ae", f"refs/heads/{branch}").splitlines():
        commit, ts, email = line.split()
        if not _UPSTREAM.search(email):
            break
        out.append((commit, int(ts)))
    return out


def _templates(text: str) -> Dict[str, List[Tuple[str, str]]]:
    """anchor -> [(kind, folder template)] of every ``docker build`` its script runs."""
    out: Dict[str, List[Tuple[str, str]]] = {}
    anchor = None
    items: List[str] = []

    def close():
        if anchor is not None:
            builds = []
            for item in items:
                m = _BUILD_TAG.search(item)
                if "docker build" in item and m:
                    folder = re.findall(r'"([^"]*)"', item)[-1]
                    builds.append((m.group(1), folder))
            out[anchor] = builds

    for line in text.splitlines():
        m = _TEMPLATE.match(line)
        if m or (line and not line[0].isspace()):
            close()
            anchor, items = (m.group(1) if m else None), []
            continue
        if anchor is None:
            continue
        if re.match(r"^\s*-\s", line):
            items.append(line.strip()[1:].strip())
        elif items:
            items[-1] += " " + line.strip()
    close()
    return out


def published(ci_text: str, branch: str) -> Dict[str, str]:
    """tag -> folder of every image one version of ``.gitlab-ci.yml`` pushes from
    branch ``branch`` (``latest`` left out, see the module docstring)."""
    templates = _templates(ci_text)
    out: Dict[str, str] = {}
    job = None
    jobs: Dict[str, dict] = {}
    for line in ci_text.splitlines():
        m = _JOB.match(line)
        if m:
            job = m.group(1)
            jobs[job] = {}
            continue
        if line and not line[0].isspace():
            job = None
            continue
        if job is None:
            continue
        v = re.match(r'^\s+(NO_OS_SUFFIX|LATEST):\s*"?(\w+)"?', line)
        if v:
            jobs[job][v.group(1)] = v.group(2) == "true"
        t = re.match(r"^\s+<<:\s*\*(\w+)", line)
        if t:
            jobs[job]["template"] = t.group(1)
    for job, info in jobs.items():
        version = job[1:]
        cuda, _, cudnn = version.partition("-")
        values = {"VERSION": version, "CUDA_VERSION": cuda, "CUDNN_VERSION": cudnn}
        for kind, folder in templates.get(info.get("template", ""), []):
            path = re.sub(r"\$\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), folder)
            out[f"{version}-{kind}-{branch}"] = path
            if info.get("NO_OS_SUFFIX"):
                out[f"{version}-{kind}"] = path
    return out


def branches(repo_dir: str) -> List[str]:
    return sorted(git_family.git(repo_dir, "for-each-ref", "--format=%(refname:short)",
                                 "refs/heads").split())


def history(repo_dir: str) -> Iterator[Tuple[int, str, Dict[str, manifests.Entry]]]:
    """(unix time, family, tag -> entry) after each NVIDIA commit of any branch: the tags
    every branch's CI pushed as of then (a manifest history, as ``official_images``
    reads them)."""
    events = []
    for branch in branches(repo_dir):
        for commit, ts in upstream_commits(repo_dir, branch):
            events.append((ts, branch, commit))
    events.sort()
    ci = manifests.read_blobs(repo_dir, [f"{c}:.gitlab-ci.yml" for _, _, c in events])
    state: Dict[str, Dict[str, manifests.Entry]] = {}
    for ts, branch, commit in events:
        text = ci.get(f"{commit}:.gitlab-ci.yml")
        tags = published(text, branch) if text else {}
        by_folder: Dict[str, List[str]] = {}
        for tag, folder in tags.items():
            by_folder.setdefault(folder, []).append(tag)
        state[branch] = {}
        for folder, names in by_folder.items():
            entry = manifests.Entry(tuple(sorted(names, key=lambda t: (-len(t), t))), (), REPO,
                                    commit, folder, "Dockerfile", "", True)
            for name in names:
                state[branch][name] = entry
        merged: Dict[str, manifests.Entry] = {}
        for b in sorted(state):
            merged.update(state[b])
        yield ts, FAMILY, merged


def build(repo_dir: str, out_dir: str) -> dict:
    """The family document of ``nvidia/cuda``, parents resolved against ``out_dir``
    (``git_family.build`` over this module's ``history``)."""
    hist = list(history(repo_dir))
    last_ts = max((ts for ts, _family, _tags in hist), default=0)
    return git_family.build(
        repo_dir, out_dir, FAMILY, REPO, hist,
        f"{REPO} (gitlab.com/nvidia/cuda), NVIDIA's commits up to {git_family.day(last_ts)}",
        build_args=BUILD_ARGS)


def add(repo_dir: str, out_dir: str) -> int:
    """Write the family file and list it in ``index.json.gz``; the file's size."""
    return git_family.add(build(repo_dir, out_dir), out_dir)


def main(argv=None) -> int:
    return git_family.main(lambda mirrors, out: git_family.write(
        build(os.path.join(mirrors, MIRROR, "repo"), out), out), __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
