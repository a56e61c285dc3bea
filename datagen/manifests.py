"""Read docker-library/official-images manifests (``library/<name>``) and walk their
git history, so that every tag ever published is known with the manifest entry that
last listed it.

Two formats exist over the history: the first (2013-2016) has one line per tag,
``tag: git://github.com/owner/repo@commit dir``; the second is RFC 2822-like, a global
paragraph then one paragraph per entry with ``Tags:``/``SharedTags:``/``GitCommit:``/
``Directory:`` (and per-architecture ``amd64-GitCommit:`` overrides).  Both are read
into the same :class:`Entry` as the amd64 build sees it, because that is what a user
on a usual machine pulls.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from typing import Dict, Iterator, List, Optional, Tuple

ARCH = "amd64"

_OLD_LINE = re.compile(r"^\s*([^\s:#][^\s:]*)\s*:\s*(\S+?)@([0-9a-fA-F]{7,40})(?:\s+(\S+))?\s*$")


@dataclass(frozen=True)
class Entry:
    """One build of a manifest: the tags it carries and where its Dockerfile is."""

    tags: Tuple[str, ...]
    shared: Tuple[str, ...]
    repo: str
    commit: str
    directory: str
    file: str
    fetch: str
    linux: bool  # built for amd64 Linux (not a Windows-only or other-arch entry)

    def key(self) -> tuple:
        return (self.tags, self.shared, self.repo, self.commit, self.directory, self.file)


def _normal_repo(url: str) -> str:
    """``git://github.com/docker-library/docker-python`` -> ``docker-library/docker-python``."""
    url = re.sub(r"^(git|https?)://", "", url.strip())
    url = re.sub(r"\.git$", "", url).rstrip("/")
    if url.startswith("github.com/"):
        url = url[len("github.com/"):]
    return url


def _parse_old(text: str) -> List[Entry]:
    groups: Dict[tuple, List[str]] = {}
    for line in text.splitlines():
        m = _OLD_LINE.match(line)
        if not m:
            continue
        tag, url, commit, directory = m.group(1), m.group(2), m.group(3), m.group(4) or ""
        groups.setdefault((_normal_repo(url), commit, directory.strip("/")), []).append(tag)
    return [Entry(tuple(tags), (), repo, commit, directory, "Dockerfile", "", True)
            for (repo, commit, directory), tags in groups.items()]


def _paragraphs(text: str) -> Iterator[Dict[str, str]]:
    current: Dict[str, str] = {}
    last: Optional[str] = None
    for line in text.splitlines() + [""]:
        if line.lstrip().startswith("#"):
            continue
        if not line.strip():
            if current:
                yield current
            current, last = {}, None
            continue
        if line[0] in " \t" and last is not None:
            current[last] += " " + line.strip()
            continue
        key, sep, value = line.partition(":")
        if not sep:
            continue
        last = key.strip().lower()
        current[last] = value.strip()


def _split(value: str) -> Tuple[str, ...]:
    return tuple(v for v in re.split(r"[\s,]+", value) if v)


def _parse_rfc(text: str) -> List[Entry]:
    global_: Dict[str, str] = {}
    out: List[Entry] = []
    for para in _paragraphs(text):
        if "tags" not in para and "sharedtags" not in para:
            global_.update(para)
            continue

        def get(field: str, default: str = "") -> str:
            for src in (para, global_):
                for key in (f"{ARCH}-{field}", field):
                    if key in src:
                        return src[key]
            return default

        arches = _split(para.get("architectures", global_.get("architectures", ARCH)))
        out.append(Entry(
            tags=_split(para.get("tags", "")),
            shared=_split(para.get("sharedtags", "")),
            repo=_normal_repo(get("gitrepo")),
            commit=get("gitcommit"),
            directory=get("directory").strip().strip("/") or ".",
            file=get("file") or "Dockerfile",
            fetch=get("gitfetch"),
            linux=ARCH in arches,
        ))
    return out


def parse(text: str) -> List[Entry]:
    """The entries of one manifest version, in file order."""
    if re.search(r"^\s*(Shared)?Tags\s*:", text, re.M | re.I):
        return _parse_rfc(text)
    return _parse_old(text)


def tag_map(entries: List[Entry]) -> Dict[str, Entry]:
    """tag -> the entry a Linux amd64 pull gets (a SharedTag also names Windows builds)."""
    out: Dict[str, Entry] = {}
    for e in entries:
        for t in e.tags + e.shared:
            old = out.get(t)
            if old is None or (e.linux and not old.linux):
                out[t] = e
    return out


def history(repo_dir: str) -> Iterator[Tuple[int, str, str, Optional[str]]]:
    """(unix time, commit, family, manifest text or None when deleted) for every change
    of a ``library/`` file, oldest first, as the changes landed on the main branch."""
    changes: List[Tuple[int, str, str, str]] = []
    for when, commit, meta, path in raw_changes(repo_dir, "--diff-merges=first-parent",
                                                "--no-abbrev", "--", "library/"):
        blob = meta[3]
        family = path[len("library/"):]
        if "/" in family or family.isupper():
            continue
        changes.append((when, commit, family, blob))
    blobs = sorted({b for *_, b in changes if set(b) != {"0"}})
    texts = read_blobs(repo_dir, blobs)
    for when, commit, family, blob in changes:
        yield when, commit, family, texts.get(blob)


def raw_changes(repo_dir: str, *args: str) -> Iterator[Tuple[int, str, List[str], str]]:
    """(unix time, commit, the change's fields (``:old-mode new-mode old-blob new-blob
    status``), path) for every file change of the first-parent history ``git log args``
    selects, oldest first."""
    log = subprocess.run(
        ["git", "-C", repo_dir, "log", "--first-parent", "--reverse", "--format=C %H %ct",
         "--raw", "--no-renames", *args],
        check=True, capture_output=True, text=True).stdout
    when, commit = 0, ""
    for line in log.splitlines():
        if line.startswith("C "):
            _, commit, ts = line.split()
            when = int(ts)
        elif line.startswith(":"):
            meta, path = line.split("\t", 1)
            yield when, commit, meta.split(), path


def read_blobs(repo_dir: str, names: List[str]) -> Dict[str, Optional[str]]:
    """Objects by name (``sha`` or ``commit:path``) through one ``git cat-file --batch``;
    a name git does not have maps to None."""
    if not names:
        return {}
    proc = subprocess.run(["git", "-C", repo_dir, "cat-file", "--batch"],
                          input=("\n".join(names) + "\n").encode(), capture_output=True,
                          check=True)
    data = proc.stdout
    out: Dict[str, Optional[str]] = {}
    pos = 0
    for name in names:
        end = data.index(b"\n", pos)
        header = data[pos:end].split()
        pos = end + 1
        if len(header) == 3 and header[1] in (b"blob",):
            size = int(header[2])
            out[name] = data[pos:pos + size].decode("utf-8", "replace")
            pos += size + 1
        elif len(header) == 3:
            pos += int(header[2]) + 1
            out[name] = None
        else:
            out[name] = None  # "<name> missing" / "ambiguous"
    return out
