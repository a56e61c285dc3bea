"""Helpers shared by the recipes of interpreted and VM ecosystems (Node, static sites,
Python, Java): walking the commands of every RUN with the directory and variables in
force, the application's directory, and the runner's install RUN for runtime packages.

These ecosystems ship a *directory* (the app with its node_modules, a venv) rather
than one binary, so the app directory is copied whole to the same path: files the
program reads at run time (views/, public/, config) come along without guessing."""

from __future__ import annotations

import dataclasses
import posixpath
import re
from dataclasses import dataclass
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

from ...tree import ast
from ...analysis import StageFacts
from ...analysis.state import resolve_path
from ...analysis.variables import expand
from ...knowledge import packages
from ...knowledge.filesystem import SHARED_DIRS, SYSTEM_DIRS
from . import full_image_libraries, install_prefixes, run_walk
from ...analysis.shell import program_name
from ...knowledge.references import pinned_by_digest, split_reference
from ..runner_setup import run_node
from .artifacts import Artifact
from .base import Decline, Detection, Recipe, RunnerPlan, chosen
from .runner_policy import (digest_on_floating_tag, digest_reason, pin_advice, slim_sibling,
                            version_matched)
from .source_trees import clone_destination
from ...analysis.paths import is_within, within_any

#: directories that are never "the application" (copying them would copy the system)
NOT_APP_DIRS = SYSTEM_DIRS | SHARED_DIRS


@dataclass(frozen=True)
class Step:
    """One simple command of a RUN, with what is in force when it runs."""

    index: int
    where: str
    cwd: Optional[str]
    env: Dict[str, str]
    argv: Tuple[str, ...]
    complex: Optional[str]  # why the RUN's shell text cannot be followed, or None
    #: what cannot be followed about this command itself (``run_walk.Step.own_problem``)
    own_problem: Optional[str] = None
    #: the confined construct whose body holds the command (``run_walk.Step.construct``)
    construct: Optional[str] = None
    #: ``argv`` as written, before the expansion (an unknown variable expands to "")
    written: Tuple[str, ...] = ()
    #: the words as the RUN has them where the walk read them otherwise (a tool's
    #: directory option taken out: ``run_walk.Step.said``), else None
    said: Optional[Tuple[str, ...]] = None


def steps(facts: StageFacts) -> Iterator[Step]:
    """run_walk's steps with variables in the arguments expanded (the interpreted
    recipes compare program names and paths), made once per stage as run_walk's are."""
    return iter(run_walk.per_stage(facts, "expanded", _expanded))


def _expanded(facts: StageFacts) -> Iterator[Step]:
    for step in run_walk.steps(facts):
        argv = tuple(expand(w, step.env).value if "$" in w else w for w in step.argv)
        yield Step(step.index, step.where, step.cwd, step.env, argv, step.problem,
                   step.own_problem, step.construct, step.argv, step.said)


def app_directory(cwd: Optional[str], what: str):
    """The directory the app is installed in, or a reason to decline."""
    if cwd is None:
        return None, f"the directory {what} runs in is unknown"
    if cwd in NOT_APP_DIRS:
        return None, (f"{what} runs in {cwd}: copying that directory would copy the system; "
                      "set a WORKDIR for the app")
    return cwd, None


def moved_tree(facts: StageFacts, install: "Step", name: str) -> Optional[Tuple[str, int]]:
    """(app directory, index of the step) when the tree ``name`` an install wrote in a
    scratch directory (``cd /tmp && npm install``) is then copied or moved whole into a
    directory the build made (``mkdir -p /app && cp -a /tmp/node_modules /app/``): the
    app directory is that one, and the rest of the scratch directory serves the build
    only.  None when no such move follows, or its destination may not exist (``cp -a
    dir new`` would make ``new`` the tree itself)."""
    if install.cwd is None:
        return None
    source = posixpath.join(install.cwd, name)
    made = set()
    for fact in facts.instructions[:install.index + 1]:
        if isinstance(fact.node, ast.Workdir) and fact.after.workdir:
            made.add(fact.after.workdir)
    for step in steps(facts):
        head = program_name(step.argv[0]) if step.argv else ""
        operands = [a for a in step.argv[1:] if not a.startswith("-")]
        if head == "mkdir":
            made.update(p for p in (resolve_path(step.cwd, o) for o in operands) if p)
            continue
        if step.index < install.index or head not in ("cp", "mv") or len(operands) != 2 \
                or step.complex:
            continue
        options = "".join(a[1:] for a in step.argv[1:] if a.startswith("-") and
                          not a.startswith("--")) + " ".join(
                              a for a in step.argv[1:] if a.startswith("--"))
        if head == "cp" and not (set(options) & set("arR") or "--archive" in options or
                                 "--recursive" in options):
            continue
        src, dest = (resolve_path(step.cwd, o.rstrip("/") or "/") for o in operands)
        if src != source or dest is None:
            continue
        if posixpath.basename(dest) == name:
            app = posixpath.dirname(dest)
        elif dest in made or _copied_to(facts, dest, step.index):
            app = dest
        else:
            return None
        return (app, step.index) if app not in NOT_APP_DIRS else None
    return None


def _copied_to(facts: StageFacts, directory: str, before: int) -> bool:
    """Whether a COPY/ADD before index ``before`` put files into ``directory``."""
    for fact in facts.instructions[:before]:
        node = fact.node
        if isinstance(node, (ast.Copy, ast.Add)):
            dest = expand(node.destination or "", fact.before.variables())
            if dest.complete and resolve_path(fact.before.workdir, dest.value) == directory:
                return True
    return False


def packages_installed(facts: StageFacts, before: int) -> Tuple[List[str], Optional[str]]:
    """OS packages installed by RUNs before index ``before``, and the package manager."""
    pkgs: List[str] = []
    manager = None
    removed = None
    for step in steps(facts):
        if step.index >= before:
            break
        read = packages.read_install(step.argv)
        if read is not None:
            unknown = [w for w in step.written[1:] if ("$" in w or "`" in w) and
                       not expand(w, step.env).complete]
            if unknown and removed is None:
                # the same word removed again later (`apt-get purge $buildDeps`) leaves
                # nothing of its own behind
                removed = set(packages.kept_installs(s.written for s in steps(facts))[1])
            unknown = [w for w in unknown if w not in (removed or ())]
            if unknown:
                # (an unknown variable expands to "": the package would be left out)
                raise Decline(f"{step.where}: `{' '.join(step.written[:2])} ... {unknown[0]}` "
                              f"installs packages named by {unknown[0]}, whose value is not "
                              "known (a command substitution's output, or a variable without "
                              "a known value): the runner's packages cannot be chosen")
            pkgs.extend(read.packages)
            manager = read.manager
    return pkgs, manager


def runner_packages(facts: StageFacts, before: int, build_tools=frozenset()):
    """(runtime packages, warnings, added): what the runner must install of what the
    builder installed before index ``before``, named for the builder's distribution
    release (the runner is of the same release).  ``build_tools`` are packages the
    ecosystem only builds with (node-gyp's python3).  Declines when they cannot be
    known."""
    pkgs, _ = packages_installed(facts, before)
    # a package the original removes again (by name, or with the apk virtual group it
    # was installed in) is not in its final image: the build's.  (A -dev package removed
    # still maps to its runtime library, which the compiled modules load and the removal
    # of the headers need not take away.)
    kept = set(run_walk.kept_installs(facts)[0])
    known = packages.distro_of(facts.base.family, facts.base.release)
    gone = [p for p in pkgs if p not in kept and p not in build_tools and known is not None
            and packages.kind_of(p, known) != "dev"]
    gone_note = (f"packages the original removes after its build stay in the builder "
                 f"({', '.join(dict.fromkeys(gone))})",) if gone else ()
    tools = [p for p in pkgs if p in build_tools]
    pkgs = [p for p in pkgs if p not in build_tools and p not in gone]
    if tools and not pkgs:
        return (), (), (f"build tools stay in the builder ({', '.join(tools)})",) + gone_note
    if not pkgs:
        return (), (), gone_note
    distro = packages.distro_of(facts.base.family, facts.base.release)
    if distro is None:
        raise Decline(f"the build installs OS packages ({', '.join(pkgs[:4])}) and the "
                      "builder's distribution is not known: the runner's runtime packages "
                      "cannot be chosen")
    needs = packages.runtime_needs(pkgs, distro)
    if needs.unknown:
        raise Decline(f"no known runtime package for {', '.join(needs.unknown)} on "
                      f"{distro.family} {distro.release or '(release not in the image tag)'}; "
                      "pin the builder's release or pass --runtime")
    # a VCS client the original keeps may be what the program runs (an interpreted
    # program calls programs by name): it stays, as the other programs do; so do the
    # other build tools a program or its scripts may run (gettext: Django's
    # compilemessages, envsubst; gnupg; lsb-release: packages.RUN_TIME_HELPERS)
    _, removed = run_walk.kept_installs(facts)
    needs = dataclasses.replace(needs, other=needs.other + tuple(
        p for p in needs.dropped if p in packages.RUN_TIME_HELPERS and p not in removed))
    keep = list(needs.packages) + list(needs.other)
    warnings = []
    if needs.other:
        warnings.append("installed again in the runner because the program may use them at "
                        f"run time: {', '.join(needs.other)}")
    if keep:
        _check_index_reachable(facts, before, distro, keep)
    added = []
    # (the ecosystem's build tools were set aside above: named here with the rest; a
    # version-control client dropped and then kept leaves nothing to name)
    left = tools + [p for p in pkgs if p not in keep]
    if left and (needs.dropped or tools or any(p.endswith(("-dev", "-devel")) for p in pkgs)):
        added.append("build tools and -dev packages stay in the builder ("
                     + ", ".join(left) + ")")
    if keep:
        added.append(f"runtime packages installed in the runner: {' '.join(sorted(set(keep)))}")
    return tuple(keep), tuple(warnings), tuple(added) + gone_note




#: Alpine's C++ compiler packages, whose output links libstdc++ and libgcc_s
_ALPINE_CXX = {"g++", "build-base", "alpine-sdk"}
#: Alpine's Rust toolchain packages, which bring gcc: aports' rust APKBUILD has
#: ``depends="gcc musl-dev"`` (rustc links through ``cc``; main/rust, 1.82.0) and its
#: cargo subpackage depends on rust
_ALPINE_RUST = {"rust", "cargo"}
#: Alpine's packages that bring gcc (build-base and alpine-sdk bring g++ and gcc)
_ALPINE_CC = _ALPINE_CXX | _ALPINE_RUST | {"gcc"}
#: the GCC runtime libraries apk's gcc brings besides libstdc++, so the builder has them
#: wherever it has gcc (``apk add gcc`` installs libgcc, libstdc++, libgomp and libatomic
#: in the build logs of every release seen, 3.4's gcc 5.3.0 through 3.8-3.10, 3.14's
#: 10.3.1, 3.15 and 3.21 to edge's 15.2.0; the APKBUILD's depends names only libgomp,
#: the rest are the traced libraries of gcc's own programs): libgcc (libgcc_s.so.1),
#: which gcc links ``--as-needed`` into what uses its unwinder (C built with
#: -fexceptions or cleanup attributes) and which every Rust library built for a musl
#: target without crt-static links (rust-lang/rust library/unwind/src/lib.rs:
#: ``#[link(name = "gcc_s", cfg(not(target_feature = "crt-static")))]`` for
#: ``target_env = "musl"``; a Python or Ruby extension is such a library:
#: cryptography's Rust part built from source with cargo); libgomp, GCC's OpenMP
#: runtime, which an extension compiled with ``-fopenmp`` links (scikit-learn built from
#: source on musl); and libatomic, which code linked with ``-latomic`` loads (64- and
#: 128-bit atomics GCC does not inline; build systems add it by their own check:
#: CMake's and meson's atomics tests, node-gyp addons, Rust's and Go's cgo C parts).
#: (libstdc++ is the C++ compiler's, ``alpine_cxx_runtime``: what gcc alone compiles
#: cannot link it, as gcc without g++ has no C++ compiler.)
ALPINE_GCC_RUNTIME = ("libgcc", "libgomp", "libatomic")


def alpine_gcc_runtime(facts: StageFacts, runtime=()) -> Tuple[str, ...]:
    """``ALPINE_GCC_RUNTIME`` less ``runtime``, where the build on Alpine installs gcc
    (or a package bringing it: g++, build-base, alpine-sdk, rust, cargo) and keeps it:
    the original image has those libraries, as gcc's dependencies, and a runner of
    Alpine's base image has none.  Which of them the build's artifacts link is decided
    by the build (a requirements file, a Makefile, a CMake check, a crate), not by the
    Dockerfile, so the runner has them whether or not anything loads them (some 100 KB,
    40 KB and 20 KB of shared libraries).  A build that removes its gcc again (``apk
    del`` of the ``--virtual`` group) removes them with it: the original keeps none, and
    its artifacts could not load them either, so nothing is added there."""
    if facts.base.family != "alpine":
        return ()
    kept = {p.split("=")[0] for p in run_walk.kept_installs(facts)[0]}
    if not _ALPINE_CC & kept:
        return ()
    return tuple(p for p in ALPINE_GCC_RUNTIME if p not in runtime)


def gcc_runtime_note(gcc: Sequence[str], what: str) -> str:
    """The explain line for ``gcc`` (``alpine_gcc_runtime``'s or ``apt_gcc_runtime``'s
    answer) installed in the runner; ``what`` names the build's artifacts."""
    if any(p == "libgcc" for p in gcc):
        return (f"{', '.join(gcc[:-1])} and {gcc[-1]} installed in the runner: the build's "
                "gcc depends on them (GCC's unwinder libgcc_s, OpenMP and atomics runtimes), "
                f"and {what} using the unwinder (a Rust library on musl always), built with "
                "OpenMP or linked with -latomic load them")
    return (f"{' and '.join(gcc)} installed in the runner: the build's gcc depends on them "
            f"(GCC's OpenMP and atomics runtimes), and {what} built with OpenMP or linked "
            "with -latomic load them")


#: Debian's and Ubuntu's C compiler packages (build-essential, g++ and gfortran bring gcc)
_APT_CC = re.compile(r"^(gcc|g\+\+|gfortran)(-[0-9.]+)?$|^build-essential$")
#: the GCC runtime libraries apt's gcc brings: gcc-N depends on libgcc-N-dev, which
#: depends on libgomp1 (OpenMP) and libatomic1 (atomics), as on every Debian release from
#: jessie (gcc 4.9) to trixie (gcc 14) and Ubuntu from trusty; the slim images have
#: neither (their Dockerfiles purge the compiler they build Python or Ruby with and keep
#: only what the interpreter loads).  A wheel that links the system's OpenMP runtime
#: (LightGBM's manylinux wheels need libgomp.so.1 from the system) or a module built from
#: source with -fopenmp loads libgomp.so.1 at import.  (wheezy's gcc 4.7 had no
#: libatomic1, but no slim image of the image data is on wheezy.)
APT_GCC_RUNTIME = ("libgomp1", "libatomic1")


def apt_gcc_runtime(facts: StageFacts, pkgs, runtime) -> Tuple[str, ...]:
    """``APT_GCC_RUNTIME`` less ``runtime``, where the build on a slim Debian or Ubuntu
    interpreter image (the runner is that image) installs gcc with apt before its build
    step (``pkgs``).  The original has them as gcc's dependencies, and keeps them even
    where it removes gcc again (apt leaves a removed package's dependencies unless told
    to remove them automatically); which of them the build's artifacts load is decided by
    what a requirements file or Gemfile brings, not by the Dockerfile, so the runner has
    them whether or not anything loads them (some 300 KB).  The full images have gcc and
    so these libraries (their slim runners gather what the artifacts load by ldd,
    ``full_image_libraries``)."""
    tag = split_reference(facts.base.reference)[1] or "latest"
    if facts.base.family not in ("debian", "ubuntu") or facts.base.libc == "musl" or \
            "slim" not in tag:
        return ()
    if not any(_APT_CC.match(p.split("=")[0].split(":")[0]) for p in pkgs):
        return ()
    return tuple(p for p in APT_GCC_RUNTIME if p not in runtime)


def alpine_cxx_runtime(facts: StageFacts, pkgs, runtime, added, what: str):
    """(runtime packages, added) with the GCC runtime libraries of the compiler the
    build installs on Alpine: libstdc++ and libgcc for a C++ compiler (build-base and
    alpine-sdk bring g++): a C++ extension (a gem's unf_ext, eventmachine, mini_racer; a
    Python module's grpcio, or numpy built from source) links them; libgcc, libgomp and
    libatomic for any gcc the build keeps (``alpine_gcc_runtime``; Alpine's rust and
    cargo bring gcc, and a Rust extension links libgcc_s).  The compiler brought them
    into the builder, and the ruby and python alpine images have none of their own
    (their Dockerfiles keep only what the interpreter itself loads); what the build
    compiles is not known (a requirements file, a Gemfile), and the libraries are small,
    so the runner has them whether or not an extension loads them.  ``what`` names the
    extensions ("extension modules").  Debian's base images have libstdc++6 already (apt
    needs it); on a slim Debian or Ubuntu image gcc's OpenMP and atomics runtimes are
    added the same way (``apt_gcc_runtime``)."""
    names = {p.split("=")[0] for p in pkgs}
    apt = apt_gcc_runtime(facts, pkgs, runtime)
    if apt:
        return tuple(runtime) + apt, tuple(added) + (
            f"{' and '.join(apt)} installed in the runner: the build's gcc depends on them "
            f"(GCC's OpenMP and atomics runtimes), {facts.base.reference} lacks them, and "
            "what the build compiles with OpenMP or links with -latomic, or a wheel linking "
            "the system's OpenMP runtime (LightGBM's), loads them",)
    if facts.base.family != "alpine" or not _ALPINE_CC & names:
        return runtime, added
    cxx = tuple(p for p in ("libstdc++", "libgcc") if p not in runtime and _ALPINE_CXX & names)
    gcc = alpine_gcc_runtime(facts, tuple(runtime) + cxx)
    notes = ((f"{' and '.join(cxx)} installed in the runner: the build's C++ compiler (g++) "
              f"links C++ {what} against them",) if cxx else ()) + \
        ((gcc_runtime_note(gcc, what),) if gcc else ())
    return tuple(runtime) + cxx + gcc, tuple(added) + notes


def _check_index_reachable(facts: StageFacts, before: int, distro, keep) -> None:
    """Decline where the runner must fetch ``keep`` from a package index that is gone
    from the mirror the image names (an archived release: ``apt-get update`` answers 404
    there) while the original fetched nothing: its ``apt-get install`` ran without
    ``apt-get update`` on packages the full image has already (``python:3.4``'s
    libjpeg62-turbo-dev), so the original builds and the slim runner would not."""
    from ...knowledge.runtime_packages import index_gone
    from ..package_index import fetches_index
    if distro.manager != "apt" or index_gone(distro.family, distro.release) is None:
        return
    # (an original that fetches from the same gone index fails the same way; a script may
    # run apt-get update: NodeSource's setup_9.x piped to bash)
    if fetches_index(s for s in steps(facts) if s.index < before):
        return
    raise Decline(f"the runner must install {' '.join(sorted(set(keep)))} with apt, and "
                  f"{distro.family} {distro.release}'s package index is gone from the mirror "
                  "the image names (HTTP 404 in the package data), while the original "
                  "fetched no index (its apt-get install ran without apt-get update: the "
                  "full image has those packages)")


def program_checkout(facts: StageFacts) -> Optional[str]:
    """The directory a ``git clone`` of the build checked out that holds the final
    WORKDIR (the program runs in its own repository), with its .git left in place; None
    otherwise.  Such a program may run git on its repository (``git pull`` to update
    itself, ``git describe`` for its version): the original keeps git and the clone's
    .git, so the runner, which copies the tree, keeps git too."""
    workdir = facts.final.workdir
    if not workdir:
        return None
    all_steps = list(steps(facts))
    for step in all_steps:
        dest = clone_destination(step.argv, step.cwd)
        if dest is None or dest in NOT_APP_DIRS or \
                not is_within(workdir, dest):
            continue
        if within_any(posixpath.join(dest, ".git"), run_walk.removed_paths(facts, step.index)):
            continue
        return dest
    return None


def checkout_copied(artifacts, checkout: str) -> bool:
    """Whether a tree of ``artifacts`` copies ``checkout`` whole, to the same path."""
    return any(a.tree and a.path and a.destination in (None, a.path) and
               is_within(checkout, a.path) for a in artifacts)


def with_checkout(artifacts: List[Artifact], checkout: str, index: int) -> List[Artifact]:
    """``artifacts`` copying the whole git checkout the program runs in
    (``program_checkout``), .git and all, where they copy only a tree inside it (the
    final WORKDIR ``/kalerator/src`` of the clone ``/kalerator``): a runner that keeps
    git for the program to run on its checkout needs the checkout's .git too.  The
    trees inside it are then left to the checkout's copy.  A checkout none of whose
    files is copied stays so: the program is then not taken from it (the entry checks
    decline a command that runs one of its files, whose needs are not known)."""
    if checkout_copied(artifacts, checkout):
        return artifacts  # (the checkout is copied already, with its .git)
    inner = [a for a in artifacts if a.path and a.destination in (None, a.path) and
             is_within(a.path, checkout)]
    if not inner:
        return artifacts
    kept = [a for a in artifacts if a not in inner]
    return kept + [Artifact(posixpath.dirname(checkout), posixpath.basename(checkout),
                            "the git checkout the program runs in, with its .git (the "
                            "program may run git on it)", index, tree=True)]


#: installers of other languages' packages, which write into system directories the
#: interpreter recipes do not copy (Ruby gems under /var/lib/gems, Perl modules)
FOREIGN_INSTALLERS = {"gem": "Ruby gems", "bundle": "Ruby gems (Gemfile)", "bundler":
                      "Ruby gems (Gemfile)", "cpanm": "Perl modules", "cpan": "Perl modules",
                      "pecl": "PHP extensions", "composer": "PHP packages",
                      "luarocks": "Lua rocks", "cabal": "Haskell packages"}


def foreign_installs(facts: StageFacts) -> List[str]:
    """Problems: RUNs that install another language's packages (``bundle install`` of
    the app's Gemfile, ``cpanm XML::Parser``) into system directories the runner does
    not get, while the program may use them (asciidoctor-pdf for reports, a Perl
    script it runs).  The Node and Python recipes carry the Ruby gems where their
    place is known (``system_gems``) and keep these lines for the rest."""
    out = []
    for step in steps(facts):
        name = program_name(step.argv[0]) if step.argv else ""
        kind = FOREIGN_INSTALLERS.get(name)
        if kind and (name not in ("gem", "bundle", "bundler", "composer") or
                     "install" in step.argv[1:]):
            out.append(f"{step.where}: `{name}` installs {kind} into the system, which the "
                       "runner would not have (only the interpreter's own packages are "
                       "carried)")
    return out


def install_setup(detection: Detection, facts: StageFacts) -> Tuple[ast.Instruction, ...]:
    """The runner's RUN installing ``detection.runtime_packages`` (none: no RUN), each
    with its Recommends where the original's apt installed it with them."""
    if not detection.runtime_packages:
        return ()
    from ..apt_config import apt_choices
    distro = packages.distro_of(facts.base.family, facts.base.release)
    choices = apt_choices(facts)
    choices.check(detection.runtime_packages)
    text = packages.install_command(distro, detection.runtime_packages,
                                    recommends=choices.with_runtime(distro),
                                    options=choices.options,
                                    upgrade=run_walk.upgrade_of(facts, distro))
    return (ast.Run(keyword="RUN", command=ast.ShellForm(text)),)


class InterpreterRecipe(Recipe):
    """A recipe whose runner is an interpreter image of the builder's family (node,
    python): ``--runtime``'s image, the builder's own tag when it is already small
    (alpine, slim), else the slim tag of the same version and release.  The runtime
    packages are installed either way.  Subclasses give the image name, the texts and
    ``slim_tag``."""

    image = ""
    own_reason = ""  # why the builder's own tag
    slim_reason = ""  # why the slim tag
    unmatched = ""  # the decline when the tag shows neither ({tag})
    #: the image's version tags: ``v`` the version, ``rel`` an optional ``-<release>``
    #: suffix (python:3.11-bookworm, ruby:3.1-slim-bookworm)
    tag_pattern: Optional["re.Pattern"] = None
    #: (variable, numbers, language) of the image's interpreter version that the
    #: installed packages are built for (``PYTHON_VERSION``, 2, "Python": packages in
    #: /usr/local/lib/python3.11, extensions of its ABI): a runner must have the same
    interpreter_version: Optional[Tuple[str, int, str]] = None

    def slim_tag(self, tag: str) -> Optional[str]:
        """The slim tag of a version tag the image data does not know:
        ``<version>-slim[-<release>]``, as the python and ruby images name them."""
        m = self.tag_pattern.match(tag) if self.tag_pattern is not None else None
        return f"{m.group('v')}-slim{m.group('rel') or ''}" if m else None

    def plan_runner(self, detection: Detection, facts: StageFacts,
                    runner: Optional[str] = None, needs_shell: bool = False) -> RunnerPlan:
        setup = install_setup(detection, facts)
        ldconfig, notes = ldconfig_setup(detection, facts)
        after = full_image_libraries.runner_setup(detection) + ldconfig
        if runner is not None:
            return chosen(runner, setup=setup, setup_after=after, os_packages=True,
                          added=notes)
        base = facts.base
        # (the builder's own tag as the runner, too, would stay on the argument's default
        # while --build-arg moves the builder, with runtime packages named for that
        # default's release)
        version_matched(facts, f"a {self.image} runner of the builder's version")
        if detection.full_image:  # the builder's own image: works whatever the command runs
            return RunnerPlan(base.reference, f"the builder's own image, not its slim sibling: "
                              f"{detection.full_image}", setup, after, os_packages=True,
                              added=notes)
        tag = split_reference(base.reference)[1]
        if "alpine" in tag or "slim" in tag:
            # (a digest stays: the tag alone names whatever image it floats to by then)
            own = base.reference if pinned_by_digest(base.reference) else f"{self.image}:{tag}"
            return RunnerPlan(own, self.own_reason, setup, after, os_packages=True,
                              added=notes)
        if digest_on_floating_tag(base):
            return RunnerPlan(base.reference, digest_reason(base), setup, after,
                              os_packages=True, added=notes)
        image = slim_sibling(base)
        if image is None:  # a tag the image data does not know: its own words
            slim = self.slim_tag(tag)
            if slim is None:
                raise Decline(self.unmatched.format(tag=tag))
            image = f"{self.image}:{slim}"
        added = (pin_advice(base, image),) if base.floating and base.current else ()
        return RunnerPlan(image, self.slim_reason, setup, after, os_packages=True,
                          added=added + notes)


def ldconfig_setup(detection: Detection, facts: StageFacts):
    """(runner RUNs, notes): ldconfig after the copies when the build installed shared
    libraries into /usr/local/lib (``local_libraries`` of the Python and Node
    detections), so the loader's cache finds them.  None on musl, whose loader reads no
    cache, nor when the full image's gathered libraries are merged (that merge runs
    ldconfig after every copy)."""
    if not getattr(detection, "local_libraries", False) or facts.base.libc == "musl" or \
            full_image_libraries.gathered(detection.artifacts):
        return (), ()
    return ((run_node("ldconfig", f"libraries were copied to {LOCAL_LIB}"),),
            (f"RUN ldconfig in the runner: shared libraries land in {LOCAL_LIB}",))


def provided_shell(program: str, facts: StageFacts):
    """The runner's own shell when the command starts one (``bash ./run.sh``): the
    runner is an image of the builder's distribution, so it has the shells the
    knowledge lists for it (bash on Debian, only sh on Alpine, where an installed bash
    is a runtime package the runner installs)."""
    path = program if "/" in program else f"/bin/{program}"
    if program_name(program) not in ("sh", "bash", "ash", "dash") or \
            path not in facts.base.provides:
        return None
    return Artifact(None, program_name(program), "a shell of the interpreter image", -1,
                    provided=True)


#: commands that install what they built into a prefix (``/usr/local`` by default)
INSTALLERS = (("make", "install"), ("cmake", "--install"), ("ninja", "install"),
              ("meson", "install"), ("checkinstall",))
LOCAL_LIB = "/usr/local/lib"
#: where the builder gathers the shared libraries the build installed in /usr/local/lib
LIBRARIES = Artifact("/opt", "local-libraries", f"shared libraries the build installed in "
                     f"{LOCAL_LIB} (make install)", -1, tree=True, destination=LOCAL_LIB)


#: where the builder gathers what an install into /usr put among the distribution's
#: files (``usr_files_run``), copied back to /usr in the runner
USR_FILES = Artifact("/opt", "usr-files", "the shared libraries and programs an install "
                     "into /usr put among the distribution's files (no package owns them)",
                     -1, tree=True, destination="/usr")


def installs_from_source(facts: StageFacts) -> bool:
    """Whether a RUN installs something it built (``make install``) into /usr/local."""
    return source_install_step(facts) is not None


def source_install_step(facts: StageFacts) -> Optional[Step]:
    """The first command installing something the build compiled (``make install``,
    ``cmake --install``, waf's install), or None."""
    for step in steps(facts):
        argv = step.argv
        if any(tuple(argv[:len(i)]) == i or (len(i) > 1 and argv[:1] == (i[0],) and i[1] in argv)
               for i in INSTALLERS) or install_prefixes.cmake_install_target(argv) is not None:
            return step
        # waf, run as ./waf or by an interpreter (python2 ./waf install)
        words = [posixpath.basename(w) for w in argv[:2]]
        if "waf" in words and "install" in argv[words.index("waf") + 1:]:
            return step
    return None


def install_prefix_problem(facts: StageFacts, usr: bool = False) -> Optional[str]:
    """Why an install of something the build compiled (``make install``, ``cmake
    --install``, ``ninja``/``meson install``) reaches outside /usr/local, or None.

    The interpreter recipes copy /usr/local's new libraries and programs to the runner
    (``LIBRARIES``, the console scripts); an install with ``./configure --prefix=/usr``
    (3d0bee85's librdkafka, which confluent-kafka's module loads) puts its libraries and
    programs among the distribution's files, which no copy carries and no package the
    runner installs brings, so the module fails at import.  A prefix the reader cannot
    tell (a variable, DESTDIR staging) is not /usr/local either.  The prefixes are read
    as the C/C++ recipe reads them (``install_prefixes``).  ``usr``: the caller copies
    what an install into /usr added there as well (``USR_FILES``), so /usr is no
    problem."""
    return _read_installs(facts, usr)[0]


def installs_into_usr(facts: StageFacts) -> bool:
    """Whether an install step of the build writes into /usr (``./configure
    --prefix=/usr && make install``), every install's prefix being known."""
    problem, paths = _read_installs(facts, True)
    return problem is None and "/usr" in paths


def _read_installs(facts: StageFacts, usr: bool):
    """(``install_prefix_problem``'s answer, the install prefixes read)."""
    prefixes: install_prefixes.Prefixes = {}
    paths = set()
    for step in run_walk.steps(facts):
        argv, head = step.argv, program_name(step.argv[0]) if step.argv else ""
        if head == "configure" or head in install_prefixes.AUTOGEN and len(argv) > 1:
            install_prefixes.read_configure(step, prefixes, facts)
            continue
        if head == "cmake" and not {"--build", "--install"} & set(argv) or \
                head == "meson" and argv[1:2] not in (("install",), ("compile",)):
            (install_prefixes.read_cmake_setup if head == "cmake" else
             install_prefixes.read_meson_setup)(step, prefixes, facts)
            continue
        installer = next((i for i in INSTALLERS if tuple(argv[:len(i)]) == i or (
            len(i) > 1 and argv[:1] == (i[0],) and i[1] in argv)), None)
        target = install_prefixes.cmake_install_target(argv)
        if installer is None and target is not None:
            installer = ("cmake", "--build", "--target", "install")
        if installer is None and not (head == "gmake" and "install" in argv):
            continue
        tool = " ".join(installer or ("make", "install"))
        there = target if target is not None else \
            argv[argv.index("-C") + 1] if "-C" in argv[:-1] else None
        where = step if there is None else \
            dataclasses.replace(step, cwd=run_walk.path_arg(there, step),
                                place=step.place if there.rstrip("/") in (".", "") else None)
        settings = dict(step.command.assignments) if step.command is not None else {}
        settings.update(w.split("=", 1) for w in argv[1:] if "=" in w and not w.startswith("-"))
        if "DESTDIR" in settings:
            return (f"{step.where}: {tool} stages its files under DESTDIR, which the runner's "
                    "copies of /usr/local do not follow"), paths
        given = next((w.split("=", 1)[1] for w in argv[1:] if not w.startswith("-") and
                      w.split("=", 1)[0] in install_prefixes.PREFIX_VARIABLES and "=" in w),
                     None)
        if head == "cmake" and "--prefix" in argv[:-1]:
            given = argv[argv.index("--prefix") + 1]
        prefix, _guessed = install_prefixes.install_prefix(where, prefixes, given)
        if prefix.startswith(install_prefixes.UNREAD_PREFIX):
            return (f"{step.where}: {tool}: `{prefix[len(install_prefixes.UNREAD_PREFIX):]}` "
                    "sets where the install writes, outside /usr/local (or in options not "
                    "read), and the runner copies only what the build adds to /usr/local"), paths
        problem = install_prefixes.environment_prefix_problem(step, tool, prefix) \
            if given is None and head in ("make", "gmake") else None
        if problem:
            return problem, paths
        # (the prefix the install's own command line gives is evaluated there)
        path = run_walk.path_arg(prefix, step) or \
            (install_prefixes.python_prefix(prefix, step, facts) if given is not None else None)
        if path is None or step.own_problem:
            return (f"{step.where}: {tool}: its install prefix ({prefix}) is not known, and "
                    "the runner copies only what the build adds to /usr/local"), paths
        if posixpath.normpath(path) != "/usr/local" and \
                not (usr and posixpath.normpath(path) == "/usr"):
            return (f"{step.where}: {tool} installs into {path}, outside /usr/local: the "
                    "libraries and programs it puts there are not copied to the runner, "
                    "and no package the runner installs brings them"), paths
        paths.add(posixpath.normpath(path))
    return None, paths


def libraries_run(image_own: str) -> ast.Run:
    """The builder RUN gathering the shared libraries (``lib*.so*``, links kept as
    links) the build installed in /usr/local/lib, all but the image's own
    (``image_own``, a regular expression), for the runner, which runs ldconfig as the
    C/C++ recipe's does.  Python (2 and 3), so the RUN it joins stays readable."""
    d, lib = LIBRARIES.path, LOCAL_LIB
    code = (f"import os, re, shutil; os.makedirs('{d}'); "
            f"[os.symlink(os.readlink(p), os.path.join('{d}', f)) if os.path.islink(p) else "
            f"shutil.copy2(p, '{d}') for f, p in ((f, os.path.join('{lib}', f)) "
            f"for f in os.listdir('{lib}')) if re.match(r'lib.*[.]so', f) and not "
            f"re.match(r'{image_own}', f) and (os.path.isfile(p) or os.path.islink(p))]")
    return ast.Run(keyword="RUN", command=ast.ShellForm(f'python -c "{code}"'), leading=(
        ast.Comment(f"# the shared libraries the build installed in {lib}, for the runner"),))


def usr_files_run() -> ast.Run:
    """The builder RUN gathering what an install into /usr (``./configure --prefix=/usr
    && make install``: 3d0bee85's librdkafka, which confluent-kafka's module loads) put
    among the distribution's files, for the runner: the shared libraries (``lib*.so*``)
    in /usr/lib and its multiarch directories and the programs in /usr/bin and
    /usr/sbin that no dpkg package owns (its ``.list`` files, a /lib or /bin path also
    read under /usr for a merged /usr), links kept as links.  The same policy as
    ``libraries_run`` and the console scripts for /usr/local: libraries and programs,
    not headers or data.  update-alternatives' links (into /etc/alternatives) are the
    packages', not the install's.  An install that wrote over a package's library or
    program (a newer git into /usr/bin) fails the build, naming the files (``dpkg
    --verify``: their checksum changed): the runner would install the packaged one.
    Python (2 and 3), so the RUN it joins stays readable."""
    d = USR_FILES.path
    code = (f"import glob, os, re, shutil, subprocess, sys; "
            f"out = subprocess.Popen(['dpkg', '--verify'], stdout=subprocess.PIPE)"
            f".communicate()[0].decode('utf-8', 'replace'); "
            f"changed = [l.split()[-1] for l in out.splitlines() if l[2:3] == '5' and "
            f"re.match(r'/(usr/)?(s?bin/[^/]+|lib/([^/]*-linux-[^/]*/)?lib[^/]*[.]so[^/]*)\\\\Z', "
            f"l.split()[-1])]; "
            f"changed and sys.exit('dtranspile: the install into /usr wrote over files of "
            f"packages, which the runner would have as packaged: ' + ' '.join(changed)); "
            f"owned = set(); "
            f"[owned.update((p, '/usr' + p)) for f in glob.glob('/var/lib/dpkg/info/*.list') "
            f"for p in (open(f, 'rb').read() if str is bytes else "
            f"os.fsdecode(open(f, 'rb').read())).splitlines()]; "
            f"files = [p for p in glob.glob('/usr/lib/lib*.so*') + "
            f"glob.glob('/usr/lib/*-linux-*/lib*.so*') + glob.glob('/usr/bin/*') + "
            f"glob.glob('/usr/sbin/*') if p not in owned and (os.path.isfile(p) or "
            f"os.path.islink(p)) and not (os.path.islink(p) and "
            f"os.readlink(p).startswith('/etc/alternatives/'))]; os.makedirs('{d}'); "
            f"[os.path.isdir(os.path.dirname(t)) or os.makedirs(os.path.dirname(t)) for t in "
            f"(os.path.join('{d}', os.path.relpath(p, '/usr')) for p in files)]; "
            f"[os.symlink(os.readlink(p), os.path.join('{d}', os.path.relpath(p, '/usr'))) "
            f"if os.path.islink(p) else shutil.copy2(p, os.path.join('{d}', "
            f"os.path.relpath(p, '/usr'))) for p in files]")
    return ast.Run(keyword="RUN", command=ast.ShellForm(f'python -c "{code}"'), leading=(
        ast.Comment("# the libraries and programs an install into /usr put there that no "
                    "package owns, for the runner"),))


def node_libraries_run() -> ast.Run:
    """``libraries_run`` for a node image, which may have no Python (slim, alpine): the
    same gathering in JavaScript that runs on every Node release (no const, arrow
    functions or copyFile).  The node images keep nothing of theirs there but
    node_modules, which is no library."""
    d, lib = LIBRARIES.path, LOCAL_LIB
    code = (f"var fs = require('fs'), path = require('path'); fs.mkdirSync('{d}'); "
            f"fs.readdirSync('{lib}').forEach(function (f) {{ var p = path.join('{lib}', f), "
            f"to = path.join('{d}', f); if (!/^lib.*[.]so/.test(f)) return; "
            "var s = fs.lstatSync(p); if (s.isSymbolicLink()) "
            "fs.symlinkSync(fs.readlinkSync(p), to); else if (s.isFile()) "
            "fs.writeFileSync(to, fs.readFileSync(p), { mode: s.mode }); });")
    return ast.Run(keyword="RUN", command=ast.ShellForm(f'node -e "{code}"'), leading=(
        ast.Comment(f"# the shared libraries the build installed in {lib}, for the runner"),))


def context_copy_destinations(facts: StageFacts, before: int) -> List[str]:
    """Absolute destinations of COPY/ADD from the build context before index ``before``."""
    out = []
    for fact in facts.instructions[:before]:
        node = fact.node
        if isinstance(node, (ast.Copy, ast.Add)) and node.flag("from") is None:
            dest = resolve_path(fact.before.workdir, expand(node.destination or "",
                                                            fact.before.variables()).value)
            if dest:
                out.append(dest)
    return out
