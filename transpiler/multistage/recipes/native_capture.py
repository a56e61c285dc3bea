"""A C/C++ build on a plain Debian or Ubuntu image whose program the native recipe
cannot name (``make`` whose binary only a later ``cp`` of a glob, ``ln -s`` or a
cmake subdirectory puts on PATH; ``make install`` into /usr; ``make`` in a directory
or shell construct the recipe cannot follow): the build itself runs in the builder as
written, inside a capture window (``effect_capture``), and the runner is the
same-distribution runner (``distribution_runner``).

Why this is sound where the native recipe is not: the recipe must know which files
the build made to copy them; the capture does not, it lists the file system before
the build and after the builder's last RUN and copies every entry that is new or
changed (the binary in the source tree, what ``make install`` wrote into /usr or
/usr/local, links, copies), and the libraries those programs load that the runner's
loader lacks.  The runner is the builder's own image (its slim sibling) with the
packages the original installs before the build installed again, minus compilers,
-dev packages and build tools (their runtime packages instead, from the tables or
read in the builder when no table names them: ``replay_packages``/``scan_run``).
What the command runs is then tested in the runner at build time, after the
captured files are in place (``command -v`` / ``test -x``), instead of being
required to be an output the recipe recognised.

The native recipe keeps its own runners where it names the artifact (distroless cc,
the slim image with the table's packages): only the files it declines come here.

Still declined: builders other than plain Debian/Ubuntu images whose dpkg has
``--verify``; a build that leaves nothing build-only behind (nothing to gain); an
install of a package file or from a repository named on the command line (the
runner cannot replay it); a command that needs the toolchain (``make``, ``gcc``) or
starts an interactive shell; a script of the context that is not read (``--context``
reads it) and RUNs that create users inside the window (``effect_capture``)."""

from __future__ import annotations

import dataclasses
import posixpath
import re
from dataclasses import dataclass
from typing import Optional, Tuple

from ...analysis import StageFacts
from ...analysis.shell import program_name
from ...knowledge import packages
from ...tree import ast
from . import distribution_runner, effect_capture
from .artifacts import Artifact
from .source_trees import build_fills
from .base import Decline, Detection, Linking, RunnerPlan
from .run_walk import steps

#: commands of a RUN that only installs packages (replayed in the runner, so the
#: window of captured RUNs starts after it)
_INSTALL_ONLY = distribution_runner.PACKAGING | {"cd", "export", "true", "echo", "set",
                                                 "rm", "update-ca-certificates"}
#: where the package RUN's ``rm`` may remove without an effect the runner misses
_CLEANED = ("/var/lib/apt/lists", "/var/cache/apt", "/tmp", "/var/tmp")
#: the build-only packages of a C/C++ build the runner leaves out (compilers, build
#: systems, autotools, version control, packaging tools); another language's toolchain
#: the tables call build-only (a JDK, golang, python3-dev, maven) is installed again: a
#: C/C++ image may have it for run time, and installing it works either way
C_BUILD = re.compile(
    r"^(build-essential|gcc|g\+\+|cpp|c\+\+|clang|clang-format|clang-tidy|llvm|llvm-dev|lld|"
    r"make|cmake|cmake-data|ninja-build|meson|autoconf|automake|autotools-dev|autopoint|"
    r"libtool|libtool-bin|pkg-config|pkgconf|binutils|dpkg-dev|bison|byacc|flex|m4|gettext|"
    r"swig|swig[0-9.]+|ccache|gfortran|nasm|yasm|scons|patch|git|git-core|subversion|"
    r"mercurial|bzr|cvs|devscripts|debhelper|fakeroot|checkinstall|libc6-dev|libc-dev|"
    r"linux-libc-dev|linux-headers-.*|gperf|texinfo|help2man|intltool|doxygen|quilt|"
    r"dh-autoreconf|dh-make|g\+\+-multilib|gcc-multilib|manpages-dev)(-[0-9.]+)?$")
#: programs that start a service or create its state: what they write in the builder
#: belongs to the builder's package install, the runner makes its own
_SERVICES = frozenset({"service", "invoke-rc.d", "systemctl", "pg_ctl", "pg_ctlcluster",
                       "pg_createcluster", "initdb", "mysqld", "mysqld_safe",
                       "mysql_install_db", "mongod", "redis-server", "rabbitmq-server",
                       "slapd", "supervisord"})
#: program names that are scripts, whose programs are not read without --context
_SCRIPT_SUFFIXES = (".sh", ".bash", ".py", ".pl", ".rb")


@dataclass(frozen=True)
class CaptureDetection(Detection):
    """A C/C++ build run in a capture window.  ``distribution`` and ``replay`` make the
    runner a same-distribution one (``runner_programs.same_image``); classify reads
    ``captured_runs``."""

    distribution: Optional[distribution_runner.PlainBase] = None
    replay: Optional[distribution_runner.PackageReplay] = None
    captured_runs: Tuple[Tuple[int, str], ...] = ()
    #: programs the command runs, tested in the runner after the captured files
    captured_programs: Tuple[str, ...] = ()
    #: -dev packages whose runtime packages are read in the builder
    scanned: bool = False


def _install_only(facts: StageFacts, index: int) -> bool:
    found = [s for s in steps(facts) if s.index == index]
    if not found:
        return False
    for step in found:
        head = program_name(step.argv[0])
        if head not in _INSTALL_ONLY or step.problem:
            return False
        if head == "rm" and not all(a.startswith("-") or a.startswith(_CLEANED)
                                    for a in step.argv[1:]):
            return False
    return True


def window(facts: StageFacts) -> Tuple[int, ...]:
    """The RUNs whose effect is captured: every RUN from the first one that does more
    than install packages (those before it are replayed by the runner's install)."""
    runs = [f.index for f in facts.instructions if isinstance(f.node, ast.Run)]
    first = next((i for i in runs if not _install_only(facts, i)), None)
    return tuple(i for i in runs if first is not None and i >= first)


def capture_detection(facts: StageFacts, name: str, build_only_env,
                      why: str) -> Optional[CaptureDetection]:
    """The detection of a C/C++ build run inside a capture window, or None where the
    builder is not a plain Debian/Ubuntu image whose effects can be captured.
    Declines (``Decline``) where it would apply but the runner could not be made or
    nothing would be gained."""
    base = distribution_runner.plain_base(facts)
    if base is None or base.manager != "apt" or effect_capture.unsupported(facts) is not None:
        return None
    indices = window(facts)
    if not indices:
        return None
    replay = distribution_runner.replay_packages(facts, base, indices[0], keep=lambda p: (
        packages.kind_of(p, base.distro) in ("toolchain", "helper") and not C_BUILD.match(p)))
    for step in steps(facts):
        if step.index < indices[0]:
            continue
        head, args = program_name(step.argv[0]), step.argv[1:]
        if step.argv[0].startswith("/etc/init.d/") or head in _SERVICES:
            raise Decline(f"{step.where}: `{' '.join(step.argv[:3])}` starts a service in the "
                          "RUNs whose effect is captured: the state it writes (a database "
                          "cluster) would be laid over the one the runner's own package "
                          "install creates")
        got = packages.read_install(step.argv)
        if head in ("dpkg", "rpm", "gdebi") and any(
                a in ("-i", "--install", "-U", "-ivh", "-Uvh") for a in args) or \
                head == "gdebi" or got is not None and any(
                    p.endswith((".deb", ".rpm")) or "/" in p or "$" in p for p in got.packages):
            raise Decline(f"{step.where}: `{' '.join(step.argv[:3])}` installs a package file "
                          "or one named by a variable in the RUNs whose effect is captured: the "
                          "capture leaves the packages' files out, and the runner cannot "
                          "install it again from the archive")
    base = distribution_runner.full_image_needed(facts, base)
    in_window = effect_capture.window_packages(facts, indices[0], ())
    build_only_in_window = [
        p for s in steps(facts) if s.index >= indices[0]
        for p in (packages.read_install(s.argv).packages if packages.read_install(s.argv) else ())
        if p not in in_window and packages.kind_of(p.split("=", 1)[0], base.distro) in
        ("toolchain", "helper", "dev")]
    other = [p for p in build_only_in_window if not C_BUILD.match(p.split("=", 1)[0]) and
             packages.kind_of(p.split("=", 1)[0], base.distro) != "dev"]
    if other:
        raise Decline(f"the RUNs whose effect is captured install {', '.join(other)}, the "
                      "toolchain of another language, which the C/C++ program may run at run "
                      "time; the capture leaves it to the runner's install, which leaves "
                      "build-only packages out")
    # the runtime packages of the window's -dev packages, installed by the runner's
    # setup (from the tables, or read in the builder when they are still installed
    # there at the end); the capture's own library copy covers what neither names
    kept, _removed = packages.kept_installs([s.argv for s in steps(facts)])
    kept_names = {p.split("=", 1)[0] for p in kept}
    runtime, unmapped = [], []
    for pkg in build_only_in_window:
        dev = pkg.split("=", 1)[0]
        if packages.kind_of(dev, base.distro) != "dev" or dev not in kept_names:
            continue
        mapped = None if base.release_floats else packages.runtime_of(dev, base.distro)
        if mapped:
            runtime.append(mapped)
        else:
            unmapped.append(dev)
    # what the runner leaves out, the window's build-only packages too: the checks of
    # the command (an interactive shell, a script not read) read it
    replay = dataclasses.replace(
        replay, dropped=tuple(dict.fromkeys(replay.dropped + tuple(build_only_in_window))),
        install=tuple(dict.fromkeys(replay.install + tuple(runtime))),
        unmapped_dev=tuple(dict.fromkeys(replay.unmapped_dev + tuple(unmapped))))
    if not replay.dropped:
        raise Decline("a C/C++ build whose program the recipe cannot name runs in the "
                      "builder with its effect captured, but the build installs no compiler, "
                      "-dev package or build tool the runner could leave out: nothing to gain")
    workdir = facts.final.workdir
    artifacts = []
    # (a WORKDIR only the instructions after the window fill is the runner's own: the
    # builder has nothing there to copy)
    filled = build_fills(facts, workdir, max(indices) + 1) if workdir else None
    if workdir and workdir != "/" and filled is not None and any(
            isinstance(f.node, (ast.Copy, ast.Add)) and f.node.flag("from") is None
            for f in facts.instructions):
        artifacts.append(Artifact(posixpath.dirname(workdir.rstrip("/")),
                                  posixpath.basename(workdir.rstrip("/")),
                                  f"the final WORKDIR {workdir} (sources, build output and "
                                  "files the program may read there)", indices[0], tree=True))
    reasons = tuple((i, why) for i in indices)
    scanned = bool(replay.unmapped_dev)
    additions = ()
    if scanned:
        trees = distribution_runner.installed_trees(a.path for a in artifacts)
        additions = (distribution_runner.scan_run(base, trees, replay.unmapped_dev),)
    added = (f"the C/C++ build runs in the builder as written and what it wrote outside "
             f"the copied directories is captured for the runner ({why})",) + replay.added
    return CaptureDetection(name, indices, tuple(artifacts), Linking(
        True, ("a C/C++ build whose outputs are captured",)), build_only_env=build_only_env,
        builder_additions=additions, added=added, distribution=base, replay=replay,
        captured_runs=reasons, scanned=scanned)


def plan(detection, runner: Optional[str]) -> RunnerPlan:
    """The same-distribution runner; the captured libraries are merged by the capture's
    own RUN (which runs ldconfig)."""
    return distribution_runner.runner_plan(detection.distribution, detection.replay,
                                           detection.scanned, "the C/C++ program", runner)


def check_not_script(program_word: str, facts: StageFacts, where: str = "") -> None:
    """Decline a script the command runs: its programs were not read (``--context``
    reads it; a script the build writes through a redirection is never read) and may
    be the builder's tools, which the runner leaves out."""
    name = program_name(program_word)
    if name.endswith(_SCRIPT_SUFFIXES):
        raise Decline(f"{where}runs `{program_word}`, a script whose programs are not read "
                      "(pass --context to read it): it may run the builder's tools, which "
                      "stay in the builder")
    written = re.compile(r">>?\s*['\"]?(\S*/)?" + re.escape(name) + r"(['\"\s;&|)]|$)")
    for fact in facts.instructions:
        node = fact.node
        if isinstance(node, ast.Run) and isinstance(node.command, ast.ShellForm) and \
                written.search(node.command.text):
            raise Decline(f"{where}runs `{program_word}`, which the RUN at "
                          f"{f'line {node.span.line}' if node.span else 'its line'} writes through "
                          "a redirection: a script whose programs are not read, which may run "
                          "the builder's tools")


#: interpreters whose script argument is a program the transpiler does not read
_INTERPRETERS = re.compile(r"^(perl|python[0-9.]*|ruby[0-9.]*|php[0-9.]*|node|nodejs|Rscript|"
                           r"lua[0-9.]*|tclsh|sh|bash|dash|zsh)$")


def check_not_interpreted(program_word: str, words) -> None:
    """Decline an interpreter running a script file (``perl OPERA-MS.pl``): its
    programs are not read and may be the builder's tools (make, gcc)."""
    if not _INTERPRETERS.match(program_name(program_word)):
        return
    args = [w for w in tuple(words)[1:] if not w.startswith("-")]
    if args and "-c" not in words and "-e" not in words:
        raise Decline(f"runs `{program_word} {args[0]}`, a script whose programs are not read: "
                      "it may run the builder's tools, which stay in the builder")


def program(ctx, node, program_word: str) -> Optional[Artifact]:
    """The command's program on a capture runner: a name on PATH or a path, tested in
    the runner after the captured files are in place.  Declines a script (its programs
    are not read here) and a program in a directory the runner does not get."""
    det = ctx.detection
    if getattr(det, "captured_runs", None) is None or det.distribution is None or \
            not det.captured_runs or "$" in program_word or "`" in program_word:
        return None
    name = program_name(program_word)
    check_not_script(program_word, ctx.facts, f"{node} ")
    if "/" not in program_word:
        path = name
    else:
        from ...analysis.state import resolve_path
        path = resolve_path(ctx.facts.final.workdir, program_word)
        if path is None:
            raise Decline(f"{node} runs `{program_word}` in a directory that is not known")
    if path not in det.captured_programs:
        import dataclasses
        ctx.detection = dataclasses.replace(det, captured_programs=det.captured_programs + (path,))
        ctx.added.append(f"`{program_word}` is taken for what the captured build wrote (or the "
                         "runner's own) and tested there at build time, after the captured "
                         "files")
    return Artifact(None, name, "written by the captured build or the runner's own, tested "
                    "in the runner at build time", -1, provided=True)
