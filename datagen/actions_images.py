"""Image families published by a GitHub Actions workflow of their own repository, as
image data: ``blacktop/yara`` from blacktop/docker-yara.

Each step of ``.github/workflows/*.yml`` that runs ``docker/build-push-action`` names
the folder it builds (``context: ./4.2``, the Dockerfile there unless ``file:`` names
another) and every tag it pushes (``tags: |`` one a line, or comma-separated); the
workflow runs on every push of the branch, so after each first-parent commit of it the
tags its steps list are built from that commit's folders (``git_family``).  Tags of
other registries (``ghcr.io/...``) are left out.  Tags pushed before the workflow
existed (Docker Hub's automated builds, configured outside the repository) are not
recorded: a tag the workflow never pushed is not in the data.
"""

from __future__ import annotations

import os
import posixpath
import re
import sys
from typing import Dict, Iterator, List, Optional, Tuple

from . import git_family, manifests

#: (family, repository, mirror, branch)
FAMILIES = (
    ("blacktop/yara", "blacktop/docker-yara", "blacktop+docker-yara", "master"),
)


def _value(line: str) -> str:
    value = line.split(":", 1)[1].strip()
    return value.strip("'\"")


def build_steps(workflow: str) -> List[Tuple[str, Optional[str], Tuple[str, ...]]]:
    """(context, file or None, tags) of each ``docker/build-push-action`` step."""
    steps: List[Tuple[str, Optional[str], Tuple[str, ...]]] = []
    lines = workflow.splitlines()
    i = 0
    while i < len(lines):
        if not re.match(r"\s*(-\s+)?uses:\s*docker/build-push-action@", lines[i]):
            i += 1
            continue
        context, file, tags = ".", None, []
        i += 1
        while i < len(lines) and not re.match(r"\s*-\s", lines[i]):
            line = lines[i]
            bare = line.strip()
            if bare.startswith("context:"):
                context = _value(line)
            elif bare.startswith("file:"):
                file = _value(line)
            elif bare.startswith("tags:"):
                inline = _value(line)
                if inline in ("|", ">", "|-", ">-"):
                    indent = len(line) - len(line.lstrip())
                    while i + 1 < len(lines) and (not lines[i + 1].strip() or
                                                  len(lines[i + 1]) - len(lines[i + 1].lstrip())
                                                  > indent):
                        i += 1
                        tags.extend(t.strip() for t in lines[i].split(",") if t.strip())
                else:
                    tags.extend(t.strip() for t in inline.split(",") if t.strip())
            i += 1
        steps.append((context, file, tuple(tags)))
    return steps


def history(repo_dir: str, repo: str, family: str, branch: str
            ) -> Iterator[Tuple[int, str, Dict[str, manifests.Entry]]]:
    """(unix time, family, tag -> entry) after each first-parent commit of ``branch``
    whose workflows push tags of ``family``."""
    commits = [line.split() for line in git_family.git(repo_dir, "log", "--first-parent", "--reverse",
                                             "--format=%H %ct", branch).splitlines()]
    for commit, ts in commits:
        names = [n for n in git_family.git(repo_dir, "ls-tree", "--name-only", commit,
                                 ".github/workflows/").splitlines()
                 if n.endswith((".yml", ".yaml"))]
        if not names:
            continue
        texts = manifests.read_blobs(repo_dir, [f"{commit}:{n}" for n in names])
        snapshot: Dict[str, manifests.Entry] = {}
        for name in names:
            for context, file, tags in build_steps(texts.get(f"{commit}:{name}") or ""):
                own = tuple(sorted({t.split(":", 1)[1] for t in tags
                                    if t.startswith(family + ":")}))
                if not own:
                    continue
                path = posixpath.normpath(posixpath.join(context, file or "Dockerfile"))
                entry = manifests.Entry(own, (), repo, commit, posixpath.dirname(path) or ".",
                                        posixpath.basename(path), "", True)
                for tag in own:
                    snapshot[tag] = entry
        if snapshot:
            yield int(ts), family, snapshot


def add(mirrors: str, out: str) -> Dict[str, int]:
    """Write the families into ``out`` (the data ``official_images.py`` wrote): file -> size."""
    sizes: Dict[str, int] = {}
    for family, repo, mirror, branch in FAMILIES:
        repo_dir = os.path.join(mirrors, mirror, "repo")
        doc = git_family.build(repo_dir, out, family, repo,
                               history(repo_dir, repo, family, branch),
                               f"{repo}: the tags its workflows' docker/build-push-action "
                               f"steps push, over {branch}'s history")
        sizes.update(git_family.write(doc, out))
    return sizes


def main(argv=None) -> int:
    return git_family.main(add, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
