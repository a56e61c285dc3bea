"""Generate ``transpiler/knowledge/data/images/``: every tag the Docker official images
ever published, with the facts of the image it last named.

Regenerate (the sources are bare git mirrors, see ``datagen/README.md``)::

    PYTHONPATH=. python3 -m datagen.official_images [--mirrors /work/.mirror]

Sources, all public: the git history of ``docker-library/official-images`` (each
``library/<name>`` file over time lists every tag with GitRepo/GitCommit/Directory),
and the images' own repositories at those commits (their Dockerfiles give ENV,
``*_VERSION``, USER, WORKDIR, ENTRYPOINT/CMD, the packages RUN installs, and the FROM
chain down to a distribution image).  Nothing here is typed by hand except
:data:`ROOTS`, which says which distribution each root image family *is* (their rootfs
tarballs carry no Dockerfile to read it from); releases, versions and dates all come
from the manifests.

A tag later dropped from its manifest (``python:3.6``) keeps the entry of the last
manifest version that listed it: that is the image a pull still gets.  A Dockerfile's
parent is resolved as the parent tag was on the date the child was last published.
"""

from __future__ import annotations

import argparse
import bisect
import datetime
import gzip
import json
import os
import re
import subprocess
import sys
import time
from collections import defaultdict
from typing import Dict, List, Optional, Tuple

from . import (alpine_node_images, conda_images, cuda_images, distroless_images, dockerfiles,
               dotnet_images, manifests, phusion_images)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "transpiler", "knowledge", "data", "images")
FORMAT = 1

#: root families: which distribution the image is, its C library and its package
#: manager (the rootfs tarballs have no Dockerfile saying so; ``yum`` is also the
#: command dnf-based releases of centos/amazonlinux/oraclelinux keep); version and
#: release come from the tags
ROOTS = {
    "debian": ("debian", "glibc", "apt-get"), "ubuntu": ("ubuntu", "glibc", "apt-get"),
    "alpine": ("alpine", "musl", "apk"), "centos": ("centos", "glibc", "yum"),
    "fedora": ("fedora", "glibc", "dnf"), "amazonlinux": ("amazonlinux", "glibc", "yum"),
    "rockylinux": ("rockylinux", "glibc", "dnf"), "almalinux": ("almalinux", "glibc", "dnf"),
    "oraclelinux": ("oraclelinux", "glibc", "yum"), "opensuse": ("opensuse", "glibc", "zypper"),
    "archlinux": ("archlinux", "glibc", "pacman"), "photon": ("photon", "glibc", "tdnf"),
    "mageia": ("mageia", "glibc", "urpmi"),
}
#: distributions only a tag or folder word names (the .NET images' ``azurelinux3.0``,
#: ``cbl-mariner2.0``: their base images, ``mcr.microsoft.com/azurelinux/base/core``,
#: are read from no manifest): word -> (distribution, C library, package manager).
#: Azure Linux is CBL-Mariner renamed from 3.0 on; both install RPMs with tdnf, and their
#: ``-distroless`` images have no package manager
TAG_ROOTS = {"azurelinux": ("azurelinux", "glibc", "tdnf"),
             "mariner": ("cbl-mariner", "glibc", "tdnf")}
#: debian's and ubuntu's names for moving suites, which are not one release
_SUITES = {"latest", "stable", "oldstable", "oldoldstable", "testing", "unstable",
           "rc-buggy", "experimental", "devel", "rolling"}

Key = tuple  # Entry.key()

#: the environment a Dockerfile's ENV expands against at the bottom of a chain: Docker's
#: and BuildKit's default PATH for Linux images that set none (moby's oci.DefaultPathEnv)
ROOT_ENV = {"PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"}


def _day(ts: int) -> str:
    return datetime.datetime.fromtimestamp(ts, datetime.timezone.utc).strftime("%Y-%m-%d")


class History:
    """Every tag's entries over time, from the manifests' git history."""

    def __init__(self, repo: str):
        self.entries: Dict[Key, manifests.Entry] = {}
        self.points: Dict[Tuple[str, str], List[Tuple[int, Key]]] = defaultdict(list)
        self.since: Dict[Tuple[str, str], int] = {}
        self.until: Dict[Tuple[str, str], Optional[int]] = {}
        self.listed: Dict[Key, int] = {}  # an entry's last listing
        self.built: Dict[Key, int] = {}  # an image built once, when
        self.current: Dict[str, Dict[str, Key]] = {}
        self.versions = 0
        self.date = 0
        for when, _commit, family, text in manifests.history(repo):
            self.versions += 1
            tags = manifests.tag_map(manifests.parse(text)) if text is not None else {}
            self.snapshot(when, family, tags)
        self.close()

    def snapshot(self, when: int, family: str, tags: Dict[str, manifests.Entry],
                 built_once: bool = False) -> None:
        """One version of a family's manifest: ``tags`` is all it lists.  ``built_once``:
        the family's images are built when their tag first appears and never rebuilt
        (continuumio), so their parent is the one of that day."""
        self.date = max(self.date, when)
        now: Dict[str, Key] = {}
        for tag, entry in tags.items():
            key = entry.key()
            self.entries.setdefault(key, entry)
            now[tag] = key
            if built_once:
                self.built.setdefault(key, when)
        before = self.current.get(family, {})
        for tag, key in now.items():
            ft = (family, tag)
            if ft not in self.since:
                self.since[ft] = when
            self.until[ft] = None
            pts = self.points[ft]
            if not pts or pts[-1][1] != key:
                pts.append((when, key))
        for tag in before.keys() - now.keys():
            self.until[(family, tag)] = when
        for key in set(before.values()) - set(now.values()):
            self.listed[key] = max(self.listed.get(key, 0), when)
        self.current[family] = now

    def close(self) -> None:
        """Entries still listed were last listed on the data's date."""
        for tags in self.current.values():
            for key in tags.values():
                self.listed[key] = self.date

    def at(self, family: str, tag: str, when: int) -> Optional[Key]:
        """The entry ``family:tag`` named at ``when`` (its first one if it did not
        exist yet, its last if it was dropped)."""
        pts = self.points.get((family, tag))
        if not pts:
            return None
        i = bisect.bisect_right([p[0] for p in pts], when) - 1
        return pts[max(i, 0)][1]

    def last(self, family: str, tag: str) -> Optional[Key]:
        pts = self.points.get((family, tag))
        return pts[-1][1] if pts else None


class Mirrors:
    """Dockerfiles at a commit, from the bare mirrors of the images' repositories."""

    def __init__(self, root: str):
        self.dirs: Dict[str, str] = {}
        for name in sorted(os.listdir(root)):
            repo = os.path.join(root, name, "repo")
            if "+" in name and os.path.isdir(repo):
                base = name.split("+", 1)[1].lower()
                self.dirs.setdefault(re.sub(r"^docker-", "", base), repo)
                self.dirs[name.replace("+", "/").lower()] = repo

    def dir_for(self, repo: str, family: str) -> Optional[str]:
        """The mirror of ``repo``; a renamed repository (docker-library/docker-python,
        rust-lang-nursery/docker-rust) is found by its name when that is the family's."""
        repo = repo.lower()
        if repo in self.dirs:
            return self.dirs[repo]
        if not repo.count("/") == 1:
            return None
        base = re.sub(r"^docker-", "", repo.split("/")[1])
        return self.dirs.get(base) if base == family else None

    def read(self, wanted: List[Tuple[str, str]]) -> Dict[Tuple[str, str], Optional[str]]:
        by_dir: Dict[str, List[Tuple[str, str]]] = defaultdict(list)
        for repo_dir, spec in wanted:
            by_dir[repo_dir].append((repo_dir, spec))
        out: Dict[Tuple[str, str], Optional[str]] = {}
        for repo_dir, items in by_dir.items():
            texts = manifests.read_blobs(repo_dir, [spec for _, spec in items])
            for item in items:
                out[item] = texts.get(item[1])
        return out


def split_ref(ref: str) -> Tuple[str, str]:
    """``docker.io/library/python:3.11@sha256:..`` -> (``python``, ``3.11``)."""
    ref = ref.split("@", 1)[0]
    name, tag = ref, "latest"
    if ":" in ref.rsplit("/", 1)[-1]:
        name, tag = ref.rsplit(":", 1)
    for prefix in ("docker.io/", "index.docker.io/", "registry-1.docker.io/", "library/", "amd64/"):
        if name.startswith(prefix):
            name = name[len(prefix):]
    return name, tag


def _codenames(history: History, family: str, numeric: str) -> Dict[str, str]:
    """release codename -> version number, from a distribution's manifest entries that
    carry both (``bookworm`` and ``12``; ``jammy`` and ``22.04``)."""
    out: Dict[str, str] = {}
    for (fam, _tag), pts in history.points.items():
        if fam != family:
            continue
        entry = history.entries[pts[-1][1]]
        nums = [t for t in entry.tags if re.fullmatch(numeric, t)]
        words = [t for t in entry.tags if re.fullmatch(r"[a-z]+", t) and t not in _SUITES]
        if nums and len(words) == 1:
            out.setdefault(words[0], min(nums, key=len))
    return dict(sorted(out.items(), key=lambda kv: [int(x) for x in kv[1].split(".")]))


def _specificity(tag: str) -> tuple:
    return (len(re.findall(r"\d+", tag)), len(tag))


def root_os(family: str, entry: manifests.Entry, codenames: Dict[str, Dict[str, str]]) -> Optional[dict]:
    dist, libc, pm = ROOTS[family]
    tags = entry.tags + entry.shared
    release = version = None
    if dist in codenames:
        words = [t.split("-")[0] for t in tags]
        first = entry.directory.split("/")[0]
        release = next((w for w in [first] + words if w in codenames[dist]), None)
        if release is None:
            release = next((w for w in words if re.fullmatch(r"[a-z]+", w) and w not in _SUITES), None)
    nums = [t for t in tags if re.fullmatch(r"\d+(\.\d+)*", t) and not re.fullmatch(r"\d{8}", t)]
    if nums:
        version = max(nums, key=_specificity)
        if release is None:
            parts = version.split(".")
            release = ".".join(parts[:2]) if dist == "alpine" else parts[0]
    elif release is None and "edge" in tags:
        release = "edge"
    if release is None:
        return None
    return {"dist": dist, "rel": release, "ver": version or codenames.get(dist, {}).get(release),
            "libc": libc, "pm": pm, "via": "manifest"}


def tag_os(entry: manifests.Entry, codenames: Dict[str, Dict[str, str]]) -> Optional[dict]:
    """The distribution an entry's folder or tags name (``12/bookworm``, ``gcc:12-bookworm``,
    ``postgres:15-alpine3.20``): what an image whose Dockerfile cannot be read still
    tells.  A release word is looked for where the convention puts it, last: the folder's
    components from the end, then each tag's last word, then any word (``ros:kinetic-robot``
    names a ROS release that is also an Ubuntu codename; its folder says xenial).  The
    .NET images' ``azurelinux3.0`` and ``cbl-mariner2.0`` name their distribution
    (``TAG_ROOTS``)."""
    tags = entry.tags + entry.shared
    words = [w for c in reversed(entry.directory.split("/")) for w in [c] + c.split("-")[::-1]]
    words += [t.split("-")[-1] for t in tags]
    words += [w for t in tags for w in t.split("-")]
    for word in words:
        m = re.fullmatch(r"(azurelinux|mariner)(\d+\.\d+)", word)
        if m:
            dist, libc, pm = TAG_ROOTS[m.group(1)]
            distroless = any("distroless" in w for w in words)
            return {"dist": dist, "rel": m.group(2), "ver": m.group(2), "libc": libc,
                    "pm": None if distroless else pm, "via": "tag"}
        m = re.fullmatch(r"alpine(\d+\.\d+)?", word)
        if m:
            return {"dist": "alpine", "rel": m.group(1), "ver": None,
                    "libc": ROOTS["alpine"][1], "pm": ROOTS["alpine"][2], "via": "tag"}
        m = re.fullmatch(r"debian(\d+)", word)  # distroless: python3-debian12
        if m:
            word = next((c for c, v in codenames.get("debian", {}).items() if v == m.group(1)), word)
        for dist in ("debian", "ubuntu"):
            if word in codenames.get(dist, {}):
                return {"dist": dist, "rel": word, "ver": codenames[dist][word],
                        "libc": ROOTS[dist][1], "pm": ROOTS[dist][2], "via": "tag"}
    return None


class Builder:
    def __init__(self, history: History, mirrors: Mirrors):
        self.h = history
        self.m = mirrors
        self.codenames = {"debian": _codenames(history, "debian", r"\d+"),
                          "ubuntu": _codenames(history, "ubuntu", r"\d\d\.\d\d")}
        self.index: Dict[str, Dict[Key, int]] = defaultdict(dict)  # family -> key -> idx
        self.records: Dict[str, List[dict]] = defaultdict(list)
        self.keys: Dict[str, List[Key]] = defaultdict(list)  # family -> idx -> key
        self.stats = defaultdict(int)
        self.missing: List[str] = []
        self.missing_by: Dict[str, int] = defaultdict(int)

    def family_repo(self, family: str) -> str:
        counts: Dict[str, int] = defaultdict(int)
        for (f, _), pts in self.h.points.items():
            if f == family:
                counts[self.h.entries[pts[-1][1]].repo] += 1
        return max(counts, key=counts.get) if counts else ""

    def build(self) -> None:
        for (family, tag), pts in sorted(self.h.points.items()):
            self.add(family, pts[-1][1])
        self.resolve_dockerfiles()

    def add(self, family: str, key: Key) -> Tuple[str, int]:
        idx = self.index[family].get(key)
        if idx is None:
            idx = len(self.records[family])
            self.index[family][key] = idx
            self.keys[family].append(key)
            e = self.h.entries[key]
            rec = {"t": list(e.tags), "s": list(e.shared), "c": e.commit[:12], "d": e.directory,
                   "r": e.repo, "date": _day(self.h.listed.get(key, self.h.date))}
            if e.file != "Dockerfile":
                rec["file"] = e.file
            if family in ROOTS:
                os_ = root_os(family, e, self.codenames)
                if os_:
                    rec["o"] = os_
            else:
                os_ = tag_os(e, self.codenames)
                if os_ and family.startswith("gcr.io/distroless/"):
                    # "no package managers, shells or any other programs" (their README)
                    os_ = dict(os_, pm=None)
                if os_:
                    rec["o"] = os_
            self.records[family].append(rec)
        return family, idx

    def resolve_dockerfiles(self) -> None:
        """Read every kept entry's Dockerfile, then its parent's as of that date, until
        no new parent appears; then compute facts parents first."""
        done: Dict[Tuple[str, int], Optional[str]] = {}
        pending = [(f, i) for f in self.records for i in range(len(self.records[f]))]
        parents: Dict[Tuple[str, int], Tuple[str, int]] = {}
        while pending:
            wanted = []
            for fam, idx in pending:
                rec = self.records[fam][idx]
                repo_dir = self.m.dir_for(rec["r"], fam) if fam not in ROOTS or fam == "alpine" else None
                if repo_dir is None:
                    done[(fam, idx)] = None
                    continue
                key = self._key(fam, idx)
                e = self.h.entries[key]
                path = e.file if e.directory in (".", "") else f"{e.directory}/{e.file}"
                wanted.append((repo_dir, f"{e.commit}:{path}"))
                rec["_want"] = (repo_dir, f"{e.commit}:{path}")
            texts = self.m.read(wanted)
            older = self.older_versions(pending, texts)
            new = []
            for fam, idx in pending:
                rec = self.records[fam][idx]
                want = rec.pop("_want", None)
                if want is None:
                    continue
                text = texts.get(want)
                if text is None and (fam, idx) in older:
                    text, rec["older"] = older[(fam, idx)]
                    self.stats["dockerfile from an older commit"] += 1
                elif text is None:
                    self.stats["dockerfile missing"] += 1
                    self.missing_by[fam] += 1
                    self.missing.append(f"{fam}:{rec['t'][:1]} {rec['r']}@{rec['c']} {rec['d']}")
                    rec["m"] = "dockerfile not in mirror"
                    continue
                else:
                    self.stats["dockerfile read"] += 1
                try:
                    parent_ref, _body, _args = dockerfiles.final_stage(text)
                except Exception as exc:  # a Dockerfile the parser rejects
                    rec["m"] = f"unparsable: {type(exc).__name__}"
                    continue
                done[(fam, idx)] = text
                if parent_ref is None:
                    continue
                rec["f"] = parent_ref
                pfam, ptag = split_ref(parent_ref)
                key = self._key(fam, idx)
                when = self.h.built.get(key) or self.h.listed.get(key, self.h.date)
                pkey = self.h.at(pfam, ptag, when)
                if pkey is None:
                    continue
                before = len(self.records[pfam])
                parent = self.add(pfam, pkey)
                parents[(fam, idx)] = parent
                if len(self.records[pfam]) > before:
                    new.append(parent)
            pending = new
        memo: Dict[Tuple[str, int], Tuple[Dict[str, str], str]] = {}

        def env_of(node: Tuple[str, int], depth: int = 0) -> Tuple[Dict[str, str], str]:
            if node in memo:
                return memo[node]
            memo[node] = ({}, "/")  # a cycle (never seen) ends here
            fam, idx = node
            rec = self.records[fam][idx]
            parent = parents.get(node)
            penv, pwd = env_of(parent, depth + 1) if parent and depth < 20 else (ROOT_ENV, "/")
            text = done.get(node)
            if text is not None:
                facts = dockerfiles.read(text, penv, pwd)
                if fam in conda_images.FAMILIES:
                    version, python = conda_images.installer(text, conda_images.FAMILIES[fam][1])
                    facts.versions["CONDA_INSTALLER_VERSION"] = version
                    if python:
                        facts.versions["PYTHON_VERSION"] = python
                if fam == alpine_node_images.FAMILY:
                    # ENV VERSION=v10.24.1, or none (slim: node copied from the full image)
                    facts.versions["NODE_VERSION"] = alpine_node_images.node_version(rec["t"])
                dockerfiles.store(rec, facts)
            env = dict(penv)
            env.update(dict(rec.get("e", [])))
            result = (env, rec.get("w", pwd))
            memo[node] = result
            return result

        for fam in list(self.records):
            for idx in range(len(self.records[fam])):
                env_of((fam, idx))
                if (fam, idx) in parents:
                    self.records[fam][idx]["p"] = list(parents[(fam, idx)])

    def older_versions(self, pending, texts) -> Dict[Tuple[str, int], Tuple[str, str]]:
        """For entries whose commit the mirror lacks (a mirror older than the manifests,
        a branch force-pushed since), the Dockerfile of the newest earlier entry of the
        same tag that the mirror has, with that entry's date: the facts of the image a
        little before, marked as such, rather than none."""
        tries: Dict[Tuple[str, int], List[Tuple[Tuple[str, str], str]]] = {}
        wanted = []
        for fam, idx in pending:
            want = self.records[fam][idx].get("_want")
            if want is None or texts.get(want) is not None:
                continue
            e = self.h.entries[self._key(fam, idx)]
            pts = sorted({p for t in e.tags + e.shared for p in self.h.points.get((fam, t), [])},
                         key=lambda p: p[0])
            cands, seen = [], {e.commit}
            # the same folder first; a tag whose folder was renamed (rust's 1.85.0/trixie
            # -> stable/trixie) then its earlier folders
            # (ties broken by commit and folder: the set above has no order of its own)
            pts.sort(key=lambda p: (self.h.entries[p[1]].directory == e.directory, p[0],
                                    self.h.entries[p[1]].commit, self.h.entries[p[1]].directory))
            for when, key in reversed(pts):
                old = self.h.entries[key]
                if old.commit in seen:
                    continue
                seen.add(old.commit)
                path = old.file if old.directory in (".", "") else f"{old.directory}/{old.file}"
                cands.append(((want[0], f"{old.commit}:{path}"), _day(self.h.listed.get(key, when))))
                if len(cands) == 12:
                    break
            tries[(fam, idx)] = cands
            wanted.extend(c for c, _ in cands)
        got = self.m.read(wanted)
        out = {}
        for node, cands in tries.items():
            for spec, day in cands:
                if got.get(spec) is not None:
                    out[node] = (got[spec], f"{spec[1].split(':')[0][:12]} of {day}")
                    break
        return out

    def _key(self, fam: str, idx: int) -> Key:
        return self.keys[fam][idx]

    def tags(self, family: str) -> Dict[str, list]:
        out = {}
        for (f, tag), pts in self.h.points.items():
            if f != family:
                continue
            idx = self.index[f][pts[-1][1]]
            until = self.h.until.get((f, tag))
            out[tag] = [_day(self.h.since[(f, tag)]), _day(until) if until else None, idx]
        return dict(sorted(out.items()))


def write(builder: Builder, out_dir: str, meta: dict) -> Dict[str, int]:
    os.makedirs(out_dir, exist_ok=True)
    for name in os.listdir(out_dir):
        if name.endswith(".json.gz"):
            os.remove(os.path.join(out_dir, name))
    sizes = {}
    families = {}
    for family in sorted(builder.records):
        repo = builder.family_repo(family)
        records = []
        for rec in builder.records[family]:
            rec = dict(rec)
            if rec.get("r") == repo:
                del rec["r"]
            records.append(rec)
        doc = {"family": family, "repo": repo, "entries": records, "tags": builder.tags(family)}
        fname = family.replace("/", "+") + ".json.gz"
        sizes[fname] = dump(os.path.join(out_dir, fname), doc)
        families[family] = {"file": fname, "current": family in builder.h.current
                            and bool(builder.h.current[family])}
    index = dict(meta, families=families, codenames=builder.codenames, roots=ROOTS)
    sizes["index.json.gz"] = dump(os.path.join(out_dir, "index.json.gz"), index)
    return sizes


def dump(path: str, doc: dict) -> int:
    """``doc`` as compact gzip JSON at ``path``; its size.  (cuda_images writes with it too.)"""
    raw = json.dumps(doc, separators=(",", ":"), sort_keys=False).encode()
    # mtime=0: the same data gives the same bytes, so regenerating shows no diff
    with open(path, "wb") as fh:
        with gzip.GzipFile(fileobj=fh, mode="wb", compresslevel=9, mtime=0) as gz:
            gz.write(raw)
    return os.path.getsize(path)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mirrors", default="/work/.mirror",
                    help="folder of bare mirrors named owner+repo/repo")
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args(argv)
    start = time.time()
    oi = os.path.join(args.mirrors, "docker-library+official-images", "repo")
    head = subprocess.run(["git", "-C", oi, "log", "-1", "--format=%H %ct"], check=True,
                          capture_output=True, text=True).stdout.split()
    history = History(oi)
    # images outside the official manifests, read as manifest histories of their own:
    # (mirror, reader, built once); the official manifests' date stays the data's date
    for mirror, reader, built_once in (
            ("ContinuumIO+docker-images", conda_images.history, True),
            ("phusion+baseimage-docker", phusion_images.history, True),
            ("dotnet+dotnet-docker", dotnet_images.history, False),
            ("GoogleContainerTools+distroless", distroless_images.history, False),
            ("mhart+alpine-node", alpine_node_images.history, True)):
        repo = os.path.join(args.mirrors, mirror, "repo")
        if not os.path.isdir(repo):
            print(f"no mirror {mirror}: its images are left out", file=sys.stderr)
            continue
        date = history.date
        for when, family, tags in reader(repo):
            history.snapshot(when, family, tags, built_once=built_once)
        history.date = date
        history.close()
    builder = Builder(history, Mirrors(args.mirrors))
    builder.build()
    meta = {"format": FORMAT, "date": _day(int(head[1])),
            "source": f"docker-library/official-images@{head[0]}",
            "manifest_versions": history.versions}
    sizes = write(builder, args.out, meta)
    cuda = os.path.join(args.mirrors, cuda_images.MIRROR, "repo")
    if os.path.isdir(cuda):  # read against the distribution images just written
        sizes[cuda_images.FAMILY.replace("/", "+") + ".json.gz"] = cuda_images.add(cuda, args.out)
    else:
        print(f"no mirror {cuda_images.MIRROR}: nvidia/cuda is left out", file=sys.stderr)
    from . import git_families  # (they import this module's writer)

    sizes.update(git_families.add_all(args.mirrors, args.out))
    from . import floating_slims  # (it reads the files just written)

    for family in floating_slims.add(oi, args.out):
        fname = family.replace("/", "+") + ".json.gz"
        sizes[fname] = os.path.getsize(os.path.join(args.out, fname))
    took = time.time() - start
    tags = sum(len(builder.tags(f)) for f in builder.records)
    print(f"{len(builder.records)} families, {tags} tags, "
          f"{sum(len(r) for r in builder.records.values())} entries; "
          f"{dict(builder.stats)}; {sum(sizes.values())} bytes in {len(sizes)} files "
          f"(largest {max(sizes.values())}); {took:.1f}s", file=sys.stderr)
    print("Dockerfiles missing from the mirrors, by family: "
          + ", ".join(f"{f} {n}" for f, n in sorted(builder.missing_by.items(), key=lambda kv: -kv[1])),
          file=sys.stderr)
    for line in builder.missing[:5]:
        print("  e.g.", line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
