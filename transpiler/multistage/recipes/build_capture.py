"""A build the recipe cannot follow, run as written in the builder inside a capture
window (``effect_capture``), on a same-distribution runner (``distribution_runner``).
Shared by the C/C++ capture (``native_capture``: a program the recipe cannot name),
the Python one (``python_capture``: a Python the image does not show, from an
installer, a source build or a project's script) and the Ruby one (``ruby_capture``:
gems the distribution's ruby installs into /var/lib/gems and /usr/local/bin).

Why this is sound where the recipe is not: the recipe must know which files the build
made to copy them; the capture does not, it lists the file system before the build
and after the builder's last RUN and copies every entry that is new or changed (the
binary in the source tree, what ``make install`` wrote into /usr, a Miniconda in
/opt/conda, a Python built into /usr/local, links, copies), and the libraries those
programs load that the runner's loader lacks.  The runner is the builder's own image
(its slim sibling) with the packages the original installs before the build
installed again, minus compilers, -dev packages and build tools (their runtime
packages instead, from the tables or read in the builder when no table names them:
``replay_packages``/``scan_run``).  What the command runs is then tested in the runner
at build time, after the captured files and the runner's last COPY/RUN are in place
(``command -v`` / ``test -x``), instead of being required to be an output the recipe
recognised.

Another language's toolchain and the repository and fetch helpers the tables call
build tools (a JDK in a Python image, protobuf-compiler, gdb, software-properties-common,
gnupg) are installed again in the runner, before the window as inside it: the program
may run them, installing them works either way, and the gain is the build's own
compilers and -dev packages.  A Python -dev package of another language's build is
replaced by its interpreter where its release's archive is known (``_runtime_of``).

The window starts at the first RUN that does more than install packages: the RUNs
before it are replayed by the runner's install, and nothing else happens there that
the runner would miss (a RUN that only creates a directory, or an edit of a config,
would be lost before the listing).  Context files copied before the window outside
every copied tree (``COPY app.conf /etc/``) are the runtime inputs' (copied again in
the runner).

Declined (``Decline``) where it would apply: a build that leaves nothing build-only
behind (nothing to gain); an install of a package file, or of packages named by a
variable whose value the Dockerfile does not show (an ARG without a default, a command
substitution) that stay installed (``$buildDeps`` purged again by the same word leaves
nothing; a variable an ENV, an ARG default or the RUN itself sets is read), in the
window (the runner cannot replay it); a database server on its packaged data,
supervisord or a service not known started inside the window (``services``: its data
would be mixed with the runner's own install's); a command that needs the toolchain or
starts an interactive shell; a script the command runs that is not read (``--context``
reads it); a final WORKDIR a non-root USER makes outside the window that nothing
carries with its owner; RUNs that create users inside the window (``effect_capture``).
Builders other than plain Debian/Ubuntu images whose dpkg has ``--verify`` are not
captured (None), except plain Alpine 3.7+ images and, for a language whose
``own_image`` says so, images of a known release that keep files of its own
(``own_image_base``)."""

from __future__ import annotations

import dataclasses
import posixpath
import re
from dataclasses import dataclass
from typing import Callable, Optional, Pattern, Tuple

from ...knowledge.packages import package_name
from ...knowledge.references import split_reference
from ...analysis import StageFacts
from ...analysis.commands import shell_command_string
from ...analysis.shell import program_name
from ...knowledge import install_helpers, packages
from ...tree import ast
from . import distribution_runner, effect_capture, package_files, proven_family, services
from .artifacts import Artifact
from .base import Decline, Detection, Linking, RunnerPlan
from .run_walk import expanded_argv, removed_paths, steps
from ...analysis.paths import is_within, within_any

#: commands of a RUN that only installs packages (replayed in the runner, so the
#: window of captured RUNs starts after it)
_INSTALL_ONLY = distribution_runner.PACKAGING | {"cd", "export", "true", "echo", "set",
                                                 "rm", "update-ca-certificates"}
#: where the package RUN's ``rm`` may remove without an effect the runner misses
_CLEANED = ("/var/lib/apt/lists", "/var/cache/apt", "/tmp", "/var/tmp")
#: the toolchain's programs (the native recipe's): a command running one needs what the
#: runner leaves in the builder
C_TOOLCHAIN_PROGRAMS = frozenset({"make", "cmake", "gcc", "g++", "cc", "c++", "clang",
                                  "clang++", "ninja", "meson", "configure", "autoreconf"})
#: and the compilers of other languages: a command building at run time (``swift
#: build``) needs the -dev packages' headers the runner leaves in the builder
TOOLCHAIN_PROGRAMS = C_TOOLCHAIN_PROGRAMS | frozenset({"swift", "swiftc", "go", "cargo",
                                                      "rustc", "javac", "mvn", "gradle"})
#: program names that are scripts, whose programs are not read without --context
_SCRIPT_SUFFIXES = (".sh", ".bash", ".py", ".pl", ".rb")


@dataclass(frozen=True)
class Language:
    """What differs between the builds run in a capture window.  ``what``: the
    build's language in messages, ``described``: the build itself; ``build_only``:
    the packages of its build the runner leaves out (compilers, build systems,
    version control); ``keep(package)``: a
    package the tables call a build tool that the program may still need at run time
    (``git`` the build does not use); ``app_scripts``: script suffixes that are the
    application itself, not an unread script (``.py`` for Python); ``interpreters``:
    interpreters whose script argument is the application (``python app.py``)."""

    what: str
    #: the build as the messages name it ("a C/C++ build whose program the recipe
    #: cannot name")
    described: str
    build_only: Pattern[str]
    keep: Callable[[str], bool] = lambda p: False
    app_scripts: Tuple[str, ...] = ()
    interpreters: Pattern[str] = re.compile(r"^$")
    #: the runtime package behind a build-only package of the language's own
    #: (``python3-dev`` -> ``python3``: the headers stay in the builder, the interpreter
    #: they come with is installed in the runner), or None
    runtime_of_dev: Callable[[str], Optional[str]] = lambda p: None
    #: what the build leaves in the original's image that the runner does not get
    #: besides packages (pip's cache), given the stage and the window's last index:
    #: a gain when no package stays in the builder
    caches: Callable[[StageFacts, int], Tuple[str, ...]] = lambda facts, last: ()
    #: whether the runtime library the tables name for the language's own -dev package
    #: is installed too, besides the interpreter (``ruby-dev``'s ``libruby2.7``: the
    #: gems' compiled extensions link it by name)
    links_dev_runtime: bool = False
    #: whether a build on a plain Alpine image the data knows (``alpine:3.12``) runs in
    #: the window too, as one on an image proven Alpine by its own ``apk add`` does
    #: (``apk_capture``): the C/C++ build's ``make install`` into /usr or with
    #: ``--sysconfdir=/etc`` writes among the distribution's files, which only the
    #: capture tells apart from the packages' (by the apk database's digests)
    plain_alpine: bool = False
    #: whether a build on an image of a known Debian, Ubuntu or Alpine release that keeps
    #: files of its own (``distribution_runner.image_base``: buildpack-deps, node, gcc,
    #: phusion/baseimage) runs in the window too, on that very image as the runner
    own_image: bool = False

    def runtime_of(self, package: str) -> Optional[str]:
        """``runtime_of_dev``, and for every language the Ruby interpreter behind
        ``ruby-dev`` (``rubyX.Y-dev``): a gem the build installs with Debian's ``gem``,
        which came with those headers, runs on that interpreter."""
        own = self.runtime_of_dev(package)
        if own is not None:
            return own
        m = re.fullmatch(r"(ruby[0-9.]*)-dev", package)
        return m.group(1) if m else None


@dataclass(frozen=True)
class CaptureDetection(Detection):
    """A build run in a capture window.  ``distribution`` and ``replay`` make the
    runner a same-distribution one (``runner_programs.same_image``); classify reads
    ``captured_runs``."""

    distribution: Optional[distribution_runner.PlainBase] = None
    replay: Optional[distribution_runner.PackageReplay] = None
    captured_runs: Tuple[Tuple[int, str], ...] = ()
    #: programs the command runs, tested in the runner after the captured files
    captured_programs: Tuple[str, ...] = ()
    #: -dev packages whose runtime packages are read in the builder
    scanned: bool = False
    #: the RUN among ``builder_additions`` writing ``distribution_runner.PACKAGE_LIST``
    #: (``distribution_runner.scan_run``), which a recipe scanning more replaces: asked
    #: for by this record, not found by its text
    package_scan: Optional[ast.Run] = None
    language: Optional[Language] = None
    #: build tools of another language and repository helpers the captured RUNs install
    #: and the original keeps: the runner installs them again with the window's packages
    kept_tools: Tuple[str, ...] = ()

    def keeps(self, package: str) -> bool:
        """Whether the runner installs ``package`` although the tables call it a build
        tool: the language's own keep (``python3-pip`` of a Python build) or one of
        ``kept_tools``."""
        return package in self.kept_tools or \
            (self.language is not None and self.language.keep(package))


def _install_only(facts: StageFacts, index: int) -> bool:
    found = [s for s in steps(facts) if s.index == index]
    if not found:
        return False
    for step in found:
        head = program_name(step.argv[0])
        helper = install_helpers.helper_of(step.argv)
        if helper is not None and not step.problem and \
                all(r.startswith(_CLEANED) for r in helper.removes):
            continue  # (the image's apt wrapper: an install, and the lists' removal)
        if head not in _INSTALL_ONLY or step.problem:
            return False
        if package_files.package_file(step) is not None:
            # (no archive has it: the capture's hook keeps the file for the runner)
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


def _check_window_commands(facts: StageFacts, first: int, manager: str = "apt") -> None:
    """Decline a service started inside the window, a package file installed there that
    the runner cannot install again from the file the builder keeps
    (``package_files.install_problem``), or a package named by a variable whose value is
    not known that stays installed (``apt-get install $buildDeps`` purged again by the
    same word, as the official python image's source build does, leaves nothing of its
    own; ``_unreplayable_install``)."""
    kept, _removed = packages.kept_installs([expanded_argv(s) for s in steps(facts)])
    clusters = []  # the data directories an initdb of the window made
    walked = list(steps(facts))
    for at, step in enumerate(walked):
        if step.index < first:
            continue
        resolved = package_files.resolved_after(step, walked[at + 1:])
        head = program_name(step.argv[0])
        services.check_step(step, clusters)
        problem = package_files.install_problem(step, manager, resolved)
        if problem is not None:
            raise Decline(f"{step.where}: `{head}`, in the RUNs whose effect is captured, "
                          f"installs {problem}")
        why = _unreplayable_install(step, kept, manager, resolved)
        if why is not None:
            raise Decline(f"{step.where}: `{head}` installs {why}, in the RUNs whose effect "
                          "is captured: the capture leaves the packages' files out, and the "
                          "runner cannot install it again from the archive")


def _substitution_head(word: str) -> str:
    """A command substitution shown by its program (``$(grep ...)``): its words as the
    shell reader gives them have lost their quotes, and would mislead if shown whole."""
    for opener, closer in (("$(", ")"), ("`", "`")):
        at = word.find(opener)
        if at >= 0:
            inner = word[at + len(opener):].split()
            return f"{word[:at]}{opener}{inner[0] if inner else ''} ...{closer}"
    return word


def _unreplayable_install(step, kept, manager: str = "apt",
                          resolved: bool = True) -> Optional[str]:
    """What the install ``step`` installs that the runner cannot install again (None:
    nothing): a package file it cannot install from the file the builder keeps
    (``package_files.install_problem``: ``rpm -i``, ``dpkg --force-depends -i``; a
    ``dpkg -i tini.deb`` or ``apt install ./x.deb`` it can) or packages named by a
    variable whose value is not known (``$runDeps`` a command substitution printed,
    ``${python}`` of an ARG without a default) or by a command substitution
    (``$(grep -v '^#' packages.txt)``) that stay installed (``kept``).  Variables the
    walk knows (ENV, ARG defaults, ``buildDeps='gcc make'`` earlier in the RUN) are
    expanded first (``expanded_argv``): those packages are named."""
    problem = package_files.install_problem(step, manager, resolved)
    if problem is not None:
        return problem
    got = packages.read_install(expanded_argv(step))
    if got is None:
        return None
    released = [p for p in got.packages if "/" in p and not package_files.is_file_word(p)]
    if released:
        return (f"a package of the release it names (`{' '.join(released)}`), which the "
                "runner's install by name would take from the default release")
    # (a package file named through a variable, ``./$DEB``, is the hook's: kept by name)
    hidden = [p for p in got.packages if ("$" in p or "`" in p) and p in kept and
              not package_files.is_file_word(p)]
    if not hidden:
        return None
    # (as written: the words of the original still unknown after the expansion)
    words = [w for w, e in zip(step.argv, expanded_argv(step)) if "$" in e or "`" in e] \
        or hidden
    if any("$(" in w or "`" in w for w in words):
        shown = " ".join(_substitution_head(w) for w in words)
        return f"packages a command substitution prints (`{shown}`), which only the build knows"
    return (f"packages named by a variable whose value the Dockerfile does not show "
            f"(`{' '.join(words)}`: not set by an ENV, an ARG default or a literal assignment "
            "earlier in the RUN)")


def capture_detection(facts: StageFacts, name: str, build_only_env, why: str,
                      language: Language,
                      trees: Tuple[str, ...] = ()) -> Optional[CaptureDetection]:
    """The detection of a build run inside a capture window, or None where the builder
    is not a plain Debian/Ubuntu image (or a plain Alpine one, for a language whose
    ``plain_alpine`` says so) whose effects can be captured.  ``trees``: the
    directories the runner copies whole from the builder besides the final WORKDIR
    (the application's sources).  Declines (``Decline``) where it would apply but the
    runner could not be made or nothing would be gained.  On an image the data does
    not know, the declines say how its family was learned (``proven_family``)."""
    base = distribution_runner.plain_base(facts)
    if base is not None:
        if base.manager not in ("apt", "apk") or base.manager == "apk" and \
                not language.plain_alpine or effect_capture.unsupported(facts) is not None:
            return None
        return _capture_on(facts, base, name, build_only_env, why, language, trees)
    own = own_image_base(facts, language)
    if own is not None:
        return _capture_on(facts, own, name, build_only_env, why, language, trees)
    # an image the data does not know, proven Debian-family (Alpine) by the original's
    # own apt install (apk add): the runner is that very image
    base = proven_family.unknown_base(facts)
    if base is None:
        return None
    try:
        old = effect_capture.unsupported(facts)
        if old is not None:
            raise Decline(old)
        return _capture_on(facts, base, name, build_only_env, why, language, trees)
    except Decline as exc:
        raise Decline(f"{proven_family.proven_unknown(facts).text}; {exc.reason}") from None


def own_image_base(facts: StageFacts, language: Language):
    """The builder's own image as the base of the window (``image_base``) for a language
    whose ``own_image`` says so, or None: an image of a known release that keeps files
    of its own, whose effects the window's tools can list."""
    if not language.own_image:
        return None
    base = distribution_runner.image_base(facts)
    if base is None or base.manager not in ("apt", "apk") or base.image != base.builder or \
            effect_capture.unsupported(facts) is not None:
        return None
    # (the window lists the whole file system: the image's own trees need no marker of
    # their own, what the build left of them unchanged is the runner's as it is)
    return dataclasses.replace(base, own_trees=(), own_image=True)


def unavailable(facts: StageFacts, language: Language) -> Optional[str]:
    """Why a build on a plain distribution image (or, for a language whose ``own_image``
    says so, an image of its own trees) whose effect the window would capture cannot run
    in one (an Alpine release older than the BusyBox configuration read, a dpkg without
    --verify), or None (it can, or the image is no such image): the declines of a build
    only the window could follow say so."""
    base = distribution_runner.plain_base(facts)
    if base is None and language.own_image:
        # (an image of its own trees the window would run on, but for its tools)
        base = distribution_runner.image_base(facts)
        if base is not None and base.image != base.builder:
            return None
    if base is not None and base.manager not in ("apt", "apk"):
        # (a plain RPM image: CentOS, Fedora)
        return (f"the builder {base.builder} is an image of an RPM distribution, and the "
                "window tells the packages' files apart from what the RUNs changed with "
                "dpkg's or apk's database only")
    if base is None or base.manager == "apk" and not language.plain_alpine:
        return None
    return effect_capture.unsupported(facts)


def _capture_on(facts: StageFacts, base: "distribution_runner.PlainBase", name: str,
                build_only_env, why: str, language: Language,
                trees: Tuple[str, ...]) -> Optional[CaptureDetection]:
    indices = window(facts)
    if not indices:
        return None
    runtime_of = _runtime_of(language, base)
    replay = distribution_runner.replay_packages(
        facts, base, indices[0], keep=lambda p: language.keep(p) or
        _foreign_tool(language, runtime_of, p, base), runtime_of_dev=runtime_of)
    own_dev = [d for d in (package_name(p) for p in replay.dropped)
               if language.runtime_of(d) is not None]
    own_runtime = [r for d in own_dev for r in _dev_runtime(language, d, base)]
    if language.links_dev_runtime and base.reads_runtime and own_dev:
        # (a floating release: the library is read in the builder, as for the -dev
        # packages no table names)
        replay = dataclasses.replace(
            replay, unmapped_dev=tuple(dict.fromkeys(replay.unmapped_dev + tuple(own_dev))))
    if own_runtime:
        replay = dataclasses.replace(
            replay, install=tuple(dict.fromkeys(replay.install + tuple(own_runtime))),
            added=replay.added + (f"the {language.what} interpreter's library, which the "
                                  "build's compiled extensions link, installed too: "
                                  f"{' '.join(dict.fromkeys(own_runtime))}",))
    _check_window_commands(facts, indices[0], base.manager)
    base = distribution_runner.full_image_needed(facts, base)
    in_window = effect_capture.window_packages(facts, indices[0], ())
    kept, _removed = packages.kept_installs([expanded_argv(s) for s in steps(facts)])
    kept_names = {p.split("=", 1)[0] for p in kept}
    build_only_in_window = [
        p for s in steps(facts) if s.index >= indices[0]
        for p in (packages.read_install(expanded_argv(s)).packages
                  if packages.read_install(expanded_argv(s)) else ())
        if p not in in_window and packages.kind_of(p.split("=", 1)[0], base.distro) in
        ("toolchain", "helper", "dev") and not language.keep(p.split("=", 1)[0])]
    # another language's build tools and the repository and fetch helpers the original
    # keeps: the program may run them, so the runner's install of the window's packages
    # installs them again (``CaptureDetection.keeps``); the gain is the build's own
    # compilers and -dev packages, left in the builder
    kept_tools = tuple(dict.fromkeys(
        p for p in build_only_in_window if p.split("=", 1)[0] in kept_names and
        _foreign_tool(language, runtime_of, p.split("=", 1)[0], base)))
    build_only_in_window = [p for p in build_only_in_window if p not in kept_tools]
    # the runtime packages of the window's -dev packages, installed by the runner's
    # setup (from the tables, or read in the builder when they are still installed
    # there at the end); the capture's own library copy covers what neither names
    runtime, unmapped, interpreters = [], [], []
    for pkg in build_only_in_window:
        dev = pkg.split("=", 1)[0]
        own = runtime_of(dev)
        if own is not None and dev in kept_names:
            runtime.append(own)
            runtime.extend(_dev_runtime(language, dev, base))
            if language.runtime_of(dev) is None:
                interpreters.append(f"{dev} -> {own}")
            continue
        if packages.kind_of(dev, base.distro) != "dev" or dev not in kept_names:
            continue
        mapped = None if base.reads_runtime else packages.runtime_of(dev, base.distro)
        if mapped is not None:  # () for a -dev package of headers only
            runtime.extend(mapped)
        else:
            unmapped.append(dev)
    # what the runner leaves out, the window's build-only packages too: the checks of
    # the command (an interactive shell, a script not read) read it
    replay = dataclasses.replace(
        replay, dropped=tuple(dict.fromkeys(replay.dropped + tuple(build_only_in_window))),
        install=tuple(dict.fromkeys(replay.install + tuple(runtime))),
        unmapped_dev=tuple(dict.fromkeys(replay.unmapped_dev + tuple(unmapped))))
    caches = () if replay.dropped else language.caches(facts, indices[-1])
    if not replay.dropped and not caches:
        many = len(kept_tools) > 1
        kept_too = (f" ({', '.join(kept_tools)}, another language's toolchain or a repository "
                    f"or fetch helper, {'are' if many else 'is'} installed again in the "
                    f"runner: the program may use {'them' if many else 'it'})") \
            if kept_tools else ""
        raise Decline(f"{language.described} runs in the "
                      "builder with its effect captured, but the build installs no compiler, "
                      f"-dev package or build tool the runner could leave out{kept_too}: "
                      "nothing to gain")
    artifacts = _trees(facts, indices, trees)
    _check_workdir_owner(facts, indices, artifacts)
    reasons = tuple((i, why) for i in indices)
    scanned = bool(replay.unmapped_dev)
    scan = None
    if scanned:
        copied = distribution_runner.installed_trees(a.path for a in artifacts)
        scan = distribution_runner.scan_run(base, copied, replay.unmapped_dev)
    additions = (scan,) if scan is not None else ()
    added = (f"the {language.what} build runs in the builder as written and what it wrote "
             f"outside the copied directories is captured for the runner ({why})",) + \
        replay.added + tuple(f"no package stays in the builder: what the runner saves is "
                             f"{c}" for c in caches)
    if interpreters:
        added += (f"another language's Python headers stay in the builder, the interpreter "
                  f"they depend on is installed in the runner ({', '.join(interpreters)}): "
                  "what the build made for it runs on that interpreter",)
    if kept_tools:
        added += (f"{', '.join(kept_tools)}, which the RUNs whose effect is captured install "
                  f"and the original keeps, installed again in the runner although the "
                  f"package tables call them build tools: the {language.what} build does not "
                  "(another language's toolchain, a repository or fetch helper), so the "
                  "program may use them at run time",)
    return CaptureDetection(name, indices, tuple(artifacts), Linking(
        True, (f"a {language.what} build whose outputs are captured",)),
        build_only_env=build_only_env, builder_additions=additions, added=added,
        distribution=base, replay=replay, captured_runs=reasons, scanned=scanned,
        package_scan=scan, language=language, kept_tools=kept_tools)


#: a Python -dev package (``python3-dev``, ``python2.7-dev``) and the interpreter it
#: depends on by the same name in Debian's and Ubuntu's archives
_PYTHON_DEV = re.compile(r"(python[0-9.]*)-dev")


def _runtime_of(language: Language, base) -> Callable[[str], Optional[str]]:
    """``language.runtime_of``, and for another language's build the Python
    interpreter behind a Python -dev package (a C library's Python bindings, a vim
    plugin's ycmd): its headers stay in the builder, the interpreter the captured
    modules run on is installed.  Only where the package tables know that -dev package
    on the runner's release (a package of that archive, whose Depends name the
    interpreter: Debian's python-dev, a virtual package from bullseye and focal on,
    does not say which one); elsewhere it is installed whole, which works either way."""
    def runtime_of(package: str) -> Optional[str]:
        own = language.runtime_of(package)
        if own is not None:
            return own
        m = _PYTHON_DEV.fullmatch(package)
        if m is None or base.manager != "apt" or base.reads_runtime or \
                packages.runtime_of(package, base.distro) is None:
            return None
        return m.group(1)
    return runtime_of


def _foreign_tool(language: Language, runtime_of, package: str, base) -> bool:
    """Whether ``package`` is one the tables call a build tool that the language's
    build does not use (another language's toolchain: a JDK, golang, pip; a repository
    or fetch helper: software-properties-common, gnupg), and that has no runtime package
    in its place (``runtime_of``): the program may run it, so the runner keeps it."""
    return packages.kind_of(package, base.distro) in ("toolchain", "helper") and \
        not language.build_only.match(package) and runtime_of(package) is None


def _dev_runtime(language: Language, dev: str, base) -> Tuple[str, ...]:
    """The runtime libraries the tables name for the language's own -dev package when
    the language's programs link them (``Language.links_dev_runtime``), on a base whose
    release is known; () otherwise."""
    if not language.links_dev_runtime or base.reads_runtime:
        return ()
    return tuple(packages.runtime_of(dev, base.distro) or ())


def _trees(facts: StageFacts, indices: Tuple[int, ...], trees: Tuple[str, ...]):
    """The trees the runner copies whole from the builder: the final WORKDIR and
    ``trees`` where a context COPY/ADD before the window's last RUN lands in them (the
    sources the build read, with what it wrote there; a tree only a COPY after them
    fills is the runner's own), unless they are system directories (/root, /opt: what
    the RUNs wrote there is captured, and the runtime inputs repeat the context's
    files).  None inside another."""
    from ..runtime_inputs import copy_target  # (runtime_inputs reads the recipes)
    from .interpreted import NOT_APP_DIRS
    targets = [copy_target(f.node, f) for f in facts.instructions
               if f.index < indices[-1] and isinstance(f.node, (ast.Copy, ast.Add)) and
               f.node.flag("from") is None]
    targets = [t.rstrip("/") or "/" for t in targets if t is not None]
    workdir = (facts.final.workdir or "").rstrip("/")
    paths = [workdir] if workdir else []
    paths += [t.rstrip("/") for t in trees if t and t.rstrip("/")]
    paths = [p for p in paths if p not in NOT_APP_DIRS and any(
        is_within(t, p) for t in targets)]
    # a source the window's RUNs remove (``ADD Python-3.6.0.tgz`` unpacked, then ``rm``)
    # is not in the builder at its end: the capture lists it as removed, no copy names it
    removed = removed_paths(facts, indices[0])
    paths = [p for p in paths if not within_any(p, removed)]
    kept = distribution_runner.installed_trees(paths)
    out = []
    for path in dict.fromkeys(p for p in paths if p in kept):
        how = (f"the final WORKDIR {workdir} (sources, build output and files the program "
               "may read there)") if path == workdir else "the application's source tree"
        out.append(Artifact(posixpath.dirname(path), posixpath.basename(path), how,
                            indices[0], tree=True))
    return out


def _check_workdir_owner(facts: StageFacts, indices: Tuple[int, ...], artifacts) -> None:
    """Decline a final WORKDIR that a non-root USER's WORKDIR line creates outside the
    capture window, when no copied tree carries it: BuildKit makes that directory the
    user's, the runner sets its final WORKDIR first (as root, before the user exists)
    and neither the capture nor a copy brings the directory with its owner, so the
    program (and a VOLUME there) would find it root's."""
    final = (facts.final.workdir or "").rstrip("/")
    if not final or any(a.tree and a.path == final for a in artifacts):
        return
    made = next((f for f in facts.instructions if isinstance(f.node, ast.Workdir) and
                 (f.after.workdir or "").rstrip("/") == final), None)
    if made is None or indices[0] < made.index < indices[-1]:
        return
    user = (made.before.user or "root").split(":")[0]
    if user not in ("root", "0"):
        line = made.node.span.line if made.node.span else made.index + 1
        raise Decline(f"WORKDIR {final} at line {line} is made as user {user}, whose directory "
                      "it becomes; the runner sets its final WORKDIR before that user "
                      "exists, and neither the capture nor a copied tree brings the "
                      "directory with its owner")


def plan(detection: CaptureDetection, runner: Optional[str]) -> RunnerPlan:
    """The same-distribution runner; the captured libraries are merged by the capture's
    own RUN (which runs ldconfig)."""
    what = detection.language.what if detection.language else "the"
    return distribution_runner.runner_plan(detection.distribution, detection.replay,
                                           detection.scanned, f"the {what} program", runner)


def check_not_script(program_word: str, facts: StageFacts, where: str = "",
                     app_scripts: Tuple[str, ...] = ()) -> None:
    """Decline a script the command runs: its programs were not read (``--context``
    reads it; a script the build writes through a redirection is never read) and may
    be the builder's tools, which the runner leaves out.  ``app_scripts``: suffixes of
    the application's own scripts (a Python build's ``manage.py``)."""
    name = program_name(program_word)
    if name.endswith(_SCRIPT_SUFFIXES) and not name.endswith(app_scripts):
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


def check_not_interpreted(program_word: str, words,
                          own: Pattern[str] = re.compile(r"^$")) -> None:
    """Decline an interpreter running a script file (``perl OPERA-MS.pl``): its
    programs are not read and may be the builder's tools (make, gcc).  ``own``: the
    interpreters whose script is the application itself (``python app.py`` of a
    Python build)."""
    name = program_name(program_word)
    if not _INTERPRETERS.match(name) or own.match(name):
        return
    args = [w for w in tuple(words)[1:] if not w.startswith("-")]
    if args and "-c" not in words and "-e" not in words and \
            shell_command_string(tuple(words)) is None:  # (``bash -lc '...'`` too)
        raise Decline(f"runs `{program_word} {args[0]}`, a script whose programs are not read: "
                      "it may run the builder's tools, which stay in the builder")


def check_command(detection: CaptureDetection, program_word: str, words,
                  facts: StageFacts) -> None:
    """The command's checks on a capture runner: not a program of the toolchain or of
    a package the runner leaves out, ``check_not_script`` and ``check_not_interpreted``
    (with the language's own scripts)."""
    language = detection.language
    name = program_name(program_word)
    dropped = {package_name(p) for p in detection.replay.dropped} \
        if detection.replay else set()
    if name in dropped or name in TOOLCHAIN_PROGRAMS:
        raise Decline(f"runs `{name}`, which needs the build's toolchain at run time; the "
                      "runner leaves it in the builder")
    check_not_script(program_word, facts, app_scripts=language.app_scripts if language else ())
    check_not_interpreted(program_word, words, language.interpreters if language else
                          re.compile(r"^$"))


#: the top directories of a distribution image's file system (the FHS and the kernel's
#: mount points): a program under any other one is there only if the build puts it there
_IMAGE_TOPS = frozenset({"/bin", "/boot", "/dev", "/etc", "/home", "/lib", "/lib32", "/lib64",
                         "/libx32", "/media", "/mnt", "/opt", "/proc", "/root", "/run", "/sbin",
                         "/srv", "/sys", "/tmp", "/usr", "/var"})


def _check_made(ctx, where: str, program_word: str, path: str) -> None:
    """Decline a command whose program, in a directory of its own at the root
    (``/h2o/h2o``, ``/app/docker.entrypoint``), no instruction is seen to write: the
    original then builds and fails only when the container starts, or runs a file a
    volume brings at run time (08faa016: ``COPY /requirements.txt /app/...`` alone, the
    ENTRYPOINT ``/app/docker.entrypoint`` of the project mounted at /app), whereas the
    runner's test of the program would fail the rewrite's build (db58cd1c: the RUN's
    relative ``cd``s built h2o in /libuv/wslay/h2o, and ``ninja install`` put it in
    /usr/local/bin).  A bare distribution image has no such directory; any other image
    may or may not hold the file, which the image data does not show, and the test
    would decide the build on it: declined either way."""
    from ..entry_producer import written
    from .native import PLAIN_BASES

    top = "/" + path.strip("/").split("/")[0]
    image = ctx.facts.base.reference
    if top in _IMAGE_TOPS or written(ctx, path):
        return
    if split_reference(image)[0] in PLAIN_BASES:
        holds = f"{image}, a bare distribution image, has no {top}: whether the build " \
            "writes it there is not known"
    else:
        holds = (f"whether {image} holds it is not known (the image data does not list an "
                 "image's files), nor whether the build writes it there")
    raise Decline(f"{where} runs `{program_word}`, which no instruction of the Dockerfile is "
                  f"seen to write, and {holds}; if neither does, the original builds and fails "
                  "only when the container starts (or a volume brings the file), while the "
                  "rewrite's test of the program in the runner would fail its build")


def program(ctx, node, program_word: str) -> Optional[Artifact]:
    """The command's program on a capture runner: a name on PATH or a path, tested in
    the runner after the captured files are in place.  Declines a script (its programs
    are not read here) and a program in a directory the runner does not get."""
    det = ctx.detection
    if getattr(det, "captured_runs", None) is None or det.distribution is None or \
            not det.captured_runs or "$" in program_word or "`" in program_word:
        return None
    name = program_name(program_word)
    language = getattr(det, "language", None)
    check_not_script(program_word, ctx.facts, f"{node} ",
                     app_scripts=language.app_scripts if language else ())
    if "/" not in program_word:
        path = name
    else:
        from ...analysis.state import resolve_path
        path = resolve_path(ctx.facts.final.workdir, program_word)
        if path is None:
            raise Decline(f"{node} runs `{program_word}` in a directory that is not known")
        _check_made(ctx, node, program_word, path)
    if path not in det.captured_programs:
        ctx.detection = dataclasses.replace(det, captured_programs=det.captured_programs + (path,))
        ctx.added.append(f"`{program_word}` is taken for what the captured build wrote (or the "
                         "runner's own) and tested there at build time, after the captured "
                         "files")
    return Artifact(None, name, "written by the captured build or the runner's own, tested "
                    "in the runner at build time", -1, provided=True)
