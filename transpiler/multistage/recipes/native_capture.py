"""A C/C++ build on a plain Debian, Ubuntu or Alpine image whose program the native recipe
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

On a plain Alpine image (3.7 and later, ``apk_capture``) the window lists with BusyBox
and tells the packages' files apart by the apk database's digests: an install into /usr
or with ``--sysconfdir=/etc`` there (zeromq, openldap) runs in it like on Debian.

On an image of a known release that keeps files of its own (``buildpack-deps``,
``gcc``, ``nvidia/cuda``, ``node:*-alpine``: ``build_capture``'s ``own_image``) the
window runs too, with that very image as the runner: the image's own files are the
runner's already, what the build wrote or changed is copied, and the libraries the
programs load come from any directory (``effect_capture.capture_run``).  There the
native recipe's staging of /usr/local onto a slim runner goes first where it follows the
build (``on_own_image``).

Still declined: builders other than those and plain Debian/Ubuntu images whose dpkg has
``--verify`` and plain Alpine 3.7+ images (a build only the window could follow says
why the window cannot be used there: ``unavailable``); a build that leaves nothing
build-only behind (nothing to gain); an install of a package file or from a
repository named on the command line (the runner cannot replay it); a command that
needs the toolchain (``make``, ``gcc``) or starts an interactive shell; a script of
the context that is not read (``--context`` reads it) and RUNs that create users
inside the window (``effect_capture``).

The window, the runner and the checks are ``build_capture``'s, shared with the Python
capture; this module holds what is C/C++'s: the packages its build leaves behind."""

from __future__ import annotations

import re
from typing import Optional

from ...analysis import StageFacts
from . import distribution_runner
from .build_capture import CaptureDetection, Language, capture_detection as _capture, \
    own_image_base as _own_image_base, unavailable as _unavailable

__all__ = ["C_BUILD", "LANGUAGE", "CaptureDetection", "capture_detection", "unavailable"]

#: the build-only packages of a C/C++ build the runner leaves out (compilers, build
#: systems, autotools, version control, packaging tools; Alpine's build-base, alpine-sdk,
#: musl-dev, linux-headers and fortify-headers are its build-essential, libc6-dev and
#: linux-libc-dev); another language's toolchain the tables call build-only (a JDK,
#: golang, python3-dev, maven) is installed again: a C/C++ image may have it for run
#: time, and installing it works either way
C_BUILD = re.compile(
    r"^(build-essential|build-base|alpine-sdk|musl-dev|linux-headers|fortify-headers|gcc|g\+\+|cpp|c\+\+|clang|clang-format|clang-tidy|llvm|llvm-dev|lld|"
    r"make|cmake|cmake-data|ninja-build|meson|autoconf|automake|autotools-dev|autopoint|"
    r"libtool|libtool-bin|pkg-config|pkgconf|binutils|dpkg-dev|bison|byacc|flex|m4|gettext|"
    r"swig|swig[0-9.]+|ccache|gfortran|nasm|yasm|scons|patch|git|git-core|subversion|"
    r"mercurial|bzr|cvs|devscripts|debhelper|fakeroot|checkinstall|libc6-dev|libc-dev|"
    r"linux-libc-dev|linux-headers-.*|gperf|texinfo|help2man|intltool|doxygen|quilt|"
    r"dh-autoreconf|dh-make|g\+\+-multilib|gcc-multilib|manpages-dev)(-[0-9.]+)?$")
LANGUAGE = Language("C/C++", "a C/C++ build whose program the recipe cannot name", C_BUILD,
                    plain_alpine=True, own_image=True)


def capture_detection(facts: StageFacts, name: str, build_only_env,
                      why: str) -> Optional[CaptureDetection]:
    """The detection of a C/C++ build run inside a capture window (``build_capture``),
    or None where the builder is not a plain Debian/Ubuntu (or Alpine) image whose
    effects can be captured."""
    return _capture(facts, name, build_only_env, why, LANGUAGE)


def unavailable(facts: StageFacts) -> Optional[str]:
    """Why the capture window cannot follow a C/C++ build on this plain image (None: it
    can, or the image is not one it would take)."""
    return _unavailable(facts, LANGUAGE)


def on_own_image(facts: StageFacts) -> bool:
    """Whether the window would run on the builder's own image of its own trees
    (``build_capture``'s ``own_image``), not a plain one: its runner is that whole image,
    so a build the recipe follows keeps the recipe's smaller runner."""
    return _own_image_base(facts, LANGUAGE) is not None and \
        distribution_runner.plain_base(facts) is None
