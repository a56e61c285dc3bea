"""Build records: a side of a sample is not built again while its build's inputs are
byte for byte those of the build that made the image its tag still names.

A warm ``buildah bud --layers`` of a sample whose Dockerfile has not changed does no
build work, but it is not free: buildah looks each step up among every image of the
store (3,129 of them after a full run) and writes the store's image list for the tag.
Measured 2026-12-07 (``bench/realbuild_profile.py go-static-cli python-app c-gcc``, warm,
load 1): the two cached builds were 4.1-5.9 s of a sample's 3.6-4.6 s wall and 3.4-5.0 s
of its 4.3-6.0 s CPU; running both images and measuring them, the part that tells
whether the rewrite still works, under 1.5 s.  With 182 samples that was ~1,000 s of
CI's ~1,180 s.

The record (``work/<case>/<side>.build.json``) holds a digest of everything buildah's
layer cache itself compares -- the Dockerfile's text, every file of the build context
(path, mode, content; a symbolic link's target), the build arguments and output format,
and the ID of every base image the Dockerfile names -- plus buildah's version, the image
the build made and the IDs of its steps.  The build is skipped only when the digest is
the same and the tag still names that very image; the step IDs are then written to the
case's log, so ``python -m realbuild --gc`` keeps the images as after a real build.  What
a cached build would not see either (a RUN that downloads, run again today) is not seen
here; what it would see (a changed file, a remade base image, a new rewrite) rebuilds.

Not reused, built as before: a Dockerfile with ``ADD <url>`` or ``ADD <git>`` (buildah
fetches those to compare), a ``COPY --from``/``--mount from=`` naming an image rather
than a stage, a failed build (its record is removed before building), and every build
with ``DTRANSPILE_REALBUILD_REBUILD=1``."""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

# buildah's step lines, the images a build made or used: the clean-up reads the same
# lines from the log, so a record's steps are kept as a real build's
from .store_gc import STEP_ID

# the format of the digest's input: bump when what goes into it changes
DIGEST_VERSION = 1

_ADD_REMOTE = re.compile(r"^\s*ADD\b[^\n]*\s(?:https?://|git@|\S+\.git\b)", re.I | re.M)
# RUN --mount=type=bind,from=<stage or image>: the source named
RUN_MOUNT_FROM = r"^\s*RUN\b[^\n]*?--mount=\S*?\bfrom=([^\s,]+)"
# COPY/ADD --from=<stage or image>, or such a mount
_FROM_FLAG = re.compile(r"^\s*(?:COPY|ADD)\b[^\n]*?--from=([^\s]+)|" + RUN_MOUNT_FROM,
                        re.I | re.M)
_STAGE_NAME = re.compile(r"^\s*FROM\s+(?:--\S+\s+)*\S+\s+AS\s+(\S+)", re.I | re.M)


def disabled() -> bool:
    """``DTRANSPILE_REALBUILD_REBUILD=1``: every build runs (buildah's cache still applies)."""
    return os.environ.get("DTRANSPILE_REALBUILD_REBUILD", "") not in ("", "0")


def not_reusable(dockerfile_text: str) -> Optional[str]:
    """Why a build of this Dockerfile must run even with unchanged inputs, or None: an
    input the digest cannot see (a remote ADD source, an image named outside FROM)."""
    if _ADD_REMOTE.search(dockerfile_text):
        return "ADD of a remote source"
    stages = {m.group(1).lower() for m in _STAGE_NAME.finditer(dockerfile_text)}
    for m in _FROM_FLAG.finditer(dockerfile_text):
        source = (m.group(1) or m.group(2)).strip("\"'").lower()
        if source not in stages and not source.isdigit():
            return f"files copied from the image {source}"
    return None


def context_digest(root: Path) -> str:
    """Every entry under ``root``: relative path, kind, permission bits, and the content
    of a file or the target of a symbolic link (what COPY/ADD can see of it)."""
    h = hashlib.sha256()
    root = Path(root)
    for path in sorted(root.rglob("*"), key=lambda p: p.relative_to(root).as_posix()):
        st = path.lstat()
        rel = path.relative_to(root).as_posix()
        if stat.S_ISLNK(st.st_mode):
            entry = ("link", rel, os.readlink(path))
        elif stat.S_ISDIR(st.st_mode):
            entry = ("dir", rel, oct(stat.S_IMODE(st.st_mode)))
        else:
            entry = ("file", rel, oct(stat.S_IMODE(st.st_mode)),
                     hashlib.sha256(path.read_bytes()).hexdigest())
        h.update(json.dumps(entry).encode() + b"\n")
    return h.hexdigest()


def inputs_digest(dockerfile_text: str, context: str, build_args: Iterable[str],
                  base_ids: List[str], buildah_version: str) -> str:
    """The digest a record is kept under (``context``: ``context_digest`` of the build
    context; ``build_args``: buildah's arguments other than paths and the tag)."""
    data = {"v": DIGEST_VERSION, "dockerfile": dockerfile_text, "context": context,
            "args": list(build_args), "bases": list(base_ids), "buildah": buildah_version}
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


@dataclass
class Record:
    digest: str
    image: str  # the full ID of the image the build made (what the tag named then)
    steps: List[str] = field(default_factory=list)  # IDs from buildah's step lines
    made: str = ""  # when (UTC, ISO 8601)

    @classmethod
    def of_build(cls, digest: str, image: str, build_output: str) -> "Record":
        return cls(digest, image, [m.group(1) for m in STEP_ID.finditer(build_output)],
                   datetime.now(timezone.utc).isoformat(timespec="seconds"))


def path_of(work: Path, side: str) -> Path:
    return work / f"{side}.build.json"


def load(work: Path, side: str) -> Optional[Record]:
    try:
        data = json.loads(path_of(work, side).read_text())
        return Record(**{k: data[k] for k in ("digest", "image", "steps", "made")})
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save(work: Path, side: str, record: Record) -> None:
    path = path_of(work, side)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(record), indent=1))
    os.replace(tmp, path)


def forget(work: Path, side: str) -> None:
    path_of(work, side).unlink(missing_ok=True)


def reusable(record: Optional[Record], digest: str, tag_image: Optional[str]) -> bool:
    """Whether the recorded build stands for the one asked for: the same inputs, and the
    tag still names the image it made (not removed, not retagged by another build)."""
    return (record is not None and not disabled() and record.digest == digest
            and tag_image is not None and record.image == tag_image)


def log_lines(record: Record, side: str, tag: str) -> str:
    """What the case's log says instead of buildah's output: why the build did not run,
    and the recorded step lines (which the store's clean-up reads)."""
    head = (f"$ buildah bud ... -t {tag}: not run, the inputs are those of the build of "
            f"{record.made} ({side}.build.json), whose image {record.image[:12]} the tag "
            "still names; its steps:\n")
    return head + "".join(f"--> {step}\n" for step in record.steps) + "\n"


def listed(inspect_lines: str) -> Tuple[Dict[str, str], Dict[str, int]]:
    """``podman image inspect --format '{{.Id}} {{.Size}} {{json .RepoTags}}'`` output ->
    (every name of every image listed -> its ID, and -> its size)."""
    ids: Dict[str, str] = {}
    sizes: Dict[str, int] = {}
    for line in inspect_lines.splitlines():
        parts = line.split(" ", 2)
        if len(parts) != 3:
            continue
        try:
            names, size = json.loads(parts[2]) or (), int(parts[1])
        except ValueError:
            continue
        for name in names:
            ids[name], sizes[name] = parts[0], size
    return ids, sizes
