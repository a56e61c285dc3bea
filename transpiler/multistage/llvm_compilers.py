"""Whether the program built may be a compiler that runs the toolchain at run time.

TOOLCHAIN counts LLVM, clang, gcc and binutils as build-only: a C/C++ build runs them,
and the program built does not.  A program built against LLVM's own libraries (an
``llvm-dev`` the original installs and keeps) is a compiler or a JIT: it may well run
LLVM's tools and the system's C compiler and linker itself.  Dale's ``dalec`` (corpus
f5db8b48, whose CMD runs its REPL ``daleci``) writes LLVM IR and assembles and links it
with ``llc``, ``cc`` and ``ld``: on a runner without them it fails at its first compile.
Which programs a binary starts is not in the Dockerfile, so the toolchain packages the
original keeps stay in the runner too (a program that runs none of them only carries
them, as the original did)."""

from __future__ import annotations

import re

from ..analysis import StageFacts
from ..knowledge import packages
from .recipes.run_walk import kept_installs, per_stage

#: LLVM's development package (``llvm-dev``, ``llvm-19-dev``, Alpine's ``llvm19-dev``)
_LLVM_DEV = re.compile(r"^llvm[0-9.]*(-[0-9.]+)?-dev$")
#: the toolchain such a compiler runs: LLVM's tools (llc, opt), a C compiler driver (cc
#: from gcc or clang) and the linker (binutils' ld, lld)
_DRIVEN = re.compile(r"^(llvm|clang|gcc|g\+\+|cpp|lld)([0-9.]*|-[0-9.]+)$|"
                     r"^(binutils|build-essential|build-base)$")


def keeps_compiler_toolchain(facts: StageFacts, package: str) -> bool:
    """Whether ``package`` is a toolchain package the program built may run (the
    module's rule): the stage keeps an LLVM -dev package its build links."""
    return bool(_DRIVEN.match(package)) and per_stage(
        facts, "links_llvm", lambda f: (_links_llvm(f),))[0]


def _links_llvm(facts: StageFacts) -> bool:
    kept, _ = kept_installs(facts)
    return any(_LLVM_DEV.match(packages.package_name(p)) for p in kept)
