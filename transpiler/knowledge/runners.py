"""Runner images the transpiler knows: what each brings (default PATH, ENTRYPOINT,
shell, C library, CA certificates, users) so the post-conditions can check that the
command resolves and the runner fits, plus approximate image sizes for --explain.

An image missing from the table is accepted (``--runtime``) with a warning that the
checks are weaker: it is then assumed to have BuildKit's default PATH and nothing
else that can be relied on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import FrozenSet, Optional, Tuple

from .base_images import DEFAULT_PATH, split_reference

STATIC_DEFAULT = "alpine:3.20"

_ALPINE_USERS = frozenset({"root", "bin", "daemon", "adm", "lp", "sync", "shutdown", "halt",
                           "mail", "news", "uucp", "operator", "man", "postmaster", "cron",
                           "ftp", "sshd", "at", "squid", "xfs", "games", "cyrus", "vpopmail",
                           "ntp", "smmsp", "guest", "nobody"})
_DEBIAN_USERS = frozenset({"root", "daemon", "bin", "sys", "sync", "games", "man", "lp", "mail",
                           "news", "uucp", "proxy", "www-data", "backup", "list", "irc",
                           "gnats", "nobody"})
_DISTROLESS_USERS = frozenset({"root", "nonroot", "nobody"})
_NODE = tuple(f"/usr/local/bin/{p}" for p in ("node", "nodejs", "npm", "npx", "yarn", "corepack"))
_PYTHON = tuple(f"/usr/local/bin/{p}" for p in ("python", "python3", "pip", "pip3"))
_PYTHON_PATH = "/usr/local/bin:" + DEFAULT_PATH
_JAVA_PATH = "/opt/java/openjdk/bin:" + DEFAULT_PATH
_JAVA = ("/opt/java/openjdk/bin/java",)


@dataclass(frozen=True)
class RunnerImage:
    """Facts about a runner image family (``name``; ``tags`` empty = any tag)."""

    name: str
    path: Optional[str]  # PATH in the image config; None = not set (BuildKit adds the default)
    entrypoint: Tuple[str, ...]
    shell: Optional[str]  # the /bin/sh a shell-form command needs, or None
    libc: Optional[str]  # "glibc", "musl", or None (only static binaries run)
    ca_certificates: bool
    users: FrozenSet[str]
    default_user: str = "root"
    workdir: str = "/"
    known: bool = True
    #: programs the image brings (absolute paths): an interpreter the command starts
    provides: Tuple[str, ...] = ()
    #: this entry applies only to tags containing this text ("alpine"); "" = any tag
    tag_has: str = ""

    @property
    def effective_path(self) -> str:
        return self.path or DEFAULT_PATH


TABLE = (
    RunnerImage("scratch", None, (), None, None, False, frozenset()),
    RunnerImage("alpine", DEFAULT_PATH, (), "/bin/sh", "musl", False, _ALPINE_USERS),
    RunnerImage("debian", DEFAULT_PATH, (), "/bin/sh", "glibc", False, _DEBIAN_USERS),
    RunnerImage("ubuntu", DEFAULT_PATH, (), "/bin/sh", "glibc", False, _DEBIAN_USERS),
    RunnerImage("gcr.io/distroless/static", DEFAULT_PATH, (), None, None, True, _DISTROLESS_USERS),
    RunnerImage("gcr.io/distroless/static-debian11", DEFAULT_PATH, (), None, None, True,
                _DISTROLESS_USERS),
    RunnerImage("gcr.io/distroless/static-debian12", DEFAULT_PATH, (), None, None, True,
                _DISTROLESS_USERS),
    RunnerImage("gcr.io/distroless/base", DEFAULT_PATH, (), None, "glibc", True, _DISTROLESS_USERS),
    RunnerImage("gcr.io/distroless/base-debian11", DEFAULT_PATH, (), None, "glibc", True,
                _DISTROLESS_USERS),
    RunnerImage("gcr.io/distroless/base-debian12", DEFAULT_PATH, (), None, "glibc", True,
                _DISTROLESS_USERS),
    # interpreted / VM runtimes (issue 6).  node images run docker-entrypoint.sh, which
    # execs its arguments (prefixing `node` when the first is not a command); node
    # bundles its own CA store, so TLS works without the ca-certificates package
    RunnerImage("node", DEFAULT_PATH, ("docker-entrypoint.sh",), "/bin/sh", "musl", True,
                _ALPINE_USERS | {"node"}, provides=_NODE, tag_has="alpine"),
    RunnerImage("node", DEFAULT_PATH, ("docker-entrypoint.sh",), "/bin/sh", "glibc", True,
                _DEBIAN_USERS | {"node"}, provides=_NODE),
    RunnerImage("python", _PYTHON_PATH, (), "/bin/sh", "musl", True, _ALPINE_USERS,
                provides=_PYTHON, tag_has="alpine"),
    RunnerImage("python", _PYTHON_PATH, (), "/bin/sh", "glibc", True, _DEBIAN_USERS,
                provides=_PYTHON),
    RunnerImage("eclipse-temurin", _JAVA_PATH, (), "/bin/sh", "musl", True, _ALPINE_USERS,
                provides=_JAVA, tag_has="alpine"),
    RunnerImage("eclipse-temurin", _JAVA_PATH, (), "/bin/sh", "glibc", True,
                _DEBIAN_USERS | {"ubuntu"}, provides=_JAVA),
    RunnerImage("nginx", DEFAULT_PATH, ("/docker-entrypoint.sh",), "/bin/sh", "musl", True,
                _ALPINE_USERS | {"nginx"}, provides=("/usr/sbin/nginx",), tag_has="alpine"),
    # every other tag (latest, stable, 1.27, bookworm ...) is the Debian-based image
    RunnerImage("nginx", DEFAULT_PATH, ("/docker-entrypoint.sh",), "/bin/sh", "glibc", True,
                _DEBIAN_USERS | {"nginx"}, provides=("/usr/sbin/nginx",)),
)


#: .NET runtime images (issue 5): Debian based unless the tag says alpine; .NET 8+
#: images have the ``app`` user; ``dotnet`` is linked at /usr/bin/dotnet (not in
#: runtime-deps, which is for self-contained apps)
_DOTNET = ("/usr/bin/dotnet",)
for _prefix in ("mcr.microsoft.com/dotnet/", "mcr.microsoft.com/dotnet/core/"):
    for _flavour in ("aspnet", "runtime", "runtime-deps"):
        _provides = () if _flavour == "runtime-deps" else _DOTNET
        TABLE += (
            RunnerImage(_prefix + _flavour, DEFAULT_PATH, (), "/bin/sh", "musl", True,
                        _ALPINE_USERS | {"app"}, provides=_provides, tag_has="alpine"),
            RunnerImage(_prefix + _flavour, DEFAULT_PATH, (), None, "glibc", True,
                        frozenset({"root", "app"}), provides=_provides, tag_has="chiseled"),
            RunnerImage(_prefix + _flavour, DEFAULT_PATH, (), "/bin/sh", "glibc", True,
                        _DEBIAN_USERS | {"app"}, provides=_provides),
        )
TABLE += (
    RunnerImage("microsoft/dotnet", DEFAULT_PATH, (), "/bin/sh", "glibc", True, _DEBIAN_USERS,
                provides=_DOTNET),
    RunnerImage("gcr.io/distroless/cc-debian12", DEFAULT_PATH, (), None, "glibc", True,
                _DISTROLESS_USERS),
)


def lookup(image: str) -> RunnerImage:
    """The table entry for ``image``; an unknown image gets a weak entry (``known`` False)."""
    name, tag = split_reference(image)
    for entry in TABLE:
        if entry.name == name and entry.tag_has in tag:
            if name.startswith("gcr.io/distroless/") and tag.startswith("nonroot"):
                return RunnerImage(**{**entry.__dict__, "default_user": "nonroot"})
            return entry
    return RunnerImage(name, None, (), None, None, False, frozenset(), known=False)


# ----------------------------------------------------------------------------- sizes

SIZE_SOURCE = ("dtranspile spec 'multistage-knowledge.md', approximate registry download "
               "sizes for linux/amd64, mid/late 2026")
SIZE_KIND = "compressed (registry download), not on-disk"

#: (name, tag predicate) -> MB; predicates: "alpine" = tag mentions alpine, "*" = any
SIZES_MB = (
    ("golang", "alpine", 75.2),
    ("golang", "*", 296.8),
    ("debian", "slim", 28.2),
    ("alpine", "*", 3.8),
    ("gcr.io/distroless/static", "*", 2.0),
    ("gcr.io/distroless/static-debian11", "*", 2.0),
    ("gcr.io/distroless/static-debian12", "*", 2.0),
    ("scratch", "*", 0.0),
    ("node", "slim", 79.9),
    ("node", "alpine", 60.7),
    ("node", "*", 408.5),
    ("python", "slim", 43.0),
    ("python", "alpine", None),
    ("python", "*", 412.9),
    ("maven", "eclipse-temurin-21", 242.7),
    ("eclipse-temurin", "21-jre", 121.1),
    ("eclipse-temurin", "21-jdk", 230.1),
    ("nginx", "alpine", 26.3),
)


def size_mb(image: str) -> Optional[float]:
    name, tag = split_reference(image)
    for entry_name, pred, size in SIZES_MB:
        if entry_name != name:
            continue
        if pred == "*" or pred in tag:
            return size
    return None
