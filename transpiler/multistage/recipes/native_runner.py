"""The runner for a dynamically linked native binary (C/C++, Rust on glibc or on an
Alpine builder): the builder's own distribution release, slim variant, plus the
runtime packages behind the ``-dev`` packages the build installed.

Same release, because a binary built against a newer glibc fails on an older one
(``GLIBC_2.xx not found``: ``rust:1`` is trixie, ``debian:bookworm-slim`` is older),
and a glibc binary does not start on musl at all."""

from __future__ import annotations

from typing import List, Optional, Sequence, Tuple

from ...analysis import StageFacts
from ...knowledge import packages, releases
from ...knowledge.images import image_facts
from ...knowledge.references import pinned_by_digest, split_reference
from ..runner_setup import run_node
from .base import Decline, RunnerPlan, chosen
from ..runner_packages import carried_for_run_time
from .runner_policy import (check_digest_release, distroless, floating_alpine, floating_runner,
                            version_matched)
from .run_walk import expanded_argv, steps, unknown_named, upgrade_of


def installed(facts: StageFacts) -> List[str]:
    """Every package the stage's RUN lines install (apt-get/apt/apk/yum/dnf)."""
    out: List[str] = []
    for step in steps(facts):
        got = packages.read_install(expanded_argv(step))
        if got is not None:
            out.extend(got.packages)
    return list(dict.fromkeys(out))


def setup_distro(facts: StageFacts, runner: Optional[str]) -> Optional[packages.Distro]:
    """The distribution release whose package names the runner's setup uses: the
    runner's own when ``--runtime`` names a known image with a package manager, else the
    builder's (the runner the recipe picks is of the builder's release)."""
    target = image_facts(runner) if runner is not None else None
    if target is not None and target.known and target.shell and target.family and \
            not (target.release is None and target.family == facts.base.family):
        # (a floating tag of the builder's distribution, debian:stable-slim, follows the
        # builder's release: its names are the builder's)
        return packages.distro_of(target.family, target.release)
    return packages.distro_of(facts.base.family, facts.base.release)


#: image configuration the NVIDIA container runtime reads when the container starts
#: (nvidia/cuda's ENV): the GPUs, driver capabilities and CUDA version the container gets
GPU_CONFIG = frozenset({"NVIDIA_VISIBLE_DEVICES", "NVIDIA_DRIVER_CAPABILITIES",
                        "NVIDIA_REQUIRE_CUDA"})


def check_gpu_config(facts: StageFacts, runner: Optional[str], what: str) -> None:
    """Declines a runner of another image for a build on a CUDA image: the image's
    ``NVIDIA_*`` configuration decides which GPUs and driver libraries the container
    gets, and the CUDA libraries live in its own /usr/local."""
    base = facts.base
    gpu = sorted(k for k in base.env if k in GPU_CONFIG)
    if runner is None and gpu:
        raise Decline(f"{what} is built on {base.reference}, which sets {', '.join(gpu)}: "
                      "they tell the NVIDIA container runtime which GPUs and driver libraries "
                      "the container gets, and the image holds the CUDA libraries in "
                      "/usr/local; a runner of another image has neither (pass --runtime "
                      "with the CUDA runtime image to choose one)")


def carried_others(others: Sequence[str], what: str) -> Tuple[str, ...]:
    """The installed programs whose run-time use the Dockerfile does not show (curl,
    wget, zip), which the runner stage installs again (``runner_packages``) instead of
    the rewrite declining: kept, they serve the program whether it runs them or not.
    A package named by a variable the transpiler cannot resolve is not known, so it
    cannot be installed again: declined."""
    hidden = [p for p in others if "$" in p]
    if hidden:
        raise Decline(f"the build installs {unknown_named(hidden)}; whether {what} needs "
                      f"{'it' if len(hidden) == 1 else 'them'} at run time is not known, and "
                      "the runner cannot install it again")
    return tuple(others)


def native_plan(facts: StageFacts, what: str, runner: Optional[str] = None,
                extra: Sequence[str] = (), ldconfig: bool = False,
                added: Sequence[str] = (), needs_shell: bool = False,
                linked: Sequence[str] = (), carries_others: bool = False) -> RunnerPlan:
    """The runner and its setup; ``runner``: the image ``--runtime`` chose (its setup is
    planned the same way).  ``extra`` are runtime packages the recipe knows the binary
    needs besides the installed ones (e.g. ``libstdc++`` on Alpine for C++);
    ``linked``: installed packages mapped to their runtime packages although their kind
    is build-only (``packages.INTERPRETER_HEADERS`` a cgo program may link);
    ``carries_others``: the installed programs whose run-time use the Dockerfile does
    not show are left to the runner stage, which carries every package not known to
    serve the build only (``runner_packages``, the Go recipe's rule), instead of
    declining; the runner then needs a package manager.

    Policy (runner_policy.py): on a Debian builder, distroless cc of its release when
    the program needs nothing beyond glibc, libssl and the GCC runtime and no shell;
    ``debian:<release>-slim`` when packages or a shell are needed; a builder tag that
    floats (``rust:latest``) gets a runner that floats with it (``debian:stable-slim``)
    where the image data shows both on the same release (``floating_runner``)."""
    base = facts.base
    check_gpu_config(facts, runner, what)
    distro = setup_distro(facts, runner)
    if runner is None and (distro is None or not distro.release) and base.release:
        raise Decline(f"{what} is linked against the builder's C library: {base.reference} is "
                      f"{base.family} {base.release}, a release the runtime package tables "
                      "do not cover; pass --runtime")
    if runner is None and (distro is None or not distro.release):
        raise Decline(f"{what} is linked against the builder's C library, but the builder "
                      f"image {base.reference} does not show its distribution release; pin a "
                      "release tag (e.g. rust:1-bookworm, debian:bookworm) or pass --runtime")
    if runner is None:
        version_matched(facts, f"a runner of the builder's {base.family or 'distribution'} "
                        "release", True)
    pkgs = installed(facts)
    if distro is None:
        if pkgs or extra:
            raise Decline(f"the distribution of {base.reference} is not known: the runtime "
                          f"packages of {what} cannot be chosen for {runner}")
        return chosen(runner, added=tuple(added), os_packages=not carries_others)
    needs = packages.runtime_needs(pkgs, distro, linked)
    if needs.unknown:
        raise Decline(f"no runtime package is known for {', '.join(needs.unknown)} on "
                      f"{distro.family} {distro.release or '(release not in the image tag)'}; "
                      "the runner would miss the library")
    if needs.other and not carries_others:
        raise Decline(f"the build installs {', '.join(needs.other)}; whether {what} needs "
                      f"{'it' if len(needs.other) == 1 else 'them'} at run time is not known")
    carried = carried_others(needs.other, what) if carries_others else ()
    runtime = list(needs.packages) + list(extra)  # ca-certificates installed = kept
    target = image_facts(runner) if runner is not None else None
    if target is not None and target.known and target.shell is None and target.libc:
        # a distroless runner chosen with --runtime: what it carries needs no install
        runtime = [p for p in runtime if p not in releases.DISTROLESS_CC_PACKAGES]
    setup, notes = [], []
    if runtime:
        # (a package the original's apt installed with its Recommends gets them here too,
        # and so do the runtime packages of -dev packages it installed so: ``with_runtime``)
        from ..apt_config import apt_choices
        choices = apt_choices(facts)
        choices.check(runtime)
        recommends = choices.with_runtime(distro)
        setup.append(run_node(packages.install_command(distro, runtime, recommends=recommends,
                                                       options=choices.options,
                                                       upgrade=upgrade_of(facts, distro)),
                              "runtime libraries the binary links against",
                              packages.install_rules(distro, runtime, recommends)))
        mapped = [p for p in pkgs if packages.kind_of(p, distro) == "dev" or p in linked]
        notes.append(f"runtime packages {', '.join(sorted(set(runtime)))} in the runner" +
                     (f" (for {', '.join(mapped)} in the builder)" if mapped else ""))
        notes.extend(packages.dlopen_notes(mapped, distro))
        carried = sorted(p for p in set(runtime) & recommends if p not in choices.recommends)
        if carried and distro.manager == "apt":
            notes.append(f"the Recommends of {', '.join(carried)} installed too: the "
                         "original's apt installed the -dev packages they stand for with "
                         "their Recommends, which brings those of their dependencies")
    after = []
    if ldconfig and distro.record.libc != "musl":
        after.append(run_node("ldconfig", "libraries were copied to /usr/local/lib"))
        notes.append("RUN ldconfig in the runner: shared libraries land in /usr/local/lib")
    notes.extend(added)
    if runner is not None:
        return chosen(runner, setup=tuple(setup), setup_after=tuple(after), added=tuple(notes),
                      os_packages=not carries_others)
    floating = floating_runner(base, distro.release) if distro.family == "debian" else None
    if not floating and distro.family == "debian":
        check_digest_release(base, "a glibc runner of the builder's release")
    cc = distroless("cc", distro.release) if distro.family == "debian" else None
    # (a package the runner stage carries for run time, a version-control client the
    # original keeps among them, needs a runner with a package manager)
    if cc and not floating and not needs_shell and not after and \
            not (carries_others and needs.other) and \
            set(runtime) <= releases.DISTROLESS_CC_PACKAGES and \
            not carried_for_run_time(facts):
        kept = [n for n in notes if not n.startswith("runtime packages ")]
        return RunnerPlan(cc, f"{what} is dynamically linked and needs only glibc, libssl and "
                          f"the GCC runtime ({', '.join(sorted(set(runtime))) or 'glibc only'}"
                          f"): distroless cc of the builder's Debian release "
                          f"({distro.release}); nothing needs a shell", added=tuple(kept),
                          os_packages=not carries_others)
    if floating:
        image = floating
        when = f"on {base.data_date}, the image data's date" if base.data_date else "today"
        notes.append(f"{image}: {base.reference} names no Debian release and follows "
                     f"a moving Debian suite ({distro.release} {when}), so the runner floats "
                     "with it (a pinned release breaks on glibc when the tag moves); pin both, "
                     f"e.g. {_pinned(base, distro.release)} and debian:{distro.release}-slim, "
                     "for repeatable builds")
        return RunnerPlan(image, f"{what} is dynamically linked: floating runner "
                          f"{image}, as the builder's tag floats (Debian "
                          f"{distro.release} {when})", tuple(setup), tuple(after),
                          added=tuple(notes), os_packages=not carries_others)
    if distro.family == "debian":
        image = f"debian:{distro.release}-slim"
    elif distro.family == "ubuntu":
        # the builder's own tag: a floating one (``ubuntu``, ``ubuntu:latest``) floats
        # the runner with it (a pinned release breaks on glibc when the tag moves)
        # (pinned by a digest, the very image: the tag alone would move the runner)
        tag = split_reference(base.reference)[1]
        image = base.reference if pinned_by_digest(base.reference) and \
            split_reference(base.reference)[0] == "ubuntu" else f"ubuntu:{tag}" if tag else "ubuntu"
    else:
        image = floating_alpine(base, what)
        if image is None:
            check_digest_release(base, "a musl runner of the builder's release")
            image = f"alpine:{distro.release}"
    reason = (f"{what} is dynamically linked: runner of the builder's {distro.family} release "
              f"({distro.release})")
    return RunnerPlan(image, reason, tuple(setup), tuple(after), added=tuple(notes),
                      os_packages=not carries_others)


def _pinned(base, release: str) -> str:
    """A tag of the builder's image that names its version and release: the image
    data's pin (``rust:1.98.0``) with the release word, else ``<name>:1-<release>``."""
    name = split_reference(base.reference)[0]
    if base.pin:
        pinned = f"{base.pin}-{release}"
        if image_facts(pinned).current is not None:
            return pinned
        return base.pin
    return f"{name}:1-{release}"
