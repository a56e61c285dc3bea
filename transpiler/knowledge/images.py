"""One record per image family: what an image of that name brings (distribution and
release as its tags name them, C library, PATH and other config, shell, users, programs,
CA certificates, download sizes), for the builder's facts and for the runner's checks
alike.

``image_facts(reference)`` is the one place image facts are looked up.  An image with no
record is "unknown": BuildKit's default PATH and nothing else can be relied on, and the
passes decline (or warn, for ``--runtime``) when an answer depends on more.  Adding a
family is one ``Family`` record; per-tag facts from another source (generated from the
official images' manifests and Dockerfiles, ``image_data``) plug in through
``TAG_SOURCES``."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Callable, Dict, FrozenSet, List, Mapping, Optional, Tuple

from . import releases
from .distributions import Distribution, distribution
from .references import split_reference

#: BuildKit's and Docker's default PATH for Linux when an image sets none
DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
#: the runner of static binaries when nothing asks for more
STATIC_DEFAULT = "alpine:3.20"


@dataclass(frozen=True)
class Family:
    names: Tuple[str, ...]
    #: the distribution when the tag names none (``alpine`` in a tag means Alpine, a
    #: Debian or Ubuntu codename that release); None: no distribution (scratch, distroless)
    distribution: Optional[str]
    #: the C library of a family without a distribution (distroless base: glibc)
    libc: Optional[str] = None
    #: the release a tag without a codename means: (tag pattern, release), or "tag" when
    #: the tag is the release (``ubuntu:22.04``, ``alpine:3.20``)
    default_release: Optional[object] = None
    #: the image config: ENV in declaration order (PATH included when the image sets it)
    env: Tuple[Tuple[str, str], ...] = (("PATH", DEFAULT_PATH),)
    workdir: str = "/"
    ca_certificates: bool = False
    tools: FrozenSet[str] = frozenset()  # toolchains in the image ("go", "dotnet-sdk")
    shell: bool = True  # /bin/sh (families with a distribution)
    entrypoint: Tuple[str, ...] = ()
    users: FrozenSet[str] = frozenset()  # besides the distribution's
    default_user: str = "root"
    provides: Tuple[str, ...] = ()  # programs (absolute paths) a command may start
    #: tags this record does not describe (other distributions, Windows)
    unknown_tags: str = ""
    #: (tag pattern, field overrides), the first matching applies before the tag is read
    variants: Tuple[Tuple[str, Tuple[Tuple[str, object], ...]], ...] = ()
    #: (tag pattern, compressed download MB or None = not measured, the image measured
    #: for the pattern's tags), first match
    sizes: Tuple[Tuple[str, Optional[float], Optional[str]], ...] = ()


@dataclass(frozen=True)
class ImageFacts:
    """What an image is known to bring; ``known`` False: only the default PATH."""

    reference: str
    known: bool
    env: Dict[str, str]
    workdir: Optional[str] = "/"  # None: not known (an image with no record)
    libc: Optional[str] = None  # "glibc", "musl", or None (none, or unknown)
    family: Optional[str] = None  # the distribution ("debian", "alpine", ...)
    release: Optional[str] = None  # as the tag names it ("bookworm", "3.19", "22.04")
    has_ca_certificates: bool = False
    tools: FrozenSet[str] = frozenset()
    shell: Optional[str] = None  # the /bin/sh a shell-form command needs, or None
    entrypoint: Tuple[str, ...] = ()
    users: FrozenSet[str] = frozenset()
    default_user: str = "root"
    provides: Tuple[str, ...] = ()
    # from the generated data (``image_data``), for a tag it knows:
    #: the image's version variables (PYTHON_VERSION, NODE_VERSION, JAVA_VERSION ...)
    versions: Mapping[str, str] = field(default_factory=dict)
    #: the tag moves (``python:3``, ``node:lts``, ``latest``): it names a newer image as
    #: new versions are published, and ``pin`` is what it meant on ``date``
    floating: bool = False
    pin: Optional[str] = None  # the most specific tag of the same image
    date: Optional[str] = None  # the day the tag meant this image
    data_date: Optional[str] = None  # the day the data was generated
    current: Optional[bool] = None  # still published on ``data_date`` (None: not in the data)
    #: smaller images of the same tag published beside it: "slim", "alpine" -> reference
    siblings: Mapping[str, str] = field(default_factory=dict)

    @property
    def seen_on(self) -> Optional[str]:
        """The day the image data shows this image on: the tag's own date, else the
        data's (a digest-pinned builder's facts are the tag's as of that day)."""
        return self.date or self.data_date

    @property
    def effective_path(self) -> str:
        return self.env.get("PATH") or DEFAULT_PATH

    @property
    def distribution(self) -> Optional[Distribution]:
        return distribution(self.family)

    @property
    def release_in_tag(self) -> bool:
        """Whether the tag names the distribution release (``rust:1-bookworm``,
        ``node:18-alpine3.19``, ``ubuntu:22.04``), which no image of the tag can change:
        not ``rust:latest``, ``python:3``, ``golang:1.20``."""
        name, tag = split_reference(self.reference)
        if releases.debian_in(tag) or releases.ubuntu_in(tag) or releases.alpine_in(tag):
            return True
        return name in ("alpine", "ubuntu") and \
            re.fullmatch(r"\d+\.\d+(\.\d+)?", tag) is not None  # the tag is the release

    @property
    def release_moves(self) -> bool:
        """Whether the distribution release behind this tag can still change: the tag
        names no release (``release_in_tag``) and is still published with newer images
        to come (``floating`` in the data), or the data does not know it.  A tag dropped
        from the manifests (``rust:1.43``, ``node:10``) does not move: a pull gets its
        last image, whose release the data names."""
        if self.release_in_tag:
            return False
        if self.current is None:
            return True
        return bool(self.current and self.floating)


def language_version(facts: ImageFacts, variable: str, parts: int = 2) -> Optional[str]:
    """The first ``parts`` numbers of the image's ``variable`` (``PYTHON_VERSION``,
    ``NODE_VERSION``, ``GOLANG_VERSION``), as the image's own Dockerfile set it: the
    data's answer for ``python:3`` (3.14 on its date), ``node:carbon`` (8.17), and for
    a tag the data does not know (published after its date, a private mirror of the
    name) the version the tag itself starts with (``python:3.15-slim`` -> 3.15)."""
    value = facts.versions.get(variable)
    if value is None and facts.current is None:
        value = split_reference(facts.reference)[1]
    m = re.match(r"\d+" + r"\.\d+" * (parts - 1) + r"(?![\d])", value or "")
    return m.group(0) if m else None


def java_major(facts: ImageFacts) -> Optional[int]:
    """The Java major version the image's ``JAVA_VERSION`` names (``8u342``,
    ``jdk8u342-b07``, ``11.0.16``, ``jdk-17.0.8+7``, ``21-ea+3``), None when the data
    has none for it."""
    value = facts.versions.get("JAVA_VERSION")
    m = re.match(r"(?:jdk-?)?(\d+)(?:\.(\d+))?", value or "")
    if m is None:
        return None
    major = int(m.group(1))
    return int(m.group(2)) if major == 1 and m.group(2) else major


def _distroless(kind: str) -> Tuple[str, ...]:
    return tuple(f"gcr.io/distroless/{kind}-debian{n}"
                 for n in releases.DISTROLESS_DEBIAN.values())


#: the accounts of every distroless image (its /etc/passwd)
DISTROLESS_USERS = frozenset({"root", "nonroot", "nobody"})
_NONROOT = (("^nonroot", (("default_user", "nonroot"),)),)
_WINDOWS = "windows|nanoserver"
_RUNTIME_UNKNOWN = "corretto|oracle|ubi|" + _WINDOWS
#: images that exist for Windows only (the .NET Framework's, Windows itself)
WINDOWS_NAMES = frozenset({
    "mcr.microsoft.com/windows", "mcr.microsoft.com/windows/servercore",
    "mcr.microsoft.com/windows/nanoserver", "mcr.microsoft.com/windows/server",
    "microsoft/windowsservercore", "microsoft/nanoserver", "microsoft/aspnet",
    "microsoft/dotnet-framework", "microsoft/dotnet-framework-build",
    "microsoft/iis", "mcr.microsoft.com/dotnet/framework/sdk",
    "mcr.microsoft.com/dotnet/framework/aspnet", "mcr.microsoft.com/dotnet/framework/runtime"})

_JAVA_PATH = (("PATH", "/opt/java/openjdk/bin:" + DEFAULT_PATH),)
_DOTNET = ("/usr/bin/dotnet",)
_JDK_TAGS = ((r"(^|-)(jdk|openjdk)-?\d", (("distribution", "debian"),)),)
#: Ubuntu's chiseled and Azure Linux's / CBL-Mariner's distroless .NET images: no shell,
#: root and the ``app`` account
_CHISELED = ("chiseled|distroless", (("shell", False),
                                     ("replace_users", frozenset({"root", "app"}))))

FAMILIES: Tuple[Family, ...] = (
    Family(("scratch",), None, sizes=(("", 0.0, "scratch"),)),
    # distroless: CA certificates, tzdata's zoneinfo, netbase, passwd/group with root,
    # nonroot and nobody, /tmp 1777; no shell.  base adds glibc and libssl, cc libstdc++
    Family(("gcr.io/distroless/static",) + _distroless("static"), None, ca_certificates=True,
           users=DISTROLESS_USERS, variants=_NONROOT,
           sizes=(("", 2.0, "gcr.io/distroless/static-debian12"),)),
    Family(("gcr.io/distroless/base",) + _distroless("base"), None,
           libc="glibc", ca_certificates=True, users=DISTROLESS_USERS, variants=_NONROOT,
           sizes=(("", 20.0, "gcr.io/distroless/base-debian12"),)),
    Family(("gcr.io/distroless/cc",) + _distroless("cc"), None,
           libc="glibc", ca_certificates=True, users=DISTROLESS_USERS, variants=_NONROOT,
           sizes=(("", 23.0, "gcr.io/distroless/cc-debian12"),)),
    Family(("alpine",), "alpine", default_release="tag", sizes=(("", 3.8, "alpine:latest"),)),
    Family(("debian",), "debian", sizes=(("slim", 28.2, "debian:bookworm-slim"),)),
    Family(("ubuntu",), "ubuntu", default_release="tag"),
    # Chainguard's Wolfi: glibc with apk and BusyBox
    Family(("cgr.dev/chainguard/wolfi-base",), "wolfi", ca_certificates=True),
    # (its windowsservercore and nanoserver tags are Windows images: not described here)
    Family(("golang",), "debian", env=(("GOPATH", "/go"),
                                       ("PATH", "/go/bin:/usr/local/go/bin:" + DEFAULT_PATH)),
           workdir="/go", ca_certificates=True, tools=frozenset({"go"}),
           unknown_tags=_RUNTIME_UNKNOWN,
           sizes=(("alpine", 75.2, "golang:1-alpine"), ("", 296.8, "golang:1-bookworm"))),
    # rust:1 / latest / slim are the newest Debian release (a rust:1.NN tag without a
    # release name is left unknown: it depends on when that version was published)
    Family(("rust", "rustlang/rust"), "debian",
           default_release=(r"(1|latest|stable|nightly)?(-slim)?", "trixie"),
           env=(("PATH", "/usr/local/cargo/bin:" + DEFAULT_PATH), ("CARGO_HOME", "/usr/local/cargo"),
                ("RUSTUP_HOME", "/usr/local/rustup")), ca_certificates=True,
           unknown_tags=_RUNTIME_UNKNOWN),
    # buildpack-deps (and gcc on top of it): compilers, libssl-dev, curl, git
    Family(("gcc", "buildpack-deps"), "debian", ca_certificates=True),
    # (the .NET images' nanoserver and windowsservercore tags are Windows images, which
    # are not described here, and no rewrite of theirs can be built and run here)
    Family(("mcr.microsoft.com/dotnet/sdk", "mcr.microsoft.com/dotnet/core/sdk"), "debian",
           env=(("PATH", DEFAULT_PATH), ("DOTNET_RUNNING_IN_CONTAINER", "true")),
           ca_certificates=True, tools=frozenset({"dotnet-sdk"}), provides=_DOTNET,
           unknown_tags=_WINDOWS),
    Family(("microsoft/dotnet",), "debian",
           env=(("PATH", DEFAULT_PATH), ("DOTNET_RUNNING_IN_CONTAINER", "true")),
           ca_certificates=True, tools=frozenset({"dotnet-sdk"}), provides=_DOTNET,
           unknown_tags=_WINDOWS),
    # .NET runtime images: .NET 8+ have the ``app`` user; ``dotnet`` is linked at
    # /usr/bin/dotnet (not in runtime-deps, which is for self-contained apps)
    Family(tuple(p + f for p in ("mcr.microsoft.com/dotnet/", "mcr.microsoft.com/dotnet/core/")
                 for f in ("aspnet", "runtime")), "debian", ca_certificates=True,
           users=frozenset({"app"}), provides=_DOTNET, variants=(_CHISELED,),
           unknown_tags=_WINDOWS),
    Family(tuple(p + "runtime-deps" for p in ("mcr.microsoft.com/dotnet/",
                                              "mcr.microsoft.com/dotnet/core/")), "debian",
           ca_certificates=True, users=frozenset({"app"}), variants=(_CHISELED,),
           unknown_tags=_WINDOWS),
    # node images run docker-entrypoint.sh, which execs its arguments (prefixing `node`
    # when the first is not a command); node bundles its own CA store
    Family(("node",), "debian", ca_certificates=True, entrypoint=("docker-entrypoint.sh",),
           users=frozenset({"node"}), unknown_tags=_RUNTIME_UNKNOWN,
           provides=tuple(f"/usr/local/bin/{p}" for p in ("node", "nodejs", "npm", "npx",
                                                          "yarn", "corepack")),
           sizes=(("slim", 79.9, "node:22-slim"), ("alpine", 60.7, "node:22-alpine"),
                  ("", 408.5, "node:22"))),
    Family(("python",), "debian", env=(("PATH", "/usr/local/bin:" + DEFAULT_PATH),),
           ca_certificates=True, unknown_tags=_RUNTIME_UNKNOWN,
           provides=tuple(f"/usr/local/bin/{p}" for p in ("python", "python3", "pip", "pip3")),
           sizes=(("slim", 43.0, "python:3.13-slim"), ("alpine", None, None),
                  ("", 412.9, "python:3.13"))),
    # maven/gradle with eclipse-temurin and eclipse-temurin itself are Ubuntu based; the
    # older maven:3-jdk-8 / openjdk-based tags Debian based
    Family(("maven",), "ubuntu", env=_JAVA_PATH, ca_certificates=True,
           unknown_tags=_RUNTIME_UNKNOWN, variants=_JDK_TAGS,
           sizes=(("eclipse-temurin-21", 242.7, "maven:3-eclipse-temurin-21"),)),
    Family(("gradle",), "ubuntu", env=_JAVA_PATH, ca_certificates=True,
           unknown_tags=_RUNTIME_UNKNOWN, variants=_JDK_TAGS),
    Family(("eclipse-temurin",), "ubuntu", env=_JAVA_PATH, ca_certificates=True,
           users=frozenset({"ubuntu"}), unknown_tags=_RUNTIME_UNKNOWN,
           provides=("/opt/java/openjdk/bin/java",),
           variants=(("alpine", (("users", frozenset()),)),),
           sizes=(("21-jre", 121.1, "eclipse-temurin:21-jre"),
                  ("21-jdk", 230.1, "eclipse-temurin:21-jdk"))),
    # java:8 and older: the deprecated name of the same Debian-based images
    Family(("openjdk", "java"), "debian", env=(("PATH", "/usr/local/openjdk/bin:" + DEFAULT_PATH),),
           ca_certificates=True, unknown_tags=_RUNTIME_UNKNOWN),
    # io.js's official image (2015, merged back into Node 4): node, iojs and npm in
    # /usr/local/bin as the node image has them, no entrypoint and no node user
    Family(("iojs",), "debian", ca_certificates=True,
           provides=tuple(f"/usr/local/bin/{p}" for p in ("node", "iojs", "npm"))),
    # mhart/alpine-node: node configured with --prefix=/usr (/usr/bin/node, npm and
    # npx), yarn linked into /usr/local/bin where the build installed it; the slim-
    # and base- images are node alone (its Dockerfiles, datagen/alpine_node_images.py;
    # release and Node version per tag come from the data).  A full tag without yarn
    # (before 8.x) or npx (npm 2-4) is listed with them: such a runner is the
    # builder's own image, so a command calling them fails there as in the original.
    # node bundles its own CA store, as in the node record
    Family(("mhart/alpine-node",), "alpine", ca_certificates=True,
           provides=("/usr/bin/node", "/usr/bin/npm", "/usr/bin/npx", "/usr/local/bin/yarn"),
           variants=((r"^(slim|base)(-|$)", (("provides", ("/usr/bin/node",)),)),)),
    # every tag without "alpine" (latest, stable, 1.27, bookworm ...) is Debian based
    Family(("nginx",), "debian", ca_certificates=True, entrypoint=("/docker-entrypoint.sh",),
           users=frozenset({"nginx"}), provides=("/usr/sbin/nginx",),
           sizes=(("alpine", 26.3, "nginx:alpine"),)),
)
_BY_NAME: Dict[str, Family] = {name: f for f in FAMILIES for name in f.names}

#: per-tag sources asked after the family record: ``(reference, facts) -> facts``.  A
#: source of generated per-tag facts (distribution, release, C library, ENV, user,
#: workdir of each official tag) plugs in with an adapter that returns ``facts``
#: unchanged for a tag it does not know and ``dataclasses.replace(facts, ...)`` with
#: its values otherwise.
TAG_SOURCES: List[Callable[[str, ImageFacts], ImageFacts]] = []
_cache: Dict[str, ImageFacts] = {}


def image_facts(reference: str) -> ImageFacts:
    """Facts about ``reference`` (a FROM image after ARG expansion)."""
    facts = _cache.get(reference)
    if facts is None:
        if not TAG_SOURCES:
            from .image_data import with_data

            TAG_SOURCES.append(with_data)
        name, tag = _name_and_tag(reference)
        family = _BY_NAME.get(name)
        facts = _from_family(reference, family, tag) if family is not None else _unknown(reference)
        for source in TAG_SOURCES:
            facts = source(reference, facts)
        if len(_cache) >= 4096:  # a long-lived process (the language server) sees many
            _cache.clear()
        _cache[reference] = facts
    return facts


def windows_image(reference: str) -> Optional[str]:
    """Why ``reference`` is a Windows image, or None: a name that exists for Windows
    only, or a tag naming a Windows base (``golang:1.22-windowsservercore-ltsc2022``,
    ``mcr.microsoft.com/dotnet/sdk:8.0-nanoserver-1809``)."""
    name, tag = split_reference(reference)
    if name in WINDOWS_NAMES:
        return f"{name} exists for Windows only"
    base = re.search(r"(?:^|-)(windowsservercore|nanoserver)(?:-|$)", tag or "")
    return f"its tag names the Windows base {base.group(1)}" if base else None


def _name_and_tag(reference: str) -> Tuple[str, str]:
    """The family name and tag, with Docker Hub's spellings of an official image
    (``index.docker.io/library/python``, ``amd64/python``) read as its name."""
    from .official import split

    name, tag = split_reference(reference)
    if name not in _BY_NAME and "$" not in reference:
        parts = split(reference)
        if parts is not None and parts[0] in _BY_NAME:
            return parts[0], (tag or "")
    return name, tag


def _unknown(reference: str, env: Optional[Dict[str, str]] = None) -> ImageFacts:
    """An image with no record: its WORKDIR is unknown (jekyll/jekyll works in
    /srv/jekyll), so a path relative to it resolves to nothing rather than to /."""
    return ImageFacts(reference, False, env or {"PATH": DEFAULT_PATH}, workdir=None)


def _from_family(reference: str, family: Family, tag: str) -> ImageFacts:
    users: Optional[FrozenSet[str]] = None
    for pattern, overrides in family.variants:
        if re.search(pattern, tag):
            fields = dict(overrides)
            users = fields.pop("replace_users", None)
            family = dataclasses.replace(family, **fields)
            break
    env = dict(family.env)
    if family.distribution is None:
        return ImageFacts(reference, True, env, family.workdir, family.libc, None, None,
                          family.ca_certificates, family.tools, None,
                          family.entrypoint, users if users is not None else family.users,
                          family.default_user, family.provides)
    if family.unknown_tags and "alpine" not in tag and not releases.debian_in(tag) and \
            not releases.ubuntu_in(tag) and re.search(family.unknown_tags, tag):
        return _unknown(reference, env)
    name, release = _distribution_of(family, tag)
    record = distribution(name)
    return ImageFacts(reference, True, env, family.workdir, record.libc, name, release,
                      family.ca_certificates, family.tools,
                      "/bin/sh" if family.shell else None, family.entrypoint,
                      users if users is not None else record.users | family.users,
                      family.default_user,
                      family.provides + (record.shells if family.shell else ()))


def _distribution_of(family: Family, tag: str) -> Tuple[str, Optional[str]]:
    """(distribution, release) an image tag shows."""
    if family.distribution == "alpine":
        return "alpine", releases.alpine_version(tag)
    if family.default_release == "tag":
        return family.distribution, tag or None
    if "alpine" in tag:
        return "alpine", releases.alpine_in(tag)
    debian = releases.debian_in(tag)
    if debian:
        return "debian", debian
    ubuntu = releases.ubuntu_in(tag)
    if ubuntu:
        return "ubuntu", ubuntu
    default = family.default_release
    if isinstance(default, tuple) and re.fullmatch(default[0], tag):
        return family.distribution, default[1]
    return family.distribution, None


def size_mb(reference: str) -> Optional[float]:
    """The compressed download size of ``reference`` (None: not in the table)."""
    found = _size_row(reference)
    return found[1] if found else None


def size_measured(reference: str) -> Optional[str]:
    """The image whose size the table gives for ``reference``: one tag measured for a
    whole family (python:2.7 gets python:3.13's figure), which the estimate names."""
    found = _size_row(reference)
    return found[2] if found else None


def _size_row(reference: str):
    name, tag = split_reference(reference)
    family = _BY_NAME.get(name)
    for row in family.sizes if family else ():
        if re.search(row[0], tag):
            return row
    return None


SIZE_SOURCE = ("dtranspile spec 'multistage-knowledge.md', approximate registry download "
               "sizes for linux/amd64, mid/late 2026")
SIZE_KIND = "compressed (registry download), not on-disk"
