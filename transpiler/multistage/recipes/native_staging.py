"""What a native build adds to an image's own /usr/local, and which libraries its
binaries load, measured in the builder rather than guessed.

**Staging an install.**  ``make install`` into /usr/local of an image that keeps its own
files there (gcc's compiler, python's interpreter, golang's toolchain) cannot be copied
whole.  ``DESTDIR=`` would stage it, but only where the build system honours it (a
hand-written Makefile may not), and it leaves the builder different from the original
(a later step that links an installed library, or a ``cd .. && rm -rf src`` right after
the install, would see another tree).  So the install runs as written and the builder
records what it changed: a marker file is made before the first instruction, and after
the build every entry under the prefix whose status-change time (ctime) is newer than
the marker is packed into ``STAGE``.  ctime is set by the kernel when a file is created
or changed and cannot be carried over by ``cp -p``, ``install -p`` or ``tar`` (which keep
mtime only), so an install that preserves timestamps is caught as well.  The base image's
layers are unpacked before the marker is written, so none of its files is newer.  A
build whose install wrote nothing there fails in the builder, saying so, rather than
producing an image without its program.

**Reading the libraries.**  ``ldd`` resolves every ELF file the build produced (the
named binaries, the files in a directory the build wrote them to, the staged tree)
through the builder's ld.so cache, exactly as they load in the original image.  Each
library is then either staged already, owned by a dpkg package (installed in the runner
by name, as the official slim images find theirs), or owned by no package: under
/usr/local or /opt (the gcc image's newer libstdc++/libgcc in /usr/local/lib64, a library
built from source) it is copied to ``LIBRARIES`` with an ld.so.conf entry that puts its
directory first, as the gcc image's own ``000-local-lib.conf`` does; anywhere else the
build fails, naming it.  A library ldd reports "not found" is missing in the original
too, so it is left out the same way."""

from __future__ import annotations

import re
import shlex
from typing import Sequence

from ...tree import ast
from ..runner_setup import run_node
from .distribution_runner import dev_libraries
from ..root_staging import staged_onto_root

#: written first in the builder: what is newer than it, the build wrote
MARKER = "/tmp/dtranspile-stage.marker"
#: the staged copy of what the build wrote into a prefix (``STAGE/usr/local/...``)
STAGE = "/tmp/dtranspile-stage"
#: libraries the binaries load that no package owns, with their ld.so.conf entry
LIBRARIES = staged_onto_root("/tmp/dtranspile-libraries")
LDCONF = "etc/ld.so.conf.d/000-dtranspile-local.conf"
#: where the builder writes the packages owning the libraries the binaries load
RUNTIME_PACKAGES = "/usr/local/share/dtranspile/runtime-packages"
_WORK = "/tmp/dtranspile-ldd"


def marker_node() -> ast.Run:
    return run_node(f"touch {MARKER}", "what the build writes into the image's own /usr/local "
                    "is newer than this file (staged for the runner after the build)")


def stage_command(prefixes: Sequence[str]) -> str:
    """Pack every entry under ``prefixes`` changed after the marker into STAGE; fail
    when a prefix got nothing (the install went elsewhere)."""
    # absolute paths: tar stores them without the leading / (a `cd /` would move the
    # rest of the RUN, and hadolint asks for WORKDIR instead: DL3003)
    rel = " ".join(shlex.quote(p) for p in prefixes)
    checks = " && ".join(
        f"{{ test -d {STAGE}{p} || {{ echo 'dtranspile: the build installed nothing into "
        f"{p}' >&2; exit 1; }}; }}" for p in prefixes)
    return (f"mkdir -p {STAGE} && find {rel} -cnewer {MARKER} > {STAGE}.list"
            f" && tar -cf {STAGE}.tar --no-recursion -T {STAGE}.list 2>/dev/null"
            f" && tar -xf {STAGE}.tar -C {STAGE} && rm {STAGE}.tar {STAGE}.list && {checks}")


def libraries_command(binaries: Sequence[str], directories: Sequence[str],
                      staged: bool, copy_unowned: bool, trees: Sequence[str] = (),
                      dev_packages: Sequence[str] = ()) -> str:
    """The builder's shell text writing RUNTIME_PACKAGES and LIBRARIES (see the module
    docstring); ``copy_unowned`` False (a plain distribution image, whose /usr/local
    holds nothing of its own): a library no package owns fails the build instead.
    ``trees``: install prefixes the runner copies whole (``make install`` into
    /usr/local of a plain image): their executables and shared objects are read too,
    and a library resolved inside one of them comes with the copy.  ``dev_packages``:
    -dev packages whose runtime package no table names: the owners of the files their
    ``.so`` links point to are listed too, and those of the -dev packages they depend
    on, transitively (``distribution_runner.dev_libraries``, as every library scan reads
    them), as a table would name them (a library the program loads with dlopen has no
    NEEDED entry).

    What it needs of the builder's tools (also on the oldest releases it is used on,
    Debian wheezy and Ubuntu precise): GNU findutils' ``xargs -r -d`` and ``find
    -maxdepth -perm -u+x`` (findutils 4.4), ``dpkg-query --search`` with a glob pattern,
    whose lines are ``package[:arch][, package...]: /path``, ``dpkg -L``, coreutils'
    ``readlink -f`` (one file a call: several came with coreutils 8.15),
    ``sort -u -o``, ``comm``, ``cut`` and ``cp -L --parents -t``, and an awk with
    ``NR == FNR`` (mawk).

    No loops, conditionals or pipes: the text joins the last build RUN, whose commands
    the recipes read again, and every step that can fail fails the build (sh has no
    pipefail)."""
    w = _WORK
    finds = []
    for directory in directories:
        # (a build directory removed after the install holds nothing the runner runs)
        quoted = shlex.quote(directory)
        finds.append(f"{{ test ! -d {quoted} || find {quoted} -maxdepth 1 -type f -perm -u+x "
                     f">> {w}.files; }}")
    if staged:
        finds.append(f"find {STAGE} -type f \\( -perm -u+x -o -name '*.so*' \\) >> {w}.files")
    for tree in trees:
        finds.append(f"find {shlex.quote(tree)} -type f \\( -perm -u+x -o -name '*.so*' \\) "
                     f">> {w}.files")
    named = " ".join(shlex.quote(b) for b in binaries)
    parts = [f"mkdir -p /usr/local/share/dtranspile" + (f" {LIBRARIES}/etc/ld.so.conf.d"
                                                         if copy_unowned else ""),
             f"printf '%s\\n' {named} > {w}.files" if named else f": > {w}.files"]
    parts += finds
    # ldd exits non-zero for a file that is not a dynamic ELF (a script, a static
    # binary): only its "name => /path" lines are read, so that status is not the answer
    parts.append(f"{{ xargs -r -d '\\n' ldd < {w}.files > {w} 2>/dev/null || true; }}")
    # resolved libraries, minus those the staged tree holds (they are copied with it)
    inside = "".join(f" && $3 !~ /^{_awk_literal(t.rstrip('/'))}\\//" for t in trees)
    parts.append(f"awk '$2 == \"=>\" && $3 ~ /^\\//{inside} {{ print $3 }}' {w} > {w}.libs")
    if dev_packages:
        # (and those of the -dev packages they depend on, as every library scan reads
        # them: a metapackage has no .so link of its own; a virtual name apt installed a
        # provider for is no package dpkg knows: its links are not read, its library's
        # NEEDED entry is)
        parts.append(dev_libraries("apt", dev_packages, f"{w}.dev", f"{w}.devso", f"{w}.libs"))
    parts.append(f"sort -u -o {w}.libs {w}.libs")
    if staged:
        parts.append(f"find {STAGE} -mindepth 1 > {w}.found")
        parts.append(f"cut -c{len(STAGE) + 1}- {w}.found > {w}.staged")
        parts.append(f"sort -u -o {w}.staged {w}.staged")
        parts.append(f"comm -23 {w}.libs {w}.staged > {w}.need")
    else:
        parts.append(f"cp {w}.libs {w}.need")
    # the owning packages ("*lib/x": the usr-merged and the /lib path alike); a library
    # no package owns shows up as missing from the owners' list
    parts.append(f"sed 's|^/usr/|/|; s|^/|*|' {w}.need > {w}.patterns")
    parts.append(f"{{ xargs -r -d '\\n' dpkg-query --search < {w}.patterns > {w}.owners "
                 f"2>/dev/null || true; }}")
    # "zlib1g:amd64: /lib/x86_64-linux-gnu/libz.so.1" (one owner is enough)
    parts.append(f"sed 's|[:,].*||' {w}.owners > {RUNTIME_PACKAGES}")
    parts.append(f"sort -u -o {RUNTIME_PACKAGES} {RUNTIME_PACKAGES}")
    parts.append(f"sed 's|^.*: /|/|; s|^/usr/|/|' {w}.owners > {w}.owned")
    parts.append(f"awk 'NR == FNR {{ owned[$0] = 1; next }} {{ key = $0; sub(\"^/usr/\", "
                 f"\"/\", key); if (!(key in owned)) print }}' {w}.owned {w}.need > {w}.unowned")
    if copy_unowned:
        parts.append(f"grep -v -e '^/usr/local/' -e '^/opt/' {w}.unowned > {w}.elsewhere || true")
    else:
        parts.append(f"cp {w}.unowned {w}.elsewhere")
    where = " outside /usr/local and /opt" if copy_unowned else ""
    parts.append(f"{{ test ! -s {w}.elsewhere || {{ echo 'dtranspile: libraries owned by no "
                 f"package{where}:' >&2; cat {w}.elsewhere >&2; exit 1; }}; }}")
    if copy_unowned:
        parts.append(f"xargs -r -d '\\n' cp -L --parents -t {LIBRARIES} < {w}.unowned")
        parts.append(f"sed 's|/[^/]*$||' {w}.unowned > {LIBRARIES}/{LDCONF}")
        parts.append(f"sort -u -o {LIBRARIES}/{LDCONF} {LIBRARIES}/{LDCONF}")
    parts.append(f"rm -f {w} {w}.files {w}.libs {w}.found {w}.staged {w}.need {w}.patterns "
                 f"{w}.owners "
                 f"{w}.owned {w}.unowned {w}.elsewhere" + (f" {w}.dev.* {w}.devso" if dev_packages else ""))
    return " && ".join(parts)


def _awk_literal(path: str) -> str:
    """``path`` as the text of an awk regular expression matching it literally."""
    return re.sub(r"([.+*?()|\[\]{}^$\\])", r"[\1]", path).replace("/", "\\/")
