"""The C/C++ recipe: ``gcc|g++|cc|clang ... -o X``, ``make [install]``,
``./configure --prefix``, ``cmake`` (configure, ``--build``, ``--install``), ``ninja
[install]``, ``meson compile/install``, and ``cp``/``install``/``mv`` of what they
built.

Artifacts: ``-o X`` is certain; ``make``/``cmake --build``/``ninja`` write binaries
whose names only the CMD/ENTRYPOINT shows (in the build directory); an install step
copies the whole prefix (default ``/usr/local``: binaries, shared libraries, data) and
runs ``ldconfig`` in the runner.  ``-static`` builds go to scratch (alpine when the
command needs a shell); dynamic ones to the builder's release with the runtime
packages behind the ``-dev`` packages (``knowledge.packages``)."""

from __future__ import annotations

import dataclasses
import posixpath
import re
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Tuple

from .runner_policy import check_digest_release, floating_runner, static_runner, version_matched
from ...analysis import StageFacts
from ...knowledge.images import image_facts
from ...knowledge.references import pinned_by_digest, split_reference
from .base import Artifact, Decline, Detection, Linking, Recipe, RunnerPlan, chosen, first_problem
from . import build_capture, native_capture, proven_family
from .install_prefixes import (AUTOGEN, UNREAD_PREFIX, cmake_install_target,
                               environment_prefix_problem, install_prefix, python_prefix,
                               read_cmake_setup, read_configure, read_meson_setup)
from .native_runner import carried_others, check_gpu_config, installed, native_plan
from .native_staging import (LIBRARIES, RUNTIME_PACKAGES, STAGE, libraries_command,
                             marker_node, stage_command)
from ...knowledge import official
from ..runner_setup import run_node
from ...knowledge import packages
from .run_walk import Step, kept_installs, path_arg, steps, upgrade_of
from ...analysis.shell import program_name
from ...analysis.build_outputs import COMPILERS
from ...tree import ast

NAME = "c-cpp"

BUILD_ONLY_ENV = frozenset({"CC", "CXX", "CFLAGS", "CXXFLAGS", "CPPFLAGS", "LDFLAGS",
                            "MAKEFLAGS", "CMAKE_BUILD_TYPE", "CMAKE_GENERATOR",
                            "PKG_CONFIG_PATH", "DEBIAN_FRONTEND", "NINJA_STATUS"})
TOOLCHAIN_PROGRAMS = set(build_capture.C_TOOLCHAIN_PROGRAMS)
#: builder images whose /usr/local holds nothing but what the build installs
PLAIN_BASES = {"debian", "ubuntu", "alpine", "buildpack-deps"}
NOT_INSTALL_TARGETS = {"all", "clean", "test", "check", "distclean"}
#: programs that install software built from source into the image (Boost's b2/bjam,
#: the loader cache refreshed after libraries were added, package files installed by
#: hand): after them, which libraries a dynamically linked program needs is not known
SOURCE_INSTALLERS = {"b2", "bjam", "ldconfig", "checkinstall"}
#: the libraries of a compiler (LLVM, libclang), toolchains to the package tables, which
#: a C/C++ program links when it compiles at run time itself (dale's JIT, a bindgen)
COMPILER_LIBRARIES = re.compile(r"^(llvm|clang|libclang)(-[0-9.]+)?-dev$")


def compiler_libraries(pkgs) -> list:
    """The installed compiler-library packages, mapped to their runtime packages (or
    read in the builder) like any -dev package: the program may link them."""
    return [p for p in pkgs if COMPILER_LIBRARIES.match(p)]


#: Java toolchains (build-only to the package tables): a C/C++ recipe's ``make`` beside
#: one may build a Java program, which runs on the JDK
JAVA_TOOLCHAINS = re.compile(r"^(openjdk-[0-9]+-jdk(-headless)?|default-jdk(-headless)?|"
                             r"openjdk[0-9]+(-jdk)?|ant|maven|gradle|sbt)([=:].*)?$")
#: what the runner's copy of that list is called while it installs
RUNNER_LIST = "/tmp/runtime-packages"


@dataclass(frozen=True)
class NativeDetection(Detection):
    """``elf_binaries``: binaries whose runtime packages are read in the builder from
    their ELF NEEDED entries (``ldd``) and the dpkg packages owning the resolved files,
    as the official slim images find theirs (``native_staging``); ``elf_directories``:
    directories whose executables the build wrote under names only the command shows;
    ``staged``: prefixes of the image's own (/usr/local of gcc, python, golang) whose
    new files the builder staged for the runner; ``release``: the builder's dpkg
    distribution and release whose package names the list holds."""

    elf_binaries: Tuple[str, ...] = ()
    elf_directories: Tuple[str, ...] = ()
    staged: Tuple[str, ...] = ()
    release: Optional[Tuple[str, str]] = None
    #: libraries no package owns are copied to the runner (else they fail the build)
    copies_unowned: bool = False
    #: install prefixes of a plain image copied whole, whose files were read too
    elf_trees: Tuple[str, ...] = ()
    #: -dev packages no table maps, whose ``.so`` links' owners were listed too
    dev_links: Tuple[str, ...] = ()

    @property
    def reads_elf(self) -> bool:
        return self.release is not None


class NativeRecipe(Recipe):
    """Stateless: the install prefixes ``configure``/``cmake``/``meson`` set for later
    install steps are kept in a dict local to one ``detect`` and passed along."""

    name = NAME
    program_kind = "a C/C++ program"

    def needs_toolchain(self, words: Tuple[str, ...]) -> Optional[str]:
        if words and program_name(words[0]) in TOOLCHAIN_PROGRAMS | {"./configure"}:
            return (f"the command runs `{words[0]}`, which needs the C/C++ toolchain at run "
                    "time")
        return None

    def detect(self, facts: StageFacts) -> Optional[Detection]:
        prefixes: Dict[Optional[str], str] = {}
        artifacts: List[Artifact] = []
        build: List[int] = []
        problems: List[str] = []
        static: List[bool] = []
        #: the problems of build steps in a directory not known, by their place, until an
        #: install there settles them (``_Unplaced``)
        unplaced: Dict[Tuple[int, int], List[int]] = {}
        settled: set = set()
        for step in steps(facts):
            head = program_name(step.argv[0])
            got = None
            if COMPILERS.match(head):
                got = self._compile(step, static)
            elif head in ("make", "gmake"):
                got = self._make(step, facts, prefixes)
            elif head == "configure" or head in AUTOGEN and len(step.argv) > 1:
                read_configure(step, prefixes, facts)
                # the prefix it sets is read by the install steps after it: one that only
                # may have run leaves their prefix unknown
                got = [] if step.own_problem else None
            elif head == "cmake":
                got = self._cmake(step, facts, prefixes)
            elif head == "ninja":
                got = self._ninja(step, facts, prefixes)
            elif head == "meson":
                got = self._meson(step, facts, prefixes)
            elif head in ("cp", "install", "mv") and artifacts:
                got = self._copy(step, artifacts)
            if got is None:
                continue
            build.append(step.index)
            if step.own_problem:
                # (a command outside the RUN's confined if/loop bodies runs as read)
                problems.append(f"{step.where}: {head} inside a shell construct the transpiler "
                                f"cannot follow ({step.own_problem})")
            if isinstance(got, _Unplaced):
                if got.place is not None:
                    unplaced.setdefault(got.place, []).append(len(problems))
                problems.append(got.reason)
            elif isinstance(got, str):
                problems.append(got)
            else:
                artifacts.extend(got)
            installs = isinstance(got, _InstallProblem) or \
                isinstance(got, list) and any(a.tree for a in got)
            if installs and step.place is not None and \
                    not {"-C", "--directory"} & set(step.argv):
                # (``make && make install`` in ``cd foo-*``: what the make built is what
                # the install puts into the prefix copied, or the install's own problem
                # is the one to report)
                settled.update(unplaced.pop(step.place, ()))
        if not build:
            return None
        try:
            first_problem(problems)
        except Decline as exc:
            unsettled = [p for i, p in enumerate(problems) if i not in settled]
            if native_capture.on_own_image(facts) and unsettled == []:
                # (on an image of its own trees the window's runner is that whole image:
                # the staging of /usr/local onto a slim runner goes first where it follows
                # the build)
                captured = None
            else:
                captured = native_capture.capture_detection(
                    facts, NAME, BUILD_ONLY_ENV, f"the recipe cannot follow the build: "
                    f"{exc.reason}")
            if captured is not None:
                # (the capture copies what the build wrote wherever it went: preferred
                # where it applies, also to an install whose build step's place is
                # settled)
                return captured
            try:
                first_problem(unsettled)
            except Decline as left:
                why = native_capture.unavailable(facts)
                if why is None:
                    raise
                raise Decline(f"{left.reason}; the capture window that would run the build "
                              f"as written and copy what it wrote cannot be used: {why}") from None
        is_static = bool(static) and all(static) and \
            not any(a.tree or "make" in a.how or "cmake" in a.how for a in artifacts)
        linking = Linking(not is_static, () if is_static else ("a dynamically linked C/C++ build",))
        detection = NativeDetection(NAME, tuple(dict.fromkeys(build)), tuple(artifacts), linking,
                                    build_only_env=BUILD_ONLY_ENV)
        staged = tuple(sorted({a.destination or a.path for a in artifacts if a.source}))
        if staged:
            detection = dataclasses.replace(
                detection, staged=staged,
                builder_prelude=detection.builder_prelude + (marker_node(),),
                builder_additions=detection.builder_additions + (run_node(
                    stage_command(staged), "what the build added to the image's own "
                    + ", ".join(staged) + " (newer than the marker), for the runner"),))
        if linking.dynamic and not staged:
            from . import native_rpm
            rpm = native_rpm.rpm_base(facts)
            if rpm is not None:  # CentOS/Fedora: the same image, its packages read there
                return native_rpm.with_same_image(detection, facts, rpm)
        return _with_elf_packages(detection, facts) if linking.dynamic else detection

    # -- readers ---------------------------------------------------------------------

    def _compile(self, step: Step, static: List[bool]):
        argv = step.argv
        if "-c" in argv or "-E" in argv or "-S" in argv or "-o" not in argv[:-1]:
            return None
        out = argv[argv.index("-o") + 1]
        path = path_arg(out, step)
        static.append("-static" in argv)
        if path is None:
            return f"{step.where}: {argv[0]} -o {out}: the output path is not known"
        return [Artifact(posixpath.dirname(path), posixpath.basename(path),
                         f"{step.where}: {argv[0]} -o {out}", step.index)]

    def _install_tree(self, step: Step, facts: StageFacts, prefixes, prefix: Optional[str],
                      tool: str, destdir: bool = False):
        got = self._install_prefix(step, facts, prefixes, prefix, tool, destdir)
        return _InstallProblem(got) if isinstance(got, str) else got

    def _install_prefix(self, step: Step, facts: StageFacts, prefixes, prefix: Optional[str],
                        tool: str, destdir: bool):
        if destdir:
            return f"{step.where}: {tool} with DESTDIR stages files elsewhere; not followed"
        given = prefix
        prefix, guessed = install_prefix(step, prefixes, given)
        # (a Makefile a configure, cmake or meson step wrote, or an install of those
        # build systems: it installs under the prefix the step set, not into GOPATH/bin)
        generated = tool != "make install" or (given is None and not guessed)
        guessed = guessed and tool == "make install"
        if prefix.startswith(UNREAD_PREFIX):
            return (f"{step.where}: {tool}: `{prefix[len(UNREAD_PREFIX):]}` sets where the "
                    "install writes, outside a prefix the runner could copy whole (or in "
                    "options not read)")
        if given is None and tool == "make install":
            problem = environment_prefix_problem(step, tool, prefix)
            if problem:
                return problem
        # (the prefix the install's own command line gives is evaluated there)
        path = path_arg(prefix, step) or \
            (python_prefix(prefix, step, facts) if given is not None else None)
        if path is None:
            return f"{step.where}: {tool}: install prefix {prefix} is not known"
        if path in ("/usr", "/", "/opt"):
            return (f"{step.where}: {tool} installs into {path}, among the distribution's own "
                    "files; what to copy to the runner is not known")
        name = split_reference(facts.base.reference)[0]
        from . import native_rpm
        if path == "/usr/local" and name not in PLAIN_BASES and \
                native_rpm.rpm_base(facts) is None:  # (a plain CentOS/Fedora /usr/local is empty)
            if facts.base.family == "rhel":
                from .rpm_runner import rpm_unhandled
                return (f"{step.where}: {tool} installs into /usr/local of "
                        f"{facts.base.reference}, for which no C/C++ runner of the same image "
                        f"is built: {rpm_unhandled(facts)}")
            if dpkg_release(facts) is None:
                return f"{step.where}: {tool} {_unstaged(facts)}"
            ahead = _path_before(facts, "/usr/local/bin") if not generated else []
            if ahead:
                return (f"{step.where}: {tool} installs into /usr/local of "
                        f"{facts.base.reference}, whose PATH searches {', '.join(ahead)} first: "
                        "a Makefile's install target may put the program there instead "
                        "(`go install` into GOPATH/bin, for one), which the staging of "
                        "/usr/local would not see")
            return [Artifact("/usr", "local", f"{step.where}: {tool} (prefix /usr/local, "
                             f"staged: what the build added to {facts.base.reference}'s own "
                             "/usr/local)", step.index, True, tree=True,
                             source=STAGE + "/usr/local")]
        if guessed:
            return [Artifact(posixpath.dirname(path), posixpath.basename(path),
                             f"{step.where}: {tool} (prefix {path}, the default taken for a "
                             "Makefile no configure step wrote)", step.index, True, tree=True,
                             unsure=True)]
        return [Artifact(posixpath.dirname(path), posixpath.basename(path),
                         f"{step.where}: {tool} (prefix {path})", step.index, True, tree=True)]

    def _built_here(self, step: Step, directory: Optional[str], tool: str):
        if directory is None:
            # (after ``make -C $DIR`` the directory named is what is not known)
            why = f": {step.lost}" if step.lost and step.place is not None else ""
            return _Unplaced(f"{step.where}: {tool} runs in a directory that is not known{why}",
                             step.place)
        return [Artifact(directory, None, f"{step.where}: {tool} (in {directory})", step.index,
                         False)]

    def _make(self, step: Step, facts: StageFacts, prefixes):
        argv = list(step.argv[1:])
        directory, moved = step.cwd, False
        targets, prefix, destdir = [], None, False
        i = 0
        while i < len(argv):
            word = argv[i]
            if word in ("-C", "--directory") and i + 1 < len(argv):
                directory = path_arg(argv[i + 1], step)
                moved = moved or argv[i + 1].rstrip("/") not in (".", "")
                i += 2
                continue
            if word in ("-f", "-j", "-l") and i + 1 < len(argv) and not argv[i + 1].startswith("-"):
                i += 2 if word == "-f" or argv[i + 1].isdigit() else 1
                continue
            key, eq, value = word.partition("=")
            if eq and not word.startswith("-"):
                if key in ("PREFIX", "prefix"):
                    prefix = value
                destdir = destdir or key == "DESTDIR"
            elif not word.startswith("-"):
                targets.append(word)
            i += 1
        if any(t in NOT_INSTALL_TARGETS for t in targets) and not \
                any(t.startswith("install") for t in targets) and targets != ["all"]:
            return [] if targets else None
        sub = _moved(step, directory, moved)
        if any(t.startswith("install") for t in targets):
            return self._install_tree(sub, facts, prefixes, prefix, "make install", destdir)
        return self._built_here(sub, directory, "make")

    def _cmake(self, step: Step, facts: StageFacts, prefixes):
        argv = step.argv[1:]
        if "--build" in argv:
            at = argv.index("--build")
            directory = path_arg(argv[at + 1], step) if at + 1 < len(argv) else None
            if cmake_install_target(step.argv) is not None:
                # (the prefix its build directory's cmake step set)
                sub = _moved(step, directory, argv[at + 1:at + 2] not in (["."], ["./"]))
                return self._install_tree(sub, facts, prefixes, None,
                                          "cmake --build --target install")
            sub = _moved(step, directory, argv[at + 1:at + 2] not in (["."], ["./"]))
            return self._built_here(sub, directory, "cmake --build")
        if "--install" in argv:
            prefix = argv[argv.index("--prefix") + 1] if "--prefix" in argv[:-1] else None
            return self._install_tree(step, facts, prefixes, prefix, "cmake --install")
        read_cmake_setup(step, prefixes, facts)
        return []

    def _ninja(self, step: Step, facts: StageFacts, prefixes):
        argv = list(step.argv[1:])
        directory, moved = step.cwd, False
        if "-C" in argv[:-1]:
            there = argv[argv.index("-C") + 1]
            directory, moved = path_arg(there, step), there.rstrip("/") not in (".", "")
        sub = _moved(step, directory, moved)
        if "install" in argv:
            return self._install_tree(sub, facts, prefixes, None, "ninja install")
        return self._built_here(sub, directory, "ninja")

    def _meson(self, step: Step, facts: StageFacts, prefixes):
        argv = step.argv[1:]
        if not argv:
            return None
        if argv[0] == "setup" or not argv[0] in ("compile", "install"):
            read_meson_setup(step, prefixes, facts)
            return []
        there = argv[argv.index("-C") + 1] if "-C" in argv[:-1] else "."
        directory = path_arg(there, step)
        sub = _moved(step, directory, there.rstrip("/") not in (".", ""))
        if argv[0] == "install":
            return self._install_tree(sub, facts, prefixes, None, "meson install")
        return self._built_here(sub, directory, "meson compile")

    def _copy(self, step: Step, artifacts: List[Artifact]):
        """``cp build/app /usr/local/bin/``: the copy is an artifact too (the original
        stays, so both are known); anything else is not a build step."""
        words = [w for w in step.argv[1:] if not w.startswith("-")]
        if len(words) != 2:
            return None
        src, dst = path_arg(words[0], step), path_arg(words[1], step)
        if src is None or dst is None:
            return None
        known = {a.path for a in artifacts if a.path and a.certain}
        dirs = {a.directory for a in artifacts if not a.certain}
        if src not in known and posixpath.dirname(src) not in dirs:
            return None
        if words[1].endswith("/") or dst in ("/usr/local/bin", "/usr/bin", "/bin",
                                              "/usr/local/sbin", "/app", "/opt"):
            dst = posixpath.join(dst, posixpath.basename(src))
        return [Artifact(posixpath.dirname(dst), posixpath.basename(dst),
                         f"{step.where}: {step.argv[0]} {words[0]} {words[1]}", step.index)]

    def entry_for(self, program: str, words: Tuple[str, ...], facts: StageFacts,
                  detection: Detection):
        """On a capture runner, a script the command runs was not read (with --context
        it is, before this): its programs may be the builder's tools."""
        if isinstance(detection, build_capture.CaptureDetection):
            build_capture.check_command(detection, program, words, facts)
        return None

    def capture_instead(self, facts: StageFacts, detection: Detection) -> Optional[Detection]:
        """The detection that runs the build in a capture window (``native_capture``)
        when the command's program is no output the recipe names, or None."""
        if isinstance(detection, build_capture.CaptureDetection):
            return detection
        return native_capture.capture_detection(
            facts, NAME, BUILD_ONLY_ENV, "the command runs a program that no build step the "
            "recipe reads names")

    # -- runner ----------------------------------------------------------------------

    def plan_runner(self, detection: Detection, facts: StageFacts,
                    runner: Optional[str] = None, needs_shell: bool = False) -> RunnerPlan:
        if isinstance(detection, build_capture.CaptureDetection):
            return build_capture.plan(detection, runner)
        check_gpu_config(facts, runner, "the C/C++ program")
        if not detection.linking.dynamic:
            if runner is not None:
                return chosen(runner)
            return static_runner(facts, "static binary (-static)",
                                 needs_shell or any(a.tree for a in detection.artifacts))
        installer = source_install(facts, detection)
        if installer:
            raise Decline(f"{installer} installs software built from source into the "
                          "image; which of its libraries the dynamically linked program "
                          "needs is not known")
        jvm = [p for p in installed(facts) if JAVA_TOOLCHAINS.match(p)]
        if jvm and runner is None:
            raise Decline(f"the build installs {', '.join(jvm)}: a Java toolchain, which stays "
                          "in the builder, and what the make build produces may run on it "
                          "(a jar and the script that starts it) rather than be a C/C++ "
                          "program")
        from . import native_rpm
        if isinstance(detection, native_rpm.RpmNativeDetection):
            return native_rpm.plan(detection, runner)
        if isinstance(detection, NativeDetection) and detection.reads_elf:
            return elf_plan(detection, facts, runner, carries_others=_carries_others(facts))
        name = split_reference(facts.base.reference)[0]
        if name == "gcc" and runner is None:
            raise Decline("the gcc image compiles with its own GCC in /usr/local, whose "
                          "libstdc++/libgcc are newer than the distribution's: a slim runner "
                          "may fail with `GLIBCXX_... not found`; build with -static-libstdc++ "
                          "or pass --runtime")
        if name not in PLAIN_BASES and runner is None:
            raise Decline(f"a C/C++ build on {facts.base.reference}: which of that image's "
                          "libraries the binary links is not known")
        pkgs = installed(facts)
        extra = []
        if facts.base.family == "alpine" and {"g++", "build-base", "clang"} & set(pkgs):
            extra = ["libstdc++", "libgcc"]  # not in the alpine base image
        # (gcc's libgomp and libatomic, which a Makefile's -fopenmp or -latomic links)
        from .interpreted import alpine_gcc_runtime, gcc_runtime_note
        gcc = [p for p in alpine_gcc_runtime(facts, extra) if p not in pkgs]
        extra += gcc
        why = (gcc_runtime_note(gcc, "programs"),) if gcc else ()
        script = _script_before_build(facts, detection)
        if script is not None and runner is None:
            raise Decline(f"{script.where} runs `{' '.join(script.argv[:2])}` before the build, "
                          "a script whose effect is not read: the libraries it installs are "
                          "not among the packages the Dockerfile names, whose runtime "
                          "packages the runner installs")
        ldconfig = any(a.tree for a in detection.artifacts)
        return native_plan(facts, "the C/C++ program", runner, extra, ldconfig=ldconfig,
                           added=why, needs_shell=needs_shell,
                           linked=compiler_libraries(pkgs), carries_others=_carries_others(facts))


@dataclass(frozen=True)
class _Unplaced:
    """A build step (``make``, ``cmake --build .``, ``ninja``) in a directory the walk
    does not know (``cd node-v*``, ``cd $(ls -d src-*)``): its binaries cannot be named,
    so it is a problem, unless an install step runs after it in the same place
    (``run_walk.Step.place``: no ``cd`` between them) - then the install's prefix is
    what reaches the runner, and the build step only made what that installs."""

    reason: str
    place: Optional[Tuple[int, int]]


class _InstallProblem(str):
    """Why an install step's prefix cannot be copied (``_install_tree``): a problem of
    the install, which settles the build steps before it in its place (``_Unplaced``)."""


def _moved(step: Step, directory: Optional[str], moved: bool) -> Step:
    """``step`` run in ``directory`` (``make -C``, ``ninja -C``): in another place than
    the step's own when ``moved`` (``-C sub``, not ``-C .``)."""
    return dataclasses.replace(step, cwd=directory, place=None if moved else step.place)


#: builder images whose programs a C/C++ build's command cannot be: the distributions'
#: own and gcc (its /usr/local holds the compiler only)
_CARRYING_BASES = PLAIN_BASES | {"gcc"}


def _carries_others(facts: StageFacts) -> bool:
    """Whether the programs the build installs whose run-time use is not known (curl,
    wget, zip) are installed again in the runner instead of the rewrite declining: on
    the distributions' own images and gcc.  On an image that keeps a program of its
    own in /usr/local (php, python, ruby), the command may run that program, which the
    staged install does not hold (``CMD php server.php`` after building an extension):
    declined there as before."""
    return split_reference(facts.base.reference)[0] in _CARRYING_BASES


#: scripts a C/C++ build runs that configure it (their effect is the build's)
_BUILD_SCRIPTS = frozenset({"configure", "autogen.sh", "bootstrap.sh", "bootstrap",
                            "build.sh", "install.sh", "make.sh"})


def _script_before_build(facts: StageFacts, detection: Detection) -> Optional[Step]:
    """A RUN before the last build step that runs a script (``./install-deps.sh``, ``sh
    deps.sh``) other than the build's own configuration scripts: it may install
    library packages (freeswitch's install-deps.sh), which the table route, taking
    the runtime packages from the -dev packages the Dockerfile names, would miss."""
    if not detection.build_indices:
        return None
    last_build = max(detection.build_indices)
    build = set(detection.build_indices)
    for step in steps(facts):
        if step.index >= last_build or step.index in build or not step.argv:
            continue
        words = step.argv[1:] if program_name(step.argv[0]) in ("sh", "bash") else step.argv
        if not words or words[0].startswith("-"):
            continue
        name = program_name(words[0])
        if name.endswith(".sh") and name not in _BUILD_SCRIPTS and \
                not name.startswith(("autogen", "bootstrap", "configure")):
            return step
    return None


def _path_before(facts: StageFacts, directory: str) -> List[str]:
    """The PATH entries searched before ``directory`` outside the prefix that holds it
    (``/usr/local/bin``: ``/usr/local``): a program installed into one of those is
    outside what the staging of the prefix sees.  Asked only for a Makefile no
    configure, cmake or meson step wrote (a Go project's, whose install target runs
    ``go install``): a generated one installs under the prefix its step set.  One inside the prefix (openjdk's
    /usr/local/openjdk-8/bin, ruby's /usr/local/bundle/bin, cuda's /usr/local/cuda/bin)
    is staged with it, whatever the install puts there."""
    dirs = [d.rstrip("/") for d in facts.final.path_dirs]
    if directory not in dirs:
        return []
    prefix = posixpath.dirname(directory)
    return [d for d in dirs[:dirs.index(directory)] if not d.startswith(prefix + "/")]


def _unstaged(facts: StageFacts) -> str:
    """Why what an install adds to the builder image's own /usr/local cannot be staged
    (``stage_command`` reads it with a Debian or Ubuntu release's tools): the image is
    not one the data knows, its release is not in the data, or it is another
    distribution; the clause names which, so the decline says what is unknown."""
    base = facts.base
    reference = base.reference
    if not base.known:
        return (f"installs into /usr/local, where the builder image {reference} may keep "
                "files of its own (it is not a plain distribution image), and the image data "
                "does not know it: no Debian or Ubuntu release whose tools could stage what "
                "the install adds is shown" + proven_family.unproven_note(facts))
    head = (f"installs into /usr/local, where the builder image {reference} keeps files of "
            "its own")
    if base.family in ("debian", "ubuntu"):
        tag = official.resolve(reference, {k: v for k, v in facts.global_args.items()
                                           if v is not None})
        unread = tag is not None and tag.source == "tag"
        return (f"{head}; it is a {base.family} image, but the image data does not hold its "
                "release (its tag names none" + (", and the image's Dockerfile was not read "
                "when the data was made" if unread else "") + "), so the release whose tools "
                "would stage what the install adds is not known")
    shown = f"{base.family} {base.release}" if base.release else base.family
    # (why the capture window cannot follow the install instead, where it would, the
    # decline adds: ``native_capture.unavailable``)
    return (f"installs into /usr/local of {reference}, an image of {shown} (image data): "
            "the staging of what an install adds to an image's own /usr/local is written "
            "for Debian's and Ubuntu's tools (dpkg)")


def dpkg_release(facts: StageFacts) -> Optional[Tuple[str, str]]:
    """(family, release) of a Debian or Ubuntu builder whose release is known: from the
    tag (``debian:bookworm``) or from the official image's published Dockerfile
    (``gcc:12`` is bookworm on the data's date, ``ruby:2.3.3`` jessie), also for an
    official image the runner table does not list."""
    base = facts.base
    if base.family not in ("debian", "ubuntu", None):
        return None
    if base.family and base.release:
        return base.family, base.release
    tag = official.resolve(base.reference, {k: v for k, v in facts.global_args.items()
                                                 if v is not None})
    if tag is None or tag.distribution not in ("debian", "ubuntu") or not tag.release or \
            base.family not in (None, tag.distribution):
        return None
    return tag.distribution, tag.release


def _with_elf_packages(detection: NativeDetection, facts: StageFacts) -> NativeDetection:
    """Read the runtime packages from the binaries in the builder when the table cannot
    name them: a -dev package with no known runtime package, a plain Debian or Ubuntu
    image of a release the tables do not cover (``uncovered_release``), a builder image
    that keeps libraries of its own (gcc, python, golang: which of them the binary links
    only the binary shows), or an install staged from such an image.  Needs a dpkg
    builder of a known release (its runner installs the same names).  A prefix a plain
    image's install wrote (/usr/local) is copied whole: its files are read too, and the
    libraries inside it come with the copy."""
    found = dpkg_release(facts)
    if found is None:
        return detection
    distro = packages.distro_of(*found)
    if distro is None:
        return detection
    name = split_reference(facts.base.reference)[0]
    uncovered = not distro.release
    if uncovered and uncovered_release(facts) is None:
        return detection  # (native_plan declines: a release the tables do not cover)
    unknown = packages.runtime_needs(installed(facts), distro,
                                     compiler_libraries(installed(facts))).unknown
    if name in PLAIN_BASES and not detection.staged and not unknown and not uncovered:
        return detection
    arts = detection.artifacts
    staged = {a.path for a in arts if a.source}
    trees = tuple(dict.fromkeys(a.path for a in arts if a.tree and a.path not in staged))
    if trees and name not in PLAIN_BASES:
        return detection  # a prefix of an image's own copied whole: not read here
    binaries = tuple(dict.fromkeys(a.path for a in arts if a.certain and not a.tree and a.path))
    directories = tuple(dict.fromkeys(a.directory for a in arts if not a.certain and a.directory))
    copy_unowned = name not in PLAIN_BASES or bool(staged)
    kept, _removed = kept_installs(facts)
    links = tuple(p for p in unknown if p in kept)
    node = run_node(libraries_command(binaries, directories, bool(staged), copy_unowned,
                                      trees, links),
                    "the packages owning the libraries the program loads (ELF NEEDED, resolved "
                    "by ldd), and the libraries no package owns, for the runner")
    return dataclasses.replace(detection, elf_binaries=binaries, elf_directories=directories,
                               elf_trees=trees, dev_links=links,
                               release=found, copies_unowned=copy_unowned,
                               builder_additions=detection.builder_additions + (node,))


def uncovered_release(facts: StageFacts) -> Optional[str]:
    """The runner of a C/C++ build on a plain Debian or Ubuntu image whose release the
    runtime package tables do not cover because it is past its end of life
    (``ubuntu:12.10``, ``debian:wheezy``: the image data lists the tag as no longer
    published), or None: the builder's very image (no slim image of an Ubuntu release
    exists), or the slim image of the same release the image data names
    (``debian:wheezy-slim``).  The runtime packages are read in the builder, so no
    table is needed; the runner installs them with the release's own apt sources (or
    the builder's, when the build changed them), which an end-of-life release's
    archive no longer serves: the runner's ``apt-get update`` fails where the
    original's own does, so the original must run one (a build that gets its compiler
    without apt would build where the runner fails)."""
    base = facts.base
    name, _tag = split_reference(base.reference)
    if name not in ("debian", "ubuntu") or base.family != name or not base.release or \
            pinned_by_digest(base.reference) or "$" in base.reference or \
            base.current is not False:
        return None  # (a current tag of a release newer than the tables: not known yet)
    if not any(len(s.argv) > 1 and program_name(s.argv[0]) in ("apt-get", "apt") and
               "update" in s.argv[1:] for s in steps(facts)):
        return None
    from .distribution_runner import plain_base
    plain = plain_base(facts)
    return plain.image if plain is not None else base.reference


def elf_plan(detection: NativeDetection, facts: StageFacts,
             runner: Optional[str] = None, what: str = "the C/C++ program",
             why: Tuple[str, ...] = (), carries_others: bool = False) -> RunnerPlan:
    """A runner of the builder's dpkg release installing the list the builder wrote,
    then taking the libraries no package owns (``runner``: the one --runtime named,
    which must be such a runner).  A Debian builder whose tag floats (``rust:latest``)
    gets the slim image that floats with it: its release's package names are the ones
    the builder found while both name the same release.  ``what``: the program, for
    the reasons; ``why``: the recipe's reasons for reading the libraries;
    ``carries_others``: the installed programs whose run-time use is not known are left
    to the runner stage, which installs them again (``native_runner.carried_others``)."""
    family, release = detection.release
    distro = packages.distro_of(family, release)
    base = facts.base
    floating = floating_runner(base, release) if family == "debian" and base.release and \
        runner is None else None
    image = floating or (f"debian:{release}-slim" if family == "debian" else f"ubuntu:{release}")
    uncovered = None if distro.release else uncovered_release(facts)
    if uncovered is not None:
        image = uncovered
    elif family == "ubuntu" and split_reference(base.reference)[0] == "ubuntu":
        # the builder's own tag (no slim Ubuntu image exists): a floating one
        # (``ubuntu``) floats the runner with it, as the package names it read do
        image = base.reference
    elif not distro.release and runner is None:
        raise Decline(f"{what} is linked against the builder's C library: {base.reference} is "
                      f"{family} {release}, a release the runtime package tables do not "
                      "cover; pass --runtime")
    if runner is None:
        version_matched(facts, f"a runner of the builder's {family} release", True)
        if not floating and image != base.reference:
            check_digest_release(base, f"a runner of the builder's {family} release")
    if runner is not None:
        target = image_facts(runner)
        if target.known and (target.shell is None or target.family != family or
                             target.release not in (None, release)):
            raise Decline(f"the runtime packages are read from the binaries in the builder "
                          f"({family} {release}) and installed with its package "
                          f"names; {runner} is not a runner of that release with a shell")
    pkgs = installed(facts)
    needs = packages.runtime_needs(pkgs, distro)
    if needs.other and not carries_others:
        raise Decline(f"the build installs {', '.join(needs.other)}; whether {what} "
                      f"needs {'it' if len(needs.other) == 1 else 'them'} at run time is not "
                      "known")
    carried = carried_others(needs.other, what) if carries_others else ()
    copy = ast.Copy(keyword="COPY", flags=(ast.Flag("from", "builder"),),
                    paths=(RUNTIME_PACKAGES, RUNNER_LIST))
    # (with their Recommends where the original's apt installed a -dev package with
    # them, which brought those of the libraries it depends on: ``scan_recommends``)
    from ..apt_config import apt_choices
    with_recommends = apt_choices(facts).scan_recommends(pkgs, distro)
    install = run_node(packages.with_upgrade("apt-get update && ", "apt",
                                             upgrade_of(facts, distro)) +
                       "xargs -r apt-get install -y"
                       + ("" if with_recommends else " --no-install-recommends") +
                       f" < {RUNNER_LIST} && rm -rf /var/lib/apt/lists/* {RUNNER_LIST}",
                       "runtime libraries the binary links against, as the builder found them",
                       distro.record.packages.unpinned_rule)
    libraries = ast.Copy(keyword="COPY", flags=(ast.Flag("from", "builder"),),
                         paths=(LIBRARIES + "/", "/"))
    ldconfig = run_node("ldconfig", "libraries no package owns (copied above) and those the "
                        "install staged, in the loader's cache")
    scanned = ", ".join(detection.elf_binaries
                        + tuple(d + "/*" for d in detection.elf_directories)
                        + tuple(f"the staged {p}" for p in detection.staged)
                        + tuple(f"the executables and shared objects under {t}"
                                for t in detection.elf_trees))
    reasons = []
    if uncovered is not None:
        reasons.append(f"{base.reference} is {family} {release}, a release the runtime "
                       "package tables do not cover")
    elif needs.unknown:
        reasons.append(f"no table names the runtime package of {', '.join(needs.unknown)}")
    if detection.dev_links:
        reasons.append(f"with the owners of the libraries the .so links of "
                       f"{', '.join(detection.dev_links)} and of the -dev packages they "
                       "depend on point to, as a table would name them (a library loaded "
                       "with dlopen has no NEEDED entry; a metapackage has no .so link of "
                       "its own)")
    if why:
        reasons.extend(why)
    elif split_reference(base.reference)[0] not in PLAIN_BASES:
        reasons.append(f"{base.reference} keeps libraries of its own")
    added = (f"runtime packages read in the builder from the ELF NEEDED entries of {scanned} "
             f"(ldd, then the dpkg package owning each library{'; ' if reasons else ''}"
             f"{'; '.join(reasons)}), installed in the runner from {RUNNER_LIST}" + (
                 ", with their Recommends, as the original's apt installed the -dev packages "
                 "they stand for with theirs (which brings those of their dependencies)"
                 if with_recommends else "") + (
                 f"; libraries no package owns under /usr/local or /opt (the gcc image's "
                 f"libstdc++/libgcc) copied from {LIBRARIES} with an ld.so.conf entry"
                 if detection.copies_unowned else ""),)
    if detection.elf_trees:
        added += (f"RUN ldconfig in the runner: shared libraries the install put under "
                  f"{', '.join(detection.elf_trees)} come with its copy",)
    if uncovered is not None and runner is None:
        added += (f"{image}: " + ("the builder's own image, as no slim image of an Ubuntu "
                                  "release exists" if image == base.reference else
                                  f"the slim image of {family} {release} (image data)") +
                  f"; {base.reference} is no longer published (image data): {release} is past "
                  "its end of life, and its archive may no longer serve the runner's apt-get "
                  "update, just as it fails the original's own",)
    if not base.release:
        added += (f"runner of {release}: {base.reference} was built on {family} {release} on "
                  f"the image data's date; the package names the builder found are that "
                  f"release's, so the runner is pinned to it (pin the builder too for "
                  f"repeatable builds)",)
    if runner is None and base.release and base.release_moves and not floating and \
            family == "debian":
        pinned = f"{base.reference}-{release}"
        pinned = pinned if image_facts(pinned).known else f"a {base.reference} tag naming {release}"
        added += (f"{image}: {base.reference} floats but stays on Debian {release} (image "
                  f"data of {base.data_date}), which no floating slim image names, so the "
                  f"runner is pinned to it; when the tag moves to a newer release, the "
                  f"runner must move too (pin the builder: {pinned})",)
    if floating and runner is None:
        added += (f"{image}: {base.reference} floats (Debian {release} on {base.data_date}, "
                  "the image data's date), so the runner floats with it; the package names "
                  f"are {release}'s (pin both, e.g. debian:{release}-slim, for repeatable "
                  "builds)",)
    after = (libraries, ldconfig) if detection.copies_unowned else \
        (run_node("ldconfig", "libraries the install copied with its prefix, in the loader's "
                  "cache"),) if detection.elf_trees else ()
    kind = f"the builder's own image, of its {family} release" if image == base.reference \
        else f"the slim image of the builder's {family} release"
    return RunnerPlan(runner or image, "chosen with --runtime" if runner else (
                      f"{what} is dynamically linked and its libraries are read in "
                      f"the builder: {kind} "
                      f"({release}{', floating with its tag' if floating else ''})"),
                      (copy, install), after, added=added,
                      os_packages=not carried)


def source_install(facts: StageFacts, detection: Detection,
                   own: Optional[Callable[[Step], bool]] = None) -> Optional[str]:
    """Where a RUN other than the build steps installs software built from source (a
    library the program links comes with no package the runner could install):
    ``./b2 install``, ``ldconfig``, ``dpkg -i``/``rpm -i`` of a downloaded file, or a
    ``make install`` the build steps did not read.  ``own``: the steps the caller's
    recipe reads as its own build (a Go project's Makefile), never counted."""
    build = set(detection.build_indices)
    for step in steps(facts):
        if step.index in build or (own is not None and own(step)):
            continue
        head = program_name(step.argv[0])
        args = step.argv[1:]
        if head in SOURCE_INSTALLERS or \
                (head in ("dpkg", "rpm") and any(a in ("-i", "--install", "-ivh", "-Uvh",
                                                       "-U") for a in args)) or \
                (head in ("make", "gmake", "ninja") and
                 any(a.startswith("install") for a in args)):
            return f"{step.where}: `{' '.join(step.argv[:3])}`"
    return None


RECIPE = NativeRecipe()
