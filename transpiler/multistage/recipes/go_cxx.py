"""The C++ runtime of a cgo Go program: what a runner needs when the builder could
compile C++.

With cgo on, the go tool compiles a package's ``.cc``/``.cpp``/``.cxx`` files with the
C++ compiler (``CXX``, g++) and links the binary against libstdc++ and libgcc_s (the
DuckDB, RocksDB and LevelDB bindings, go-re2 ...).  Whether a package of the build has
such files is in the sources, which a Dockerfile alone does not show; what it shows is
whether the builder had a C++ compiler to build them with: the official golang images
on Debian install g++ beside gcc for cgo (their Dockerfile's "install cgo-related
dependencies"), and a RUN may install one (g++, build-essential, build-base, clang).
Where it had one, the runner must have the GCC runtime too, or the binary fails to
start (``libstdc++.so.6: cannot open shared object file``):

- Debian: distroless ``cc`` (base + libgcc, libstdc++), not ``base``, which has neither;
  the slim images have both already (apt itself needs libstdc++6);
- Alpine: ``libstdc++`` and ``libgcc`` installed, as the base image has neither (the
  C/C++ recipe and the interpreters' runners add them alike)."""

from __future__ import annotations

import re
from typing import Optional, Tuple

from ...analysis import StageFacts
from ...knowledge import packages
from ...knowledge.references import split_reference
from ...tree import ast
from ..runner_setup import run_node
from .run_walk import expanded_argv, kept_installs, steps

#: packages that bring a C++ compiler (build-essential, build-base and alpine-sdk
#: depend on g++)
_CXX_PACKAGES = re.compile(r"^(g\+\+|build-essential|build-base|alpine-sdk|clang|"
                           r"clang\+\+|gcc-c\+\+)(-[0-9.]+)?$")
#: what Alpine's C++ output loads, which its base image lacks
ALPINE_RUNTIME = ("libstdc++", "libgcc")


def cxx_compiler(facts: StageFacts) -> Optional[str]:
    """Where the builder gets a C++ compiler the original keeps (``line 6: installs
    g++``, ``golang:1.21 has g++ ...``); None when it has none.  A compiler the build
    removes again (``apk del build-tools``) takes the C++ runtime it brought along with
    it: a binary that loaded it would fail in the original too, so the runner adds
    nothing the original lacks."""
    found = list(steps(facts))
    kept, _ = kept_installs(facts)
    for step in found:
        got = packages.read_install(expanded_argv(step))
        for pkg in got.packages if got is not None else ():
            if pkg in kept and _CXX_PACKAGES.match(pkg.split("=")[0]):
                return f"{step.where}: installs {pkg}"
    base = facts.base
    if split_reference(base.reference)[0] == "golang" and base.family == "debian":
        return (f"{base.reference} has g++, which the official golang images on Debian "
                "install with gcc for cgo")
    return None


def alpine_setup(facts: StageFacts, image: str) -> Tuple[Tuple[ast.Instruction, ...],
                                                          Tuple[str, ...]]:
    """(setup, added) installing libstdc++ and libgcc on an Alpine runner of a cgo build
    whose builder had a C++ compiler; nothing otherwise."""
    where = cxx_compiler(facts)
    if where is None:
        return (), ()
    names = " ".join(ALPINE_RUNTIME)
    return ((run_node(f"apk add --no-cache {names}",
                      "the C++ runtime a cgo part built with the builder's C++ compiler loads",
                      "DL3018"),),
            (f"{' and '.join(ALPINE_RUNTIME)} installed in the runner: cgo compiles a "
             f"package's C++ files with the builder's C++ compiler ({where}) and the binary "
             f"then loads them; {image} has neither",))


def distroless_kind(facts: StageFacts) -> Tuple[str, Optional[str]]:
    """("cc", where the builder's C++ compiler comes from) or ("base", None): the
    distroless image of a cgo build's glibc runner."""
    where = cxx_compiler(facts)
    return ("cc", where) if where else ("base", None)
