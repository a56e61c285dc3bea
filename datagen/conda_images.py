"""The continuumio images (``continuumio/miniconda3``, ``anaconda3``, ``miniconda``,
``anaconda``) as a manifest history, from the git history of ContinuumIO/docker-images.

They are not official images, so no manifest lists their tags.  Their Dockerfiles
download one installer, ``Miniconda3-py312_24.5.0-0-Linux-x86_64.sh``, and the image
is tagged with the installer's version (``continuumio/miniconda3:24.5.0-0``), its
newest as ``latest``; the ``py312`` part says which Python the installer ships.  Each
commit that changes the installer adds a tag; published tags stay pullable.
"""

from __future__ import annotations

import re
import subprocess
from typing import Dict, Iterator, Optional, Tuple

from . import manifests

REPO = "ContinuumIO/docker-images"
#: family -> (folder in the repository, installer name)
FAMILIES = {
    "continuumio/miniconda3": ("miniconda3", "Miniconda3"),
    "continuumio/anaconda3": ("anaconda3", "Anaconda3"),
    "continuumio/miniconda": ("miniconda", "Miniconda2"),
    "continuumio/anaconda": ("anaconda", "Anaconda2"),
}
_DEFAULT = re.compile(r"^\s*(?:ARG|ENV)\s+([A-Za-z_]\w*)[= ]\s*\"?([^\"\s]+)\"?", re.M)


def installer(text: str, name: str) -> Tuple[Optional[str], Optional[str]]:
    """(installer version, Python X.Y it ships or None) named in a Dockerfile."""
    defaults = dict(_DEFAULT.findall(text))
    expanded = re.sub(r"\$\{?([A-Za-z_]\w*)\}?", lambda m: defaults.get(m.group(1), m.group(0)), text)
    m = re.search(re.escape(name) + r"-(?:py(\d)(\d+)_)?([0-9][0-9.]*(?:-\d+)?)-Linux-x86_64\.sh", expanded)
    if not m:
        return None, None
    python = f"{m.group(1)}.{m.group(2)}" if m.group(1) else None
    return m.group(3), python


def history(repo_dir: str) -> Iterator[Tuple[int, str, Dict[str, manifests.Entry]]]:
    """(unix time, family, tag -> entry) after each commit that changed an installer."""
    for family, (folder, name) in FAMILIES.items():
        paths = [f"{folder}/debian/Dockerfile", f"{folder}/Dockerfile"]
        log = subprocess.run(["git", "-C", repo_dir, "log", "--reverse", "--format=%H %ct",
                              "--", *paths], check=True, capture_output=True, text=True).stdout
        commits = [line.split() for line in log.splitlines()]
        specs = [f"{c}:{p}" for c, _ in commits for p in paths]
        texts = manifests.read_blobs(repo_dir, specs)
        tags: Dict[str, manifests.Entry] = {}
        for commit, ts in commits:
            for path in paths:
                text = texts.get(f"{commit}:{path}")
                if text is None:
                    continue
                version, _python = installer(text, name)
                if version is None:
                    break
                entry = manifests.Entry((version,), (), REPO, commit, path.rsplit("/", 1)[0],
                                        "Dockerfile", "", True)
                tags[version] = entry
                yield int(ts), family, dict(tags, latest=entry)
                break
