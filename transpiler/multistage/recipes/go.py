"""The Go recipe: finds ``go build`` / ``go install`` (also behind env prefixes,
``env``, ``godep``, ``go-wrapper``) in RUN lines, the binaries they write, whether
cgo is needed, and the runner that fits.

Static rule (from the project's multistage knowledge): inject ``CGO_ENABLED=0`` only
when nothing shows cgo is needed; when something does (CGO_ENABLED=1, a C compiler or
``-dev`` packages installed, ``-race``, external linking), the binary is linked
against the builder's glibc and needs a runner of the same distribution release."""

from __future__ import annotations

import re
from typing import Dict, List, Optional, Tuple

from ...tree import ast
from ...analysis import StageFacts
from ...analysis.shell import SimpleCommand, program_name
from .run_walk import steps
from .base import (Artifact, Decline, Detection, Linking, Recipe, RunnerPlan, chosen, first_problem,
                   name_artifacts)
from .go_commands import read_go_command
from ...knowledge.images import STATIC_DEFAULT
from ...knowledge.packages import read_install

NAME = "go"

#: ENV keys that only matter while compiling; they stay in the builder
BUILD_ONLY_ENV = frozenset({
    "CGO_ENABLED", "GOOS", "GOARCH", "GOARM", "GOAMD64", "GOFLAGS", "GO111MODULE", "GOPROXY",
    "GOPRIVATE", "GONOSUMDB", "GONOPROXY", "GOSUMDB", "GOPATH", "GOROOT", "GOBIN", "GOCACHE",
    "GOMODCACHE", "GO15VENDOREXPERIMENT", "GOTOOLCHAIN", "DEBIAN_FRONTEND", "CC", "CXX",
    "CGO_CFLAGS", "CGO_LDFLAGS", "GOLANG_VERSION", "GO_VERSION",
})

#: where the Go toolchain lives: a PATH naming it only serves the build
TOOLCHAIN_PATHS = ("/go/bin", "go/bin", "GOPATH", "GOROOT", "/usr/local/go")
#: programs whose RUNs after the build are more build work
BUILD_PROGRAMS = frozenset({"go", "godep", "glide", "dep", "go-wrapper"})

#: programs that, in CMD/ENTRYPOINT, mean the container needs the toolchain
TOOLCHAIN_PROGRAMS = {"go", "godep", "gin", "air", "fresh", "realize", "reflex",
                      "CompileDaemon", "bee", "dlv", "gow", "go-wrapper", "make"}

_CGO_PACKAGE = re.compile(r"^(gcc|g\+\+|clang|build-essential|build-base|musl-dev|libc6?-dev|"
                          r".*-dev|.*-devel|libsqlite3.*|sqlite.*)$")
_LIBC_ONLY = {"gcc", "g++", "clang", "build-essential", "build-base", "musl-dev", "libc-dev",
              "libc6-dev"}


def _go_args(cmd: SimpleCommand) -> Optional[Tuple[str, Tuple[str, ...]]]:
    """(subcommand, args) when ``cmd`` runs the go tool (or godep/go-wrapper)."""
    argv = list(cmd.argv)
    if argv and program_name(argv[0]) == "godep" and len(argv) > 1 and argv[1] == "go":
        argv = argv[1:]
    if not argv:
        return None
    head = program_name(argv[0])
    if head == "go-wrapper" and len(argv) > 1:
        return ("install" if argv[1] == "install" else "wrapper-" + argv[1]), tuple(argv[2:])
    if head != "go" or len(argv) < 2:
        return None
    return argv[1], tuple(argv[2:])


class GoRecipe(Recipe):
    name = NAME
    program_kind = "a Go program"

    def needs_toolchain(self, words: Tuple[str, ...]) -> Optional[str]:
        for word in words:
            base = program_name(word)
            if base in TOOLCHAIN_PROGRAMS:
                return f"the command runs `{base}`, which needs the Go toolchain at run time"
        return None

    def with_context(self, detection: Detection, facts: StageFacts, project) -> Detection:
        """Names of module-mode binaries from go.mod in the build context."""
        return name_artifacts(detection, lambda art: project.go_binary_name(art.source_dir),
                              "named after go.mod's module path")

    def detect(self, facts: StageFacts) -> Optional[Detection]:
        artifacts: List[Artifact] = []
        build_indices: List[int] = []
        go_indices: List[int] = []
        problems: List[str] = []
        cgo_evidence: List[str] = []
        static_already = False
        cgo_env: Optional[str] = None
        for fact in facts.instructions:
            if isinstance(fact.node, ast.Env):
                for pair in fact.node.pairs:
                    if pair.key == "CGO_ENABLED":
                        cgo_env = fact.after.env.get("CGO_ENABLED")
        uses_go: Dict[int, bool] = {}
        builds: Dict[int, bool] = {}
        for step in steps(facts):
            where, cmd, cwd, local_env = step.where, step.command, step.cwd, step.env
            install = read_install(cmd.argv)
            for pkg in install.packages if install is not None else ():
                if _CGO_PACKAGE.match(pkg):
                    cgo_evidence.append(f"{where}: installs {pkg}")
            go = _go_args(cmd)
            if go is None:
                continue
            sub, args = go
            uses_go[step.index] = True
            if sub == "run":
                continue
            if local_env.get("CGO_ENABLED") == "1":
                cgo_evidence.append(f"{where}: CGO_ENABLED=1")
            elif "CGO_ENABLED" in dict(cmd.assignments) and local_env.get("CGO_ENABLED") == "0":
                static_already = True
            if sub in ("build", "install", "get"):
                read = read_go_command(sub, args, cwd, local_env, where)
                flags = read.flags
                if "race" in flags or "msan" in flags or "asan" in flags:
                    cgo_evidence.append(f"{where}: go {sub} -race/-msan/-asan needs cgo")
                ldflags = flags.get("ldflags", "")
                if "-linkmode" in ldflags and "external" in ldflags or "-extldflags" in ldflags:
                    cgo_evidence.append(f"{where}: -ldflags asks for the external (C) linker")
                if "cgo" in flags.get("tags", "").split(",") or "cgo" in flags.get("tags", "").split():
                    cgo_evidence.append(f"{where}: -tags cgo")
                if sub != "get":
                    builds[step.index] = True
                    if step.problem is not None:
                        problems.append(f"{where}: go {sub} inside a shell construct the "
                                        f"transpiler cannot follow ({step.problem})")
                    if read.problem:
                        problems.append(read.problem)
                for out in read.outputs:
                    artifacts.append(Artifact(out.directory, out.name, out.how, step.index,
                                              out.certain,
                                              source_dir=None if out.certain else cwd))
        go_indices.extend(sorted(uses_go))
        build_indices.extend(sorted(builds))
        if cgo_env == "0":
            static_already = True
        if cgo_env == "1":
            cgo_evidence.append("ENV CGO_ENABLED=1")
        if not build_indices and not any(not a.certain for a in artifacts) and not artifacts:
            return None
        if not build_indices and not artifacts:
            return None
        needed = bool(cgo_evidence) and not (static_already and cgo_env == "0")
        if needed:
            extra = [e for e in cgo_evidence if "installs" in e and
                     e.rsplit(" ", 1)[-1] not in _LIBC_ONLY]
            if extra:
                problems.append("cgo with C libraries (" + "; ".join(extra) + "): the runtime "
                                "packages the runner would need are not known")
        first_problem(problems)
        prelude, added = (), ()
        if not needed and not static_already:
            prelude = (ast.Env(keyword="ENV", pairs=(ast.KeyValue("CGO_ENABLED", "0"),), leading=(
                ast.Comment("# static binary: nothing in this build needs cgo"),)),)
            added = ("ENV CGO_ENABLED=0 in the builder: nothing shows cgo is needed, so the "
                     "binary is built static and runs without the builder's C library",)
        return Detection(NAME, tuple(build_indices), tuple(artifacts),
                         Linking(needed, tuple(cgo_evidence), "cgo is needed"), BUILD_ONLY_ENV,
                         TOOLCHAIN_PATHS, BUILD_PROGRAMS, tuple(go_indices),
                         builder_prelude=prelude, added=added)

    def plan_runner(self, detection: Detection, facts: StageFacts,
                    runner: Optional[str] = None, needs_shell: bool = False) -> RunnerPlan:
        if runner is not None:
            return chosen(runner)
        base = facts.base
        if not detection.linking.dynamic:
            return RunnerPlan(STATIC_DEFAULT, "static Go binary (no cgo): a small "
                              "runner with a shell, users, /tmp")
        evidence = "; ".join(detection.linking.evidence)
        if base.family == "debian" and base.release:
            return RunnerPlan(f"debian:{base.release}-slim",
                              f"cgo is needed ({evidence}): glibc runner of the builder's "
                              f"Debian release ({base.release})")
        if base.family == "alpine" and base.release:
            return RunnerPlan(f"alpine:{base.release}",
                              f"cgo is needed ({evidence}): musl runner of the builder's "
                              f"Alpine release ({base.release})")
        if base.family in ("debian", "ubuntu", "alpine") and "go" not in base.tools and base.release:
            return RunnerPlan(base.reference, f"cgo is needed ({evidence}): the builder's "
                              "own distribution image as runner")
        raise Decline(f"cgo is needed ({evidence}) but the builder image {base.reference} does "
                      "not show its distribution release; pin a release tag (e.g. "
                      "golang:1.22-bookworm) or pass --runtime")


RECIPE = GoRecipe()
