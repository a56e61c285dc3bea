"""The Rust recipe: ``cargo build`` (``--release``/``--profile``, ``--bin``,
``--target <triple>``, ``--target-dir``, ``--manifest-path``) and ``cargo install``
(``--path``, ``--root``), the binaries they write, and the runner.

Binaries land in ``<target-dir>/[<triple>/]<profile>/`` (profile ``release`` or
``debug``) or ``<install root>/bin``; a name is certain only with ``--bin``, otherwise
the CMD/ENTRYPOINT names it (the package name is in Cargo.toml, which the Dockerfile
does not show).  A ``*-musl`` target is linked static and runs on alpine; anything
else is linked against the builder's glibc and needs the builder's Debian release
(``rust:1`` is trixie: a bookworm runner fails with ``GLIBC_2.xx not found``).

The full ``rust`` image is built on buildpack-deps, which carries libpq-dev,
libsqlite3-dev, libssl-dev, default-libmysqlclient-dev and more: a crate (diesel's
pq-sys, rusqlite's libsqlite3-sys without ``bundled``, openssl-sys) links them with no
trace in the Dockerfile, and a runner without them fails at start (``libpq.so.5:
cannot open shared object file``).  Which ones the binary loads only the binary shows,
so on such a builder its ELF NEEDED entries are read in the builder and the runner, the
slim image of the builder's release, installs the packages owning them
(``native.elf_plan``).  The build context does not settle it either: Cargo.lock
records neither features (``bundled``/``vendored``) nor which crates' build scripts
link a system library (``links`` is not limited to ``*-sys`` crates, and the
project's own build.rs or ``#[link]`` may), so the read runs with and without it."""

from __future__ import annotations

import dataclasses
import posixpath
from typing import Dict, List, Optional, Tuple

from .runner_policy import digest_on_floating_tag, static_runner
from ...knowledge import official, packages, releases
from ...knowledge.packages import runtime_of
from ...analysis import StageFacts
from ...knowledge.references import split_reference
from ...tree import ast
from .base import (Artifact, Detection, Linking, Recipe, RunnerPlan, chosen, first_problem,
                   name_artifacts)
from .native import NativeDetection, dpkg_release, elf_plan
from .native_runner import check_gpu_config, native_plan, setup_distro
from .native_staging import libraries_command
from ..runner_setup import run_node
from .run_walk import Step, path_arg, steps
from ...analysis.shell import program_name

NAME = "rust"

BUILD_ONLY_ENV = frozenset({
    "CARGO_HOME", "CARGO_TARGET_DIR", "CARGO_INSTALL_ROOT", "CARGO_BUILD_TARGET",
    "CARGO_INCREMENTAL", "CARGO_NET_GIT_FETCH_WITH_CLI", "CARGO_REGISTRIES_CRATES_IO_PROTOCOL",
    "CARGO_PROFILE_RELEASE_LTO", "CARGO_TERM_COLOR", "RUSTFLAGS", "RUSTUP_HOME",
    "RUSTUP_TOOLCHAIN", "RUST_VERSION", "RUSTC_WRAPPER", "DEBIAN_FRONTEND", "CC", "CXX",
    "PKG_CONFIG_ALLOW_CROSS", "OPENSSL_STATIC", "OPENSSL_DIR", "SQLX_OFFLINE",
})
TOOLCHAIN_PROGRAMS = {"cargo", "rustc", "rustup", "cargo-watch", "cargo-make"}
_VALUE_FLAGS = {"--bin", "--target", "--target-dir", "--manifest-path", "--profile", "-p",
                "--package", "--features", "-F", "--root", "--path", "--example", "-j",
                "--jobs", "--color", "--config", "-Z", "--git", "--branch", "--tag", "--rev",
                "--version", "--index", "--registry", "--exclude", "--message-format"}


def _flags(args: Tuple[str, ...]):
    flags: Dict[str, List[str]] = {}
    rest: List[str] = []
    i = 0
    while i < len(args):
        word = args[i]
        name, eq, value = word.partition("=")
        if name in _VALUE_FLAGS:
            if not eq:
                value = args[i + 1] if i + 1 < len(args) else ""
                i += 1
            flags.setdefault(name, []).append(value)
        elif word.startswith("-"):
            flags.setdefault(word, []).append("true")
        else:
            rest.append(word)
        i += 1
    return flags, rest


def _last(flags, *names) -> Optional[str]:
    for name in names:
        if name in flags:
            return flags[name][-1]
    return None


class RustRecipe(Recipe):
    name = NAME
    program_kind = "a Rust program"

    def needs_toolchain(self, words: Tuple[str, ...]) -> Optional[str]:
        for word in words:
            if program_name(word) in TOOLCHAIN_PROGRAMS:
                return (f"the command runs `{program_name(word)}`, which needs the Rust "
                        "toolchain at run time")
        return None

    def detect(self, facts: StageFacts) -> Optional[Detection]:
        artifacts: List[Artifact] = []
        build: List[int] = []
        extra: List[int] = []
        problems: List[str] = []
        musl: List[bool] = []
        for step in steps(facts):
            argv = step.argv
            if program_name(argv[0]) != "cargo" or len(argv) < 2:
                continue
            sub = argv[1]
            extra.append(step.index)
            if sub not in ("build", "install", "b"):
                continue
            build.append(step.index)
            if step.problem:
                problems.append(f"{step.where}: cargo {sub} inside a shell construct the "
                                f"transpiler cannot follow ({step.problem})")
                continue
            flags, rest = _flags(argv[2:])
            target = _last(flags, "--target") or step.env.get("CARGO_BUILD_TARGET")
            if target is not None and "$" in target:
                problems.append(f"{step.where}: cargo {sub} --target {target} is not known")
                continue
            musl.append(bool(target and "musl" in target) or facts.base.libc == "musl")
            found = (self._build(step, flags, target) if sub in ("build", "b")
                     else self._install(step, flags, rest))
            if isinstance(found, str):
                problems.append(found)
            else:
                artifacts.extend(found)
        if not build:
            return None
        static = bool(musl) and all(musl) and facts.base.libc != "musl"
        first_problem(problems)
        linking = Linking(not static, ("a glibc Rust target (the default *-linux-gnu)",)
                          if not static else ())
        detection = Detection(NAME, tuple(build), tuple(artifacts), linking,
                              build_only_env=BUILD_ONLY_ENV, extra_build_indices=tuple(extra))
        return _reading_libraries(detection, facts) if linking.dynamic else detection

    def _build(self, step: Step, flags, target) -> List[Artifact] | str:
        manifest = _last(flags, "--manifest-path")
        root = step.cwd
        if manifest is not None:
            path = path_arg(manifest, step)
            root = posixpath.dirname(path) if path else None
        target_dir = _last(flags, "--target-dir") or step.env.get("CARGO_TARGET_DIR")
        if target_dir is not None:
            directory = path_arg(target_dir, step)
        else:
            directory = posixpath.join(root, "target") if root else None
        if directory is None:
            return f"{step.where}: cargo build writes to a directory that is not known"
        profile = _last(flags, "--profile")
        if profile is None:
            profile = "release" if ("--release" in flags or "-r" in flags) else "debug"
        elif profile == "dev":
            profile = "debug"
        out = posixpath.join(directory, target, profile) if target else \
            posixpath.join(directory, profile)
        how = f"{step.where}: cargo build" + (f" --target {target}" if target else "")
        bins = flags.get("--bin", [])
        if bins:
            return [Artifact(out, b, how + f" --bin {b}", step.index) for b in bins]
        return [Artifact(out, None, how + " (named after the package)", step.index, False,
                         source_dir=root)]

    def _install(self, step: Step, flags, rest) -> List[Artifact] | str:
        # without --path or a crate, cargo before 1.39 installed the crate of the current
        # directory; later versions refuse, so either way the output is the local crate
        root = _last(flags, "--root") or step.env.get("CARGO_INSTALL_ROOT") or \
            step.env.get("CARGO_HOME") or (step.env.get("HOME", "/root").rstrip("/") + "/.cargo")
        directory = path_arg(root, step)
        if directory is None:
            return f"{step.where}: cargo install --root {root} is not known"
        out = posixpath.join(directory, "bin")
        how = f"{step.where}: cargo install (in {out})"
        bins = flags.get("--bin", [])
        if bins:
            return [Artifact(out, b, how, step.index) for b in bins]
        path = _last(flags, "--path")
        crate = path_arg(path, step) if path else (step.cwd if not rest else None)
        return [Artifact(out, None, how + ", named after the package", step.index, False,
                         source_dir=crate)]

    def with_context(self, detection: Detection, facts: StageFacts, project) -> Detection:
        """Name the binary of a build without --bin from Cargo.toml in the build context:
        the one [[bin]] target, or the package name when there is no [[bin]] table."""
        def name_of(art: Artifact) -> Optional[str]:
            if not art.source_dir:
                return None
            return _cargo_binary(project.read(art.source_dir, "Cargo.toml"))

        return name_artifacts(detection, name_of, "named in Cargo.toml")

    def with_entry(self, detection: Detection, facts: StageFacts, entry: Artifact) -> Detection:
        """Read the libraries of exactly the binaries the runner copies: the one the
        command runs (named by it, or moved by a ``mv`` after the build: cargo clean may
        then remove the target directory) and the other certain ones, instead of every
        executable of a directory (cargo install's bin holds rustup's proxies too)."""
        if not (isinstance(detection, NativeDetection) and detection.reads_elf) or \
                entry.tree or entry.provided or not entry.path:
            return detection
        copied = (entry,) + tuple(a for a in detection.artifacts
                                  if a.certain and a.path and not a.tree)
        binaries = tuple(dict.fromkeys(a.path for a in copied))
        return _reading_libraries(_unread(detection), facts, binaries)

    def plan_runner(self, detection: Detection, facts: StageFacts,
                    runner: Optional[str] = None, needs_shell: bool = False) -> RunnerPlan:
        if not detection.linking.dynamic:
            if runner is not None:
                return chosen(runner)
            return static_runner(facts, "static binary of a *-musl target", needs_shell)
        check_gpu_config(facts, runner, "the Rust binary")
        if isinstance(detection, NativeDetection) and detection.reads_elf:
            return elf_plan(detection, facts, runner, "the Rust binary",
                            (_carried_reason(facts),))
        extra, added = [], []
        name, tag = split_reference(facts.base.reference)
        if facts.base.libc == "musl":
            extra = ["libgcc"]  # Rust binaries on a musl host link libgcc_s for unwinding
        elif (name in ("rust", "rustlang/rust") and "slim" not in tag) or _carries_libssl(facts):
            # the full rust image has libssl-dev: openssl-sys crates link libssl silently
            distro = setup_distro(facts, runner)
            ssl = " ".join(runtime_of("libssl-dev", distro) or ()) if distro else ""
            extra = ssl.split()
            if ssl and name == "rust":
                added.append(f"{ssl} in the runner: the rust image carries libssl-dev, so a "
                             "crate using OpenSSL links it without the Dockerfile showing it")
            elif ssl and name != "rustlang/rust":
                added.append(f"{ssl} in the runner: {facts.base.reference} carries libssl-dev "
                             "(image data), so a crate using OpenSSL links it without the "
                             "Dockerfile showing it")
        return native_plan(facts, "the Rust binary", runner, extra, added=added,
                           needs_shell=needs_shell)


RECIPE = RustRecipe()


def _carries_libssl(facts: StageFacts) -> bool:
    """Whether the builder image itself installs libssl-dev (image data: a Rust image
    other than the official one, ``jimmycuadra/rust``): ``carried_libraries`` leaves it
    out because distroless cc has libssl, but the slim runner of an older release does
    not, and an openssl-sys crate links it without the Dockerfile showing it."""
    tag = official.resolve(facts.base.reference, {k: v for k, v in facts.global_args.items()
                                                  if v is not None})
    return tag is not None and "libssl-dev" in _builder_packages(facts, tag)


def _builder_packages(facts: StageFacts, tag) -> Tuple[str, ...]:
    """The packages the builder image installs (image data).  A builder pinned by a
    digest on a tag that floats (``runner_policy.digest_on_floating_tag``) may be an
    older image of the tag than the data's, with other packages: there, those of any
    image of its name the data holds (``official.family_packages``), but for the
    official rust images, whose variant the tag names (full on buildpack-deps, slim,
    alpine: the same rule as for a tag the data does not know, ``carried_libraries``)."""
    if digest_on_floating_tag(facts.base) and tag.name not in ("rust", "rustlang/rust"):
        return tuple(dict.fromkeys(tag.packages + official.family_packages(tag.reference)))
    return tag.packages


def carried_libraries(facts: StageFacts) -> Optional[Tuple[str, ...]]:
    """The -dev packages of the builder image itself whose libraries a Rust binary may
    link without the Dockerfile showing it and distroless cc lacks (``libpq-dev``,
    ``libsqlite3-dev`` ... of buildpack-deps under ``rust:1.80-bookworm``; ``()`` for
    ``rust:1-slim-bookworm``, whose only one is libc6-dev), from the image data's
    Dockerfiles down the image's chain.  An image the data does not resolve: the full
    rust images' (``rust:<newer tag>``, ``rustlang/rust:nightly``, neither slim nor
    alpine) are built on buildpack-deps, so None (carried, which ones unknown); any
    other, ``()``."""
    base = facts.base
    if base.libc == "musl" or base.family == "alpine":
        return ()
    found = dpkg_release(facts)
    distro = packages.distro_of(*found) if found else None
    tag = official.resolve(base.reference, {k: v for k, v in facts.global_args.items()
                                            if v is not None})
    if tag is None or distro is None:
        name, word = split_reference(base.reference)
        full = name in ("rust", "rustlang/rust") and not any(
            w in (word or "latest") for w in ("slim", "alpine"))
        return None if full else ()
    out = []
    for package in _builder_packages(facts, tag):
        if packages.kind_of(package, distro) != "dev":
            continue
        runtime = runtime_of(package, distro)
        if runtime is None or not set(runtime) <= releases.DISTROLESS_CC_PACKAGES:
            out.append(package)
    return tuple(out)


def _carried_reason(facts: StageFacts) -> str:
    carried = carried_libraries(facts)
    reference = facts.base.reference
    if not carried:
        return f"{reference} is a full rust image, built on buildpack-deps with its -dev packages"
    data = (f"image data: the tag's on {facts.base.seen_on}, the "
            "digest's may differ" if digest_on_floating_tag(facts.base) else "image data")
    return (f"{reference} carries {', '.join(carried)} ({data}), whose libraries a "
            "crate links without the Dockerfile showing it")


def _reading_libraries(detection: Detection, facts: StageFacts,
                       copied: Optional[Tuple[str, ...]] = None) -> Detection:
    """On a builder image that carries libraries of its own (``carried_libraries``),
    the binaries' libraries are read in the builder: ldd resolves their ELF NEEDED
    entries and dpkg-query names the packages owning them, which the runner installs,
    as the C/C++ recipe does on images that keep libraries of their own.  Needs a dpkg
    builder of a known release and binaries (or the directory they land in) the build
    names; otherwise ``detection`` as it was (the runtime packages then come from the
    Dockerfile's -dev packages and the libssl rule).  ``copied``: the binaries the
    runner copies, once the command's is known (``with_entry``); before, the certain
    artifacts and every executable of a directory the build wrote unnamed ones to."""
    carried = carried_libraries(facts)
    if carried == ():
        return detection
    found = dpkg_release(facts)
    arts = detection.artifacts
    if copied is not None:
        binaries, directories = copied, ()
    else:
        binaries = tuple(dict.fromkeys(a.path for a in arts
                                       if a.certain and not a.tree and a.path))
        # a binary named only by the command: every executable of its target directory
        directories = tuple(dict.fromkeys(a.directory for a in arts
                                          if not a.certain and not a.tree and a.directory))
    if found is None or not (binaries or directories) or any(a.tree for a in arts):
        return detection
    node = _libraries_run(binaries, directories)
    return NativeDetection(**{f.name: getattr(detection, f.name)
                              for f in dataclasses.fields(Detection)
                              if f.name != "builder_additions"},
                           elf_binaries=binaries, elf_directories=directories, release=found,
                           builder_additions=detection.builder_additions + (node,))


def _libraries_run(binaries: Tuple[str, ...], directories: Tuple[str, ...]) -> ast.Run:
    """The builder RUN reading the packages owning the libraries ``binaries`` and the
    executables of ``directories`` load (``native_staging.libraries_command``)."""
    return run_node(libraries_command(binaries, directories, False, False),
                    "the packages owning the libraries the binary loads (ELF NEEDED, resolved "
                    "by ldd), for the runner")


def _unread(detection: NativeDetection) -> Detection:
    """``detection`` before ``_reading_libraries``: a plain Detection without the
    builder RUN that reads the libraries, the one written from its ``elf_binaries``
    and ``elf_directories`` (found by that value, not by its text)."""
    fields = {f.name: getattr(detection, f.name) for f in dataclasses.fields(Detection)}
    read = _libraries_run(detection.elf_binaries, detection.elf_directories)
    if read not in detection.builder_additions:
        raise AssertionError("the libraries' read is not among the builder's additions")
    fields["builder_additions"] = tuple(n for n in detection.builder_additions if n != read)
    return Detection(**fields)


def _cargo_binary(text: Optional[str]) -> Optional[str]:
    """The single binary a package builds, or None (no file, a workspace, several bins,
    or TOML this Python cannot read)."""
    if not text:
        return None
    try:
        import tomllib
    except ImportError:  # Python 3.10
        return None
    try:
        data = tomllib.loads(text)
    except (ValueError, RecursionError):  # RecursionError: nesting deeper than the stack
        return None
    bins = data.get("bin")
    if isinstance(bins, list) and bins:
        names = [b.get("name") for b in bins if isinstance(b, dict)]
        return names[0] if len(names) == 1 and isinstance(names[0], str) else None
    package = data.get("package")
    if isinstance(package, dict) and isinstance(package.get("name"), str) and "workspace" not in data:
        return package["name"]
    return None


cargo_binary = _cargo_binary  # the run-time ``cargo run`` rewrite names its binary the same way
