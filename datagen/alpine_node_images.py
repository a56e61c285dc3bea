"""The ``mhart/alpine-node`` images as a manifest history, from the git repository
mhart/alpine-node.

They are not official images, so no manifest lists their tags; the repository's
publish script tags the commit each image was built from with the image's own tags
(``git tag -f 10.24.1; git tag -f 10.24; git tag -f 10; docker push
mhart/alpine-node:$tag``), so the git tags are the Docker tags, each at the commit of
the image it names now.  Three kinds of images are tagged:

- ``<version>`` (and ``latest``): Node built with ``--prefix=/usr`` on ``alpine:X.Y``
  (``/usr/bin/node``, npm in ``/usr/lib/node_modules``), from ``Dockerfile`` or, later,
  the file ``build.sh`` passes with ``-f``;
- ``slim-<version>`` (and ``slim``): the same node binary copied onto a bare
  ``alpine:X.Y`` with libstdc++, without npm or yarn (``slim.dockerfile``, or the file
  ``build-slim.sh`` passes);
- ``base-<version>`` (and ``base``): a ``--without-npm`` build (``Dockerfile``).

A tag is kept only when the Dockerfile read at its commit builds the version its most
specific sibling tag names (its active ``ENV VERSION=v10.24.1``; for a slim image, the
``FROM mhart/alpine-node:<major>`` it copies node from): a commit whose Dockerfile was
edited for another build than the one tagged is left out, not guessed.  io.js builds
(``ENV CMD=iojs``, tags 1 to 3) are left out: their program is not ``node``.
"""

from __future__ import annotations

import re
from typing import Dict, Iterator, List, Optional, Tuple

from . import dockerfiles, git_family, manifests

REPO = "mhart/alpine-node"
FAMILY = "mhart/alpine-node"
_VERSION = re.compile(r"\d+(\.\d+)*")
_FILE = re.compile(r"(?:^|\s)-f\s+(\S+)")
_SLIM_FROM = re.compile(r"^\s*FROM\s+mhart/alpine-node:(\S+)", re.M | re.I)


def kind_of(tag: str) -> Tuple[str, str]:
    """(kind, version words): ``slim-10.24`` -> (``slim``, ``10.24``), ``latest`` ->
    (``full``, ``latest``), ``base`` -> (``base``, ``latest``)."""
    for kind in ("slim", "base"):
        if tag == kind:
            return kind, "latest"
        if tag.startswith(kind + "-"):
            return kind, tag[len(kind) + 1:]
    return "full", tag


def node_version(tags) -> Optional[str]:
    """The Node version an entry's tags name: the most specific version word, which
    the others are prefixes of (``10``, ``10.24``, ``10.24.1`` -> ``10.24.1``)."""
    words = [kind_of(t)[1] for t in tags]
    numbers = [w for w in words if _VERSION.fullmatch(w)]
    if not numbers:
        return None
    best = max(numbers, key=lambda w: w.count("."))
    if any(not (best == w or best.startswith(w + ".")) for w in numbers):
        return None
    return best




def _built_file(texts: Dict[str, Optional[str]], commit: str, kind: str) -> Optional[str]:
    """The Dockerfile the commit's build script names for ``kind``."""
    if kind == "slim":
        script, default = texts.get(f"{commit}:build-slim.sh"), "slim.dockerfile"
    else:
        script, default = texts.get(f"{commit}:build.sh"), "Dockerfile"
    m = _FILE.search(script or "")
    return m.group(1).lstrip("./") if m else default


def _builds(text: str, kind: str, version: str) -> bool:
    """Whether the Dockerfile ``text`` builds Node ``version`` of ``kind``."""
    if kind == "slim":
        m = _SLIM_FROM.search(text)
        return m is not None and (version == m.group(1) or version.startswith(m.group(1) + "."))
    try:
        env = dict(dockerfiles.read(text, {}).env)
    except Exception:  # a Dockerfile the parser rejects: not read, not kept
        return False
    if env.get("CMD", "node") != "node":
        return False
    without_npm = "--without-npm" in env.get("CONFIG_FLAGS", "")
    return env.get("VERSION") == f"v{version}" and without_npm == (kind == "base")


_README_TAGS = re.compile(r"^\s*-\s+((?:`[^`]+`,?\s*)+)", re.M)


def readme_lines(text: str) -> List[List[str]]:
    """The tag lists of a README's version table: ``- `10`, `10.24`, `10.24.1` – 73 MB``
    -> ``["10", "10.24", "10.24.1"]``."""
    return [re.findall(r"`([^`]+)`", m.group(1)) for m in _README_TAGS.finditer(text or "")]


def history(repo_dir: str) -> Iterator[Tuple[int, str, Dict[str, manifests.Entry]]]:
    """(unix time, family, tag -> entry) after each build and each README change,
    oldest first, each listing every tag seen so far (a published tag stays pullable).

    A fully versioned tag (``10.24.1``, ``slim-10.24.1``) is the build at the commit its
    git tag names.  A shorter one (``10``, ``slim``, ``latest``) moves: it names the
    build its git tag sits on from that commit on, and the build the README's version
    table lists it beside from each README change on (the git tags of the shorter names
    were not always moved: ``6`` stayed on 6.10.3 while the README and Docker Hub gave
    6.17.1).  A tag last moved to a build whose Dockerfile does not confirm it is left
    out."""
    refs = git_family.git(repo_dir, "for-each-ref", "refs/tags",
                          "--format=%(refname:short) %(*objectname) %(objectname)").split("\n")
    by_commit: Dict[str, List[str]] = {}
    for line in refs:
        parts = line.split()
        if len(parts) in (2, 3):
            by_commit.setdefault(parts[1], []).append(parts[0])
    times = {}
    for line in git_family.git(repo_dir, "log", "--all", "--format=%H %ct").splitlines():
        commit, ts = line.split()
        times[commit] = int(ts)
    readmes = [c for c in git_family.git(repo_dir, "log", "--all", "--format=%H", "--",
                                         "README.md").split() if c in times]
    commits = sorted((c for c in by_commit if c in times), key=lambda c: (times[c], c))
    specs = [f"{c}:{p}" for c in commits for p in ("build.sh", "build-slim.sh")]
    texts = manifests.read_blobs(repo_dir, specs + [f"{c}:README.md" for c in readmes])
    # the builds: (kind, version) -> entry, each fully versioned tag at its commit
    groups = []  # (commit, kind, tags at the commit, file)
    for commit in commits:
        kinds: Dict[str, List[str]] = {}
        for tag in sorted(by_commit[commit]):
            kinds.setdefault(kind_of(tag)[0], []).append(tag)
        for kind, tags in sorted(kinds.items()):
            groups.append((commit, kind, tags, _built_file(texts, commit, kind)))
    files = manifests.read_blobs(repo_dir, sorted({f"{c}:{f}" for c, _, _, f in groups}))
    builds: Dict[Tuple[str, str], manifests.Entry] = {}
    events: List[Tuple[int, str, Dict[str, Tuple[str, str]]]] = []  # time, commit, moves
    for commit, kind, tags, file in groups:
        version = node_version(tags)
        text = files.get(f"{commit}:{file}")
        if version is None or text is None or not _builds(text, kind, version):
            continue
        own = [t for t in tags if kind_of(t)[1] == version]
        builds[(kind, version)] = manifests.Entry(tuple(own), (), REPO, commit, ".", file, "", True)
        events.append((times[commit], commit, {t: (kind, version) for t in tags}))
    for commit in readmes:
        moves = {}
        for line in readme_lines(texts.get(f"{commit}:README.md")):
            kinds = {kind_of(t)[0] for t in line}
            version = node_version(line)
            if len(kinds) == 1 and version is not None:
                moves.update({t: (kind_of(t)[0], version) for t in line})
        if moves:
            events.append((times[commit], commit, moves))
    events.sort(key=lambda e: (e[0], e[1]))
    # a tag whose last move names a build no Dockerfile read confirms (``8`` -> 8.17.0,
    # whose commit's Dockerfiles were already edited for 14.15.1) is left out, at every
    # date: its last known build would be a stale answer for a tag that moved on
    last: Dict[str, Tuple[str, str]] = {}
    for _when, _commit, moves in events:
        last.update(moves)
    unknown = {tag for tag, build in last.items() if build not in builds}
    tags_now: Dict[str, manifests.Entry] = {}
    for when, _commit, moves in events:
        for tag, build in moves.items():
            if build in builds and tag not in unknown:
                tags_now[tag] = builds[build]
        yield when, FAMILY, dict(tags_now)
