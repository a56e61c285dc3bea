"""Reading and writing Dockerfiles safely.

Reading: bytes are decoded as strict UTF-8 (a BOM is kept for the parser, which
strips it like BuildKit); anything that is not text gets a positioned error instead of
a guess.  Writing: a temporary file in the same directory, fsync, then an atomic
rename that keeps the original's mode, so an interrupted run leaves either the old or
the new file, never a truncated one.
"""

from __future__ import annotations

import fnmatch
import os
import stat
from typing import Iterable, Iterator

from ..tree.errors import ParseError

DOCKERFILE_PATTERNS = ("Dockerfile", "*.Dockerfile", "Dockerfile.*", "Containerfile",
                       "*.Containerfile", "Containerfile.*")
SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox"}


def is_dockerfile_name(name: str) -> bool:
    return any(fnmatch.fnmatchcase(name, pat) for pat in DOCKERFILE_PATTERNS)


def _found_file_is_safe(path: str, top: str) -> bool:
    """A file found in a folder (not named by the user) is taken only when it is a
    regular file, after symbolic links, inside the folder searched: in a stranger's
    repository a ``Dockerfile`` linked to ``/dev/zero`` would be read forever, and one
    linked to a file elsewhere would be rewritten by ``--write``."""
    import sys

    from ..safe_files import UnsafeFile, check_regular

    try:
        check_regular(path, sys.maxsize, within=top)
    except UnsafeFile:
        return False
    except OSError:
        return True  # gone or unreadable: reading it reports that
    return True


def discover(paths: Iterable[str]) -> Iterator[str]:
    """Files named on the command line as they are; directories searched for
    Dockerfiles (hidden and vendored folders skipped, and files that are not regular
    files inside the folder: see ``_found_file_is_safe``)."""
    for raw in paths:
        if os.path.isdir(raw):
            path = raw
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
                for name in sorted(files):
                    found = os.path.join(root, name)
                    if is_dockerfile_name(name) and _found_file_is_safe(found, path):
                        yield found
        else:
            yield raw


def _position(data: bytes, index: int):
    line = data.count(b"\n", 0, index) + 1
    start = data.rfind(b"\n", 0, index) + 1
    column = len(data[start:index].decode("utf-8", "replace")) + 1
    return line, column


def decode(data: bytes) -> str:
    """Strict UTF-8 text, or a ParseError that says where and why not."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ParseError("file is UTF-16 encoded; Dockerfiles are read as UTF-8", 1, 1)
    nul = data.find(b"\x00")
    if nul >= 0:
        line, column = _position(data, nul)
        raise ParseError(f"binary data: NUL byte at byte offset {nul}", line, column)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _position(data, exc.start)
        raise ParseError(
            f"invalid UTF-8 at byte offset {exc.start} (byte 0x{data[exc.start]:02x})",
            line, column) from None


def read_text(path: str) -> str:
    from ..safe_files import read_named

    return decode(read_named(path)[0])


class Original:
    """What was read from a file, to tell before replacing it whether someone else
    changed it meanwhile (an editor saving, a checkout)."""

    __slots__ = ("data", "fingerprint")

    def __init__(self, data: bytes, fingerprint: tuple):
        self.data = data
        self.fingerprint = fingerprint


def _fingerprint(st: os.stat_result) -> tuple:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def read_original(path: str):
    """``(text, Original)``: the decoded text and what ``write_atomic`` compares.
    Read through ``safe_files.read_named``: a FIFO cannot block, a device cannot fill
    the memory."""
    from ..safe_files import read_named

    data, st = read_named(path)
    return decode(data), Original(data, _fingerprint(st))


class FileChangedError(OSError):
    """The file changed on disk after it was read: it is left as the other writer left it."""


#: test-only seam: ``_test_hook(stage, tmp_path)`` runs after the new content is written
#: to the temporary file (stage "written") and just before the rename (stage "replace");
#: tests make it raise (a full disk) or change the target (a concurrent writer)
_test_hook = None


def _changed_since(target: str, original: Original) -> bool:
    try:
        st = os.stat(target)
    except FileNotFoundError:
        return True
    if _fingerprint(st) == original.fingerprint:
        return False
    try:  # touched or replaced, but maybe with the same bytes
        with open(target, "rb") as fh:
            return fh.read() != original.data
    except OSError:
        return True


def write_atomic(path: str, text: str, original: "Original | None" = None) -> None:
    """Replace ``path`` with ``text`` atomically, keeping its permission bits.

    A file without any write permission bit is not replaced (``PermissionError``), even
    by root.  With ``original`` (from ``read_original``) the file is re-checked just
    before the rename and left alone (``FileChangedError``) if it no longer holds what
    was read; the window left is the one between that check and the rename."""
    target = os.path.realpath(path)
    folder = os.path.dirname(target) or "."
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = 0o644
    else:
        if not mode & 0o222 or not os.access(target, os.W_OK):
            import errno

            raise PermissionError(errno.EACCES, "file is read-only", path)
    import tempfile  # only writers pay for it

    fd, tmp = tempfile.mkstemp(prefix=".dtranspile-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(text.encode("utf-8"))
            if _test_hook is not None:
                _test_hook("written", tmp)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        if _test_hook is not None:
            _test_hook("replace", tmp)
        if original is not None and _changed_since(target, original):
            import errno

            raise FileChangedError(errno.EBUSY, "file changed on disk while it was being "
                                   "processed; left as it is now", path)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    try:  # make the rename itself durable
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass
