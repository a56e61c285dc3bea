"""The distroless images (``gcr.io/distroless/python3-debian12`` ...) as a manifest
history, from the image table of GoogleContainerTools/distroless's README over its git
history (``| gcr.io/distroless/<image> | latest, nonroot, debug, debug-nonroot | archs |``).

They are built with Bazel, not from Dockerfiles, so what the data holds is which images
and tags exist on which dates and the Debian release their name carries; the language
version of ``python3-debian12`` is then Debian 12's own package (distro_packages).
"""

from __future__ import annotations

import re
import subprocess
from typing import Dict, Iterator, Tuple

from . import manifests

_ROW = re.compile(r"^\|\s*`?(gcr\.io/distroless/[a-z0-9_.-]+)`?\s*\|\s*([a-z0-9 ,`-]+?)\s*\|", re.M)


def table(readme: str) -> Dict[str, Tuple[str, ...]]:
    """image -> tags, from one README version."""
    out: Dict[str, Tuple[str, ...]] = {}
    for image, tags in _ROW.findall(readme):
        words = tuple(t.strip(" `") for t in tags.split(",") if t.strip(" `"))
        if words:
            out[image] = tuple(dict.fromkeys(out.get(image, ()) + words))
    return out


def history(repo_dir: str) -> Iterator[Tuple[int, str, Dict[str, manifests.Entry]]]:
    """(unix time, family, tag -> entry) for each README version on the main branch."""
    log = subprocess.run(["git", "-C", repo_dir, "log", "--first-parent", "--reverse",
                          "--format=%H %ct", "--", "README.md"],
                         check=True, capture_output=True, text=True).stdout
    commits = [line.split() for line in log.splitlines()]
    texts = manifests.read_blobs(repo_dir, [f"{c}:README.md" for c, _ in commits])
    seen: set = set()
    for commit, ts in commits:
        text = texts.get(f"{commit}:README.md")
        if not text:
            continue
        now = table(text)
        if not now:
            continue
        for family in seen - now.keys():
            yield int(ts), family, {}
        for family, tags in now.items():
            # no Dockerfile to read (repo left empty); the folder carries the image
            # name, whose -debianN word says the release
            entry = manifests.Entry(tags, (), "", "", family.rsplit("/", 1)[1], "", "", True)
            yield int(ts), family, {t: entry for t in tags}
        seen |= now.keys()
