"""Reading and writing Dockerfiles safely.

Reading: bytes are decoded as strict UTF-8 (a BOM is kept for the parser, which
strips it like BuildKit); anything that is not text gets a positioned error instead of
a guess.  Writing: a temporary file in the same directory, made durable, then an atomic
rename that keeps the original's mode, so an interrupted run leaves either the old or
the new file, never a truncated one; many files are written as a batch that shares its
syncs (``WriteBatch``).
"""

from __future__ import annotations

import fnmatch
import os
import re
import stat
from typing import Iterable, Iterator

from ..safe_files import read_named
from ..tree.errors import ParseError

DOCKERFILE_PATTERNS = ("Dockerfile", "*.Dockerfile", "Dockerfile.*", "Containerfile",
                       "*.Containerfile", "Containerfile.*",
                       # the Docker CLI reads a lowercase ``dockerfile`` when there is no
                       # ``Dockerfile``, and editors take ``*.dockerfile``; not
                       # ``dockerfile.*``, which names source files (``dockerfile.go``)
                       "dockerfile", "*.dockerfile", "containerfile", "*.containerfile")
SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox"}
#: endings of names ``Dockerfile.*`` matches that are other files beside a Dockerfile: a
#: folder walk leaves them out, as formatting one as a Dockerfile would change it (a
#: Jinja template's ``run   pip ...`` between ``{% if %}`` lines becomes ``RUN pip ...``;
#: an ignore file or script that happens to start with ``from`` is re-cased and re-flowed
#: alike): BuildKit's own ignore file for one Dockerfile (``Dockerfile.dockerignore``),
#: templates that a tool renders into a Dockerfile (Jinja, Go, ERB, m4, autoconf's
#: ``.in``), editors' and patch tools' leftovers, documentation, scripts, data and source
#: code.  Named on the command line, a file is read whatever its name.
OTHER_FILE_ENDINGS = (
    ".dockerignore",
    ".j2", ".jinja", ".jinja2", ".tmpl", ".tpl", ".template", ".gotmpl", ".erb", ".m4", ".in",
    ".mustache", ".hbs", ".ejs",
    ".orig", ".rej", ".bak", ".swp", ".swo", "~", ".patch", ".diff",
    ".md", ".markdown", ".rst", ".adoc", ".html",
    ".sh", ".bash", ".py", ".ps1", ".bat", ".cmd", ".yml", ".yaml", ".json", ".toml",
    ".xml", ".ini", ".cfg", ".conf", ".lock", ".log",
    ".go", ".rs", ".ts", ".js", ".mjs", ".cjs", ".java", ".kt", ".rb", ".c", ".h", ".cc",
    ".cpp", ".hpp", ".cs", ".php", ".pl", ".lua", ".swift", ".scala", ".tf", ".hcl", ".nix",
    ".sql", ".css", ".vim", ".el",
)

_DOCKERFILE_NAME = re.compile("|".join(fnmatch.translate(pat) for pat in DOCKERFILE_PATTERNS))


def is_dockerfile_name(name: str) -> bool:
    """Whether a folder walk takes a file of this name as a Dockerfile."""
    return _DOCKERFILE_NAME.match(name) is not None and \
        not name.lower().endswith(OTHER_FILE_ENDINGS)


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


def discover(paths: Iterable[str], respect_gitignore: bool = True,
             left_out: "list | None" = None) -> Iterator[str]:
    """Files named on the command line as they are; directories searched for
    Dockerfiles (hidden and vendored folders skipped, what the repository's
    ``.gitignore`` files ignore skipped unless ``respect_gitignore`` is false: see
    ``ignores``, and files that are not regular files inside the folder: see
    ``_found_file_is_safe``).  ``left_out`` collects the paths of the Dockerfiles and
    folders the ignore files left out, to say so when nothing was found."""
    from .ignores import Ignores

    for raw in paths:
        if os.path.isdir(raw):
            ignores = Ignores.above(raw) if respect_gitignore else None
            yield from _walk(raw, raw, "", ignores, left_out)
        else:
            yield raw


def _walk(folder: str, top: str, rel: str = "", ignores=None,
          left_out: "list | None" = None) -> Iterator[str]:
    """``os.walk(top)`` in its order (a folder's files by name, then its sub-folders by
    name; a linked folder is not entered, an unreadable one is skipped), yielding the
    Dockerfiles.  A found name whose entry is a regular file and not a link needs no
    ``_found_file_is_safe``: the folder's listing says what it is (``d_type``, no stat),
    and it was reached through real folders from ``top``, so it lies inside; the others
    (links, entries of unknown type) are checked as before.  Per file that saves the
    two ``realpath`` (a stat per path component each) and a stat: on a repository of
    5,000 Dockerfiles most of the system calls of a ``--check``.  ``rel``: ``folder``
    from ``top`` ('/'-separated, '' for the top); ``ignores``: the ignore files that
    apply above ``folder`` (None: not respected)."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=_name)
    except OSError:
        return
    if ignores is not None:
        ignores = ignores.enter(folder, rel, any(e.name == ".gitignore" for e in entries))
    check = bool(ignores)
    dirs = []
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            name = entry.name
            if name not in SKIP_DIRS and not name.startswith("."):
                if check and ignores.ignored(f"{rel}/{name}" if rel else name, True):
                    if left_out is not None:
                        left_out.append(entry.path)
                    continue
                dirs.append(entry)
        elif is_dockerfile_name(entry.name):
            if check and ignores.ignored(f"{rel}/{entry.name}" if rel else entry.name, False):
                if left_out is not None:
                    left_out.append(entry.path)
                continue
            try:
                plain = entry.is_file(follow_symlinks=False)
            except OSError:
                plain = False
            if plain or _found_file_is_safe(entry.path, top):
                yield entry.path
    for entry in dirs:
        try:
            linked = entry.is_symlink()
        except OSError:
            linked = True
        if not linked:
            yield from _walk(entry.path, top, f"{rel}/{entry.name}" if rel else entry.name,
                             ignores, left_out)


def _name(entry: "os.DirEntry") -> str:
    return entry.name


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

    __slots__ = ("data", "fingerprint", "mode", "uid")

    def __init__(self, data: bytes, fingerprint: tuple, mode: "int | None" = None,
                 uid: "int | None" = None):
        self.data = data
        self.fingerprint = fingerprint
        self.mode, self.uid = mode, uid  # what the writer needs, without another stat


def _fingerprint(st: os.stat_result) -> tuple:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def read_original(path: str):
    """``(text, Original)``: the decoded text and what ``write_atomic`` compares."""
    original = read_bytes(path)
    return decode(original.data), original


def read_bytes(path: str) -> Original:
    """The file's bytes, with what ``write_atomic`` compares (fingerprint, mode, owner:
    the writer needs no other stat).  Read through ``safe_files.read_named``: a FIFO
    cannot block, a device cannot fill the memory, a regular file takes one read of the
    size fstat gave."""
    data, st = read_named(path)
    return Original(data, _fingerprint(st), stat.S_IMODE(st.st_mode), st.st_uid)


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
    batch = WriteBatch()
    batch.stage(path, text, original)
    for _, error in batch.commit():
        if error is not None:
            raise error


#: below this many staged files each is fsynced on its own: syncing a whole file system
#: also flushes what other programs wrote, which costs more than a few fsyncs
SYNCFS_FROM = 8


class WriteBatch:
    """Many files replaced with the guarantee of ``write_atomic`` (each file is old or
    new, never truncated, even if the process is killed or the machine stops) at the cost
    of a few syncs instead of two fsyncs per file.

    ``stage`` writes the new content to a temporary file beside the target (no sync);
    ``commit`` makes all staged data durable with one ``syncfs`` per file system, renames
    each temporary file over its target (after checking that the target still holds what
    was read), then fsyncs each folder once so the renames are durable too.  A rename
    only ever follows the sync, so a crash leaves every target old or new; killed before
    ``commit``, the targets are old and the staged ``.dtranspile-*.tmp`` files stay behind
    (``discard`` removes them when the stop can be caught)."""

    def __init__(self, recycle: bool = False):
        self._staged = []  # (path, target, tmp, original)
        self._real = {}  # folder -> its real path (symlinks resolved once per folder)
        self.bytes = 0
        #: swap new contents in (``RENAME_EXCHANGE``) and write later files into the
        #: replaced inodes: see ``_Spares``
        self._spares = _Spares() if recycle and _Spares.available() else None

    def __len__(self) -> int:
        return len(self._staged)

    @property
    def recycles(self) -> bool:
        """Whether later files are written into the inodes earlier ones replaced."""
        return self._spares is not None

    def _target(self, path: str) -> str:
        given, name = os.path.split(path)
        real = self._real.get(given) if name not in ("", ".", "..") else None
        if real is None:
            # ``abspath`` asks the system for the current folder: once per folder
            folder, name = os.path.split(os.path.abspath(path))
            real = self._real.get(folder)
            if real is None:
                real = self._real[folder] = os.path.realpath(folder)
            if name == os.path.basename(path):
                self._real[given] = real
        target = os.path.join(real, name)
        return os.path.realpath(target) if os.path.islink(target) else target

    def stage(self, path: str, text: str, original: "Original | None" = None) -> tuple:
        """Write ``text`` to a temporary file beside ``path``, to be replaced by
        ``commit``; raises ``OSError`` (nothing left behind) when it cannot be written
        or ``path`` is read-only."""
        staged = self.prepare(path, text, original)
        self.adopt(staged)
        if self._spares is not None:
            self._spares.settle(staged[2])
        return staged

    def prepare(self, path: str, text: str, original: "Original | None" = None) -> tuple:
        """``stage`` for a batch in another process (a pool worker's files, committed
        by the parent): what ``adopt`` takes.  A worker keeps one ``WriteBatch`` for
        this, so each folder's real path is looked up once."""
        target = self._target(path)
        folder = os.path.dirname(target) or "."
        if original is not None and original.mode is not None:
            mode, owner = original.mode, original.uid
        else:
            try:
                st = os.stat(target)
            except FileNotFoundError:
                mode, owner = 0o644, None
            else:
                mode, owner = stat.S_IMODE(st.st_mode), st.st_uid
        if owner is not None:
            euid = os.geteuid() if hasattr(os, "geteuid") else None
            if not mode & 0o222 or not (euid == 0 or (euid == owner and mode & 0o200)
                                        or os.access(target, os.W_OK)):
                import errno

                raise PermissionError(errno.EACCES, "file is read-only", path)
        data = text.encode("utf-8")
        taken = self._spares.take(folder) if self._spares is not None else None
        fd, tmp = taken or _create_temp(folder)
        try:
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
                if taken is not None:
                    os.ftruncate(fd, len(data))  # a spare held an older, maybe longer text
                if _test_hook is not None:
                    _test_hook("written", tmp)
                os.fchmod(fd, mode) if hasattr(os, "fchmod") else os.chmod(tmp, mode)
            finally:
                os.close(fd)
        except BaseException:
            _unlink(tmp)
            raise
        return (path, target, tmp, original, len(data))

    def adopt(self, staged: tuple) -> None:
        """Take over a file another batch staged (a pool worker's)."""
        self._staged.append(staged[:4])
        self.bytes += staged[4]

    def detach(self) -> list:
        """The files staged so far, for ``commit(staged)`` (in another thread, while
        this batch stages the next files)."""
        staged, self._staged, self.bytes = self._staged, [], 0
        return staged

    def commit(self, staged: "list | None" = None) -> list:
        """``[(path, None or OSError)]`` in staging order: the files replaced, and why
        the others were not (their temporary files are removed).  Callers hold SIGINT and
        SIGTERM around it, so a stop cannot fall between a rename and its report.
        ``staged``: what ``detach`` gave (default: everything staged); one commit at a
        time, each after the one before it ended (a spare is written only after its
        swap is synced)."""
        if staged is None:
            staged = self.detach()
        try:
            _make_durable([tmp for _, _, tmp, _ in staged])
        except BaseException:
            for _, _, tmp, _ in staged:
                _unlink(tmp)
            raise
        spares = self._spares
        swap = spares is not None and spares.swap
        if len(staged) >= THREADS_FROM:
            results = _commit_threaded(staged, swap)
        else:
            results = []
            for k, item in enumerate(staged):
                try:
                    results.append((item[0], _replace(*item, swap)))
                except BaseException:
                    for _, _, rest, _ in staged[k:]:
                        _unlink(rest)
                    raise
            _sync_folders(staged, results, map)
        if swap:
            # the old inodes now under the temporary names: spares once both folders
            # of each swap are synced (``_sync_folders`` did that)
            spares.add([tmp for (_, _, tmp, _), (_, error) in zip(staged, results)
                        if error is None])
        return results

    def discard(self) -> None:
        """Remove the staged temporary files: every target keeps its old content."""
        for _, _, tmp, _ in self._staged:
            _unlink(tmp)
        self._staged, self.bytes = [], 0
        self.close()

    def close(self) -> None:
        """Remove the spares (old contents, under temporary names): the batch's last
        step, after its last ``commit``."""
        if self._spares is not None:
            self._spares.clear()


#: from this many files a batch's renames and folder syncs are spread over
#: ``THREADS`` threads.  Each rename may wait for the disk: it frees the replaced
#: file's blocks, which a file system mounted with ``discard`` trims before the call
#: returns (2 ms a rename on the shared bench machine under load, 8 s for 4,000 files
#: in one thread); the waits of several threads overlap, and ``os.replace`` and
#: ``os.fsync`` release the interpreter's lock while they wait.
THREADS_FROM, THREADS = 32, 8


def _replace(path: str, target: str, tmp: str, original: "Original | None",
             swap: bool = False) -> "OSError | None":
    """Rename ``tmp`` over ``target`` unless ``target`` changed since it was read (with
    ``swap``, exchange the two: ``tmp`` then names the old inode); the error that
    stopped it (its temporary file removed), or None."""
    try:
        if _test_hook is not None:
            _test_hook("replace", tmp)
        if original is not None and _changed_since(target, original):
            import errno

            raise FileChangedError(errno.EBUSY, "file changed on disk while it was "
                                   "being processed; left as it is now", path)
        if swap and not _EXCHANGE_REFUSED:
            try:
                _exchange(tmp, target)
            except OSError as exc:
                # a file system that cannot swap (EINVAL; overlayfs may say EXDEV), or
                # anything else: the swap is only a saving, so the rename decides, as
                # for every file from now on
                _EXCHANGE_REFUSED.append(exc.errno)
                os.replace(tmp, target)
        else:
            os.replace(tmp, target)
    except OSError as exc:
        _unlink(tmp)
        return exc
    return None


def _sync_folders(staged: list, results: list, mapper) -> None:
    """Make the renames themselves durable: one fsync per folder a file was renamed in
    (a temporary file from another folder, a spare, changed that folder too)."""
    folders = {}
    for (_, target, tmp, _), (_, error) in zip(staged, results):
        if error is None:
            folders[os.path.dirname(target) or "."] = None
            folders[os.path.dirname(tmp) or "."] = None
    for _ in mapper(_fsync_path, folders):
        pass


def _commit_threaded(staged: list, swap: bool = False) -> list:
    """``WriteBatch.commit`` after the sync, with the renames, then the folder syncs,
    spread over threads (see ``THREADS``); results in staging order.  Something other
    than an ``OSError`` (not a stop: callers hold those) ends the batch: the files not
    yet renamed keep their old content, and every temporary file left is removed."""
    from concurrent.futures import ThreadPoolExecutor

    failed: list = []
    errors: list = [_NOT_STARTED] * len(staged)

    def share(first: int) -> None:
        # every THREADS-th file from ``first``: one task per thread (a task per file
        # cost the parent as much as the renames on a quiet machine)
        for k in range(first, len(staged), THREADS):
            if failed:
                return
            try:
                errors[k] = _replace(*staged[k], swap)
            except BaseException as exc:
                failed.append(exc)
                return

    with ThreadPoolExecutor(THREADS) as pool:
        list(pool.map(share, range(THREADS)))
    if failed:
        for _, _, tmp, _ in staged:
            _unlink(tmp)  # a file renamed has no temporary name left: a no-op
        raise failed[0]
    results = [(item[0], error) for item, error in zip(staged, errors)]
    with ThreadPoolExecutor(THREADS) as pool:
        _sync_folders(staged, results, lambda sync, folders: pool.map(
            lambda first: [sync(f) for f in list(folders)[first::THREADS]], range(THREADS)))
    return results


_NOT_STARTED = OSError("not replaced: the batch was stopped")

_TEMP = []  # [per-process random part, counter]


def _create_temp(folder: str):
    """``(fd, path)`` of a new ``.dtranspile-*.tmp`` file in ``folder``, mode 0600, as
    ``tempfile.mkstemp`` makes one (``O_EXCL``, no symlink followed) at a fraction of its
    cost: the name is this process's random part and a counter."""
    if not _TEMP or _TEMP[0][0] != os.getpid():
        _TEMP[:] = [(os.getpid(), os.urandom(4).hex()), 0]
    flags = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
             | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    for _ in range(1000):
        _TEMP[1] += 1
        path = os.path.join(folder, f".dtranspile-{_TEMP[0][1]}{_TEMP[1]:x}.tmp")
        try:
            return os.open(path, flags, 0o600), path
        except FileExistsError:
            continue
    import errno

    raise FileExistsError(errno.EEXIST, "no free temporary file name", folder)


def discard_staged(staged: tuple) -> None:
    """Remove the temporary file of a ``stage`` result that will not be committed."""
    _unlink(staged[2])


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def _fsync_path(path: str) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass  # a file system that cannot sync a folder (some network ones)


def _make_durable(paths: list) -> None:
    """The data of ``paths`` on disk: one syncfs per file system when there are many
    (Linux), else an fsync per file."""
    syncfs = _syncfs() if len(paths) >= SYNCFS_FROM else None
    if syncfs is None:
        for path in paths:
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        return
    done = set()
    for folder in dict.fromkeys(os.path.dirname(path) or "." for path in paths):
        fd = os.open(folder, os.O_RDONLY)
        try:
            device = os.fstat(fd).st_dev
            if device not in done:
                if syncfs(fd) != 0:
                    import ctypes

                    err = ctypes.get_errno()
                    raise OSError(err, os.strerror(err), folder)
                done.add(device)
        finally:
            os.close(fd)


_SYNCFS = []


def _syncfs():
    """libc's ``syncfs`` (Linux), or None where there is none."""
    if not _SYNCFS:
        function = None
        try:
            import ctypes

            function = ctypes.CDLL(None, use_errno=True).syncfs
            function.argtypes = [ctypes.c_int]
        except (OSError, AttributeError, ImportError):
            function = None
        _SYNCFS.append(function)
    return _SYNCFS[0]


_RENAME_EXCHANGE = 2
#: not empty once a file system refused RENAME_EXCHANGE: later files are renamed
_EXCHANGE_REFUSED: list = []
_EXCHANGE = []  # [libc renameat2, or None where there is none]


def _renameat2():
    if not _EXCHANGE:
        function = None
        if hasattr(os, "geteuid") and hasattr(os, "listxattr"):  # Linux
            try:
                import ctypes

                function = ctypes.CDLL(None, use_errno=True).renameat2
                function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int,
                                     ctypes.c_char_p, ctypes.c_uint]
            except (OSError, AttributeError, ImportError):
                function = None
        _EXCHANGE.append(function)
    return _EXCHANGE[0]


def _exchange(tmp: str, target: str) -> None:
    """Swap the names ``tmp`` and ``target`` in one step (Linux ``renameat2`` with
    ``RENAME_EXCHANGE``): ``target`` names the new content, as after a rename, and
    ``tmp`` the old inode, which is not freed."""
    if _renameat2()(-100, os.fsencode(tmp), -100, os.fsencode(target), _RENAME_EXCHANGE):
        import ctypes

        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err), target)


class _Spares:
    """The inodes a batch replaced, written again with later files' contents instead of
    new temporary files.

    Why: creating a file and freeing one are the dearest steps of writing a repository
    (a rename over a file frees the old inode and its blocks; on ext4 without a journal,
    each new inode is then searched past every inode freed in the last minutes, which
    made creating the temporary files cost more than formatting them, and on a file
    system mounted with ``discard`` a freed block is trimmed while the rename waits).
    So a batch swaps each new content in (``RENAME_EXCHANGE``: the target names the new
    inode, the temporary name the old one) and writes a later file's new content into
    that old inode, still under its temporary name, before swapping it in in turn.
    Every target is still old or new at every instant, even under SIGKILL or a crash:
    a spare is only written after the folders of the swap that made it are synced, so
    the old name can no longer come back to it, and a content is swapped in only after
    the sync that makes it durable, as with a new temporary file.

    A spare is used only when the result is the file a new temporary file would have
    been, seen from outside: nobody else can read it (no other open file description:
    a write lease can be taken, after the mode is set to 0600, so nobody can open it
    anew either: a reader of the old file, ``tail -f`` or ``less``, would otherwise see
    another file's content), it has no other link (``st_nlink`` 1: a hard link of the
    old file keeps its content), it has the owner and group a new file would get (the
    process's, in a folder of the process's group), and no extended attributes (no
    ACL, no security label) in a folder with none (no default ACL).  And a spare moves
    only between sibling folders that anyone can reach alike: the same parent folder,
    the same mode, owner and group (a swap leaves the old content under the temporary
    name in the spare's folder, and a new content waits there for its swap: a folder
    closed to others must not lend its files to an open one, nor borrow from it).
    Anything else is removed as a replaced file is, and a new temporary file is made.
    Spares left at the end are removed (``clear``); a run killed meanwhile leaves them
    as it leaves staged temporary files, ``.dtranspile-*.tmp`` beside the targets, with
    old contents."""

    __slots__ = ("swap", "_ready", "_lent", "_folders", "_ids")

    def __init__(self):
        self.swap = True  # until a file system refuses RENAME_EXCHANGE
        #: spare paths that may be written, by the kind of folder they are in (see
        #: ``_kind``)
        self._ready: dict = {}
        #: spares handed out and not yet staged: ``clear`` removes them too, so an
        #: error between handing one out and staging it leaves nothing behind
        self._lent = set()
        self._folders = {}  # folder -> its kind, or False
        self._ids = (os.geteuid(), os.getegid())

    @staticmethod
    def available() -> bool:
        """Linux with ``renameat2`` and leases, in the main thread (which can ignore
        the signal a lease break sends: the lease is held for two system calls)."""
        import threading

        if _renameat2() is None or threading.current_thread() is not threading.main_thread():
            return False
        import fcntl
        import signal

        if not hasattr(fcntl, "F_SETLEASE") or not hasattr(signal, "SIGIO"):
            return False
        if signal.getsignal(signal.SIGIO) not in (signal.SIG_DFL, signal.SIG_IGN):
            return False  # someone else's handler
        # SIGIO's default action ends the process: a lease broken by an open in the
        # instant it is held must not
        signal.signal(signal.SIGIO, signal.SIG_IGN)
        return True

    def settle(self, path: str) -> None:
        """A spare handed out is staged now: the batch answers for it."""
        self._lent.discard(path)

    def add(self, paths: list) -> None:
        """The temporary names of a commit's swaps (old inodes now), once synced (called
        by the thread that commits, while the batch's thread may ``take``)."""
        if _EXCHANGE_REFUSED:
            # some renamed, not swapped (nothing left under their names), some maybe
            # swapped before the refusal: their old inodes go as a rename's would
            self.swap = False
            for path in paths:
                _unlink(path)
            return
        for path in paths:
            kind = self._kind(os.path.dirname(path) or ".")
            if kind is False:
                _unlink(path)
            else:
                self._ready.setdefault(kind, []).append(path)

    def take(self, folder: str):
        """``(fd, path)`` of a spare opened for writing a file of ``folder``, or None."""
        if not self._ready:
            return None
        kind = self._kind(folder)
        ready = self._ready.get(kind) if kind is not False else None
        while ready:
            # (a stop cannot fall between these two: the caller holds it; a commit's
            # ``add`` in another thread may append meanwhile, so pop, not peek)
            path = ready.pop()
            self._lent.add(path)
            try:
                fd = os.open(path, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0) | os.O_NOFOLLOW)
            except OSError:
                continue  # gone, or no longer ours: nothing to write there
            try:
                if self._usable(fd, kind[0]):
                    return fd, path
            except OSError:
                pass
            os.close(fd)
            _unlink(path)
        return None

    def _kind(self, folder: str):
        """What decides whether files of ``folder`` may be written into spares of
        another folder: (device, parent folder, mode, owner, group); False if a new
        file there does not get the process's owner and group, or the folder has
        extended attributes (a default ACL, a label)."""
        kind = self._folders.get(folder)
        if kind is None:
            try:
                st = os.stat(folder)
                if st.st_gid != self._ids[1] or os.listxattr(folder):
                    kind = False
                else:
                    kind = (st.st_dev, os.path.dirname(os.path.abspath(folder)), st.st_mode,
                            st.st_uid, st.st_gid)
            except OSError:
                kind = False
            self._folders[folder] = kind
        return kind

    def _usable(self, fd: int, device: int) -> bool:
        import fcntl

        st = os.fstat(fd)
        if not (stat.S_ISREG(st.st_mode) and st.st_nlink == 1 and st.st_dev == device
                and (st.st_uid, st.st_gid) == self._ids) or os.listxattr(fd):
            return False
        os.fchmod(fd, 0o600)  # as a new temporary file: nobody else opens it from now
        try:  # ... and nobody has it open: a write lease needs that
            fcntl.fcntl(fd, fcntl.F_SETLEASE, fcntl.F_WRLCK)
        except OSError:
            return False
        fcntl.fcntl(fd, fcntl.F_SETLEASE, fcntl.F_UNLCK)
        return True

    def clear(self) -> None:
        paths = [path for ready in self._ready.values() for path in ready] + [*self._lent]
        self._ready, self._lent = {}, set()
        if len(paths) < THREADS_FROM:
            for path in paths:
                _unlink(path)
            return
        # removing a file frees its inode and blocks, which may wait for the disk (see
        # ``THREADS``): the waits of several threads overlap
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(THREADS) as pool:
            list(pool.map(lambda first: [_unlink(p) for p in paths[first::THREADS]],
                          range(THREADS)))
