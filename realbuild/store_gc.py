"""Garbage collection of the harness's image store (``python -m realbuild --gc``).

Every build leaves its steps in the store as images (``buildah bud --layers``): that is
the cache that makes a warm run take seconds.  When a sample or the transpiler changes,
the steps of the old rewrite stay behind, and they are not free: buildah looks for a
cached step among every image whose parent is the step before, and podman and buildah
read the whole image list on each command, so a warm build grows slower with every image
the store holds (measured 2026-12-06: the c-gcc rewrite's 14 cached steps took 2.0 s
with 3,794 images in the store, 0.84 s with only its two base images; `podman run` 0.58
s against 0.15 s).

``podman image prune`` is no answer: the last step of a builder stage is an untagged
image nobody's tag leads to, so prune drops exactly the cache the next run needs.  This
module keeps what the current samples use instead -- every image a sample's last run
named in its log (``work/<case>/log.txt``: ``--> Using cache <id>`` and ``--> <id>`` of
each step, both sides, builder stages included), the samples' own tags, every base
image (any name outside ``localhost/realbuild/``) and the ancestors of all of these --
and removes the rest with ``podman rmi --no-prune`` (without it, podman also removes an
untagged parent left without children, which may be a kept builder stage).

Run it after a full run of every sample on the tree that is to be kept (a CI run of
main): a sample whose last run was of another tree keeps that tree's images, and the
next run of main then rebuilds its changed steps once.  The store's own index files
(``overlay-images/images.json``, ``overlay-layers/layers.json``) give each image's top
layer and each layer's parent; they are only read."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Set

from .env import STORAGE, WORK, run

REALBUILD_PREFIX = "localhost/realbuild/"

# "--> Using cache <64 hex>" (a cached step) and "--> <12 hex>" (a step made now, or the
# committed image); buildah's own lines, one id each
STEP_ID = re.compile(r"^--> (?:Using cache )?([0-9a-f]{11,64})\s*$", re.M)


@dataclass
class Plan:
    keep: Set[str] = field(default_factory=set)
    remove: List[str] = field(default_factory=list)  # newest first
    no_log: List[str] = field(default_factory=list)  # samples whose last run left no log


def _created(image: dict) -> datetime:
    text = image.get("created") or "1970-01-01T00:00:00Z"
    # RFC 3339 with nanoseconds: Python reads microseconds at most
    m = re.match(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)?$", text)
    if not m:
        return datetime.fromisoformat("1970-01-01T00:00:00+00:00")
    frac = (m.group(2) or "0")[:6].ljust(6, "0")
    zone = m.group(3) or "Z"
    return datetime.fromisoformat(f"{m.group(1)}.{frac}{'+00:00' if zone == 'Z' else zone}")


def plan(case_names: Iterable[str], storage: Path = STORAGE, work: Path = WORK) -> Plan:
    """What to keep and what to remove, from the store's index files and the samples'
    logs; nothing is changed."""
    images = json.loads((storage / "overlay-images" / "images.json").read_text())
    layers = {l["id"]: l for l in json.loads(
        (storage / "overlay-layers" / "layers.json").read_text())}
    by_id = {i["id"]: i for i in images}
    names = set(case_names)
    out = Plan()
    for image in images:
        for name in image.get("names") or ():
            if not name.startswith(REALBUILD_PREFIX):
                out.keep.add(image["id"])  # a base image or one of its names
            elif name[len(REALBUILD_PREFIX):].rsplit(":", 1)[0] in names:
                out.keep.add(image["id"])
    by_prefix: Dict[str, List[str]] = {}
    for image_id in by_id:
        by_prefix.setdefault(image_id[:11], []).append(image_id)
    for case in sorted(names):
        log = work / case / "log.txt"
        if not log.exists():
            out.no_log.append(case)
            continue
        for m in STEP_ID.finditer(log.read_text(errors="replace")):
            short = m.group(1)
            out.keep.update(i for i in by_prefix.get(short[:11], ()) if i.startswith(short))
    out.keep |= _ancestors(out.keep, by_id, layers)
    out.remove = sorted((i for i in by_id if i not in out.keep),
                        key=lambda i: _created(by_id[i]), reverse=True)
    return out


def _ancestors(keep: Set[str], by_id: dict, layers: dict) -> Set[str]:
    """Every image a kept image was built on: those whose top layer is below the kept
    one's, and those with the same top layer made before it (a step that adds no layer,
    such as ENV or CMD, shares its parent's)."""
    by_top: Dict[Optional[str], List[dict]] = {}
    for image in by_id.values():
        by_top.setdefault(image.get("layer"), []).append(image)
    found: Set[str] = set()
    for image_id in keep:
        image = by_id[image_id]
        made = _created(image)
        layer, own = image.get("layer"), True
        while layer:
            for other in by_top.get(layer, ()):
                if not own or _created(other) <= made:
                    found.add(other["id"])
            layer, own = layers.get(layer, {}).get("parent"), False
    return found


def remove(p: Plan, chunk: int = 100) -> None:
    """Remove the images ``p`` does not keep, newest first (a child before its parent).
    An image a container still uses is left: podman refuses it and says so."""
    for start in range(0, len(p.remove), chunk):
        run(["podman", "rmi", "--no-prune", *p.remove[start:start + chunk]], check=False)
