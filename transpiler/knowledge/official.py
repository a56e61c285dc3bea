"""Facts about published images, read from the data ``datagen/official_images.py``
generates from the Docker official images' manifests and Dockerfiles
(``transpiler/knowledge/data/images/``).

Only the transpiler imports this (formatting never does), and each image family's
file is read the first time a reference names it, then kept: a transpile that looks
at ``python:3.11`` reads ``python``, ``buildpack-deps`` and ``debian`` and nothing else.

A tag resolves to the image it named on the data's date, or, when it has been dropped
since (``python:3.6``), to the last manifest that listed it, which is what a pull of it
still gets.  Floating tags (``latest``, ``3``, ``lts``, ``bookworm``, ``edge``) say so and
name the fully versioned tag of the same image (``pin``) with the date it held.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import threading
from typing import Callable, Dict, Mapping, Optional, Tuple

from ..tree.records import FrozenRecord, record, replace
from .references import hub_name, split_digest

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "images")
#: moby's default PATH for Linux, which an image that sets none runs with
DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
#: a version word of a tag: 3.11.4, 8u342, 17.0.8_7, 1.21rc2
_NUMERIC = re.compile(r"\d+([._]\d+)*([a-z]+\d*)?")


@record
class TagFacts(FrozenRecord):
    """What one image reference is.  ``date`` is the day the tag meant this image: the
    data's date while it is published, else the day it left the manifests; ``pin`` the
    most specific tag of the same image on that date (``python:3.12.5`` for ``python:3``)."""

    reference: str
    name: str
    tag: str
    pin: str
    floating: bool
    current: bool
    date: str
    since: str
    data_date: str
    distribution: Optional[str]
    release: Optional[str]
    distribution_version: Optional[str]
    libc: Optional[str]
    package_manager: Optional[str]
    env: Mapping[str, str]
    versions: Mapping[str, str]
    user: Optional[str]
    workdir: str
    entrypoint: Optional[Tuple[str, ...]]
    cmd: Optional[Tuple[str, ...]]
    packages: Tuple[str, ...]
    siblings: Mapping[str, str]
    chain: Tuple[str, ...]
    source: str  # "dockerfile", "manifest" (a distribution image) or "tag" (name only)
    #: set when the Dockerfile read was an earlier commit of the same tag (the mirror
    #: lacked the newest): "<commit> of <date>"; versions may then be a patch behind
    older_dockerfile: Optional[str] = None
    #: programs (absolute paths) the image's own build installs, where its data module
    #: read them from the Dockerfile (``risingstack/alpine``: node and npm in /usr/bin)
    programs: Tuple[str, ...] = ()
    #: accounts the image's own builds create, where its data module read them
    #: (``jupyter/*``: ``jovyan``, whose image says only ``USER 1000``)
    users: Tuple[str, ...] = ()

    @property
    def path(self) -> str:
        return self.env.get("PATH", DEFAULT_PATH)


_lock = threading.Lock()
_index: Optional[dict] = None
_families: Dict[str, Optional[dict]] = {}


def index() -> dict:
    global _index
    if _index is None:
        with _lock:
            if _index is None:
                _index = _load("index.json.gz")
    return _index


def _load(name: str) -> dict:
    with gzip.open(os.path.join(DATA, name), "rb") as fh:
        return json.loads(fh.read())


def family(name: str) -> Optional[dict]:
    """One family's tags and entries, read once."""
    if name not in _families:
        info = index()["families"].get(name)
        doc = _read_only(_load(info["file"])) if info else None
        with _lock:
            _families.setdefault(name, doc)
    return _families[name]


def _read_only(doc: dict) -> dict:
    """A family's tag rows and its entries' lists (tags, env pairs, commands ...) as
    tuples: nothing changes them, and a tuple of plain values leaves the cyclic
    collector's watch, where each of the lists (hundreds of thousands once many
    families are read) was walked again at every full collection."""
    doc["tags"] = {tag: tuple(row) for tag, row in doc["tags"].items()}
    for entry in doc["entries"]:
        for key, value in entry.items():
            if value.__class__ is list:
                entry[key] = tuple([tuple(v) if v.__class__ is list else v for v in value])
    return doc


def split(reference: str, args: Optional[dict] = None) -> Optional[Tuple[str, str]]:
    """(family, tag) of a reference as Docker Hub names it, or None when it cannot be
    known (an unset ARG, a bare digest)."""
    ref = reference.strip()
    if "$" in ref:
        from ..analysis.variables import expand

        done = expand(ref, dict(args or {}))
        if not done.complete:
            return None
        ref = done.value
    ref, digest = split_digest(ref)
    name, tag = ref, ""
    if ":" in ref.rsplit("/", 1)[-1]:
        name, tag = ref.rsplit(":", 1)
    if not tag:
        if digest:
            return None  # the digest alone does not say which tag it was
        tag = "latest"
    name = hub_name(name.lower())
    return (name, tag) if name and tag else None


def resolve(reference: str, args: Optional[dict] = None) -> Optional[TagFacts]:
    """The facts of ``reference`` (``python:3.11``, ``docker.io/library/node:lts``,
    ``golang:${GO}`` with ``args={"GO": "1.21"}``), or None for an image or tag the data
    does not have."""
    parts = split(reference, args)
    if parts is None:
        return None
    if parts not in _resolved:
        facts = _resolve(reference, *parts)
        with _lock:
            _resolved.setdefault(parts, facts)
    facts = _resolved[parts]
    return facts if facts is None or facts.reference == reference else replace(facts, reference=reference)


_resolved: Dict[Tuple[str, str], Optional[TagFacts]] = {}


def pin_where(reference: str, accept: Callable[[str], bool]) -> Optional[str]:
    """The most specific tag of the image ``reference`` names (on the data's date, or
    its last day) that ``accept`` takes, as ``name:tag``, fewest words first
    (``maven:3`` and a tag naming Java 26 -> ``maven:3.9.16-eclipse-temurin-26``); None
    when the data does not know the reference or no tag of it is accepted.  For the
    advice of a decline over a floating tag: the pin that names what the tag left open."""
    parts = split(reference)
    if parts is None:
        return None
    name, tag = parts
    doc = family(name)
    if doc is None or tag not in doc["tags"]:
        return None
    entry = doc["entries"][doc["tags"][tag][2]]
    tags = [t for t in entry["t"] + entry["s"] if accept(t)]
    best = max(tags, key=lambda t: (_numbers(t), -len(_words(t)), -len(t)), default=None)
    return f"{name}:{best}" if best is not None else None


def _resolve(reference: str, name: str, tag: str) -> Optional[TagFacts]:
    doc = family(name)
    if doc is None or tag not in doc["tags"]:
        return None
    since, until, idx = doc["tags"][tag]
    entry = doc["entries"][idx]
    merged = _merged(name, idx)
    data_date = index()["date"]
    date = until or data_date
    pin = _pin(tag, entry)
    return TagFacts(
        reference=reference, name=name, tag=tag, pin=f"{name}:{pin}", floating=pin != tag,
        current=until is None, date=date, since=since, data_date=data_date,
        distribution=merged["os"].get("dist"), release=merged["os"].get("rel"),
        distribution_version=merged["os"].get("ver"), libc=merged["os"].get("libc"),
        package_manager=merged["pm"], env=merged["env"], versions=merged["versions"],
        user=merged["user"], workdir=merged["workdir"], entrypoint=merged["entrypoint"],
        cmd=merged["cmd"], packages=merged["packages"],
        siblings=_siblings(doc, name, tag, until),
        chain=merged["chain"], source=merged["source"],
        older_dockerfile=entry.get("older"), programs=tuple(entry.get("pr", ())),
        users=merged["users"])


def family_packages(reference: str) -> Tuple[str, ...]:
    """The packages any image of ``reference``'s name the data holds installs (down its
    chain), on the distribution the data gives the tag (``golang:1.11``: bzr too, which
    its last image lacks and ``golang:1.11.1`` of 2018 on stretch has): what an image
    that tag named at some time may have, where only which one is not known (a digest,
    ``references.pinned_by_digest``); () for a reference the data does not know."""
    facts = resolve(reference)
    if facts is None:
        return ()
    doc = family(facts.name)
    out: Dict[str, None] = {}
    for idx in range(len(doc["entries"])):
        merged = _merged(facts.name, idx)
        if merged["os"].get("dist") == facts.distribution:
            out.update(dict.fromkeys(merged["packages"]))
    return tuple(out)


_merged_cache: Dict[Tuple[str, int], dict] = {}


def _merged(name: str, idx: int, depth: int = 0) -> dict:
    """The image's whole configuration: its Dockerfile over its parent's, down the chain."""
    key = (name, idx)
    if key in _merged_cache:
        return _merged_cache[key]
    doc = family(name)
    rec = doc["entries"][idx]
    parent = rec.get("p")
    if parent and depth < 16 and family(parent[0]) is not None:
        base = _merged(parent[0], parent[1], depth + 1)
        # (a parent image whose only tags are shared ones, ``aspnet:5.0.0-rc.2``: its
        # entry's own tag list is empty)
        prec = family(parent[0])["entries"][parent[1]]
        pname = parent[0] + ":" + _pin((prec["t"] or prec["s"])[0], prec)
    else:
        base = {"env": {"PATH": DEFAULT_PATH}, "versions": {}, "user": None, "workdir": "/",
                "entrypoint": None, "cmd": None, "packages": (), "os": {}, "pm": None,
                "chain": (), "source": "tag", "users": ()}
        pname = None
    env = dict(base["env"])
    env.update(rec.get("e", ()))
    versions = dict(base["versions"])
    versions.update({k: v for k, v in env.items() if k.endswith("_VERSION") or k == "JAVA_HOME"})
    versions.update(rec.get("v", {}))
    entrypoint, cmd = base["entrypoint"], base["cmd"]
    if "ep" in rec:
        entrypoint, cmd = (tuple(rec["ep"]) if rec["ep"] else None), None
    if "cmd" in rec:
        cmd = tuple(rec["cmd"]) if rec["cmd"] is not None else None
    # the distribution at the bottom of the chain, unless the Dockerfile read was an
    # older commit's: the tag's own release word (``-bookworm``, ``-alpine3.20``) wins then
    os_ = base["os"] if base["os"].get("via") == "manifest" else (rec.get("o") or base["os"])
    if rec.get("older") and rec.get("o"):
        os_ = rec["o"]
    if not os_ and name == "debian":
        os_ = _suite_os(rec)
    installers = rec.get("i", [])
    source = "dockerfile" if ("e" in rec or "f" in rec or "cmd" in rec) else (
        "manifest" if rec.get("o", {}).get("via") == "manifest" else base["source"])
    out = {
        "env": env, "versions": versions, "user": rec.get("u", base["user"]),
        "workdir": rec.get("w", base["workdir"]), "entrypoint": entrypoint, "cmd": cmd,
        "packages": tuple(dict.fromkeys(base["packages"] + tuple(rec.get("k", ())))),
        "os": os_, "pm": os_.get("pm") or (installers[-1] if installers else base["pm"]),
        "chain": ((pname,) + base["chain"]) if pname else base["chain"], "source": source,
        "users": tuple(dict.fromkeys(base["users"] + tuple(rec.get("us", ())))),
    }
    _merged_cache[key] = out
    return out


def _suite_os(rec: dict) -> dict:
    """The release a ``debian:stable``-like entry was on the day it was last listed (its
    tags name only the suite), or ``{}`` when the release table does not say."""
    from . import debian_suites

    for tag in rec["t"]:
        suite = tag.split("-")[0]
        if suite in debian_suites.SUITES:
            found = debian_suites.release_of(suite, rec["date"])
            if found:
                return {"dist": "debian", "rel": found[0], "ver": found[1] or None,
                        "libc": "glibc", "pm": "apt-get", "via": "manifest"}
    return {}


def _words(tag: str) -> frozenset:
    """The non-numeric words of a tag: ``3.11-slim-bookworm`` -> {slim, bookworm}."""
    return frozenset(w for w in tag.split("-") if w != "latest" and not _NUMERIC.fullmatch(w))


def _numbers(tag: str) -> int:
    """How specific a tag is: its version components, a date stamp (``20240812``, the
    tag of one build) counting as year, month and day."""
    return sum(3 if re.fullmatch(r"(19|20)\d{6}", w) else len(re.split(r"[._]", w))
               for w in tag.split("-") if _NUMERIC.fullmatch(w))


def _pin(tag: str, entry: dict) -> str:
    """The most specific tag of the same image, keeping the words of ``tag``
    (``3-slim`` -> ``3.12.5-slim``, ``bookworm`` -> ``bookworm-20240812``) or, when no
    tag with those words is more specific, dropping them (``lts`` -> ``20.17.0``), else
    adding the fewest (``17`` -> ``17.0.8_7-jdk``)."""
    group = entry["s"] if tag in entry["s"] else entry["t"]
    group = group or entry["t"] + entry["s"]
    words = _words(tag)

    def best(cands):
        return max(cands, key=lambda t: (_numbers(t), -len(t)), default=None)

    same = best([t for t in group if _words(t) == words])
    if same is not None and _numbers(same) > _numbers(tag):
        return same
    fewer = best([t for t in group if _words(t) <= words])
    if fewer is not None and _numbers(fewer) > _numbers(tag):
        return fewer
    # only tags with more words are more specific (eclipse-temurin:17 -> 17.0.8_7-jdk)
    more = [t for t in group if _numbers(t) > _numbers(tag)]
    if more:
        return max(more, key=lambda t: (_numbers(t), -len(_words(t) - words), -len(t)))
    return tag


def distribution_packages(distribution: str, release: str) -> Optional[Mapping[str, str]]:
    """package -> version that ``distribution`` ``release`` ships (python3, nodejs,
    openjdk-17-jdk, default-jdk ...), from its package index as generated by
    ``datagen/distro_packages.py``; None for a release whose index was not reachable."""
    global _distro
    if _distro is None:
        path = os.path.join(os.path.dirname(DATA), "distro_packages.json.gz")
        with gzip.open(path, "rb") as fh:
            loaded = json.loads(fh.read())
        with _lock:
            _distro = loaded
    rel = _distro["releases"].get(distribution, {}).get(release)
    if rel is None:
        return None
    return {name: p["version"] for name, p in rel["packages"].items()}


_distro: Optional[dict] = None


def _version_key(word: str) -> tuple:
    return tuple(int(n) for n in re.findall(r"\d+", word))


_groups: Dict[str, Dict[Tuple[str, ...], Tuple[str, ...]]] = {}
_codenames_cache: list = []


def _codenames() -> frozenset:
    if not _codenames_cache:
        _codenames_cache.append(frozenset(c for d in index()["codenames"].values() for c in d))
    return _codenames_cache[0]


def _by_numbers(name: str, doc: dict) -> Dict[Tuple[str, ...], Tuple[str, ...]]:
    """A family's tags grouped by their version words (``3.11`` of ``3.11-slim``), built
    once: a tag's siblings share them, so only its group is read."""
    groups = _groups.get(name)
    if groups is None:
        groups = {}
        for other in doc["tags"]:
            key = tuple(w for w in other.split("-") if _NUMERIC.fullmatch(w))
            groups.setdefault(key, []).append(other)
        groups = {key: tuple(tags) for key, tags in groups.items()}  # (as ``_read_only``)
        with _lock:
            _groups.setdefault(name, groups)
    return groups


def _siblings(doc: dict, name: str, tag: str, until: Optional[str]) -> Dict[str, str]:
    """Smaller images of the same version published beside ``tag`` on its last day:
    ``slim`` (``python:3.11`` -> ``python:3.11-slim``), ``alpine`` (the plain
    ``-alpine`` tag, else the newest ``-alpineX.Y``) and ``runtime``, the image a
    ``devel`` tag is built on, with the same words otherwise
    (``nvidia/cuda:9.0-cudnn7-devel-ubuntu16.04`` -> ``9.0-cudnn7-runtime-ubuntu16.04``:
    the same CUDA and cuDNN libraries without the compiler, headers and static
    libraries).  A moving tag with no ``-slim`` tag of its own gets the slim image the
    data proves floats with it (``slim_twin``: ``debian:latest`` -> ``debian:stable-slim``)."""
    words = _words(tag)
    codenames = _codenames()
    numbers = tuple(w for w in tag.split("-") if _NUMERIC.fullmatch(w))
    slim, alpine, runtime = [], [], []
    for other in _by_numbers(name, doc).get(numbers, ()):
        since, gone, _idx = doc["tags"][other]
        if other == tag:
            continue
        if until is None:
            if gone is not None:
                continue
        elif not (since <= until and (gone is None or gone >= until)):
            continue
        ow = _words(other)
        if "slim" in ow and ow - {"slim"} == words:
            slim.append(other)
        if "devel" in words and ow == (words - {"devel"}) | {"runtime"} and \
                other.split("-").index("runtime") == tag.split("-").index("devel"):
            runtime.append(other)
        flavours = {w for w in ow if w.startswith("alpine")}
        if len(flavours) == 1 and ow - flavours == words - codenames:
            alpine.append((next(iter(flavours)), other))
    out: Dict[str, str] = {}
    if slim:
        out["slim"] = f"{name}:{min(slim, key=len)}"
    if alpine:
        word, other = max(alpine, key=lambda a: (a[0] == "alpine", _version_key(a[0])))
        out["alpine"] = f"{name}:{other}"
    if runtime:
        out["runtime"] = f"{name}:{min(runtime, key=len)}"
    twin = slim_twin(name, tag) if until is None and "slim" not in out else None
    if twin is not None:
        out["slim"] = f"{name}:{twin['slim']}"
    return out


def slim_twin(name: str, tag: str) -> Optional[Mapping[str, object]]:
    """The slim image that floats with a moving tag that has none of its own, with the
    data's proof, or None: ``debian:latest`` -> ``stable-slim`` (``slim``), as
    ``stable`` (``as``) named the same release in every version of the manifest that
    listed both (``versions`` on ``days`` days, ``since`` .. ``until``, the ``moves``
    release changes made in one commit each; ``datagen/floating_slims.py``).  Only a
    tag still published whose twin is published too (their images move together)."""
    doc = family(name)
    twin = doc.get("floating_slim", {}).get(tag) if doc is not None else None
    if twin is None or doc["tags"].get(tag, (None, "gone"))[1] is not None or \
            doc["tags"].get(twin["slim"], (None, "gone"))[1] is not None:
        return None
    return twin
