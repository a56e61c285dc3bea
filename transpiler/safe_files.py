"""Reading files that a stranger may have written: the build context's project files
(go.mod, package.json, pom.xml, Cargo.toml), configuration files, the Dockerfiles found
in a folder.

dtranspile runs where the repository is not trusted (pre-commit on pull requests, CI
bots, an editor opening a cloned project), so a plain ``open().read()`` is a way in: a
``package.json`` that is a symbolic link to ``/dev/zero`` reads until memory runs out, a
named pipe blocks ``open`` forever, a 100 MB ``go.mod`` is read whole to find one line,
and a link to ``/etc/shadow`` read as root ends up quoted in an error message.

Why a module at the top of the package: the transpiler's recipes (multistage/), the
configuration lookup (cli/config.py, also the language server's) and the command line's
directory walk all read such files, and multistage/ must not import cli/.  It imports
only ``os`` and ``stat``, so the cold ``--fmt`` path stays as light as it is.

The rules, and why each:

- Regular files only.  The kind is checked with ``stat`` before opening (opening some
  devices has side effects) and again with ``fstat`` on the open descriptor, which is
  opened with ``O_NONBLOCK``, so a pipe swapped in between cannot block ``open`` and is
  refused by the second check.
- Symbolic links are followed, and with ``within`` the file they lead to must lie
  inside that folder (the build context): a link out of the context names a file the
  build could never see.
- A size cap: the size ``stat`` reports is checked first (a sparse 100 MB file is
  refused without reading it), and the read itself stops one byte past the cap, for
  files whose size lies (procfs, a file growing while read).
- With ``timeout``, the whole open-stat-read runs in a worker thread and the caller
  waits that long at most.  A read from a stalled network file system cannot be
  interrupted, only abandoned: the (daemon) thread is left blocked and the file counts
  as unreadable.  Used for the build context, which ``--context`` can point anywhere
  and which the transpiler can do without; a Dockerfile or configuration file on a
  stalled file system stalls the reading of the Dockerfile beside it anyway.

What is left: a file replaced between the ``realpath`` and the ``open`` by a
concurrent writer on the same machine (the descriptor is checked to be a regular file
under the cap, which bounds what such a race can do).
"""

from __future__ import annotations

import os
import stat

#: project files (go.mod, package.json, pom.xml, Cargo.toml, configuration files):
#: the largest seen in the wild are a few hundred kilobytes
PROJECT_FILE_LIMIT = 1 << 20
#: a pipe or device named on the command line as the Dockerfile (a regular file's size
#: is known and finite: a 50 MB Dockerfile is formatted, tests/test_bad_inputs.py)
STREAM_LIMIT = 64 << 20
#: how long one build-context file may take to open and read
READ_SECONDS = 2.0

_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))


class UnsafeFile(OSError):
    """A file that is treated as unreadable; ``reason`` completes a sentence that starts
    with the file's name ("is a named pipe (FIFO), not a regular file")."""

    def __init__(self, path, reason: str):
        super().__init__(None, reason, os.fspath(path))
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.filename} {self.reason}"


class ReadTimeout(UnsafeFile):
    """The file did not open and read within the time bound."""


def size_text(n: int) -> str:
    """``1048576`` -> ``1 MB``: the caps are powers of two, said the way people say them."""
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= size:
            return f"{n / size:.3g} {unit}"
    return f"{n} bytes"


def kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def check_regular(path, limit: int, within=None) -> str:
    """The resolved path of ``path`` if it may be read (see the module docstring);
    ``UnsafeFile`` saying why not.  ``OSError`` (no such file...) passes through."""
    real = os.path.realpath(path)
    st = os.stat(real)  # first: a link to nothing is a missing file, not a refusal
    if within is not None and not _inside(real, os.path.realpath(within)):
        raise UnsafeFile(path, f"leads to {real}, outside {os.fspath(within)}")
    if not stat.S_ISREG(st.st_mode):
        raise UnsafeFile(path, f"is {kind_of(st.st_mode)}, not a regular file")
    if st.st_size > limit:
        raise UnsafeFile(path, f"is larger than {size_text(limit)} ({st.st_size} bytes)")
    return real


def _read(path, limit: int, within) -> bytes:
    real = check_regular(path, limit, within)
    fd = os.open(real, _OPEN_FLAGS | getattr(os, "O_NOFOLLOW", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise UnsafeFile(path, f"is {kind_of(st.st_mode)}, not a regular file")
        return _read_fd(fd, path, limit, max(st.st_size + 1, 1 << 16))
    finally:
        os.close(fd)


def _read_fd(fd: int, path, limit: int, step: int) -> bytes:
    """Everything ``fd`` gives, ``step`` bytes a read; ``UnsafeFile`` past ``limit``
    (the read stops one byte past it, whatever the size ``stat`` claimed)."""
    chunks, total = [], 0
    while True:
        chunk = os.read(fd, max(1, min(step, limit + 1 - total)))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise UnsafeFile(path, f"is larger than {size_text(limit)}")


def _bounded(seconds: float, path, limit: int, within) -> bytes:
    import threading

    box: dict = {}

    def work():
        try:
            box["data"] = _read(path, limit, within)
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread
            box["error"] = exc

    worker = threading.Thread(target=work, name="dtranspile-read", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise ReadTimeout(path, f"did not open and read within {seconds:g} s")
    if "error" in box:
        raise box["error"]
    return box["data"]


def read_bytes(path, limit: int = PROJECT_FILE_LIMIT, within=None,
               timeout: "float | None" = None) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them; with
    ``within``, only if it resolves inside that folder; with ``timeout``, only if it
    opens and reads within that many seconds.  ``UnsafeFile`` says why not."""
    if timeout is None:
        return _read(path, limit, within)
    return _bounded(timeout, path, limit, within)


def read_text(path, limit: int = PROJECT_FILE_LIMIT, within=None,
              timeout: "float | None" = None) -> str:
    """``read_bytes`` decoded as UTF-8, undecodable bytes replaced (project files are
    searched for a few names, never echoed whole)."""
    return read_bytes(path, limit, within, timeout).decode("utf-8", errors="replace")


def private_folder(path) -> str:
    """``path`` as a folder only this user can write, created (mode 0700, parents as
    usual) when missing; ``UnsafeFile`` when it exists and is a symbolic link, not a
    folder, owned by someone else or writable by group or others.  For state kept
    under a fixed name (the real-build store, benchmark venvs): a folder another user
    planted first, in ``/var/tmp`` say, would otherwise hand them what runs from it."""
    path = os.fspath(path)
    try:
        os.makedirs(path, mode=0o700)
    except FileExistsError:
        pass
    st = os.lstat(path)
    if stat.S_ISLNK(st.st_mode):
        raise UnsafeFile(path, "is a symbolic link, not a folder of this user's")
    if not stat.S_ISDIR(st.st_mode):
        raise UnsafeFile(path, f"is {kind_of(st.st_mode)}, not a folder")
    if hasattr(os, "geteuid") and st.st_uid != os.geteuid():
        raise UnsafeFile(path, f"belongs to uid {st.st_uid}, not to this user "
                               f"(uid {os.geteuid()}); remove it or choose another folder")
    if st.st_mode & 0o022:
        raise UnsafeFile(path, f"is writable by group or others (mode "
                               f"{stat.S_IMODE(st.st_mode):o}); chmod go-w it or choose "
                               "another folder")
    return path


def read_named(path, limit: int = STREAM_LIMIT) -> "tuple[bytes, os.stat_result]":
    """``(bytes, fstat)`` of a Dockerfile named on the command line or found in a
    folder searched (regular files only, see cli/files.py): a regular file whole, a
    pipe (``<(...)``, ``/dev/stdin``) as asked but at most ``limit`` bytes
    (``/dev/zero`` named by mistake ends with an error, not with the machine's memory).
    Opened with ``O_NONBLOCK`` so a FIFO nobody writes to cannot block the open; a
    directory or socket is refused."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        # opening a socket fails with a puzzling ENXIO; asked only then (a stat before
        # every open cost a system call per file of a repository)
        import errno

        if exc.errno == errno.ENXIO and stat.S_ISSOCK(os.stat(path).st_mode):
            raise UnsafeFile(path, "is a socket, not a file") from None
        raise
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            import errno

            raise IsADirectoryError(errno.EISDIR, "is a directory", os.fspath(path))
        if not stat.S_ISREG(st.st_mode):
            os.set_blocking(fd, True)  # a pipe the user named: wait for its writer
            return _read_fd(fd, path, limit, 1 << 16), st
        # whole, in one read, and up to ``limit`` more if a writer appends meanwhile
        return _read_fd(fd, path, st.st_size + limit, st.st_size + 1), st
    finally:
        os.close(fd)
