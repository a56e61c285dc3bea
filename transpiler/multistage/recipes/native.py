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
import shlex
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Tuple

from .runner_policy import floating_runner, static_runner, version_matched
from ...analysis import StageFacts
from ...knowledge.images import image_facts
from ...knowledge.references import split_reference
from .base import Artifact, Decline, Detection, Linking, Recipe, RunnerPlan, chosen, first_problem
from . import build_capture, native_capture, proven_family
from .native_runner import check_gpu_config, installed, native_plan
from .native_staging import (LIBRARIES, MARKER, RUNTIME_PACKAGES, STAGE, libraries_command,
                             marker_node, stage_command)
from ...knowledge import official
from ..runner_setup import run_node
from ...knowledge import packages
from .run_walk import Step, path_arg, steps
from ...analysis.shell import program_name
from ...tree import ast

NAME = "c-cpp"

BUILD_ONLY_ENV = frozenset({"CC", "CXX", "CFLAGS", "CXXFLAGS", "CPPFLAGS", "LDFLAGS",
                            "MAKEFLAGS", "CMAKE_BUILD_TYPE", "CMAKE_GENERATOR",
                            "PKG_CONFIG_PATH", "DEBIAN_FRONTEND", "NINJA_STATUS"})
COMPILERS = re.compile(r"^(gcc|g\+\+|cc|c\+\+|clang|clang\+\+)(-[0-9.]+)?$")
TOOLCHAIN_PROGRAMS = set(build_capture.C_TOOLCHAIN_PROGRAMS)
#: builder images whose /usr/local holds nothing but what the build installs
PLAIN_BASES = {"debian", "ubuntu", "alpine", "buildpack-deps"}
NOT_INSTALL_TARGETS = {"all", "clean", "test", "check", "distclean"}
#: programs that install software built from source into the image (Boost's b2/bjam,
#: the loader cache refreshed after libraries were added, package files installed by
#: hand): after them, which libraries a dynamically linked program needs is not known
SOURCE_INSTALLERS = {"b2", "bjam", "ldconfig", "checkinstall"}
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
        for step in steps(facts):
            head = program_name(step.argv[0])
            got = None
            if COMPILERS.match(head):
                got = self._compile(step, static)
            elif head in ("make", "gmake"):
                got = self._make(step, facts, prefixes)
            elif head == "configure":
                self._configure(step, prefixes)
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
            if isinstance(got, str):
                problems.append(got)
            else:
                artifacts.extend(got)
        if not build:
            return None
        try:
            first_problem(problems)
        except Decline as exc:
            captured = native_capture.capture_detection(
                facts, NAME, BUILD_ONLY_ENV, f"the recipe cannot follow the build: "
                f"{exc.reason}")
            if captured is None:
                raise
            return captured
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

    def _configure(self, step: Step, prefixes) -> None:
        for word in step.argv[1:]:
            if word.startswith("--prefix="):
                prefixes[step.cwd] = word.split("=", 1)[1]

    def _install_tree(self, step: Step, facts: StageFacts, prefixes, prefix: Optional[str],
                      tool: str, destdir: bool = False):
        if destdir:
            return f"{step.where}: {tool} with DESTDIR stages files elsewhere; not followed"
        prefix = prefix or prefixes.get(step.cwd) or "/usr/local"
        path = path_arg(prefix, step)
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
                return (f"{step.where}: {tool} installs into /usr/local of "
                        f"{facts.base.reference}, an image of an RPM distribution other than "
                        "a plain CentOS 7+ or Fedora 20+ image, for which no C/C++ runner of "
                        "the same image is built")
            if dpkg_release(facts) is None:
                return (f"{step.where}: {tool} installs into /usr/local, where the builder "
                        f"image {facts.base.reference} keeps files of its own, and the image "
                        "does not show a Debian or Ubuntu release whose tools could stage "
                        "what the install adds" + proven_family.unproven_note(facts))
            ahead = _path_before(facts, "/usr/local/bin")
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
        return [Artifact(posixpath.dirname(path), posixpath.basename(path),
                         f"{step.where}: {tool} (prefix {path})", step.index, True, tree=True)]

    def _built_here(self, step: Step, directory: Optional[str], tool: str):
        if directory is None:
            return f"{step.where}: {tool} runs in a directory that is not known"
        return [Artifact(directory, None, f"{step.where}: {tool} (in {directory})", step.index,
                         False)]

    def _make(self, step: Step, facts: StageFacts, prefixes):
        argv = list(step.argv[1:])
        directory = step.cwd
        targets, prefix, destdir = [], None, False
        i = 0
        while i < len(argv):
            word = argv[i]
            if word in ("-C", "--directory") and i + 1 < len(argv):
                directory = path_arg(argv[i + 1], step)
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
        sub = Step(step.index, step.where, step.argv, directory, step.env, step.problem)
        if any(t.startswith("install") for t in targets):
            return self._install_tree(sub, facts, prefixes, prefix, "make install", destdir)
        return self._built_here(sub, directory, "make")

    def _cmake(self, step: Step, facts: StageFacts, prefixes):
        argv = step.argv[1:]
        if "--build" in argv:
            at = argv.index("--build")
            directory = path_arg(argv[at + 1], step) if at + 1 < len(argv) else None
            if "--target" in argv and argv[argv.index("--target") + 1:][:1] == ["install"]:
                return self._install_tree(step, facts, prefixes, None, "cmake --build --target install")
            return self._built_here(step, directory, "cmake --build")
        if "--install" in argv:
            prefix = argv[argv.index("--prefix") + 1] if "--prefix" in argv[:-1] else None
            return self._install_tree(step, facts, prefixes, prefix, "cmake --install")
        for word in argv:
            if word.startswith("-DCMAKE_INSTALL_PREFIX="):
                prefixes[step.cwd] = word.split("=", 1)[1]
                build_dir = None
                if "-B" in argv[:-1]:
                    build_dir = path_arg(argv[argv.index("-B") + 1], step)
                prefixes[build_dir] = word.split("=", 1)[1]
        return []

    def _ninja(self, step: Step, facts: StageFacts, prefixes):
        argv = list(step.argv[1:])
        directory = step.cwd
        if "-C" in argv[:-1]:
            directory = path_arg(argv[argv.index("-C") + 1], step)
        sub = Step(step.index, step.where, step.argv, directory, step.env, step.problem)
        if "install" in argv:
            return self._install_tree(sub, facts, prefixes, None, "ninja install")
        return self._built_here(sub, directory, "ninja")

    def _meson(self, step: Step, facts: StageFacts, prefixes):
        argv = step.argv[1:]
        if not argv:
            return None
        if argv[0] == "setup" or not argv[0] in ("compile", "install"):
            for word in argv:
                if word.startswith("--prefix="):
                    prefixes[step.cwd] = word.split("=", 1)[1]
            return []
        directory = path_arg(argv[argv.index("-C") + 1], step) if "-C" in argv[:-1] else step.cwd
        sub = Step(step.index, step.where, step.argv, directory, step.env, step.problem)
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
        from . import native_rpm
        if isinstance(detection, native_rpm.RpmNativeDetection):
            return native_rpm.plan(detection, runner)
        if isinstance(detection, NativeDetection) and detection.reads_elf:
            return elf_plan(detection, facts, runner)
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
        ldconfig = any(a.tree for a in detection.artifacts)
        return native_plan(facts, "the C/C++ program", runner, extra, ldconfig=ldconfig,
                           needs_shell=needs_shell)


def _path_before(facts: StageFacts, directory: str) -> List[str]:
    """The PATH entries searched before ``directory`` other than the standard ones."""
    dirs = [d.rstrip("/") for d in facts.final.path_dirs]
    if directory not in dirs:
        return []
    return [d for d in dirs[:dirs.index(directory)] if d not in ("/usr/local/sbin",)]


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
    name them: a -dev package with no known runtime package, a builder image that keeps
    libraries of its own (gcc, python, golang: which of them the binary links only the
    binary shows), or an install staged from such an image.  Needs a dpkg builder of a
    known release (its runner installs the same names)."""
    found = dpkg_release(facts)
    if found is None:
        return detection
    distro = packages.distro_of(*found)
    if distro is None or not distro.release:
        return detection
    name = split_reference(facts.base.reference)[0]
    if name in PLAIN_BASES and not detection.staged and \
            not packages.runtime_needs(installed(facts), distro).unknown:
        return detection
    arts = detection.artifacts
    staged = {a.path for a in arts if a.source}
    if any(a.tree and a.path not in staged for a in arts):
        return detection  # a prefix copied whole: the table's packages serve it
    binaries = tuple(dict.fromkeys(a.path for a in arts if a.certain and not a.tree and a.path))
    directories = tuple(dict.fromkeys(a.directory for a in arts if not a.certain and a.directory))
    copy_unowned = name not in PLAIN_BASES or bool(staged)
    node = run_node(libraries_command(binaries, directories, bool(staged), copy_unowned),
                    "the packages owning the libraries the program loads (ELF NEEDED, resolved "
                    "by ldd), and the libraries no package owns, for the runner")
    return dataclasses.replace(detection, elf_binaries=binaries, elf_directories=directories,
                               release=found, copies_unowned=copy_unowned,
                               builder_additions=detection.builder_additions + (node,))


def elf_plan(detection: NativeDetection, facts: StageFacts,
             runner: Optional[str] = None, what: str = "the C/C++ program",
             why: Tuple[str, ...] = ()) -> RunnerPlan:
    """A runner of the builder's dpkg release installing the list the builder wrote,
    then taking the libraries no package owns (``runner``: the one --runtime named,
    which must be such a runner).  A Debian builder whose tag floats (``rust:latest``)
    gets the slim image that floats with it: its release's package names are the ones
    the builder found while both name the same release.  ``what``: the program, for
    the reasons; ``why``: the recipe's reasons for reading the libraries."""
    family, release = detection.release
    distro = packages.distro_of(family, release)
    base = facts.base
    floating = floating_runner(base, release) if family == "debian" and base.release else None
    image = floating or (f"debian:{release}-slim" if family == "debian" else f"ubuntu:{release}")
    if runner is None:
        version_matched(facts, f"a runner of the builder's {family} release", True)
    if runner is not None:
        target = image_facts(runner)
        if target.known and (target.shell is None or target.family != family or
                             target.release not in (None, release)):
            raise Decline(f"the runtime packages are read from the binaries in the builder "
                          f"({family} {release}) and installed with its package "
                          f"names; {runner} is not a runner of that release with a shell")
    pkgs = installed(facts)
    needs = packages.runtime_needs(pkgs, distro)
    if needs.other:
        raise Decline(f"the build installs {', '.join(needs.other)}; whether {what} "
                      f"needs {'it' if len(needs.other) == 1 else 'them'} at run time is not "
                      "known")
    copy = ast.Copy(keyword="COPY", flags=(ast.Flag("from", "builder"),),
                    paths=(RUNTIME_PACKAGES, RUNNER_LIST))
    install = run_node(f"apt-get update && xargs -r apt-get install -y --no-install-recommends "
                       f"< {RUNNER_LIST} && rm -rf /var/lib/apt/lists/* {RUNNER_LIST}",
                       "runtime libraries the binary links against, as the builder found them",
                       distro.record.packages.unpinned_rule)
    libraries = ast.Copy(keyword="COPY", flags=(ast.Flag("from", "builder"),),
                         paths=(LIBRARIES + "/", "/"))
    ldconfig = run_node("ldconfig", "libraries no package owns (copied above) and those the "
                        "install staged, in the loader's cache")
    scanned = ", ".join(detection.elf_binaries
                        + tuple(d + "/*" for d in detection.elf_directories)
                        + tuple(f"the staged {p}" for p in detection.staged))
    reasons = []
    if needs.unknown:
        reasons.append(f"no table names the runtime package of {', '.join(needs.unknown)}")
    if why:
        reasons.extend(why)
    elif split_reference(base.reference)[0] not in PLAIN_BASES:
        reasons.append(f"{base.reference} keeps libraries of its own")
    added = (f"runtime packages read in the builder from the ELF NEEDED entries of {scanned} "
             f"(ldd, then the dpkg package owning each library{'; ' if reasons else ''}"
             f"{'; '.join(reasons)}), installed in the runner from {RUNNER_LIST}" + (
                 f"; libraries no package owns under /usr/local or /opt (the gcc image's "
                 f"libstdc++/libgcc) copied from {LIBRARIES} with an ld.so.conf entry"
                 if detection.copies_unowned else ""),)
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
    return RunnerPlan(runner or image, "chosen with --runtime" if runner else (
                      f"{what} is dynamically linked and its libraries are read in "
                      f"the builder: the slim image of the builder's {family} release "
                      f"({release}{', floating with its tag' if floating else ''})"),
                      (copy, install),
                      (libraries, ldconfig) if detection.copies_unowned else (), added=added,
                      os_packages=True)


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
