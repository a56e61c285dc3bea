"""The Go recipe: finds ``go build`` / ``go install`` (also behind env prefixes,
``env``, ``godep``, ``go-wrapper``) in RUN lines, the binaries they write, whether
cgo is needed, and the runner that fits.

Static rule (from the project's multistage knowledge): inject ``CGO_ENABLED=0`` only
when nothing shows cgo is needed; when something does (CGO_ENABLED=1, a C compiler or
``-dev`` packages installed, ``-race``, external linking), the binary is linked
against the builder's glibc and needs a runner of the same distribution release."""

from __future__ import annotations

import dataclasses
import posixpath
import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from ...tree import ast
from ...analysis import StageFacts
from ...analysis.shell import SimpleCommand, program_name, split_commands
from ...analysis.state import resolve_path
from .run_walk import expanded_argv, steps
from .interpreted import context_copy_destinations
from .base import (Artifact, Decline, Detection, Linking, Recipe, RunnerPlan, chosen, first_problem,
                   name_artifacts)
from .full_image_libraries import with_private_libraries
from .go_commands import install_dir as go_install_dir, parse_flags, read_go_command
from .cgo_libraries import library_runner
from .native import source_install as native_source_install
from . import go_cxx, go_exec, go_makefile
from .go_makefile import MakefileBuild, makefile_build, tree_artifact
from ...knowledge.go_cgo import CGO_STUB_MODULES, scan_context
from ...knowledge.packages import read_install
from ...knowledge.images import language_version
from ...knowledge.references import split_reference
from ...knowledge.images import image_facts
from .runner_policy import (check_digest_release, distroless, floating_alpine, floating_slim,
                            goroot_zoneinfo, slim_runner, static_runner, version_matched,
                            zoneinfo_setup)
from ...analysis.paths import is_within, overlaps

NAME = "go"

#: ENV keys that only matter while compiling; they stay in the builder
BUILD_ONLY_ENV = frozenset({
    "CGO_ENABLED", "GOOS", "GOARCH", "GOARM", "GOAMD64", "GOFLAGS", "GO111MODULE", "GOPROXY",
    "GOPRIVATE", "GONOSUMDB", "GONOPROXY", "GOSUMDB", "GOROOT", "GOBIN", "GOCACHE",
    "GOMODCACHE", "GO15VENDOREXPERIMENT", "GOTOOLCHAIN", "DEBIAN_FRONTEND", "CC", "CXX",
    "CGO_CFLAGS", "CGO_LDFLAGS", "GOLANG_VERSION", "GO_VERSION",
})

#: where the Go toolchain lives: a PATH naming it only serves the build
TOOLCHAIN_PATHS = ("/go/bin", "go/bin", "GOPATH", "GOROOT", "/usr/local/go")
#: programs whose RUNs after the build are more build work
BUILD_PROGRAMS = frozenset({"go", "godep", "glide", "dep", "go-wrapper"})

#: programs that, in CMD/ENTRYPOINT, mean the container needs the toolchain (the web
#: frameworks' command-line tools compile the app when they start it: ``revel run
#: <import path>``, ``buffalo dev``)
TOOLCHAIN_PROGRAMS = {"go", "godep", "gin", "air", "fresh", "realize", "reflex",
                      "CompileDaemon", "bee", "dlv", "gow", "go-wrapper", "make", "revel",
                      "buffalo"}

_CGO_PACKAGE = re.compile(r"^(gcc|g\+\+|clang|build-essential|build-base|musl-dev|libc6?-dev|"
                          r".*-dev|.*-devel|libsqlite3.*|sqlite.*)$")
#: golang tags of Go 1.4-1.6, whose CGO_ENABLED=0 alone reuses the cgo-built ``net``
#: package (the binary still needs glibc) unless built with ``-a -installsuffix cgo``
_OLD_GO = re.compile(r"^1\.[4-6]$")
#: the Debian release the golang 1.4-1.6 images were built on when the tag names none
_OLD_GO_RELEASE = "jessie"
_UNDECIDED = ("nothing shows whether the program uses cgo and there is no build context to "
              "read it from: the original's cgo setting is kept (a module such as "
              "mattn/go-sqlite3 compiles to a failing stub without cgo)")

#: programs other than the go tool that compile the Go sources of their working directory
_TREE_BUILDERS = {"govendor", "gb", "godep", "glide", "dep", "make", "gpm", "go-wrapper",
                  "goxc", "gox", "mage"}

_LIBC_ONLY = {"gcc", "g++", "clang", "build-essential", "build-base", "musl-dev", "libc-dev",
              "libc6-dev"}


def _cgo_stub_package(arg: str) -> bool:
    """Whether a ``go get``/``build``/``install`` argument names a package of a module
    that compiles to a failing stub without cgo (``github.com/mattn/go-sqlite3@v1``)."""
    path = arg.split("@", 1)[0].rstrip("/.")
    return any(path == m.rstrip("/") or path.startswith(m.rstrip("/") + "/") or
               (m.endswith("/") and path.startswith(m)) for m in CGO_STUB_MODULES)


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


@dataclass(frozen=True)
class GoDetection(Detection):
    """``cgo_undecided``: nothing in the Dockerfile shows cgo either way, so the
    original's setting is kept until the build context's sources decide;
    ``embeds_tzdata``: the binary carries its own zoneinfo (``-tags timetzdata`` or an
    import of time/tzdata), so the runner needs none."""

    cgo_undecided: bool = False
    embeds_tzdata: bool = False
    #: the cgo evidence that installs library packages (``line 5: installs
    #: libsqlite3-dev``): the runner installs their runtime packages (``cgo_libraries``)
    libraries: Tuple[str, ...] = ()
    #: the build is the project's own Makefile, unread (go_makefile): its directory is
    #: the artifact, copied whole to a runner with the builder's C library
    makefile: Optional[MakefileBuild] = None
    #: the build context's Go sources were read (``with_context``; a context without
    #: any reads none)
    sources_read: bool = False


class GoRecipe(Recipe):
    name = NAME
    program_kind = "a Go program"

    def needs_toolchain(self, words: Tuple[str, ...]) -> Optional[str]:
        for word in words:
            base = program_name(word)
            if base == "make":  # (any language's build tool: the Go one is not the only one)
                return (f"the command runs `{base}`, a build tool, which needs the build's "
                        "toolchain at run time")
            if base in TOOLCHAIN_PROGRAMS:
                return f"the command runs `{base}`, which needs the Go toolchain at run time"
        return None

    def with_context(self, detection: Detection, facts: StageFacts, project) -> Detection:
        """Names of module-mode binaries from go.mod in the build context; whether the
        sources use cgo (``import "C"``, a module known to need it) and embed zoneinfo."""
        detection = name_artifacts(detection, lambda art: project.go_binary_name(art.source_dir),
                                   "named after go.mod's module path")
        if not isinstance(detection, GoDetection):
            return detection
        scan = scan_context(project.sent)
        go_exec.check(scan.runs, facts)
        detection = dataclasses.replace(detection, sources_read=scan.sources > 0)
        return with_private_libraries(self._cgo_from_context(detection, scan), facts)

    def settled(self, detection: Detection, facts: StageFacts) -> Detection:
        """Without the sources read, the report says which programs of the builder
        image the runner lacks (``go_exec.unread_note``) where no runner with them is
        known (``go_exec.programs_runner``; one given with --runtime: ``plan_runner``)."""
        if isinstance(detection, GoDetection) and not detection.sources_read and \
                not go_exec.has_programs_runner(facts):
            note = go_exec.unread_note(facts)
            if note:
                detection = detection.with_messages(warnings=(note,))
        return detection

    @staticmethod
    def _cgo_from_context(detection, scan):
        if detection.embeds_tzdata and not detection.cgo_undecided:
            return detection
        if not detection.embeds_tzdata and scan.embeds_tzdata:
            detection = dataclasses.replace(detection, embeds_tzdata=True)
        if not detection.cgo_undecided:
            return detection
        evidence = scan.cgo
        if evidence:
            return dataclasses.replace(detection, cgo_undecided=False, linking=Linking(
                True, tuple(evidence), "cgo is needed"))
        return dataclasses.replace(
            detection, cgo_undecided=False, linking=Linking(False),
            builder_prelude=_static_prelude(),
            added=detection.added + ("ENV CGO_ENABLED=0 in the builder: the build context's Go "
                                     "sources import no \"C\" and go.mod requires no module "
                                     "known to need cgo, so the binary is built static",))

    def detect(self, facts: StageFacts) -> Optional[Detection]:
        artifacts: List[Artifact] = []
        build_indices: List[int] = []
        go_indices: List[int] = []
        problems: List[str] = []
        cgo_evidence: List[str] = []
        static_already = False
        embeds = False
        cgo_env: Optional[str] = None
        for fact in facts.instructions:
            if isinstance(fact.node, ast.Env):
                for pair in fact.node.pairs:
                    if pair.key == "CGO_ENABLED":
                        cgo_env = fact.after.env.get("CGO_ENABLED")
        uses_go: Dict[int, bool] = {}
        builds: Dict[int, bool] = {}
        built_dirs: List[Optional[str]] = []
        fetched: List[Tuple[str, int]] = []  # the directories `go get` downloads
        go_dirs: List[Optional[str]] = []  # the package directories go commands compile
        for step in steps(facts):
            where, cmd, cwd, local_env = step.where, step.command, step.cwd, step.env
            if cmd.argv and program_name(cmd.argv[0]) in _TREE_BUILDERS:
                built_dirs.append(cwd)
            # (as the shell runs it: `for p in libjansson-dev git; do apt-get install $p`
            # is read unrolled, with p assigned before each install)
            install = read_install(expanded_argv(step))
            for pkg in install.packages if install is not None else ():
                if _CGO_PACKAGE.match(pkg) or "$" in pkg or "`" in pkg:
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
                stub = next((a for a in args if _cgo_stub_package(a)), None)
                if stub is not None:
                    cgo_evidence.append(f"{where}: go {sub} {stub}, which compiles to a failing "
                                        "stub without cgo")
                read = read_go_command(sub, args, cwd, local_env, where)
                flags = read.flags
                if "race" in flags or "msan" in flags or "asan" in flags:
                    cgo_evidence.append(f"{where}: go {sub} -race/-msan/-asan needs cgo")
                ldflags = flags.get("ldflags", "")
                if "-linkmode" in ldflags and "external" in ldflags or "-extldflags" in ldflags:
                    cgo_evidence.append(f"{where}: -ldflags asks for the external (C) linker")
                tags = set(flags.get("tags", "").replace(",", " ").split())
                if "cgo" in tags:
                    cgo_evidence.append(f"{where}: -tags cgo")
                if "timetzdata" in tags:
                    embeds = True
                built_dirs.extend(_package_dirs(args, cwd if sub != "get" else None, local_env))
                go_dirs.extend(_compiled_dirs(args, cwd, local_env))
                if sub == "get":
                    fetched.extend((d, step.index) for d in _package_dirs(args, None, local_env))
                if sub != "get":
                    builds[step.index] = True
                    if step.problem is not None and not _guards_only(facts, step):
                        problems.append(f"{where}: go {sub} inside a shell construct the "
                                        f"transpiler cannot follow ({step.problem})")
                    if read.problem:
                        problems.append(read.problem)
                for out in read.outputs:
                    artifacts.append(Artifact(out.directory, out.name, out.how, step.index,
                                              out.certain,
                                              source_dir=None if out.certain else cwd,
                                              optional=out.optional))
        go_indices.extend(sorted(uses_go))
        build_indices.extend(sorted(builds))
        makefile = makefile_build(facts) if not build_indices and "go" in facts.base.tools \
            else None
        if makefile is not None and any(d is None or overlaps(d, makefile.tree) for d in go_dirs):
            makefile = None  # `go get` compiles the project itself: its output is read
        if makefile is not None:
            problems.append(makefile.problem)
            artifacts.append(tree_artifact(makefile))
            build_indices.extend(makefile.indices)
            cgo_evidence.append(f"{makefile.where}: make builds with a Makefile the Dockerfile "
                                "does not show, so whether its programs are static is not known")
        if cgo_env == "0":
            static_already = True
        if cgo_env == "1":
            cgo_evidence.append("ENV CGO_ENABLED=1")
        if not build_indices and not any(not a.certain for a in artifacts) and not artifacts:
            return None
        if not build_indices and not artifacts:
            return None
        needed = bool(cgo_evidence) and not (static_already and cgo_env == "0") or \
            makefile is not None  # (the Makefile may set CGO_ENABLED itself)
        libraries = tuple(e for e in cgo_evidence if "installs" in e and
                          e.rsplit(" ", 1)[-1] not in _LIBC_ONLY) if needed else ()
        if makefile is not None and libraries:  # its runner installs no packages
            problems.append("cgo with C libraries (" + "; ".join(libraries) + "): the runtime "
                            "packages the runner would need are not known")
        problem, downloaded = _workdir_sources(facts, built_dirs, fetched)
        if makefile is not None and is_within(facts.final.workdir, makefile.tree):
            problem = None  # the make ran there, so the build filled it: copied whole
        problems.append(problem)
        if downloaded is not None:
            artifacts.append(downloaded)
        first_problem([p for p in problems if p])
        prelude, added = (), ()
        undecided = False
        base = facts.base
        old_go = _old_go(base) and base.family != "alpine"  # musl either way
        if old_go and not needed and not static_already:
            needed = True
            cgo_evidence.append(f"{base.reference} is Go 1.4-1.6: CGO_ENABLED=0 alone reuses the "
                                "cgo-built net package, so the binary keeps the builder's glibc")
        elif not needed and not static_already:
            if base.family == "debian" and base.release:
                # a glibc runner of that very release keeps the setting (distroless base,
                # or the release's -slim where it has no distroless: jessie, stretch,
                # buster), or, for a tag that floats (golang:latest, golang:1.22), the
                # Debian slim image that floats with it (runner_policy.floating_slim):
                # it works whether or not the program uses cgo (issue 18, class 9)
                undecided, needed = True, True
                cgo_evidence.append(_UNDECIDED)
            else:
                prelude = _static_prelude()
                why = ("is an Alpine image (musl): no glibc runner keeps the original's "
                       "setting" if base.family == "alpine" else "names no Debian release "
                       "whose glibc runner could keep the original's setting")
                added = ("ENV CGO_ENABLED=0 in the builder: nothing shows cgo is needed and "
                         f"{base.reference} {why}, so the binary is built static",)
        return with_private_libraries(GoDetection(NAME, tuple(build_indices), tuple(artifacts),
                           Linking(needed, tuple(cgo_evidence), "cgo is needed"), BUILD_ONLY_ENV,
                           TOOLCHAIN_PATHS, BUILD_PROGRAMS, tuple(go_indices),
                           builder_prelude=prelude, added=added, cgo_undecided=undecided,
                           embeds_tzdata=embeds, libraries=libraries,
                           makefile=makefile), facts)

    def entry_for(self, program: str, words: Tuple[str, ...], facts: StageFacts,
                  detection: Detection):
        """A Makefile build's program must lie in the directory copied whole; a
        ``<dir>/bin/<name>`` beside a GOPATH-mode build in ``<dir>/src`` on an image
        whose GOPATH is not known is taken from there (``gopath_from_layout``)."""
        makefile = getattr(detection, "makefile", None)
        if makefile is None:
            return gopath_from_layout(program, facts, detection)
        tree = next(a for a in detection.artifacts if a.tree and a.path == makefile.tree)
        return go_makefile.entry(program, facts, makefile, tree), detection

    def plan_runner(self, detection: Detection, facts: StageFacts,
                    runner: Optional[str] = None, needs_shell: bool = False) -> RunnerPlan:
        """Without the Go sources read, on a builder with programs of its own, the
        runner is the image it is built on (``go_exec.programs_runner``), planned as a
        runner given with --runtime is; a runner given with --runtime gets the note of
        the programs it lacks."""
        unread = isinstance(detection, GoDetection) and not detection.sources_read
        if runner is not None:
            plan = self._plan_runner(detection, facts, runner, needs_shell)
            # (settled() says it where no runner with the programs is known)
            note = go_exec.unread_note(facts) if unread and \
                go_exec.has_programs_runner(facts) else ""
            return dataclasses.replace(plan, warnings=plan.warnings + ((note,) if note else ()))
        static = not detection.linking.dynamic and getattr(detection, "makefile", None) is None
        own = go_exec.programs_runner(facts, static) if unread else None
        if own is None:
            return self._plan_runner(detection, facts, runner, needs_shell)
        image, reason, added = own
        plan = self._plan_runner(detection, facts, image, needs_shell)
        return dataclasses.replace(plan, reason=reason, added=added + plan.added)

    def _plan_runner(self, detection: Detection, facts: StageFacts,
                     runner: Optional[str] = None, needs_shell: bool = False) -> RunnerPlan:
        zoneinfo = not getattr(detection, "embeds_tzdata", False)
        if detection.linking.dynamic:
            installer = _source_install(facts, detection)
            if installer:
                raise Decline(f"cgo is needed and a RUN installs software built from "
                              f"source into the image ({installer}): which of its libraries "
                              "the dynamically linked Go program needs is not known")
        if detection.linking.dynamic and getattr(detection, "libraries", ()):
            return library_runner(detection, facts, runner, needs_shell, zoneinfo)
        if runner is not None:
            setup, added = zoneinfo_setup(runner, facts.base.family) if zoneinfo else ((), ())
            if not setup and facts.base.family == "alpine" and \
                    image_facts(runner).family == "alpine":
                # (an Alpine Go toolchain image had zoneinfo in its GOROOT)
                setup, added = goroot_zoneinfo(facts.base, runner, zoneinfo, facts)
            if detection.linking.dynamic and image_facts(runner).family == "alpine":
                cxx_setup, cxx_added = go_cxx.alpine_setup(facts, runner)
                setup, added = tuple(setup) + cxx_setup, tuple(added) + cxx_added
            return chosen(runner, setup=setup, added=added)
        base = facts.base
        if getattr(detection, "makefile", None) is not None:
            return _makefile_runner(detection, facts, zoneinfo)
        if not detection.linking.dynamic:
            return static_runner(facts, "static Go binary (no cgo)", needs_shell, zoneinfo)
        evidence = "; ".join(detection.linking.evidence)
        if not getattr(detection, "cgo_undecided", False):
            evidence = f"cgo is needed ({evidence})"
        release = base.release if base.family == "debian" else None
        if release is None and base.family in (None, "debian") and _old_go(base):
            release = _OLD_GO_RELEASE
        version_matched(facts, "a glibc/musl runner of the builder's release", True)
        if release and base.release_moves:
            return slim_runner(release, f"{evidence}: glibc runner that floats with the "
                               f"builder's tag (Debian {release} on {base.data_date or 'today'})",
                               zoneinfo, floating=floating_slim(base))
        if release:
            if release == base.release:  # (not the old Go's, which its version names)
                check_digest_release(base, "a glibc runner of the builder's release")
            kind, cxx = go_cxx.distroless_kind(facts)
            image = distroless(kind, release)
            if image and not needs_shell:
                runtime = (", and the C++ runtime (libstdc++, libgcc_s) that cgo's C++ files, "
                           f"compiled with the builder's C++ compiler ({cxx}), load"
                           if cxx else "")
                return RunnerPlan(image, f"{evidence}: distroless {kind} of the builder's Debian "
                                  f"release ({release}): its glibc, libssl, CA certificates, "
                                  f"time zones and users{runtime}; nothing needs a shell")
            return slim_runner(release, f"{evidence}: glibc runner of the builder's Debian "
                               f"release ({release})" + ("; the runner needs a shell"
                                                         if image else ""), zoneinfo)
        own = floating_alpine(base, "the Go binary (cgo)")
        if own is not None:
            setup, added = go_cxx.alpine_setup(facts, own)
            return RunnerPlan(own, f"{evidence}: the builder's own alpine image, which floats "
                              "with it", setup, added=added)
        if base.family == "alpine" and base.release:
            return _alpine_release_runner(facts, zoneinfo, evidence)
        if base.family in ("debian", "ubuntu", "alpine") and "go" not in base.tools and base.release:
            return RunnerPlan(base.reference, f"{evidence}: the builder's own distribution "
                              "image as runner")
        raise Decline(f"{evidence} but {_unplaced_release(base)}; pass --runtime")


def _unplaced_release(base) -> str:
    """Why no cgo runner of the builder's release is chosen, in the words that are true
    of the builder: an image the data does not know, one whose release its tag does not
    show, or one whose release is known (``centos:7``) but is not a Debian, Ubuntu or
    Alpine image, the distributions whose runtime packages and runners are read here."""
    if base.family is None:
        return (f"the builder image {base.reference} is not in the image data: its "
                "distribution and release are not known")
    if base.release and base.family == "rhel":
        name = split_reference(base.reference)[0].rsplit("/", 1)[-1]
        return (f"the builder image {base.reference} is {name} {base.release}, an RPM "
                "distribution: a runner for a dynamically linked Go program is chosen for "
                "Debian, Ubuntu and Alpine builders only")
    if base.release:
        return (f"the builder image {base.reference} ({base.family} {base.release}) holds "
                "the Go toolchain itself, and no other image of its release is known to "
                "run the program")
    return (f"the builder image {base.reference} does not show its distribution release; "
            "pin a release tag (e.g. golang:1.22-bookworm)")


def _source_install(facts: StageFacts, detection: Detection) -> Optional[str]:
    """Where a RUN installs software built from source (a C library's ``make install``,
    ``ldconfig``, ``dpkg -i``), which a cgo program may link and no runner package
    brings: every command counts (a RUN that builds the library and then the program
    too), but for a ``make`` in a directory where the go tool runs, which is the Go
    project's own Makefile (gojekyll's ``make install`` runs ``go install``)."""
    go_dirs = {step.cwd for step in steps(facts)
               if step.command is not None and _go_args(step.command) is not None}
    return native_source_install(
        facts, dataclasses.replace(detection, build_indices=()),
        own=lambda step: program_name(step.argv[0]) in ("make", "gmake") and
        step.cwd is not None and step.cwd in go_dirs)


def _makefile_runner(detection, facts: StageFacts, zoneinfo: bool) -> RunnerPlan:
    """The runner of a directory a Makefile built (go_makefile): the builder's own C
    library, with a shell (the program the Makefile left may be a script)."""
    base = facts.base
    what = (f"{detection.makefile.where}: make builds with a Makefile the Dockerfile does not "
            "show, so whether its programs are static is not known")
    version_matched(facts, "a glibc/musl runner of the builder's release", True)
    release = base.release if base.family == "debian" else None
    if release is None and base.family in (None, "debian") and _old_go(base):
        release = _OLD_GO_RELEASE
    if release:
        floats = bool(base.release_moves)
        if not floats and release == base.release:
            check_digest_release(base, "a glibc runner of the builder's release")
        return slim_runner(release, f"{what}: glibc runner of the builder's Debian release "
                           f"({release}" + (f" on {base.data_date or 'today'}, floating with "
                                            "the builder's tag" if floats else "") +
                           "), with a shell, as the program may be a script", zoneinfo,
                           floating=floating_slim(base) if floats else None)
    own = floating_alpine(base, "the program the Makefile builds")
    if own is not None:
        setup, added = goroot_zoneinfo(base, own, zoneinfo, facts)
        cxx_setup, cxx_added = go_cxx.alpine_setup(facts, own)
        return RunnerPlan(own, f"{what}: the builder's own alpine image, which floats with it",
                          setup + cxx_setup, added=added + cxx_added)
    if base.family == "alpine" and base.release:
        return _alpine_release_runner(facts, zoneinfo, what)
    raise Decline(f"{what}, and the builder image {base.reference} does not show its "
                  "distribution release, whose C library the runner must have; pin a release "
                  "tag (e.g. golang:1.22-bookworm) or pass --runtime")


def _alpine_release_runner(facts: StageFacts, zoneinfo: bool, what: str) -> RunnerPlan:
    """``alpine:<release>``, the musl runner of the builder's Alpine release (the cgo
    and the Makefile runner's), with Go's time zones from the builder's GOROOT and the
    C++ runtime where cgo compiled C++; ``what``: why the program needs it."""
    base = facts.base
    check_digest_release(base, "a musl runner of the builder's release")
    image = f"alpine:{base.release}"
    setup, added = goroot_zoneinfo(base, image, zoneinfo, facts)
    cxx_setup, cxx_added = go_cxx.alpine_setup(facts, image)
    return RunnerPlan(image, f"{what}: musl runner of the builder's Alpine release "
                      f"({base.release})", setup + cxx_setup, added=added + cxx_added)


def _guards_only(facts: StageFacts, step) -> bool:
    """Whether the RUN of ``step`` is hard to read only for its guards (``if [ ! -f
    go.mod ]; then ...; exit 1; fi``): every command of it then runs as listed in a build
    that succeeded.  (A confined ``if``/loop body is not enough: a write it may make,
    such as a ``cp`` into /etc, is not followed by the checks of the build RUN's
    writes.)"""
    node = facts.instructions[step.index].node
    text = node.command.text if isinstance(node.command, ast.ShellForm) else ""
    return bool(text) and not node.heredocs and split_commands(text).only_guards


def fetched_dirs(facts: StageFacts) -> List[str]:
    """The directories ``go get`` downloads package sources into (``$GOPATH/src/<path>``):
    what the builder holds there whatever the recipe copies."""
    out: List[str] = []
    for step in steps(facts):
        go = _go_args(step.command)
        if go is not None and go[0] == "get":
            out.extend(d for d in _package_dirs(go[1], None, step.env) if d)
    return out


def _package_dirs(args: Tuple[str, ...], cwd: Optional[str], env) -> List[Optional[str]]:
    """The directories whose Go sources ``go build``/``go install`` compiled: the
    working directory, and ``$GOPATH/src/<path>`` for an import path it names."""
    dirs: List[Optional[str]] = [cwd] if cwd is not None else []
    gopath = env.get("GOPATH", "/go").split(":")[0]
    for arg in args:
        if arg.startswith("-") or arg.startswith(".") or arg.endswith(".go") or "/" not in arg:
            continue
        path = arg.split("@", 1)[0]
        path = path[:-4] if path.endswith("/...") else path
        dirs.append(f"{gopath}/src/{path}" if not path.startswith("/") else path)
    return dirs


def _compiled_dirs(args: Tuple[str, ...], cwd: Optional[str], env) -> List[Optional[str]]:
    """The directories of the packages a go build/install/get compiles: the working
    directory when no package is named (None: not known), ``$GOPATH/src/<path>`` for
    an import path."""
    _, packages = parse_flags(args)
    gopath = env.get("GOPATH", "/go").split(":")[0]
    out: List[Optional[str]] = []
    for pkg in packages or (".",):
        path = pkg.split("@", 1)[0]
        path = path[:-4] if path.endswith("/...") else path
        if path in (".", "") or path.startswith(("./", "../", "/")) or path.endswith(".go"):
            out.append(resolve_path(cwd, path if not path.endswith(".go") else ".")
                       if cwd else None)
        else:
            out.append(f"{gopath.rstrip('/')}/src/{path}")
    return out


def _workdir_sources(facts: StageFacts, built_dirs: List[Optional[str]],
                     fetched: List[Tuple[str, int]]):
    """(a reason to decline, an artifact) for a final WORKDIR in the Go workspace
    (``$GOPATH/src/...``).  A program run there may read the files there: those `go get`
    downloaded (a site generator's templates) reach the runner as the build left them;
    a directory nothing fills (protos mounted for a code generator such as truss, which
    calls the plugins and the workspace the build installed) or sources no build step
    compiled (a live-reloader such as lime rebuilding them) mean the program works on Go
    sources at run time and needs the toolchain image."""
    workdir = facts.final.workdir
    gopath = (facts.final.env.get("GOPATH") or "/go").split(":")[0].rstrip("/")
    if not workdir or not workdir.startswith(f"{gopath}/src/"):
        return None, None
    workdir = workdir.rstrip("/")
    copied = [d.rstrip("/") for d in context_copy_destinations(facts, len(facts.instructions))]
    if not any(overlaps(workdir, d) for d in copied):
        for path, index in fetched:
            if is_within(workdir, path):
                return None, Artifact(posixpath.dirname(path), posixpath.basename(path),
                                      f"the package sources the build fetched into the final "
                                      f"WORKDIR {workdir}, which the program may read at run "
                                      "time",
                                      index, tree=True)
        return (f"the final WORKDIR {workdir} is a directory of the Go workspace ({gopath}/src) "
                "that no COPY from the build context or `go get` fills: the program works at "
                "run time on files mounted there (a code generator's protos, sources to "
                "rebuild), with the toolchain and the workspace"), None
    return _unbuilt(workdir, gopath, built_dirs), None


def _unbuilt(workdir: str, gopath: str, built_dirs: List[Optional[str]]) -> Optional[str]:
    for built in built_dirs:
        if built is None:
            return None  # a build in a directory not known may be this one
        built = built.rstrip("/")
        # (a build of the whole workspace, or at the root, holds the WORKDIR without
        # compiling it: only one below the WORKDIR counts there)
        workspace = built in ("", gopath, f"{gopath}/src")
        if is_within(built, workdir) if workspace else overlaps(workdir, built):
            return None
    return (f"the final WORKDIR {workdir} is a Go source directory of the workspace "
            f"({gopath}/src) that no build step compiles: the program works on Go sources "
            "at run time (a live-reloader or a code generator), which needs the Go "
            "toolchain and the workspace")


def _static_prelude() -> Tuple[ast.Instruction, ...]:
    return (ast.Env(keyword="ENV", pairs=(ast.KeyValue("CGO_ENABLED", "0"),), leading=(
        ast.Comment("# static binary: nothing in this build needs cgo"),)),)


def _old_go(base) -> bool:
    """Whether the builder is golang 1.4-1.6, by the image's GOLANG_VERSION."""
    if split_reference(base.reference)[0] != "golang":
        return False
    return bool(_OLD_GO.match(language_version(base, "GOLANG_VERSION") or ""))


RECIPE = GoRecipe()


def gopath_from_layout(program: str, facts: StageFacts, detection: Detection):
    """``ENTRYPOINT ["/go/bin/skydock"]`` after ``go install`` in
    ``/go/src/github.com/crosbymichael/skydock`` on an image whose environment is not
    known (crosbymichael/golang): the install directory read from the environment is
    Go's default ($HOME/go/bin), a guess the image's own GOPATH overrides.  The layout
    decides it: in GOPATH mode ``go install`` of a directory outside every GOPATH entry
    fails ("no install location"), and in module mode it writes $GOPATH/bin, so a build
    that works and leaves the command's ``<dir>/bin/<name>`` while compiling in
    ``<dir>/src/`` had GOPATH=<dir>.  The artifacts installed in the default directory
    are moved there ((None, detection): the match is left to the caller, which fixes a
    name only guessed).  Should the image's GOPATH differ after all, the runner's COPY
    of the missing file fails the build, not the container.  None when the program is
    not such a ``<dir>/bin`` (``layout_bins``)."""
    if not program.startswith("/"):
        return None
    head, name = posixpath.split(posixpath.normpath(program))
    moved = layout_bins(facts, detection.artifacts).get(head)
    if not name or not moved:
        return None
    root = posixpath.dirname(head)
    artifacts = tuple(dataclasses.replace(a, directory=head, how=f"{a.how}; the image's GOPATH is "
                                          f"not known: {root}, as the build in {root}/src and "
                                          f"{program} show")
                      if a in moved else a for a in detection.artifacts)
    return None, dataclasses.replace(detection, artifacts=artifacts)


def layout_bins(facts: StageFacts, artifacts) -> Dict[str, List[Artifact]]:
    """{``<dir>/bin``: the artifacts ``go install``/``go get`` put in Go's default
    directory} for each ``<dir>/src/`` a build compiled in, on an image not in the
    table (its environment, GOPATH above all, is unknown) whose stage sets neither
    GOPATH nor GOBIN: where the binaries may be (``gopath_from_layout``; the
    postconditions accept the runner's copy from there)."""
    env = facts.final.env
    if facts.base.known or env.get("GOPATH") or env.get("GOBIN"):
        return {}
    default = go_install_dir(dict(env))
    moved = [a for a in artifacts if a.directory == default and not a.tree]
    out: Dict[str, List[Artifact]] = {}
    for a in moved:
        if a.source_dir and "/src/" in a.source_dir:
            root = a.source_dir.split("/src/", 1)[0]
            if root.startswith("/") and root + "/bin" != default:
                out[root + "/bin"] = moved
    return out
