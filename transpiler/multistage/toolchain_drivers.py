"""Commands that compile at run time: programs that drive the C toolchain themselves.

GHC compiles Haskell with the system's C compiler as its assembler, linker and C
preprocessor, and GHCi (IHaskell's notebook kernel, ``stack ghci``) finds the libraries
a package links (``extra-libraries: zmq``) through ``gcc --print-file-name`` and the
-dev packages' ``.so`` links.  ``stack exec``/``stack run``, ``cabal run`` and
``runghc`` run GHC before, or as, the program.  A same-image runner leaves the
toolchain and the -dev packages the original keeps in the builder, so such a command
fails there at its first compile or package load (corpus e8451d79: IHaskell's
``ENTRYPOINT stack exec -- jupyter notebook`` on ubuntu:14.04 with gcc, g++ and
libzmq3-dev installed for the build).  Which of them the command needs is not in the
Dockerfile: the rewrite declines rather than guess that it needs none."""

from __future__ import annotations

import re
from ..knowledge import packages
from .decline import Decline

#: GHC's drivers (``ghc-8.6.5``, ``runhaskell``) and the Haskell build tools that run GHC
DRIVERS = re.compile(r"^(ghc|ghci|runghc|runhaskell)(-[0-9.]+)?$|^(stack|cabal)$")


def left_behind(replay) -> tuple:
    """The toolchain and -dev packages the original keeps that a same-image runner
    installing ``replay`` leaves in the builder (empty: none, or no replay)."""
    if replay is None:
        return ()
    return tuple(p for p in replay.dropped
                 if packages.package_name(p) in packages.TOOLCHAIN or
                 packages.package_name(p).endswith(("-dev", "-devel")))


def check(name: str, replay, where: str) -> None:
    """Decline when the command's program ``name`` drives the C toolchain (``DRIVERS``)
    and the runner (``replay``: what a same-image runner installs again; None: one that
    installs none of the builder's packages, not judged here) leaves the original's
    toolchain or -dev packages in the builder."""
    if not DRIVERS.match(name):
        return
    behind = left_behind(replay)
    if behind:
        raise Decline(f"{where}runs `{name}`, which runs GHC at run time: GHC compiles with "
                      "the C compiler and links the -dev packages' libraries, and the "
                      f"runner leaves {', '.join(behind)} in the builder")

