"""Reading one ``go`` command line: which binaries ``go build`` / ``go install`` /
``go get`` write, and where.  Kept apart from the recipe so the naming rules
(the Go command documentation's) can be read and tested on their own."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from ...analysis.state import resolve_path
from ...analysis.variables import expand

#: the package names ``go help packages`` reserves: ``std`` is the standard library
#: (no main package, so no binary: ``go install -a std`` rebuilds archives), ``cmd``
#: the Go tools (installed into GOROOT), ``all`` every package in reach; none names
#: a binary the Dockerfile shows
META_PACKAGES = frozenset({"std", "cmd", "all"})
VALUE_FLAGS = {"o", "ldflags", "gcflags", "asmflags", "tags", "installsuffix", "buildmode",
               "mod", "modfile", "pkgdir", "p", "compiler", "gccgoflags", "overlay", "pgo",
               "toolexec", "C", "exec", "coverpkg", "covermode", "buildvcs"}
_MAJOR = re.compile(r"^v\d+$")


@dataclass(frozen=True)
class GoOutput:
    directory: Optional[str]
    name: Optional[str]
    certain: bool
    how: str
    #: a package named by import path, which may be a library: ``go install`` and ``go
    #: build`` without -o write nothing for a non-main package (``go help build``: "When
    #: compiling a single non-main package, build compiles the packages but discards
    #: the resulting object"; ``go help install``)
    optional: bool = False


@dataclass(frozen=True)
class GoCommand:
    sub: str
    flags: Dict[str, str]
    packages: Tuple[str, ...]
    outputs: Tuple[GoOutput, ...]
    problem: Optional[str] = None


def parse_flags(args: Tuple[str, ...]):
    flags: Dict[str, str] = {}
    rest: List[str] = []
    i = 0
    while i < len(args):
        word = args[i]
        if word == "--":
            rest.extend(args[i + 1:])
            break
        if word.startswith("-") and len(word) > 1 and not rest:
            name, eq, value = word.lstrip("-").partition("=")
            if not eq and name in VALUE_FLAGS and name != "buildvcs":
                value = args[i + 1] if i + 1 < len(args) else ""
                i += 1
            flags[name] = value if (eq or name in VALUE_FLAGS) else "true"
        else:
            rest.append(word)
        i += 1
    return flags, tuple(rest)


def gopath_mode(env: Dict[str, str]) -> Optional[bool]:
    """Whether the go command works in GOPATH mode inside ``$GOPATH/src`` (True), in
    module mode (False), or the build context's go.mod decides (None), after ``go help
    modules`` of each release: before Go 1.11 there are no modules; GO111MODULE=off is
    GOPATH mode and =on module mode; unset
    or ``auto``, Go 1.11 and 1.12 stay in GOPATH mode inside ``$GOPATH/src`` whatever
    go.mod says, Go 1.13 to 1.15 use modules where a go.mod is found, and from Go 1.16
    on unset means on.  The release is the golang images' GOLANG_VERSION; without it
    nothing is certain."""
    setting = (env.get("GO111MODULE") or "").strip().lower()
    version = re.match(r"^(\d+)\.(\d+)", env.get("GOLANG_VERSION") or env.get("GO_VERSION") or "")
    release = (int(version.group(1)), int(version.group(2))) if version else None
    if release is not None and release < (1, 11):
        return True  # before modules: GO111MODULE means nothing
    if setting == "off":
        return True
    if setting == "on":
        return False
    if setting not in ("", "auto") or release is None:
        return None
    if release < (1, 13):
        return True  # (1.11/1.12 auto: modules only outside $GOPATH/src)
    if release >= (1, 16) and not setting:
        return False
    return None


def binary_name(package: str, cwd: Optional[str], gopath: Optional[str],
                env: Optional[Dict[str, str]] = None):
    """(name, certain) for a main package argument, after ``go help build``: a binary is
    named after the last element of the import path (a ``/vN`` major-version suffix is
    skipped), or after the first file for ``x.go`` arguments.  The root package of a
    directory in ``$GOPATH/src`` is named after the directory only where the go command
    is certainly in GOPATH mode there (``gopath_mode``); in module mode go.mod's module
    path names it."""
    if package.endswith(".go"):
        return posixpath.basename(package)[:-3], True
    pkg = package.split("@", 1)[0]
    if "..." in pkg:
        return None, False
    local = pkg in ("", ".") or pkg.startswith(("./", "../", "/"))
    if local:
        directory = resolve_path(cwd, pkg or ".")
        if directory is None:
            return None, False
        under_gopath = bool(gopath) and directory.startswith(gopath.rstrip("/") + "/src/") \
            and gopath_mode(env or {}) is True
        # the root package of a module is named after go.mod's module path, which the
        # Dockerfile does not show; a sub-directory keeps its own name
        certain = under_gopath or pkg not in ("", ".", "./")
        parts = [p for p in directory.split("/") if p]
    else:
        certain = True
        parts = [p for p in pkg.split("/") if p]
    if len(parts) > 1 and _MAJOR.match(parts[-1]):
        parts = parts[:-1]
    return (parts[-1] if parts else None), certain


def import_path(package: str) -> bool:
    """Whether ``package`` names a package by import path (``github.com/hpcloud/tail``,
    ``golang.org/x/tools/cmd/goimports@latest``), not the Dockerfile's own directory or
    files (``.``, ``./cmd/app``, ``main.go``): whether it is a main package, and so
    whether a binary is written, the Dockerfile does not show."""
    return bool(package) and not package.endswith(".go") and package not in META_PACKAGES \
        and not package.startswith((".", "/")) and "..." not in package


def install_dir(env: Dict[str, str]) -> Optional[str]:
    """Where ``go install`` writes: $GOBIN, else the first GOPATH entry's bin, else
    $HOME/go/bin (Go's default GOPATH)."""
    if env.get("GOBIN"):
        return env["GOBIN"]
    gopath = env.get("GOPATH") or (env.get("HOME", "/root").rstrip("/") + "/go")
    return gopath.split(":")[0].rstrip("/") + "/bin"


def read_go_command(sub: str, args: Tuple[str, ...], cwd: Optional[str],
                    env: Dict[str, str], where: str) -> GoCommand:
    flags, packages = parse_flags(args)
    gopath = (env.get("GOPATH") or "").split(":")[0] or None
    outputs: List[GoOutput] = []
    problem = None
    cross = (env.get("GOOS", "linux"), env.get("GOARCH", "amd64")) != ("linux", "amd64")
    if sub == "build":
        target = flags.get("o")
        if target is not None:
            exp = expand(target, env)
            if not exp.complete:
                problem = f"{where}: go build -o {target} uses unknown {', '.join(sorted(exp.unknown))}"
            else:
                path = resolve_path(cwd, exp.value)
                if path is None:
                    problem = f"{where}: go build -o {target} in an unknown directory"
                elif exp.value.endswith("/"):
                    for pkg in packages or ("",):
                        name, certain = binary_name(pkg, cwd, gopath, env)
                        outputs.append(GoOutput(path, name, certain, f"{where}: go build -o {target}"))
                else:
                    outputs.append(GoOutput(posixpath.dirname(path), posixpath.basename(path),
                                            True, f"{where}: go build -o {target}"))
        elif len(packages) <= 1 or all(p.endswith(".go") for p in packages):
            pkg = packages[0] if packages else ""
            if "..." not in pkg:
                name, certain = binary_name(pkg, cwd, gopath, env)
                if cwd is None:
                    problem = f"{where}: go build in an unknown directory"
                else:
                    outputs.append(GoOutput(cwd, name, certain,
                                            f"{where}: go build {pkg}".rstrip() + f" (written to {cwd})",
                                            optional=import_path(pkg)))
    elif sub in ("install", "get"):
        if sub == "get" and "d" in flags:
            return GoCommand(sub, flags, packages, ())
        directory = install_dir(env)
        if cross and sub == "install":
            problem = f"{where}: go install for another platform writes to a GOOS_GOARCH directory"
        for pkg in packages or ("",):
            if pkg == "std":
                continue  # library packages only: nothing lands in the bin directory
            name, certain = (None, False) if pkg in META_PACKAGES else \
                binary_name(pkg, cwd, gopath, env)
            outputs.append(GoOutput(directory, name, certain and sub == "install",
                                    f"{where}: go {sub} {pkg}".rstrip() + f" (installed in {directory})",
                                    optional=import_path(pkg)))
    return GoCommand(sub, flags, packages, tuple(outputs), problem)
