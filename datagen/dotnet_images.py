"""The .NET images (``mcr.microsoft.com/dotnet/sdk``, ``.../aspnet``, ``.../runtime``,
``.../core/sdk`` and the older Docker Hub ``microsoft/dotnet``) as a manifest history,
from the git history of dotnet/dotnet-docker's ``manifest.json``.

That file plays the part of an official-images manifest: per repository, images with
``sharedTags`` and per-platform ``tags`` and the ``dockerfile`` folder, with
``$(name)`` variables defined in it and in the files it ``includes``
(``manifest.versions.json``).
"""

from __future__ import annotations

import json
import re
import subprocess
from typing import Dict, Iterator, Tuple

from . import manifests

REPO = "dotnet/dotnet-docker"
_VAR = re.compile(r"\$\(([^()]+)\)")


def _substitute(text: str, variables: Dict[str, str]) -> str:
    for _ in range(8):  # variables name variables (fixed-tag -> product-version)
        new = _VAR.sub(lambda m: variables.get(m.group(1), m.group(0)), text)
        if new == text:
            break
        text = new
    return text


def entries(manifest: dict, variables: Dict[str, str]) -> Iterator[Tuple[str, Dict[str, manifests.Entry]]]:
    """(family, tag -> entry) per repository of one manifest version, amd64 Linux.  The
    first manifests (2017) had one ``DockerRepo`` with ``Images`` whose ``platforms`` were
    keyed by OS and whose tags were lists; they are read the same way."""
    registry = manifest.get("registry")
    repos = manifest.get("repos", [])
    if "DockerRepo" in manifest:
        repos = [{"name": manifest["DockerRepo"], "images": manifest.get("Images", [])}]
    for repo in repos:
        name = repo.get("name", "")
        family = f"{registry}/{name}" if registry and not name.startswith(("microsoft/",)) else name
        tags: Dict[str, manifests.Entry] = {}
        for image in repo.get("images", []):
            shared = tuple(_substitute(t, variables) for t in image.get("sharedTags", {}))
            platforms = image.get("platforms", [])
            if isinstance(platforms, dict):  # keyed by OS
                platforms = [dict(p, os=os_) for os_, p in platforms.items() if isinstance(p, dict)]
            for platform in platforms:
                if not isinstance(platform, dict):
                    continue
                if platform.get("os", "linux") != "linux" or platform.get("architecture", "amd64") != "amd64":
                    continue
                own = tuple(_substitute(t, variables) for t in platform.get("tags", {}))
                folder = _substitute(platform.get("dockerfile", ""), variables).rstrip("/")
                if folder.endswith("Dockerfile"):
                    folder = folder.rsplit("/", 1)[0]
                entry = manifests.Entry(own, shared, REPO, "", folder, "Dockerfile", "", True)
                for tag in own + shared:
                    if "$(" not in tag:
                        tags.setdefault(tag, entry)
        if tags:
            yield family.lower(), tags


def history(repo_dir: str) -> Iterator[Tuple[int, str, Dict[str, manifests.Entry]]]:
    """(unix time, family, tag -> entry) for each change of the manifest on the main
    branch; the entries carry that commit, at which their Dockerfiles are read."""
    log = subprocess.run(["git", "-C", repo_dir, "log", "--first-parent", "--reverse",
                          "--format=%H %ct", "--", "manifest.json", "manifest.versions.json"],
                         check=True, capture_output=True, text=True).stdout
    commits = [line.split() for line in log.splitlines()]
    specs = [f"{c}:{p}" for c, _ in commits for p in ("manifest.json", "manifest.versions.json")]
    texts = manifests.read_blobs(repo_dir, specs)
    seen_families: set = set()
    # an entry is read at the commit its tags first appeared with: later manifest
    # changes elsewhere do not make every tag a new image
    first: Dict[tuple, str] = {}
    for commit, ts in commits:
        text = texts.get(f"{commit}:manifest.json")
        if text is None:
            continue
        try:
            manifest = json.loads(text)
        except ValueError:
            continue
        variables = dict(manifest.get("variables", {}), **manifest.get("tagVariables", {}))
        for inc in manifest.get("includes", []):
            included = texts.get(f"{commit}:{inc}")
            if included:
                try:
                    variables.update(json.loads(included).get("variables", {}))
                except ValueError:
                    pass
        now = dict(entries(manifest, variables))
        for family in seen_families - now.keys():
            yield int(ts), family, {}
        for family, tags in now.items():
            pinned = {}
            for t, e in tags.items():
                at = first.setdefault((family, e.tags, e.shared, e.directory), commit)
                pinned[t] = manifests.Entry(e.tags, e.shared, e.repo, at, e.directory, e.file,
                                            e.fetch, e.linux)
            yield int(ts), family, pinned
        seen_families |= now.keys()
