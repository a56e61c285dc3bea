"""An image family that is not an official image, as image data, from the git history of
the repository that builds it (``nvidia/cuda`` from its CI's history, ``cuda_images``;
gliderlabs/alpine ...), for any family whose history a module gives as (unix time,
family, tag -> entry) snapshots
(``manifests.Entry``: the commit and folder whose Dockerfile the tag was built from).

A tag's image is the one its last listing built, and the tag is recorded as last
published on that day (``until``): the repository is the only record of what was pushed,
so nothing is claimed past its last listing.  Each Dockerfile is read with
``dockerfiles.read`` against its parent's environment; a parent of another family is
looked up in the data already written (the official images): as the tag was last listed
(or, for a family built with ``dated_parents``, as it was on the child's last day: the
official entry that last listed the tag on or after it), except Debian's moving suites (``debian``, ``debian:latest``, ``stable``), which name the
release Debian's table says they named on the child's day (``debian_suites``), and the
``latest`` of any other family, which cannot be known for a past day and is left
unresolved (the transpiler then does not know the image's distribution, and declines
where that matters), but for a family the same build run made just before
(``built_with``: the Jupyter stack).  An image built ``FROM scratch`` gets its distribution from the
family module (``root_os``), as the official data gets a root image's from its manifest.

Running a family module on its own (``python3 -m datagen.gliderlabs_images``) adds the
family to the data ``official_images.py`` wrote (``add``).
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import json
import os
import sys
from typing import Callable, Dict, Iterable, List, Optional, Tuple

from . import dockerfiles, manifests

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "transpiler", "knowledge", "data", "images")
#: the environment at the bottom of a chain (as ``official_images.ROOT_ENV``)
ROOT_ENV = {"PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"}
#: Debian's suite tags, whose release moved with the day
_DEBIAN_SUITES = {"latest": "stable", "stable": "stable", "oldstable": "oldstable",
                  "testing": "testing", "unstable": "unstable"}

History = Iterable[Tuple[int, str, Dict[str, manifests.Entry]]]


def git(repo_dir: str, *args: str) -> str:
    """The output of ``git -C repo_dir args`` (a family module reading its mirror)."""
    import subprocess
    return subprocess.run(["git", "-C", repo_dir, *args], check=True, capture_output=True,
                          text=True).stdout


def day(ts: int) -> str:
    return datetime.datetime.fromtimestamp(ts, datetime.timezone.utc).strftime("%Y-%m-%d")


def load(path: str) -> dict:
    with gzip.open(path, "rb") as fh:
        return json.loads(fh.read())


class Written:
    """The official data already written (``debian``, ``python`` ...)."""

    def __init__(self, out_dir: str, dated: bool = False, built_with=frozenset()):
        self.dir = out_dir
        self.dated = dated
        self.built_with = frozenset(built_with)
        self.index = load(os.path.join(out_dir, "index.json.gz"))
        self.docs: Dict[str, Optional[dict]] = {}

    def doc(self, family: str) -> Optional[dict]:
        if family not in self.docs:
            info = self.index["families"].get(family)
            self.docs[family] = load(os.path.join(self.dir, info["file"])) if info else None
        return self.docs[family]

    def at(self, family: str, tag: str, when: str) -> Optional[int]:
        """The entry ``family:tag`` named on day ``when`` (see the module docstring)."""
        doc = self.doc(family)
        if doc is None:
            return None
        suite = _DEBIAN_SUITES.get(tag.split("-")[0]) if family == "debian" else None
        if suite is not None:
            from transpiler.knowledge import debian_suites

            found = debian_suites.release_of(suite, when)
            if found is None:
                return None
            tag = "-".join([found[0]] + tag.split("-")[1:])
        elif tag == "latest" and family not in self.built_with:
            return None
        if tag not in doc["tags"]:
            return None
        if self.dated:
            return self._listing(doc, tag, when)
        return doc["tags"][tag][2]

    @staticmethod
    def _listing(doc: dict, tag: str, when: str) -> int:
        """The entry that listed ``tag`` on day ``when``: the official data keeps each
        image a moving tag named with the tags of its last listing and that day, so it
        is the first one last listed on ``when`` or later (``python:3.6-alpine`` on
        2017-06-10: 3.6.1 on Alpine 3.4, last listed 2017-07-18); a day after every
        listing is the tag's last image."""
        dates = sorted((e["date"], i) for i, e in enumerate(doc["entries"])
                       if tag in e["t"] or tag in e["s"])
        return next((i for d, i in dates if d >= when), doc["tags"][tag][2])

    def env_of(self, family: str, idx: int, depth: int = 0) -> Tuple[Dict[str, str], str]:
        rec = self.doc(family)["entries"][idx]
        parent = rec.get("p")
        env, wd = (self.env_of(parent[0], parent[1], depth + 1) if parent and depth < 20
                   else (dict(ROOT_ENV), "/"))
        env = dict(env)
        env.update(dict(rec.get("e", [])))
        return env, rec.get("w", wd)


def _path(entry: manifests.Entry) -> str:
    folder = "" if entry.directory in ("", ".") else entry.directory + "/"
    return f"{entry.commit}:{folder}{entry.file}"


def build(repo_dir: str, out_dir: str, family: str, repo: str, history: History,
          source: str, root_os: Optional[Callable[[manifests.Entry], Optional[dict]]] = None,
          build_args: Tuple[Tuple[str, str], ...] = (),
          own_facts: Optional[Callable[[manifests.Entry, bool], dict]] = None,
          dated_parents: bool = False, built_with: Iterable[str] = ()) -> dict:
    """The family document, parents resolved against the data in ``out_dir``.
    ``dated_parents``: a parent of another family is the image its tag named on the
    child's last day (``Written._listing``), not the tag's last image: for a family
    whose images were last built years before their parent tags last moved.
    ``own_facts(entry, parent_known)``: record fields the family's source states beside
    the Dockerfile (``o``, the distribution, when the parent is not known; ``v``, the
    versions its build names), written over what the Dockerfile gives.
    ``built_with``: families (already written) whose ``latest`` the same build run made
    just before, from the same commit, so a child's ``FROM`` them is that ``latest``."""
    from .official_images import split_ref  # (no cycle at import time)

    data = Written(out_dir, dated=dated_parents, built_with=built_with)
    points: Dict[str, List[Tuple[int, manifests.Entry]]] = {}
    last_seen: Dict[str, int] = {}
    for ts, _family, tags in history:
        for tag, entry in tags.items():
            pts = points.setdefault(tag, [])
            if not pts or pts[-1][1] != entry:
                pts.append((ts, entry))
            last_seen[tag] = ts
    entries: List[manifests.Entry] = []
    index: Dict[manifests.Entry, int] = {}
    tag_idx: Dict[str, int] = {}
    for tag in sorted(points):
        entry = points[tag][-1][1]
        if entry not in index:
            index[entry] = len(entries)
            entries.append(entry)
        tag_idx[tag] = index[entry]
    texts = manifests.read_blobs(repo_dir, [_path(e) for e in entries])

    def own_at(tag: str, when: int) -> Optional[int]:
        pts = [p for p in points.get(tag, []) if p[0] <= when] or points.get(tag, [])[:1]
        if not pts:
            return None
        entry = pts[-1][1]
        if entry not in index:
            index[entry] = len(entries)
            entries.append(entry)
            texts.update(manifests.read_blobs(repo_dir, [_path(entry)]))
        return index[entry]

    records: List[dict] = []
    parents: Dict[int, Tuple[str, int]] = {}
    i = 0
    while i < len(entries):
        e = entries[i]
        seen = [last_seen[t] for t in e.tags if t in last_seen and
                points[t][-1][1] == e]
        when = max(seen) if seen else max(ts for t in e.tags for ts, x in points.get(t, [])
                                          if x == e)
        rec = {"t": list(e.tags), "s": [], "c": e.commit[:12], "d": e.directory,
               "date": day(when)}
        if e.file != "Dockerfile":
            rec["file"] = e.file
        text = texts.get(_path(e))
        if text is None:
            rec["m"] = "dockerfile not in mirror"
        else:
            parent_ref, _body, _args = dockerfiles.final_stage(text, build_args)
            if parent_ref:
                rec["f"] = parent_ref
                pfam, ptag = split_ref(parent_ref)
                if pfam == family:
                    pidx = own_at(ptag, when)
                    if pidx is not None:
                        parents[i] = (family, pidx)
                else:
                    pidx = data.at(pfam, ptag, day(when))
                    if pidx is not None:
                        parents[i] = (pfam, pidx)
            elif root_os is not None:
                os_ = root_os(e)
                if os_:
                    rec["o"] = os_
        records.append(rec)
        i += 1
    done: Dict[int, Tuple[Dict[str, str], str]] = {}

    def env_of(i: int, depth: int = 0) -> Tuple[Dict[str, str], str]:
        if i in done:
            return done[i]
        done[i] = (dict(ROOT_ENV), "/")
        parent = parents.get(i)
        if parent is None or depth > 20:
            penv, pwd = dict(ROOT_ENV), "/"
        elif parent[0] == family:
            penv, pwd = env_of(parent[1], depth + 1)
        else:
            penv, pwd = data.env_of(*parent)
        rec = records[i]
        text = texts.get(_path(entries[i]))
        if text is not None:
            dockerfiles.store(rec, dockerfiles.read(text, penv, pwd))
        env = dict(penv)
        env.update(dict(rec.get("e", [])))
        done[i] = (env, rec.get("w", pwd))
        return done[i]

    for i in range(len(records)):
        env_of(i)
        if i in parents:
            records[i]["p"] = list(parents[i])
        if own_facts is not None:
            records[i].update(own_facts(entries[i], i in parents))
    tags = {tag: [day(pts[0][0]), day(last_seen[tag]), tag_idx[tag]]
            for tag, pts in sorted(points.items())}
    return {"family": family, "repo": repo, "entries": records, "tags": tags,
            "source": source}


def add(doc: dict, out_dir: str) -> int:
    """Write the family file and list it in ``index.json.gz``; the file's size."""
    from .official_images import dump  # the official data's writer

    fname = doc["family"].replace("/", "+") + ".json.gz"
    size = dump(os.path.join(out_dir, fname), doc)
    index_path = os.path.join(out_dir, "index.json.gz")
    index = load(index_path)
    families = dict(index["families"])
    families[doc["family"]] = {"file": fname, "current": False}
    index["families"] = dict(sorted(families.items()))
    dump(index_path, index)
    return size


def write(doc: dict, out_dir: str) -> Dict[str, int]:
    """``add``, said on stderr: a family module's ``add`` returns this (file -> size)."""
    size = add(doc, out_dir)
    print(f"{doc['family']}: {len(doc['tags'])} tags, {len(doc['entries'])} entries, "
          f"{size} bytes", file=sys.stderr)
    return {doc["family"].replace("/", "+") + ".json.gz": size}


def add_from(mirrors: str, out: str, mirror: str, family: str, repo: str,
             history: Callable[[str], History], source: str,
             dated_parents: bool = False) -> Dict[str, int]:
    """A family module's ``add``: ``history(repo_dir)`` of the bare mirror ``mirror``
    built (``build``) and written (``write``) into ``out``."""
    repo_dir = os.path.join(mirrors, mirror, "repo")
    doc = build(repo_dir, out, family, repo, history(repo_dir), source,
                dated_parents=dated_parents)
    return write(doc, out)


def main(add_family: Callable[[str, str], Dict[str, int]], doc: str, argv=None,
         out: str = OUT) -> int:
    """The command line of a family module: ``--mirrors``, ``--out`` (default ``out``)."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--mirrors", default="/work/.mirror",
                    help="folder of bare mirrors named owner+repo/repo")
    ap.add_argument("--out", default=out)
    args = ap.parse_args(argv)
    add_family(args.mirrors, args.out)
    return 0
