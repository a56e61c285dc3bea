"""Image references as FROM lines write them."""

from __future__ import annotations

from typing import Optional, Tuple


#: the namespaces where Docker Hub publishes each official image's build for one
#: architecture alone (``ppc64le/ubuntu:18.04`` is ``ubuntu:18.04`` for ppc64le: the
#: same Dockerfile, so the same facts; docker-library's ``architectures`` list)
ARCH_NAMESPACES = ("amd64/", "arm32v5/", "arm32v6/", "arm32v7/", "arm64v8/", "i386/",
                   "mips64le/", "ppc64le/", "riscv64/", "s390x/")

#: spellings of Docker Hub and of its official images (the architecture namespaces
#: above; ``stackbrew/`` was the official images' namespace before ``library/``), and
#: the public pull-through mirrors of Docker Hub that serve the same images under the
#: same names (Google's ``mirror.gcr.io``, Docker's China mirror
#: ``registry.docker-cn.com``, 2017-2019)
HUB_PREFIXES = ("docker.io/", "index.docker.io/", "registry-1.docker.io/", "mirror.gcr.io/",
                "registry.docker-cn.com/", "library/", "stackbrew/") + ARCH_NAMESPACES


#: the pull-through mirrors among them: a build that pulls its base from one pulls its
#: runner from it too (it was chosen because Docker Hub is slow, limited or blocked there)
HUB_MIRRORS = ("mirror.gcr.io/", "registry.docker-cn.com/")


def hub_mirror(ref: str) -> str:
    """The Docker Hub mirror ``ref`` is pulled through (``mirror.gcr.io/``), or ''."""
    return next((m for m in HUB_MIRRORS if ref.startswith(m)), "")


def through_mirror(ref: str, mirror: str) -> str:
    """``ref`` pulled through ``mirror`` when it is a Docker Hub image
    (``node:18-slim`` -> ``mirror.gcr.io/library/node:18-slim``); images of other
    registries (``gcr.io/distroless/...``) and references already naming one stay."""
    if not mirror or ref.startswith(mirror):
        return ref
    first = ref.split("/", 1)[0]
    if "/" in ref and ("." in first or ":" in first or first == "localhost") and \
            not ref.startswith(HUB_PREFIXES):
        return ref  # another registry
    name = hub_name(ref)
    return mirror + (name if "/" in name.split(":", 1)[0] else "library/" + name)


def arch_namespace(ref: str) -> str:
    """The architecture namespace ``ref`` pulls an official image from (``ppc64le/``
    for ``docker.io/ppc64le/ubuntu:18.04``), or ''."""
    rest = ref
    changed = True
    while changed:
        changed = False
        for prefix in HUB_PREFIXES:
            if prefix in ARCH_NAMESPACES:
                continue
            if rest.startswith(prefix):
                rest, changed = rest[len(prefix):], True
    return next((n for n in ARCH_NAMESPACES if rest.startswith(n)), "")


def in_arch_namespace(ref: str, namespace: str) -> Optional[str]:
    """``ref`` pulled from the architecture ``namespace`` (``ubuntu:18.04`` ->
    ``ppc64le/ubuntu:18.04``, through the Docker Hub mirror it names, if any), ``scratch``
    and the builder's own FROM written through ARGs (``$BASE``) as they are, or None
    for an image published in no such namespace (not an official image:
    ``gcr.io/distroless/cc``, ``mhart/alpine-node``)."""
    if ref == "scratch" or arch_namespace(ref) == namespace or "$" in ref:
        return ref  # (a reference through ARGs: the builder's own FROM as written)
    mirror = hub_mirror(ref)
    first = ref.split("/", 1)[0]
    if "/" in ref and ("." in first or ":" in first or first == "localhost") and not mirror \
            and not ref.startswith(HUB_PREFIXES):
        return None  # another registry
    name = hub_name(ref)
    if "/" in name.split(":", 1)[0]:
        return None  # a user's image
    return mirror + namespace + name


def hub_name(name: str) -> str:
    """``name`` without the prefixes that spell Docker Hub and its official images."""
    changed = True
    while changed:
        changed = False
        for prefix in HUB_PREFIXES:
            if name.startswith(prefix):
                name, changed = name[len(prefix):], True
    return name


def pinned_by_digest(ref: str) -> bool:
    """Whether ``ref`` names its image by a digest (``python:3@sha256:...``,
    ``ubuntu@sha256:...``): that image never moves, whatever its tag does since.  What is
    known of the tag (the image data, ``official.resolve``) is of the image the tag named
    on the data's date, which need not be the digest's."""
    return "@" in ref


def split_digest(ref: str) -> Tuple[str, str]:
    """``name:tag@digest`` -> (``name:tag``, ``digest``); the digest is '' where ``ref``
    names none (``pinned_by_digest``)."""
    ref, _, digest = ref.partition("@")
    return ref, digest


def split_reference(ref: str) -> Tuple[str, str]:
    """``registry/name:tag@digest`` -> (name as Docker Hub's official images name it, tag)."""
    ref = split_digest(ref)[0]
    name, tag = ref, ""
    if ":" in ref.rsplit("/", 1)[-1]:
        name, tag = ref.rsplit(":", 1)
    return hub_name(name), tag


def same_reference(a: str, b: str) -> bool:
    """Whether two references name the same image, however they spell Docker Hub
    (``docker.io/library/python:3.11`` is ``python:3.11``) and with ``latest`` for no
    tag; a digest must match too."""
    def key(ref):
        name, tag = split_reference(ref)
        return name, tag or "latest", split_digest(ref)[1]
    return key(a) == key(b)
