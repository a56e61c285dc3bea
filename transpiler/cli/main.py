"""The ``dtranspile`` command.  Thin: it reads inputs, calls the library, writes
results and maps errors to the documented exit codes.

Exit codes: 0 ok, 1 ``--check`` found changes, 2 bad input or usage, 3 rewrite
declined (only with ``--strict``), 123 internal error or failed safety check.
"""

from __future__ import annotations

import os
import sys
from typing import List, Optional

from ..tree.records import FrozenRecord, record, replace

EXIT_OK, EXIT_CHANGED, EXIT_BAD_INPUT, EXIT_DECLINED, EXIT_INTERNAL = 0, 1, 2, 3, 123


@record
class Options(FrozenRecord):
    mode: str = "transpile"  # transpile | fmt | ast
    write: bool = False
    check: bool = False
    diff: bool = False
    runtime: Optional[str] = None
    #: build context for the transpiler's recipes (go.mod ...); None = the FILE's
    #: directory, none for stdin
    context: Optional[str] = None
    #: the FILE's path (its ``<FILE>.dockerignore`` is BuildKit's first choice)
    dockerfile: Optional[str] = None
    explain: bool = False
    strict: bool = False
    fast: bool = False
    indent: str = "    "
    operator_position: str = "start"
    stdin_filename: Optional[str] = None
    color: bool = False
    end_of_line: Optional[str] = None
    insert_final_newline: bool = True
    #: options given on the command line; the project configuration fills the others
    explicit: frozenset = frozenset()
    use_config: bool = True
    verbose: bool = False
    #: remember contents found formatted between runs (cli/known.py)
    use_cache: bool = True
    #: a folder walk leaves out what the repository's .gitignore files ignore (cli/ignores.py)
    respect_gitignore: bool = True


class Outcome:
    """What happened to one input."""

    def __init__(self, name: str, exit_code: int = EXIT_OK):
        self.name = name
        self.exit_code = exit_code
        self.changed = False
        self.messages: List[str] = []
        self.stdout = ""  # printed by the parent, in input order
        self.info: List[str] = []  # not errors: silenced by --quiet
        #: with --write, what the parent is to write: (path, new text, files.Original);
        #: the parent writes in batches that share their syncs (files.WriteBatch)
        self.pending: Optional[tuple] = None
        #: or, from a pool worker, the new content already in a temporary file (what
        #: ``files.WriteBatch.stage`` returned), for the parent's batch to commit
        self.staged: Optional[tuple] = None
        #: the digest of a content now known to be formatted (cli/known.py), for the
        #: parent to remember
        self.formatted: Optional[bytes] = None


def _stderr(text: str) -> None:
    sys.stderr.write(text if text.endswith("\n") else text + "\n")


def _stdout(text: str) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()


def _indent_unit(value: str) -> str:
    if value in ("tab", "tabs", "\t"):
        return "\t"
    if value.isdigit() and 0 < int(value) <= 16:
        return " " * int(value)
    import click

    raise click.BadParameter("use a number of spaces (1-16) or 'tab'", param_hint="--indent")


def _produce(text: str, opts: Options, out: Outcome) -> str:
    """The new content for one input, by mode."""
    from transpiler.tree.gcpause import paused

    with paused():
        return _produce_unpaused(text, opts, out)


def _produce_unpaused(text: str, opts: Options, out: Outcome) -> str:
    if opts.mode == "ast":
        import transpiler
        from transpiler.tree.ast_json import dumps

        return dumps(transpiler.parse(text)) + "\n"
    if opts.mode == "fmt":
        from transpiler.formatting.api import format as format_text

        new = format_text(text, indent=opts.indent, operator_position=opts.operator_position,
                          fast=opts.fast)
        if opts.end_of_line or not opts.insert_final_newline:
            from transpiler.formatting import eol

            new = eol.apply(new, text, end_of_line=opts.end_of_line,
                            insert_final_newline=opts.insert_final_newline, fast=opts.fast)
        return new
    from transpiler.multistage.api import transpile

    result = transpile(text, runtime=opts.runtime, context=opts.context,
                       dockerfile=opts.dockerfile)
    report = result.report
    if opts.explain:
        out.messages.append(report.render())
    else:
        for warning in getattr(report, "warnings", ()) or ():
            out.info.append(f"{out.name}: warning: {warning}")
        if report.declined and report.reason:
            out.info.append(f"{out.name}: left as is: {report.reason}")
    if report.declined and opts.strict:
        out.exit_code = EXIT_DECLINED
    return result.output


#: Options field -> the click parameter that sets it
_CONFIGURABLE = {"indent": "indent", "operator_position": "operator_position",
                 "runtime": "runtime", "end_of_line": None, "insert_final_newline": None}


#: the configuration lookup of the run in progress (``_execute`` sets it; workers
#: inherit it), and the options it gave: (id(opts), id(settings)) -> (opts, settings,
#: configured options, names set by the configuration)
_RUN: dict = {"lookup": None, "known": None, "stage_here": False, "stager": None,
              "recycle": False}
_CONFIGURED: dict = {}


def _configured(opts: Options, path: Optional[str], out: Outcome) -> Options:
    """``opts`` with the project configuration for ``path`` filling what the command
    line left unsaid (transpiler/cli/config.py has the precedence rules)."""
    if not opts.use_config or opts.mode == "ast":
        return opts

    lookup = _RUN["lookup"]
    if lookup is None:
        from transpiler.cli.config import Lookup

        lookup = Lookup()
    settings = lookup.resolve(path if path is not None else opts.stdin_filename)
    known = _CONFIGURED.get((id(opts), id(settings)))
    if known is None:
        changes = {}
        for name, param in _CONFIGURABLE.items():
            if (name == "runtime") != (opts.mode == "transpile"):
                continue  # the runtime matters to transpiling only, the rest to --fmt only
            if param not in opts.explicit and name in settings.origin:
                changes[name] = getattr(settings, name)
        known = (opts, settings, replace(opts, **changes) if changes else opts, tuple(changes))
        if _RUN["lookup"] is lookup:  # one run's: the objects live as long as the cache
            _CONFIGURED[(id(opts), id(settings))] = known
    if opts.verbose:
        for name in known[3]:
            out.info.append(f"{out.name}: {name.replace('_', '-')} from "
                            f"{settings.origin[name]}")
    return known[2]


def _known_key(opts: Options) -> tuple:
    """What, besides the content, decides a --fmt output (cli/known.py)."""
    return ("fmt", opts.indent, opts.operator_position, opts.end_of_line,
            opts.insert_final_newline, opts.fast)


def _replace(opts: Options, **changes) -> Options:

    return replace(opts, **changes)


def _failed(out: Outcome, message: str, code: int = EXIT_BAD_INPUT) -> Outcome:
    """``out`` for an input that could not be processed: one message, an exit code."""
    out.messages.append(message)
    out.exit_code = code
    return out


def process(name: str, path: Optional[str], opts: Options,
            original: "Optional[files.Original]" = None) -> Outcome:
    """One input: read (unless ``original`` holds what the parent read), configure,
    produce, and what to print or write (the parent writes)."""
    ConfigError, ParseError, SafetyError, UnsafeFile, decode, read_bytes = _process_names()
    out = Outcome(name)
    try:
        opts = _configured(opts, path, out)
        if path is not None and opts.context is None and opts.mode == "transpile":
            opts = _replace(opts, context=os.path.dirname(os.path.abspath(path)))
        if path is not None and opts.mode == "transpile":
            opts = _replace(opts, dockerfile=os.path.abspath(path))
        known = _RUN["known"] if opts.mode == "fmt" else None
        if path is None:
            text = decode(sys.stdin.buffer.read())
        else:
            if original is None:
                original = read_bytes(path)
            if known is not None:
                key = _known_key(opts)
                digest = known.digest(key, original.data)
                if digest in known:
                    return out  # this very content was found formatted before
            text = decode(original.data)
        new = _produce(text, opts, out)
    except FileNotFoundError:
        return _failed(out, f"{name}: error: no such file")
    except PermissionError:
        return _failed(out, f"{name}: error: permission denied")
    except IsADirectoryError:
        return _failed(out, f"{name}: is a directory (give files, or directories with "
                            "--write/--check/--diff)")
    except UnsafeFile as exc:
        return _failed(out, f"{name}: error: cannot read: it {exc.reason}")
    except ParseError as exc:
        return _failed(out, exc.render(name, color=opts.color))
    except ConfigError as exc:
        return _failed(out, f"{name}: error: configuration: {exc}")
    except SafetyError as exc:
        return _failed(out, f"{name}:{exc.line}:{exc.column}: error: safety check failed, "
                            f"nothing written: {exc.message}", EXIT_INTERNAL)
    except KeyboardInterrupt:
        raise
    except Exception as exc:  # noqa: BLE001 - the contract: no traceback, exit 123
        if os.environ.get("DTRANSPILE_DEBUG"):
            raise
        return _failed(out, f"{name}: internal error: {type(exc).__name__}: {exc} "
                            "(set DTRANSPILE_DEBUG=1 for a traceback; please report it)",
                       EXIT_INTERNAL)

    out.changed = new != text
    if known is not None and path is not None:
        if not out.changed:
            out.formatted = digest
        elif opts.write and not opts.fast and opts.end_of_line is None \
                and opts.insert_final_newline:
            # the stability check proved that formatting ``new`` gives ``new``
            out.formatted = known.digest(key, new.encode("utf-8"))
    if opts.check or opts.diff:
        if opts.diff and out.changed:
            out.stdout = unified_diff(text, new, name)
        if opts.check and out.changed:
            out.info.append(f"would rewrite {name}")
            out.exit_code = max(out.exit_code, EXIT_CHANGED)
        return out
    if opts.write and path is not None:
        if out.changed:
            if _RUN["stage_here"]:  # a pool worker: the writing is shared out too
                stager = _RUN["stager"]
                if stager is None:
                    from transpiler.cli.files import WriteBatch

                    stager = _RUN["stager"] = WriteBatch()
                try:
                    out.staged = stager.prepare(path, new, original)
                except OSError as exc:
                    return _failed(out, _cannot_write(name, exc))
            else:
                out.pending = (path, new, original)
        return out
    out.stdout = new
    return out


_NAMES: list = []


def _process_names() -> tuple:
    """What ``process`` needs from other modules, imported on its first call (a
    ``from ... import`` per file cost more than reading a small file)."""
    if not _NAMES:
        from transpiler.cli.config import ConfigError
        from transpiler.cli.files import decode, read_bytes
        from transpiler.safe_files import UnsafeFile
        from transpiler.tree.errors import ParseError, SafetyError

        _NAMES.extend((ConfigError, ParseError, SafetyError, UnsafeFile, decode, read_bytes))
    return tuple(_NAMES)


def _cannot_write(name: str, exc: OSError) -> str:
    return f"{name}: error: cannot write: {exc.strerror or exc}"


#: while ``depth`` > 0 a stop is only noted (``pending``) and raised when it drops to 0
_HOLD = {"depth": 0, "pending": False}


class _signals_held:
    """Hold a stop (SIGINT, SIGTERM) while files are renamed into place and recorded, so
    it cannot fall between the two; a held stop is raised right after.  A flag, not a
    signal mask: the kernel may hand the signal to any thread (the process pool's
    threads too), but Python runs the handler in the main thread, which reads it."""

    def __enter__(self):
        _HOLD["depth"] += 1
        return self

    def __exit__(self, *exc):
        _HOLD["depth"] -= 1
        if not _HOLD["depth"] and _HOLD["pending"] and exc[0] is None:
            _HOLD["pending"] = False
            raise KeyboardInterrupt()
        return False


def unified_diff(old: str, new: str, name: str) -> str:
    """A unified diff that patch(1) accepts, marking a missing final newline."""
    import difflib

    lines = []
    for line in difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                     fromfile=f"{name}\t(original)", tofile=f"{name}\t(new)"):
        lines.append(line)
        if not line.endswith("\n"):
            lines.append("\n\\ No newline at end of file\n")
    return "".join(lines)


#: below this many files to format a process pool costs more than it saves (starting
#: two workers costs about what formatting 60 typical Dockerfiles does)
POOL_THRESHOLD = 64

#: files per task sent to a pool worker: large enough that pickling and the executor's
#: queues cost little next to the work, small enough that every worker gets several
#: (the last ones finish together) and outcomes reach the screen in a steady stream
CHUNK = 32


def _run_all(targets, opts: Options, jobs: int):
    """Outcomes in input order; many files are spread over a process pool.

    With the cache of formatted contents (cli/known.py) the parent first reads and
    hashes every file: those known formatted are done, and only the others are
    formatted, by the workers as soon as there are enough of them to pay for a pool
    (the parent hands out the files it read, so they are not read twice).  When the run
    is stopped, files not started are cancelled and the running ones finish (workers
    never write: the parent does, see ``_execute``)."""
    workers = min(jobs or (os.cpu_count() or 1), len(targets))
    if workers <= 1 or len(targets) < POOL_THRESHOLD or any(p is None for _, p in targets):
        for name, path in targets:
            yield process(name, path, opts)
        return
    known = _RUN["known"]
    done: List[Optional[Outcome]] = [None] * len(targets)
    waiting: List[tuple] = []  # (index, name, path, Original or None), not yet handed out
    chunks = {}  # index -> the future of the chunk that holds it
    pool = None
    try:
        for index, (name, path) in enumerate(targets):
            original = None
            if known is not None:
                done[index], original = _known_outcome(name, path, opts)
                if done[index] is not None:
                    continue
            waiting.append((index, name, path, original))
            if pool is None and len(waiting) >= POOL_THRESHOLD:
                # The first file is done here, before the workers fork: it imports the
                # modules the work needs and fills their caches once, so every worker
                # starts ready to work.
                first = waiting.pop(0)
                done[first[0]] = process(*first[1:3], opts, first[3])
                pool = _pool(workers)
            if pool is not None and len(waiting) >= CHUNK:
                _hand_out(pool, waiting, opts, chunks)
        if pool is not None and waiting:
            _hand_out(pool, waiting, opts, chunks)
        for index, name, path, original in waiting:  # too few for a pool
            done[index] = process(name, path, opts, original)
        for index in range(len(targets)):
            if done[index] is None:
                for (k, _, _, original), outcome in zip(chunks[index][1],
                                                        chunks[index][0].result()):
                    if outcome.pending is not None and outcome.pending[2] is None:
                        outcome.pending = outcome.pending[:2] + (original,)
                    done[k] = outcome
            yield done[index]
            done[index] = None
    except BaseException:
        if pool is not None:
            for future, _ in chunks.values():
                future.cancel()
            _shut_down(pool, stopping=True)
            # what the workers staged and the parent never renamed goes: the targets keep
            # their old content and no temporary file is left behind (one already
            # renamed is gone from its temporary name, so removing it again is a no-op)
            from transpiler.cli.files import discard_staged

            finished = {id(f): f for f, _ in chunks.values()
                        if f.done() and not f.cancelled() and f.exception() is None}
            for future in finished.values():
                for outcome in future.result():
                    if outcome.staged is not None:
                        discard_staged(outcome.staged)
        raise
    if pool is not None:
        _shut_down(pool)


def _shut_down(pool, stopping: bool = False) -> None:
    """Wait for the pool's workers and its manager thread to end with a stop held: a stop
    raised while waiting left the manager thread closing its pipes as the interpreter
    exited, and concurrent.futures' exit hook then wrote to a closed pipe (a traceback
    on stderr after "interrupted"; fresh-clone CI, stop 39).  A stop that came meanwhile
    is raised once the pool has ended, unless ``stopping`` (the run is already stopping:
    its cleanup goes on, and the stop handler ends it)."""
    _HOLD["depth"] += 1
    try:
        pool.shutdown(wait=True)
    finally:
        _HOLD["depth"] -= 1
    if not stopping and not _HOLD["depth"] and _HOLD["pending"]:
        _HOLD["pending"] = False
        raise KeyboardInterrupt()


def _pool(workers: int):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method),
                               initializer=_worker_init)


def _hand_out(pool, waiting: list, opts: Options, chunks: dict) -> None:
    """Submit ``waiting`` as one chunk and note its future for each file.  A stop is
    held meanwhile: one raised after the submit and before the note would leave a chunk
    the workers run (the shutdown waits for it) whose staged files no one discards."""
    with _signals_held():
        batch = waiting[:]
        waiting.clear()
        future = pool.submit(_process_batch, [item[1:] for item in batch], opts)
        for item in batch:
            chunks[item[0]] = (future, batch)


def _process_batch(batch, opts: Options) -> list:
    outcomes = [process(name, path, opts, original) for name, path, original in batch]
    for (_, _, original), out in zip(batch, outcomes):
        if out.pending is not None and original is not None:
            # the parent holds what it read: the old bytes need not travel back
            out.pending = out.pending[:2] + (None,)
    return outcomes


def _known_outcome(name: str, path: str, opts: Options):
    """For the parent's pass over the files: ``(outcome, None)`` when the file's content
    is known formatted, else ``(None, Original)`` for a worker to format; ``(None,
    None)`` when it cannot be read or configured (``process`` then says why)."""
    from transpiler.cli.files import read_bytes

    out = Outcome(name)
    try:
        configured = _configured(opts, path, out)
        original = read_bytes(path)
    except Exception:  # noqa: BLE001 - reported by process(), in the file's turn
        return None, None
    if configured.mode == "fmt" and _RUN["known"].digest(_known_key(configured),
                                                         original.data) in _RUN["known"]:
        return out, None
    return None, original


def _worker_init() -> None:
    """A pool worker ends when the command that started it dies, even by SIGKILL
    (Linux: PR_SET_PDEATHSIG); otherwise it would wait on its queue forever.  The
    signal is SIGKILL because a catchable one can land on a worker's queue thread,
    where Python never runs the handler.  Workers stage new contents in temporary
    files and the parent renames them, so a kill keeps every target's old or new
    content (temporary files staged but not yet renamed remain)."""
    import signal

    # A stop is the parent's to handle (it cancels, waits for the running chunks and
    # removes what they staged): Ctrl-C reaches the whole process group.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # Workers stage new contents in temporary files themselves (creating them is dear)
    # unless the parent writes them into the inodes it replaced (files._Spares), which
    # costs it less than taking over what workers staged.
    _RUN["stage_here"] = not _RUN["recycle"]
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent died before prctl took effect
            os._exit(1)
    except (OSError, AttributeError):  # not Linux: the OS cleans up as it can
        pass


def _stop_on_signals() -> None:
    """SIGTERM stops a run the way Ctrl-C does: no file is left half-written, and the
    summary names the files written; both wait while files are being renamed."""
    import signal

    def handler(signum, frame):
        if _HOLD["depth"]:
            _HOLD["pending"] = True
            return
        raise KeyboardInterrupt()

    signal.signal(signal.SIGINT, handler)
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, handler)


class _Usage(Exception):
    """A command line that cannot run; click reports it (as a ``UsageError``, exit 2)."""


def _usage(message: str):
    raise _Usage(message)


def _options(files, fmt, show_ast, write, check, diff, runtime, explain, strict, fast, indent,
             operator_position, stdin_filename, quiet, verbose, no_config, explicit,
             no_cache=False, no_respect_gitignore=False) -> Options:
    if quiet and verbose:
        _usage("--quiet and --verbose cannot be combined")
    if fmt and show_ast:
        _usage("--fmt and --ast cannot be combined")
    return Options(
        mode="ast" if show_ast else "fmt" if fmt else "transpile",
        write=write, check=check, diff=diff, runtime=runtime, explain=explain,
        strict=strict, fast=fast, indent=_indent_unit(indent),
        operator_position=operator_position, stdin_filename=stdin_filename,
        color=(sys.stderr.isatty() or bool(os.environ.get("FORCE_COLOR")))
        and not os.environ.get("NO_COLOR"),
        explicit=explicit, use_config=not no_config, verbose=verbose, use_cache=not no_cache,
        respect_gitignore=not no_respect_gitignore,
    )


def _execute(opts: Options, files, jobs: int, quiet: bool) -> None:
    """Everything after the command line is read: resolve the inputs, process them,
    print in input order, exit with the worst code."""
    write, check, diff, fmt = opts.write, opts.check, opts.diff, opts.mode == "fmt"
    stdin_filename = opts.stdin_filename
    if write and (check or diff):
        _usage("--write cannot be combined with --check or --diff")
    from transpiler.cli.files import discover

    inputs = list(files) or ["-"]
    targets = []
    left_out: List[str] = []  # (what the repository's .gitignore files left out)
    for item in inputs:
        if item == "-":
            targets.append((stdin_filename or "<stdin>", None))
        elif os.path.isdir(item) and (write or check or diff):
            found = list(discover([item], opts.respect_gitignore, left_out))
            targets.extend((p, p) for p in found)
        else:
            targets.append((item, item))
    if not targets:
        _stderr("no Dockerfiles found" + (
            f" ({len(left_out)} {'entry' if len(left_out) == 1 else 'entries'} left out as "
            "git ignores them: --no-respect-gitignore takes them)"
            if left_out else ""))
        sys.exit(EXIT_OK)
    if left_out and opts.verbose:
        for path in left_out:
            _stderr(f"{path}: left out (git ignores it: .gitignore, .git/info/exclude)")
    if len(targets) > 1 and not (write or check or diff):
        _usage("several inputs need --write, --check or --diff")
    if sum(1 for _, p in targets if p is None) > 1:
        _usage("standard input can be read only once")

    from transpiler.cli.progress import Progress

    # a run's state starts empty: a second run in the same process (tests, an embedding
    # program) must not see the first one's cache or configuration lookups
    _RUN.update(lookup=None, known=None, recycle=False)
    if opts.use_config and opts.mode != "ast":
        from transpiler.cli.config import Lookup

        _RUN["lookup"] = Lookup()  # each folder's configuration looked up once per run
    known = None
    if opts.use_cache and fmt and (write or check or diff) and any(p is not None for _, p in targets):
        from transpiler.cli.known import Known

        known = _RUN["known"] = Known.load()

    code = EXIT_OK
    unchanged = 0
    written: List[str] = []
    _stop_on_signals()
    bar = Progress(len(targets), "checking" if check else "formatting" if fmt else "rewriting",
                   enabled=None if (write or check or diff) and not quiet else False)
    # one file has no later file to write into the inode it replaced (files._Spares)
    writes = _Writes(bar, written, recycle=len(targets) > 1) if write else None
    outcomes = _run_all(targets, opts, jobs)
    try:
        for out in outcomes:
            if out.stdout:
                _stdout(out.stdout)
            for message in out.messages:
                bar.write(message)
            if not quiet:
                for message in out.info:
                    bar.write(message)
            code = max(code, out.exit_code)
            if out.formatted is not None:
                known.add(out.formatted)
            if out.pending is not None or out.staged is not None:
                code = max(code, writes.stage(out))
            bar.advance()
        if writes is not None:
            code = max(code, writes.commit(), writes.finish())
            # held: a stop inside the removal of the spares (the old contents, under
            # temporary names) left the ones not yet removed behind (seen in CI, stop 31:
            # the signal came right after the last files were renamed)
            with _signals_held():
                writes.close()
        if known is not None:
            known.save()
        bar.close()
    except KeyboardInterrupt:
        import signal

        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second signal must not cut
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # the clean stop short
        outcomes.close()  # files not started are cancelled, running ones finish
        if writes is not None:
            writes.discard()  # staged, not renamed: those files keep their old content
        if known is not None:
            known.save()
        bar.close()
        _stderr(f"interrupted; {len(written)} file(s) written, none left half-written"
                + "".join(f"\n  written: {n}" for n in written))
        sys.exit(130)
    if write and len(targets) > 1 and not quiet:
        _stderr(f"{len(written)} file(s) rewritten, {len(targets) - len(written)} left unchanged")
    sys.exit(code)




class _Writes:
    """The parent's side of --write: new contents are staged as they arrive and
    committed in batches (``files.WriteBatch``: one sync for all, then the renames, then
    one sync per folder), at the latest every ``COMMIT_EVERY`` seconds so a stop loses
    little work.  (Larger batches, 1,024 files or 2 s, took more system time in an A/B
    run of ``--fmt -w`` over 4,284 changed files, -j1 and -j2 alternating: 1.1-2.0 s
    against 0.8-1.2 s, and no less wall time.)"""

    #: a batch is committed when it holds this many files or bytes, or is this old
    COMMIT_FILES, COMMIT_BYTES, COMMIT_EVERY = 256, 4 << 20, 0.25

    def __init__(self, bar, written: List[str], recycle: bool = False):
        from transpiler.cli.files import WriteBatch

        self.batch, self.names, self.bar, self.written = WriteBatch(recycle), [], bar, written
        self.since = 0.0
        self.flight = None  # (thread, names, result box) of the commit running
        _RUN["recycle"] = self.batch.recycles

    def stage(self, out: Outcome) -> int:
        """Stage one outcome's new content; the exit code that adds."""
        import time

        if out.staged is not None:
            self.batch.adopt(out.staged)
        else:
            path, new, original = out.pending
            try:
                # held: a stop between creating the temporary file (or taking a spare)
                # and the batch knowing it would leave the file behind
                with _signals_held():
                    self.batch.stage(path, new, original)
            except OSError as exc:
                self.bar.write(_cannot_write(out.name, exc))
                return EXIT_BAD_INPUT
        if not self.names:
            self.since = time.monotonic()
        self.names.append(out.name)
        if (len(self.names) >= self.COMMIT_FILES or self.batch.bytes >= self.COMMIT_BYTES
                or time.monotonic() - self.since >= self.COMMIT_EVERY):
            return self.commit()
        return EXIT_OK

    def commit(self) -> int:
        """Start replacing the staged files in a thread, after recording the commit that
        ran before (``_land``); the exit code that adds.  A commit mostly waits (for the
        sync, for renames that trim freed blocks): meanwhile this thread stages the
        next files (with -j2 the parent stages every file, and waiting here held up
        the last files behind it)."""
        import threading

        code = self._land()
        if not self.names:
            return code

        def run():
            try:
                box.append(self.batch.commit(staged))
            except BaseException as exc:  # noqa: BLE001 - raised again by _land
                box.append(exc)

        # held: a stop after ``detach`` and before the flight is noted and started would
        # leave the detached files to no one (``discard`` removes only what is still
        # staged) and ``_land`` joining a thread never started
        with _signals_held():
            names, self.names = self.names, []
            staged, box = self.batch.detach(), []
            thread = threading.Thread(target=run, name="dtranspile-commit")
            self.flight = (thread, names, box)
            thread.start()
        return code

    def finish(self) -> int:
        """Wait for the last commit and record it."""
        return self._land()

    def _land(self) -> int:
        """Wait for the commit in flight; each of its files is recorded as written with
        SIGINT and SIGTERM held, so a stop cannot fall between the wait and the summary
        naming the files."""
        flight, self.flight = self.flight, None
        if flight is None:
            return EXIT_OK
        thread, names, box = flight
        code = EXIT_OK
        with _signals_held():
            thread.join()
            if isinstance(box[0], BaseException):
                raise box[0]
            for name, (_, error) in zip(names, box[0]):
                if error is None:
                    self.written.append(name)
                else:
                    self.bar.write(_cannot_write(name, error))
                    code = EXIT_BAD_INPUT
        return code

    def discard(self) -> None:
        """After a stop: the commit in flight ends and is recorded, what is staged
        after it is removed (those files keep their old content)."""
        try:
            self._land()
        finally:
            self.batch.discard()
            self.names = []

    def close(self) -> None:
        self.batch.close()


def _build_click_command():
    """The click command, built on first use: importing click costs more than the
    whole format of a typical file, so the common format-on-save command line is read
    by ``_quick_args`` without it."""
    import click

    @click.command(context_settings={"help_option_names": ["-h", "--help"]})
    @click.argument("files", nargs=-1, type=click.Path(readable=False))  # per-file errors
    @click.option("--fmt", "fmt", is_flag=True, help="Format only, no restructuring.")
    @click.option("--ast", "show_ast", is_flag=True, help="Print the syntax tree as JSON.")
    @click.option("-w", "--write", is_flag=True, help="Rewrite files in place (only when the content changes).")
    @click.option("--check", is_flag=True, help="Report files that would change; exit 1 if any.")
    @click.option("--diff", is_flag=True, help="Print a unified diff instead of the result.")
    @click.option("--runtime", metavar="IMAGE", help="Force the runner stage's base image.")
    @click.option("--context", "context_dir", metavar="DIR",
                  type=click.Path(exists=True, file_okay=False),
                  help="Build context the recipes read (go.mod, package.json ...); default: the "
                  "FILE's directory. Read as BuildKit sends it (.dockerignore applied); one "
                  "lacking a file a COPY or ADD names is read as none.")
    @click.option("--explain", is_flag=True, help="Explain the rewrite on stderr.")
    @click.option("--strict", is_flag=True, help="Exit 3 when a rewrite is declined.")
    @click.option("--fast", is_flag=True, help="Skip the equivalence and stability checks.")
    @click.option("--indent", default="4", show_default=True, metavar="N|tab",
                  help="Continuation indent: a number of spaces or 'tab'.")
    @click.option("--operator-position", type=click.Choice(["start", "end"]), default="start",
                  show_default=True, help="Where &&, || and | go when a RUN chain breaks lines.")
    @click.option("--stdin-filename", metavar="NAME", help="Name used for stdin in messages.")
    @click.option("-j", "--jobs", type=click.IntRange(0, 256), default=0, metavar="N",
                  help="Worker processes for many files (default: one per core).")
    @click.option("-q", "--quiet", is_flag=True, help="Print errors only.")
    @click.option("-v", "--verbose", is_flag=True,
                  help="Also say which configuration file set each option.")
    @click.option("--no-config", is_flag=True,
                  help="Ignore pyproject.toml, .dtranspile.toml and .editorconfig.")
    @click.option("--no-cache", is_flag=True,
                  help="Format every file, even one found formatted by an earlier run.")
    @click.option("--no-respect-gitignore", is_flag=True,
                  help="In folders, also take the files the repository's .gitignore "
                       "files ignore.")
    @click.option("--lsp", is_flag=True, help="Run the language server on stdio.")
    @click.version_option(package_name="dtranspile", prog_name="dtranspile")
    def main(files, fmt, show_ast, write, check, diff, runtime, context_dir, explain, strict, fast,
             indent, operator_position, stdin_filename, jobs, quiet, verbose, no_config,
             no_cache, no_respect_gitignore, lsp):
        """Transpile a single-stage Dockerfile into a multi-stage build (default), or format
        it (--fmt).  No FILE, or '-', reads standard input; the result goes to standard
        output unless --write, --check or --diff is given."""
        if lsp:
            from transpiler.lsp import serve

            sys.exit(serve())
        try:
            opts = _options(files, fmt, show_ast, write, check, diff, runtime, explain, strict,
                            fast, indent, operator_position, stdin_filename, quiet, verbose,
                            no_config, _explicit_params(), no_cache, no_respect_gitignore)
            if context_dir:
                opts = _replace(opts, context=context_dir)
            _execute(opts, files, jobs, quiet)
        except _Usage as exc:
            raise click.UsageError(str(exc)) from None

    return main


def _explicit_params() -> frozenset:
    """Names of the parameters given on the command line (they beat the config)."""
    import click
    from click.core import ParameterSource

    ctx = click.get_current_context()
    return frozenset(name for name in ctx.params
                     if ctx.get_parameter_source(name) not in
                     (ParameterSource.DEFAULT, ParameterSource.DEFAULT_MAP, None))



#: flags the quick path understands, and the click parameter each sets
_QUICK_FLAGS = {"--fmt": "fmt", "--ast": "show_ast", "--fast": "fast", "--strict": "strict",
                "--explain": "explain", "-q": "quiet", "--quiet": "quiet",
                "--no-config": "no_config", "--no-cache": "no_cache", "-w": "write",
                "--no-respect-gitignore": "no_respect_gitignore",
                "--write": "write", "--check": "check", "--diff": "diff", "-v": "verbose",
                "--verbose": "verbose"}
_QUICK_VALUES = {"--stdin-filename": "stdin_filename", "--indent": "indent",
                 "--operator-position": "operator_position", "--runtime": "runtime",
                 "-j": "jobs", "--jobs": "jobs"}


def _quick_args(argv: List[str]) -> Optional[dict]:
    """The command line as ``main``'s parameters when it uses only the common options
    (what editors, hooks and CI send: one input to stdout, or files and folders with
    --check/--write/--diff); None for anything else, which click then reads.  A
    combination that cannot run is handed to click too (``run``), which reports it."""
    params = {"files": (), "fmt": False, "show_ast": False, "write": False, "check": False,
              "diff": False, "runtime": None, "explain": False, "strict": False,
              "fast": False, "indent": "4", "operator_position": "start",
              "stdin_filename": None, "jobs": 0, "quiet": False, "verbose": False,
              "no_config": False, "no_cache": False, "no_respect_gitignore": False}
    given = set()
    files: List[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in _QUICK_FLAGS:
            params[_QUICK_FLAGS[arg]] = True
            given.add(_QUICK_FLAGS[arg])
        elif arg.split("=", 1)[0] in _QUICK_VALUES:
            name, eq, value = arg.partition("=")
            if not eq:
                if i + 1 >= len(argv):
                    return None
                i += 1
                value = argv[i]
            key = _QUICK_VALUES[name]
            if key in given or (key == "operator_position" and value not in ("start", "end")):
                return None
            if key == "jobs":
                if not (value.isdigit() and int(value) <= 256):
                    return None
                value = int(value)
            params[key] = value
            given.add(key)
        elif arg == "-" or not arg.startswith("-"):
            files.append(arg)
        else:
            return None
        i += 1
    if params["fmt"] and params["show_ast"]:
        return None
    if not (params["indent"] in ("tab", "tabs") or
            (params["indent"].isdigit() and 0 < int(params["indent"]) <= 16)):
        return None
    params["files"] = tuple(files)
    params["explicit"] = frozenset(given)
    return params


def __getattr__(name):
    if name == "main":
        command = _build_click_command()
        globals()["main"] = command
        return command
    raise AttributeError(name)


def run() -> None:
    """The ``dtranspile`` console script and ``python -m transpiler``."""
    params = None if os.environ.get("DTRANSPILE_NO_QUICK") else _quick_args(sys.argv[1:])
    if params is None:
        _build_click_command()(prog_name="dtranspile")
        return
    jobs, quiet, explicit = params.pop("jobs"), params["quiet"], params.pop("explicit")
    files = params.pop("files")
    try:
        opts = _options(files, explicit=explicit, **params)
        _execute(opts, files, jobs, quiet)  # refuses a bad combination before any work
    except _Usage:
        _build_click_command()(prog_name="dtranspile")  # says what is wrong, exit 2


if __name__ == "__main__":  # pragma: no cover
    run()
