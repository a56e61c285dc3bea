"""Contents known to be formatted, remembered between runs (as dprint's ``incremental``).

Why: in CI and pre-commit the same repository is checked again and again and almost
every file is as the last run left it.  Formatting is deterministic, so a file whose
exact bytes were found formatted before, by the same code with the same options, is
formatted now: ``--check`` and ``--write`` can say "unchanged" after reading and hashing
it, without parsing.  Only fixed points are remembered: a file found unchanged, and
(with the safety checks on, which prove that formatting the output again changes
nothing) the output just written.  Nothing else is skipped: a changed file, an error,
a file never seen are formatted as before.

An entry is the 128-bit BLAKE2b digest of the code's version, the options and the bytes,
so a new version of dtranspile, another indent or another file content simply misses.
The entries live in one append-only file, ``formatted-v1.bin`` in ``$DTRANSPILE_CACHE_DIR``
(default ``$XDG_CACHE_HOME/dtranspile`` or ``~/.cache/dtranspile``), read only when the
folder and the file belong to the user and nobody else may write them: an entry planted
by someone else would make ``--check`` pass an unformatted file.  ``--no-cache`` (or
``DTRANSPILE_CACHE_DIR=""``) turns it off.
"""

from __future__ import annotations

import os
import stat
from typing import Iterable, Optional

FILE_NAME = "formatted-v1.bin"
DIGEST = 16
#: the file is started afresh beyond this size (a million entries): the old entries are
#: mostly of files since changed or of older versions
MAX_BYTES = 16 << 20


def cache_folder() -> Optional[str]:
    """Where the entries live, or None when caching is off."""
    folder = os.environ.get("DTRANSPILE_CACHE_DIR")
    if folder is not None:
        return folder or None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "dtranspile")


def _private(st: os.stat_result) -> bool:
    owner = os.getuid() if hasattr(os, "getuid") else st.st_uid
    return st.st_uid == owner and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def code_version() -> bytes:
    """Names, sizes and modification times of the package's modules and grammar: any
    edit or reinstall of the code gives other digests (stat only, about a millisecond)."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    h = _blake2b()
    stack = [package]
    while stack:
        with os.scandir(stack.pop()) as entries:
            for entry in sorted(entries, key=lambda e: e.name):
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__":
                        stack.append(entry.path)
                elif entry.name.endswith((".py", ".lark")):
                    st = entry.stat()
                    h.update(f"{entry.path}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    # in a checkout the grammar is beside the package (syntax/grammar.py: grammar_path,
    # not imported here: it would import the parser, which a run of known files skips)
    beside = os.path.join(os.path.dirname(package), "grammar", "dockerfile.lark")
    if os.path.isfile(beside):
        st = os.stat(beside)
        h.update(f"{beside}\0{st.st_size}\0{st.st_mtime_ns}".encode())
    return h.digest()


def _blake2b():
    """A 128-bit BLAKE2b; straight from ``_blake2`` when there is one (hashlib loads
    OpenSSL first, which costs more than hashing a repository's Dockerfiles)."""
    try:
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - another Python implementation
        from hashlib import blake2b
    return blake2b(digest_size=DIGEST)


class Known:
    """The digests of formatted contents; ``digest(options, data)``, ``in``, ``add``,
    ``save``."""

    def __init__(self, folder: str, version: bytes, entries: Iterable[bytes] = ()):
        self.folder, self.version = folder, version
        self.entries = set(entries)
        self.new: list = []
        self._hashers: dict = {}

    @classmethod
    def load(cls, folder: Optional[str] = None) -> "Optional[Known]":
        """The entries saved in ``folder`` (default ``cache_folder()``), or None when
        caching is off or the folder cannot be trusted."""
        folder = cache_folder() if folder is None else folder
        if not folder:
            return None
        try:
            st = os.stat(folder)
        except FileNotFoundError:
            return cls(folder, code_version())
        except OSError:
            return None
        if not stat.S_ISDIR(st.st_mode) or not _private(st):
            return None
        data = b""
        try:
            fd = os.open(os.path.join(folder, FILE_NAME), os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except FileNotFoundError:
            pass
        except OSError:
            return None
        else:
            try:
                st = os.fstat(fd)
                if not stat.S_ISREG(st.st_mode) or not _private(st):
                    return None
                if st.st_size <= MAX_BYTES:
                    with os.fdopen(fd, "rb", closefd=False) as fh:
                        data = fh.read()
            finally:
                os.close(fd)
        end = len(data) - len(data) % DIGEST  # a torn last entry is ignored
        return cls(folder, code_version(),
                   (data[i:i + DIGEST] for i in range(0, end, DIGEST)))

    def digest(self, options: tuple, data: bytes) -> bytes:
        base = self._hashers.get(options)
        if base is None:
            base = _blake2b()
            base.update(self.version)
            base.update(repr(options).encode("utf-8") + b"\0")
            self._hashers[options] = base
        h = base.copy()
        h.update(data)
        return h.digest()

    def __contains__(self, digest: bytes) -> bool:
        return digest in self.entries

    def add(self, digest: bytes) -> None:
        if digest not in self.entries:
            self.entries.add(digest)
            self.new.append(digest)

    def save(self) -> None:
        """Append the new entries (one write, so runs side by side do not interleave
        within an entry); errors are ignored: the cache only saves time."""
        if not self.new:
            return
        blob, self.new = b"".join(self.new), []
        try:
            os.makedirs(self.folder, mode=0o700, exist_ok=True)
            path = os.path.join(self.folder, FILE_NAME)
            flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
            fd = os.open(path, flags, 0o600)
            try:
                st = os.fstat(fd)
                if not _private(st) or not _private(os.stat(self.folder)):
                    return
                if st.st_size + len(blob) > MAX_BYTES:
                    os.ftruncate(fd, 0)
                os.write(fd, blob)
            finally:
                os.close(fd)
        except OSError:
            pass
