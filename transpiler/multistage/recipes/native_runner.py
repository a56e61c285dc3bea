"""The runner for a dynamically linked native binary (C/C++, Rust on glibc or on an
Alpine builder): the builder's own distribution release, slim variant, plus the
runtime packages behind the ``-dev`` packages the build installed.

Same release, because a binary built against a newer glibc fails on an older one
(``GLIBC_2.xx not found``: ``rust:1`` is trixie, ``debian:bookworm-slim`` is older),
and a glibc binary does not start on musl at all."""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Sequence, Tuple, Union

from ...tree import ast
from ...analysis import StageFacts
from ...knowledge.references import split_reference
from ...knowledge import packages
from .run_walk import steps


@dataclass(frozen=True)
class NativeRunner:
    image: str
    reason: str
    setup: Tuple[ast.Instruction, ...]  # before the artifact COPYs
    after: Tuple[ast.Instruction, ...]  # after them (ldconfig)
    added: Tuple[str, ...]


def installed(facts: StageFacts) -> List[str]:
    """Every package the stage's RUN lines install (apt-get/apt/apk/yum/dnf)."""
    out: List[str] = []
    for step in steps(facts):
        got = packages.read_install(step.argv)
        if got is not None:
            out.extend(got.packages)
    return list(dict.fromkeys(out))


def run_node(text: str, comment: str = "", ignore: str = "") -> ast.Run:
    """A RUN with an explanatory comment; ``ignore`` names hadolint rules that do not
    apply (the runtime packages follow the builder's release, so their versions are
    not pinned: DL3008 for apt, DL3018 for apk)."""
    leading = (ast.Comment(f"# {comment}"),) if comment else ()
    if ignore:
        leading += (ast.Comment(f"# hadolint ignore={ignore}"),)
    return ast.Run(keyword="RUN", command=ast.ShellForm(text), leading=leading)


def native_runner(facts: StageFacts, extra: Sequence[str] = (), ldconfig: bool = False,
                  what: str = "the binary") -> Union[NativeRunner, str]:
    """The runner, or the reason none can be chosen.  ``extra`` are runtime packages the
    recipe knows the binary needs besides the installed ones (e.g. ``libstdc++`` on
    Alpine for C++)."""
    base = facts.base
    distro = packages.distro_of(base.family, base.release)
    if distro is None or not distro.release:
        return (f"{what} is linked against the builder's C library, but the builder image "
                f"{base.reference} does not show its distribution release; pin a release tag "
                "(e.g. rust:1-bookworm, debian:bookworm) or pass --runtime")
    pkgs = installed(facts)
    needs = packages.runtime_needs(pkgs, distro)
    if needs.unknown:
        return (f"no runtime package is known for {', '.join(needs.unknown)} on "
                f"{distro.family} {distro.release}; the runner would miss the library")
    if needs.other:
        return (f"the build installs {', '.join(needs.other)}; whether {what} needs "
                f"{'it' if len(needs.other) == 1 else 'them'} at run time is not known")
    runtime = list(needs.packages) + list(extra)  # ca-certificates installed = kept
    if distro.family == "debian":
        image = f"debian:{distro.release}-slim"
    elif distro.family == "ubuntu":
        image = "ubuntu:" + (split_reference(base.reference)[1] or distro.release)
    else:
        image = f"alpine:{distro.release}"
    reason = (f"{what} is dynamically linked: runner of the builder's {distro.family} release "
              f"({distro.release})")
    setup, added = [], []
    if runtime:
        setup.append(run_node(packages.install_command(distro, runtime),
                              "runtime libraries the binary links against",
                              distro.record.packages.unpinned_rule))
        mapped = [p for p in pkgs if packages.kind_of(p, distro) == "dev"]
        added.append(f"runtime packages {', '.join(sorted(set(runtime)))} in the runner" +
                     (f" (for {', '.join(mapped)} in the builder)" if mapped else ""))
    after = []
    if ldconfig and distro.family != "alpine":
        after.append(run_node("ldconfig", "libraries were copied to /usr/local/lib"))
        added.append("RUN ldconfig in the runner: shared libraries land in /usr/local/lib")
    return NativeRunner(image, reason, tuple(setup), tuple(after), tuple(added))
