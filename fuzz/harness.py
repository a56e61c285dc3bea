"""Mutation fuzzer: real Dockerfiles, mutated, driven through parse, format and transpile.

Every input is derived from ``(seed, index)`` alone (``random.Random(f"{seed}:{index}")``),
so any input a run reports can be regenerated exactly with ``make_input(corpus, seed,
index)``.  Mutations: bit flips, byte inserts and deletes, line shuffles, duplications
and deletions, truncation, windows of lines, splices of two files, random ``# escape=``
directives (any character, both real ones), heredoc markers and terminators, CRLF/LF
changes and continuation characters.

The only allowed outcomes for an input are:

- ``ParseError`` with a position inside the input (line >= 1, column >= 1) and a message;
- a result: ``unparse(parse(x)) == x`` (lossless), ``format`` returns text (it runs its own
  equivalence and idempotence checks, so a ``SafetyError`` is a failure: the formatter
  produced something wrong and the check caught it), ``transpile`` returns text that
  parses, and when it rewrote the file, transpiling its output again changes nothing.

Anything else (another exception, a lost byte, a slow input) is a failure, recorded once
per distinct signature.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import signal
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional, Sequence

import transpiler
from transpiler.formatting import api as formatter
from transpiler.tree.errors import ParseError, SafetyError
from transpiler.cli.files import decode

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"

#: an input taking longer than this (seconds) is a failure ("slow")
SLOW_SECONDS = 5.0

INTERESTING_BYTES = [b"\\", b"`", b"\n", b"\r\n", b"\r", b"\t", b" ", b"\"", b"'", b"[", b"]",
                     b",", b"$", b"{", b"}", b"#", b"=", b"-", b"--", b"<<", b"<<-", b"&&",
                     b"\xc3\xa9", b"\xe2\x80\x8b", b"\xef\xbb\xbf", b"\x0b", b"\x0c", b":"]
KEYWORDS = [b"FROM", b"RUN", b"CMD", b"LABEL", b"MAINTAINER", b"EXPOSE", b"ENV", b"ADD",
            b"COPY", b"ENTRYPOINT", b"VOLUME", b"USER", b"WORKDIR", b"ARG", b"ONBUILD",
            b"STOPSIGNAL", b"HEALTHCHECK", b"SHELL", b"ONBUILD RUN", b"HEALTHCHECK CMD",
            b"FROM golang:1.22 AS build", b"RUN go build -o /app .", b"ENTRYPOINT [\"/app\"]",
            b"HEALTHCHECK NONE", b"RUN --mount=type=cache,target=/root/.cache", b"COPY --from=0",
            b"COPY --chown=1:1 --link", b"ADD --keep-git-dir=true", b"RUN --network=none"]
MARKERS = [b"EOF", b"E", b"\"EOF\"", b"'EOF'", b"-EOF", b"END", b"eof", b"\"E F\"", b"'x",
           b"EOF\\", b"0", b"$EOF", b"\"\"", b"-"]
DIRECTIVES = [b"# syntax=docker/dockerfile:1", b"# check=skip=all", b"#escape=\\",
              b"# escape=`", b"# escape = `", b"#ESCAPE=`", b"# escape=x", b"# escape=",
              b"# escape=``", b"# directive=x", b"# syntax = a", b"#syntax=b"]


def load_corpus(limit: Optional[int] = None) -> List[bytes]:
    """Corpus files as bytes; Go files (the transpiler's targets) listed twice."""
    folder = CORPUS / "shipwright"
    files = sorted(folder.glob("*"))
    if limit:
        files = files[:limit]
    out = [p.read_bytes() for p in files]
    eco = CORPUS / "ECOSYSTEMS.tsv"
    if eco.exists():
        for line in eco.read_text().splitlines()[1:]:
            kind, _, rel = line.partition("\t")
            if kind == "go" and (CORPUS / rel).exists():
                out.append((CORPUS / rel).read_bytes())
    return out


# ----------------------------------------------------------------------- mutations

def _lines(data: bytes) -> List[bytes]:
    return data.splitlines(keepends=True) or [b""]


def _pos(rng: random.Random, data: bytes) -> int:
    return rng.randint(0, len(data))


def m_bitflip(rng, data, corpus):
    if not data:
        return data
    i = rng.randrange(len(data))
    bit = rng.randrange(7) if rng.random() < 0.9 else 7  # mostly stay ASCII/valid UTF-8
    return data[:i] + bytes([data[i] ^ (1 << bit)]) + data[i + 1:]


def m_insert(rng, data, corpus):
    i = _pos(rng, data)
    what = rng.choice(INTERESTING_BYTES) * rng.choice((1, 1, 1, 2, 3))
    return data[:i] + what + data[i:]


def m_delete(rng, data, corpus):
    if not data:
        return data
    i = rng.randrange(len(data))
    return data[:i] + data[i + rng.randint(1, 16):]


def m_shuffle_lines(rng, data, corpus):
    lines = _lines(data)
    if len(lines) > 1:
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    return b"".join(lines)


def m_duplicate_line(rng, data, corpus):
    lines = _lines(data)
    i = rng.randrange(len(lines))
    lines.insert(rng.randrange(len(lines) + 1), lines[i])
    return b"".join(lines)


def m_delete_line(rng, data, corpus):
    lines = _lines(data)
    del lines[rng.randrange(len(lines))]
    return b"".join(lines)


def m_truncate(rng, data, corpus):
    return data[:_pos(rng, data)]


def m_window(rng, data, corpus):
    lines = _lines(data)
    start = rng.randrange(len(lines))
    return b"".join(lines[start:start + rng.randint(1, 12)])


def m_splice(rng, data, corpus):
    other = rng.choice(corpus)
    return data[:_pos(rng, data)] + other[_pos(rng, other):][:2000]


def m_escape(rng, data, corpus):
    ch = rng.choice([b"`", b"`", b"\\", b"\\", bytes([rng.randrange(33, 127)])])
    head = rng.choice([b"# escape=", b"#escape=", b"# ESCAPE = ", b"#  escape=  "])
    line = head + ch + b"\n"
    if rng.random() < 0.7:
        return line + data
    lines = _lines(data)
    lines.insert(rng.randrange(min(len(lines), 4) + 1), line)
    return b"".join(lines)


def m_swap_escape_chars(rng, data, corpus):
    """Backslash continuations become backticks (or the reverse)."""
    if rng.random() < 0.5:
        return b"# escape=`\n" + data.replace(b"\\\n", b"`\n").replace(b"\\\r\n", b"`\r\n")
    return data.replace(b"\\", b"`")


def m_heredoc(rng, data, corpus):
    lines = _lines(data)
    i = rng.randrange(len(lines) + 1)
    marker = rng.choice(MARKERS)
    name = marker.strip(b"\"'-\\$") or b"EOF"
    opener = rng.choice([b"RUN ", b"COPY ", b"RUN cat ", b"COPY --chmod=755 ", b"RUN 3", b""])
    start = opener + b"<<" + marker + rng.choice([b"\n", b" /x\n", b" <<B\n", b"\\\n", b" && \\\n"])
    body = [b"body line\n", b"  indented \\\n", b"\t" + name + b"\n", b"$VAR\n"][:rng.randint(0, 4)]
    end = [name + b"\n"] if rng.random() < 0.8 else []
    lines[i:i] = [start] + body + end
    return b"".join(lines)


def m_keyword(rng, data, corpus):
    lines = _lines(data)
    i = rng.randrange(len(lines) + 1)
    kw = rng.choice(KEYWORDS)
    if rng.random() < 0.3:
        kw = kw.lower()
    rest = rng.choice([b"", b" ", b" x", b" [\"a\", \"b\"]", b" [\"a\"", b" [", b" a=b c=\"d e\"",
                       b" \\\n", b" --flag", b" --=", b" a \\\n  # c\n  b"])
    lines.insert(i, kw + rest + b"\n")
    return b"".join(lines)


def m_directive(rng, data, corpus):
    return rng.choice(DIRECTIVES) + rng.choice([b"\n", b"\r\n"]) + data


def m_eol(rng, data, corpus):
    choice = rng.randrange(3)
    if choice == 0:
        return data.replace(b"\n", b"\r\n")
    if choice == 1:
        return data.replace(b"\r\n", b"\n")
    lines = _lines(data)  # mixed: a few lines CRLF
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(lines))
        if lines[i].endswith(b"\n") and not lines[i].endswith(b"\r\n"):
            lines[i] = lines[i][:-1] + b"\r\n"
    return b"".join(lines)


def m_continuation(rng, data, corpus):
    lines = _lines(data)
    i = rng.randrange(len(lines))
    line = lines[i].rstrip(b"\r\n")
    tail = rng.choice([b" \\", b"\\", b" \\ ", b" `", b"\\\\", b" \\\t"])
    eol = lines[i][len(line):] or b"\n"
    lines[i] = line + tail + eol
    if rng.random() < 0.3:
        lines.insert(i + 1, rng.choice([b"\n", b"# comment\n", b"   \n", b"  && x\n"]))
    return b"".join(lines)


MUTATORS = [m_bitflip, m_insert, m_delete, m_shuffle_lines, m_duplicate_line, m_delete_line,
            m_truncate, m_window, m_window, m_splice, m_escape, m_swap_escape_chars, m_heredoc,
            m_heredoc, m_keyword, m_directive, m_eol, m_continuation, m_continuation]


def make_input(corpus: Sequence[bytes], seed: int, index: int) -> bytes:
    rng = random.Random(f"{seed}:{index}")
    data = rng.choice(corpus)
    if len(data) > 3000 and rng.random() < 0.7:  # keep inputs small: windows of big files
        data = m_window(rng, data, corpus) if rng.random() < 0.5 else data[:3000]
    for _ in range(rng.choice((1, 1, 2, 2, 3, 4, 6))):
        data = rng.choice(MUTATORS)(rng, data, corpus)
    return data


# ----------------------------------------------------------------------- checking

@dataclass
class Failure:
    kind: str       # exception type or a property name
    message: str
    where: str      # innermost frame inside transpiler/, if any
    stage: str      # parse | unparse | format | transpile | transpile-again

    @property
    def signature(self) -> str:
        msg = re.sub(r"\d+", "N", self.message)[:120]
        return f"{self.stage}|{self.kind}|{self.where}|{msg}"


class _Slow(Exception):
    pass


def _where(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    inside = [f for f in frames if "transpiler" in f.filename.replace("\\", "/")]
    frame = (inside or frames or [None])[-1]
    if frame is None:
        return "?"
    return f"{os.path.basename(frame.filename)}:{frame.lineno}"


def _positioned(exc: ParseError, text: str) -> bool:
    return bool(exc.message) and exc.line >= 1 and exc.column >= 1 and \
        exc.line <= text.count("\n") + 2


REJECTED = "rejected"  # an allowed outcome: a positioned ParseError


def check_text(text: str):
    """None when ``text`` meets the contract (REJECTED when that was by a positioned
    ParseError); otherwise the first ``Failure``."""
    stage = "parse"
    try:
        try:
            tree = transpiler.parse(text)
        except ParseError as exc:
            if not _positioned(exc, text):
                return Failure("unpositioned ParseError", f"{exc.line}:{exc.column}: {exc.message}",
                               _where(exc), stage)
            return REJECTED
        stage = "unparse"
        if transpiler.unparse(tree) != text:
            return Failure("lossy", "unparse(parse(x)) != x", "", stage)
        stage = "format"
        try:
            formatted = transpiler.format(text)
        except SafetyError as exc:
            return Failure("SafetyError", exc.message, _where(exc), stage)
        stage = "transpile"
        # transpile formats its input again when it declines: reuse the result just
        # checked (same function, same text), which makes fuzzing ~1.4x faster
        real = formatter.format

        def remembered(t, **kw):
            return formatted if t == text and not kw else real(t, **kw)

        formatter.format = remembered
        try:
            result = transpiler.transpile(text)
        finally:
            formatter.format = real
        stage = "transpile-output-parses"
        transpiler.parse(result.output)
        if result.changed and not result.report.declined:
            stage = "transpile-again"
            again = transpiler.transpile(result.output)
            if again.output != result.output:
                return Failure("unstable", "transpile(transpile(x)) != transpile(x)", "", stage)
        return None
    except _Slow:
        raise
    except RecursionError as exc:
        return Failure("RecursionError", str(exc), _where(exc), stage)
    except Exception as exc:  # noqa: BLE001 - that is what we are looking for
        return Failure(type(exc).__name__, str(exc), _where(exc), stage)


def check_bytes(data: bytes):
    try:
        text = decode(data)
    except ParseError as exc:
        if exc.line >= 1 and exc.column >= 1 and exc.message:
            return REJECTED
        return Failure("unpositioned decode error", exc.message, _where(exc), "decode")
    return check_text(text)


def _on_alarm(signum, frame):
    raise _Slow()


def _on_term(signum, frame):
    raise KeyboardInterrupt()


def threading_main() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def run(seed: int, count: int, out_dir: Path, corpus: Optional[Sequence[bytes]] = None,
        start: int = 0, progress_every: int = 5000, time_limit: Optional[float] = None) -> dict:
    """Fuzz inputs ``start .. start+count`` of ``seed``; failures go to ``out_dir``.
    Returns the statistics (also written to ``out_dir/stats-<seed>.json``)."""
    corpus = corpus if corpus is not None else load_corpus()

    def one(index):
        data = make_input(corpus, seed, index)

        def save(failure: Failure) -> None:
            name = f"{seed}-{index}-{hashlib.sha1(data).hexdigest()[:12]}.Dockerfile"
            (out_dir / name).write_bytes(data)
            with open(out_dir / f"failures-{seed}.jsonl", "a") as fh:
                fh.write(json.dumps({"seed": seed, "index": index,
                                     "signature": failure.signature,
                                     "message": failure.message[:500], "file": name}) + "\n")

        return (lambda: check_bytes(data)), save

    stats = {"seed": seed, "start": start}
    return drive(range(start, start + count), one, stats, out_dir / f"stats-{seed}.json",
                 progress_every, time_limit)


def drive(indices, one, stats: dict, stats_file: Path, progress_every: int,
          time_limit: Optional[float]) -> dict:
    """The loop every fuzzing mode shares: ``one(index)`` gives ``(check, save)``;
    ``check()`` runs under the SLOW_SECONDS alarm and returns None, REJECTED or a
    ``Failure``; ``save(failure)`` keeps the input of each distinct signature.
    SIGTERM/SIGINT end the loop with the exact count written to ``stats_file``."""
    stats_file.parent.mkdir(parents=True, exist_ok=True)
    seen = {}
    stats.update({"inputs": 0, "parse_errors": 0, "failures": 0, "distinct": 0,
                  "slowest_seconds": 0.0, "slowest_index": None, "seconds": 0.0})
    use_alarm = hasattr(signal, "SIGALRM")
    if use_alarm:
        old = signal.signal(signal.SIGALRM, _on_alarm)
    if hasattr(signal, "SIGTERM") and threading_main():
        # a stopped run still writes its exact count (a background job ignores SIGINT)
        old_term = signal.signal(signal.SIGTERM, _on_term), signal.signal(signal.SIGINT, _on_term)
    else:
        old_term = None
    t0 = time.perf_counter()
    try:
        for index in indices:
            check, save = one(index)
            began = time.perf_counter()
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, SLOW_SECONDS)
            try:
                failure = check()
            except _Slow:
                failure = Failure("slow", f"over {SLOW_SECONDS}s", "", "any")
            except KeyboardInterrupt:
                break
            finally:
                if use_alarm:
                    signal.setitimer(signal.ITIMER_REAL, 0)
            took = round(time.perf_counter() - began, 3)
            if took > stats["slowest_seconds"]:
                stats["slowest_seconds"], stats["slowest_index"] = took, index
            stats["inputs"] += 1
            if failure is REJECTED:
                stats["parse_errors"] += 1
            elif failure is not None:
                stats["failures"] += 1
                if failure.signature not in seen:
                    seen[failure.signature] = index
                    save(failure)
            if progress_every and stats["inputs"] % progress_every == 0:
                stats["seconds"] = round(time.perf_counter() - t0, 1)
                stats["distinct"] = len(seen)
                stats_file.write_text(json.dumps(stats))
            if time_limit is not None and time.perf_counter() - t0 > time_limit:
                break
    finally:
        if use_alarm:
            signal.signal(signal.SIGALRM, old)
        if old_term is not None:
            signal.signal(signal.SIGTERM, old_term[0])
            signal.signal(signal.SIGINT, old_term[1])
        stats["seconds"] = round(time.perf_counter() - t0, 1)
        stats["distinct"] = len(seen)
        stats["signatures"] = sorted(seen)
        stats_file.write_text(json.dumps(stats))
    return stats
