"""Build-context fuzzer: the files around the Dockerfile, not its text.

``transpile(text, context=DIR)`` reads project files (go.mod, package.json, pom.xml,
Cargo.toml) from a folder a stranger may have filled.  Each input here is a Dockerfile
whose recipe reads such files (the transpile cases that come with a context, and every
other transpile case, sometimes mutated with the text fuzzer's mutators) and a build
context made, file by file, of one of these kinds: absent, the real file, its content
mutated or made hostile (nesting a million deep, an XML entity bomb, NUL bytes, invalid
UTF-8, one huge line), an empty file, a sparse file just under, at and over the 1 MB
cap or of 100 MB, a FIFO, a socket, a directory, a character device (when mknod is
allowed), and symbolic links to /dev/zero, /dev/urandom, a FIFO, a file outside the
context, a dangling target, a loop, or the context's parent; some files sit in a
subfolder that is a folder, or a link to one inside the context, outside it, or to
itself.  As with the text fuzzer, an input is a pure function of ``(seed, index)``.

The only allowed outcomes, checked per input:

- ``transpile`` returns within ``SLOW_SECONDS`` (5 s) without an exception (a
  positioned ``ParseError`` when mutation broke the Dockerfile is fine);
- its output parses, and a rewrite transpiles to itself again (same context);
- every file it refused (named in a warning) is one of the unsafe kinds, and the output
  is the output with every file of an unsafe kind removed ("read as if absent"), except
  the kinds that are unsafe only by their size (``SIZE_KINDS``): such a file is refused
  for reading, but it is still a regular file of the context, which ``COPY .`` carries,
  so the runner's copy of the context (issue 18) rightly counts it as present;
- nothing in the context changed (names, kinds, sizes, modification times).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import shutil
import socket
import stat
import tempfile
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import transpiler
from transpiler import safe_files
from transpiler.tree.errors import ParseError

from . import harness

CASES = Path(__file__).resolve().parent.parent / "tests" / "cases" / "transpile"
PROJECT_FILES = ("go.mod", "package.json", "pom.xml", "Cargo.toml")
CAP = safe_files.PROJECT_FILE_LIMIT

#: kinds of a project file, with weights: the safe ones are read, the others refused
SAFE_KINDS = ("real", "mutated", "hostile", "empty", "sparse-under", "sparse-at")
UNSAFE_KINDS = ("over-cap", "via-link-out", "sparse-over", "sparse-100mb", "fifo", "socket", "directory", "chardev",
                "link-dev-zero", "link-urandom", "link-fifo", "link-outside", "link-dangling",
                "link-loop", "link-parent")
#: unsafe to read only because of their size: kept in the "as if absent" twin
SIZE_KINDS = ("over-cap", "sparse-over", "sparse-100mb")
KIND_WEIGHTS = {"absent": 3, "real": 3, "mutated": 4, "hostile": 3, "empty": 1,
                "sparse-under": 1, "sparse-at": 1,
                **{k: 1 for k in UNSAFE_KINDS if k not in ("over-cap", "via-link-out")}}

_WARNING = re.compile(r"^build context: (.+?) (is |leads to |did not )")


def load_cases() -> Tuple[List[Tuple[str, bytes]], Dict[str, bytes]]:
    """(Dockerfiles as (name, bytes), real project files by name) from the transpile
    cases; the cases that come with a context are listed four times."""
    texts, real = [], {}
    for path in sorted(CASES.glob("*.Dockerfile")):
        context = path.with_suffix(".context")
        weight = 4 if context.is_dir() else 1
        texts += [(path.stem, path.read_bytes())] * weight
        if context.is_dir():
            for name in PROJECT_FILES:
                if (context / name).is_file():
                    real[name] = (context / name).read_bytes()
    texts += SUBFOLDER_TEXTS * 4
    return texts, real


def hostile_content(rng: random.Random, name: str) -> bytes:
    depth = rng.choice((1000, 100_000, 400_000))
    if name == "package.json":
        return rng.choice([b"[" * depth, b'{"a":' * depth, b'{"scripts": {"start": "' +
                           b"x" * (CAP - 40) + b'"}}'])
    if name == "Cargo.toml":
        return rng.choice([b"a = " + b"[" * depth, b"a = " + b"{b = " * depth,
                           b"[package]\nname = \"" + b"\\u0041" * 50_000 + b"\"\n"])
    if name == "pom.xml":
        bomb = b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa">' + b"".join(
            b"<!ENTITY " + bytes([98 + i]) + b' "' + (b"&" + bytes([97 + i]) + b";") * 10 + b'">'
            for i in range(9)) + b"]><project><artifactId>&j;</artifactId></project>"
        external = (b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                    b"<project><artifactId>&x;</artifactId><version>1</version></project>")
        return rng.choice([bomb, external, b"<a>" * (depth // 10) + b"</a>" * (depth // 10)])
    return rng.choice([b"module " + b"a/" * (CAP // 3), b"module x\n" + b"\x00" * 1000,
                       b"module \xff\xfe\n", b"module " + b"\\" * 100_000])


def mutate_content(rng: random.Random, data: bytes, real: Dict[str, bytes]) -> bytes:
    others = list(real.values())
    for _ in range(rng.randint(1, 4)):
        data = rng.choice([harness.m_bitflip, harness.m_insert, harness.m_delete,
                           harness.m_truncate, harness.m_splice, harness.m_duplicate_line,
                           harness.m_shuffle_lines])(rng, data, others)
    return data


#: Dockerfiles whose recipes read the project file from a subfolder of the context
SUBFOLDER_TEXTS = [
    ("go-subfolder", b'FROM golang:1.22-bookworm\nWORKDIR /src/cmd/api\nCOPY . /src\n'
                     b'RUN go build\nEXPOSE 8080\nCMD ["./api"]\n'),
    ("node-subfolder", b'FROM node:20-bookworm\nWORKDIR /srv/app\nCOPY . /srv\n'
                       b'RUN npm ci && npm run build\nEXPOSE 3000\nCMD ["npm", "start"]\n'),
]
#: what the subfolder holding some of the files is: a folder, or a link (to a folder
#: inside the context, outside it, or to itself)
FOLDER_KINDS = ("real", "real", "link-inside", "link-outside", "link-loop")


def make_input(texts, real, seed: int, index: int):
    """(Dockerfile bytes, {relative path: (kind, content or None)}, (subfolder, its
    kind))."""
    rng = random.Random(f"context:{seed}:{index}")
    _, text = rng.choice(texts)
    if rng.random() < 0.25:
        corpus = [t for _, t in texts]
        for _ in range(rng.randint(1, 2)):
            text = rng.choice(harness.MUTATORS)(rng, text, corpus)
    folder = rng.choice(["", "", "", "app", "cmd/api"])
    folder_kind = rng.choice(FOLDER_KINDS)
    kinds = list(KIND_WEIGHTS)
    weights = [KIND_WEIGHTS[k] for k in kinds]
    files = {}
    for name in PROJECT_FILES:
        kind = rng.choices(kinds, weights)[0]
        base = real.get(name, b"")
        content = None
        if kind == "real":
            content = base
        elif kind == "mutated":
            content = mutate_content(rng, base, real)
        elif kind == "hostile":
            content = hostile_content(rng, name)
        rel = name if not folder or rng.random() < 0.7 else f"{folder}/{name}"
        files[rel] = (kind, content)
    return text, files, (folder, folder_kind)


def _make_folder(root: Path, outside: Path, folder: str, kind: str) -> None:
    top = root / folder.split("/")[0]
    if kind == "link-inside":
        (root / "real-folder").mkdir()
        os.symlink("real-folder", top)
    elif kind == "link-outside":
        (outside / "folder").mkdir()
        os.symlink(outside / "folder", top)
    elif kind == "link-loop":
        os.symlink(top, top)
        return
    (root / folder).mkdir(parents=True, exist_ok=True)


def build(root: Path, outside: Path, files, layout=("", "real")) -> Dict[str, str]:
    """Make the context under ``root``; the kind each file really got (a character
    device becomes "absent" where mknod is not permitted, a file in a looping folder
    "absent", any file in a folder linked outside "via-link-out")."""
    folder, folder_kind = layout
    if folder:
        _make_folder(root, outside, folder, folder_kind)
    made = {}
    for rel, (kind, content) in files.items():
        path = root / rel
        in_folder = bool(folder) and rel.startswith(folder + "/")
        made[rel] = kind
        if kind == "absent" or (in_folder and folder_kind == "link-loop"):
            made[rel] = "absent"
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if in_folder and folder_kind == "link-outside":
            made[rel] = "via-link-out"
        if content is not None:
            path.write_bytes(content)
            if len(content) > CAP and made[rel] != "via-link-out":
                made[rel] = "over-cap"
        elif kind == "empty":
            path.write_bytes(b"")
        elif kind.startswith("sparse"):
            size = {"sparse-under": CAP - 1, "sparse-at": CAP, "sparse-over": CAP + 1,
                    "sparse-100mb": 100 << 20}[kind]
            with open(path, "wb") as fh:
                fh.write(b"module example.com/sparse\n")
                fh.truncate(size)
        elif kind == "fifo":
            os.mkfifo(path)
        elif kind == "socket":
            sock = socket.socket(socket.AF_UNIX)
            try:
                sock.bind(str(path))
            except OSError:  # path too long for a socket address
                made[rel] = "absent"
            finally:
                sock.close()
        elif kind == "directory":
            path.mkdir()
        elif kind == "chardev":
            try:
                os.mknod(path, 0o644 | stat.S_IFCHR, os.makedev(1, 5))  # /dev/zero's
            except (OSError, AttributeError):
                made[rel] = "absent"
        elif kind == "link-dev-zero":
            os.symlink("/dev/zero", path)
        elif kind == "link-urandom":
            os.symlink("/dev/urandom", path)
        elif kind == "link-fifo":
            fifo = outside / f"fifo-{len(made)}"
            os.mkfifo(fifo)
            os.symlink(fifo, path)
        elif kind == "link-outside":
            target = outside / f"secret-{len(made)}"
            target.write_bytes(b"module example.com/secret\n")
            os.symlink(target, path)
        elif kind == "link-dangling":
            os.symlink(root / "no-such-file", path)
        elif kind == "link-loop":
            os.symlink(path, path)
        elif kind == "link-parent":
            os.symlink("..", path)
    return made


def snapshot(root: Path) -> List[tuple]:
    """What must not change: every entry's name, kind, size and modification time."""
    out = []
    for folder, dirs, names in os.walk(root):
        for name in sorted(dirs + names):
            st = os.lstat(os.path.join(folder, name))
            out.append((os.path.relpath(os.path.join(folder, name), root),
                        stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime_ns))
    return sorted(out)


def check(text: bytes, root: Path, made: Dict[str, str]):
    """None (or harness.REJECTED) when the contract holds; else a ``harness.Failure``."""
    stage = "decode"
    try:
        try:
            source = harness.decode(text)
            stage = "transpile"
            before = snapshot(root)
            result = transpiler.transpile(source, context=root)
        except ParseError as exc:
            return harness.REJECTED if exc.line >= 1 and exc.column >= 1 else \
                harness.Failure("unpositioned ParseError", exc.message, harness._where(exc), stage)
        stage = "context-unchanged"
        if snapshot(root) != before:
            return harness.Failure("context changed", "transpile wrote to the build context",
                                   "", stage)
        stage = "output-parses"
        transpiler.parse(result.output)
        if result.changed and not result.report.declined:
            stage = "transpile-again"
            if transpiler.transpile(result.output, context=root).output != result.output:
                return harness.Failure("unstable", "transpile(transpile(x)) != transpile(x)",
                                       "", stage)
        stage = "warnings"
        refused = []
        for warning in result.report.warnings:
            m = _WARNING.match(warning)
            if m:
                refused.append(m.group(1))
        for rel in refused:
            if made.get(rel) not in UNSAFE_KINDS:
                return harness.Failure("refused a safe file",
                                       f"{rel} ({made.get(rel)}) refused", "", stage)
        stage = "as-if-absent"
        unsafe = sorted(rel for rel, kind in made.items()
                        if kind in UNSAFE_KINDS and kind not in SIZE_KINDS)
        for rel in unsafe:
            path = root / rel
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
        without = transpiler.transpile(source, context=root)
        if without.output != result.output:
            return harness.Failure("unsafe file not read as absent",
                                   f"output differs once {unsafe} are removed", "", stage)
        return None
    except harness._Slow:
        raise
    except Exception as exc:  # noqa: BLE001 - that is what we are looking for
        return harness.Failure(type(exc).__name__, str(exc)[:300], harness._where(exc), stage)


def run(seed: int, count: int, out_dir: Path, start: int = 0, progress_every: int = 2000,
        time_limit: Optional[float] = None) -> dict:
    """Fuzz inputs ``start .. start+count`` of ``seed``; each distinct failure is saved
    in ``out_dir`` as JSON (Dockerfile, the context's file kinds, seed and index)."""
    texts, real = load_cases()
    stats = {"mode": "context", "seed": seed, "start": start, "refused_files": 0}
    scratch = Path(tempfile.mkdtemp(prefix="dtranspile-fuzz-context-"))
    root, outside = scratch / "context", scratch / "outside"

    def one(index):
        text, files, layout = make_input(texts, real, seed, index)
        for folder in (root, outside):
            if folder.exists():
                shutil.rmtree(folder)
            folder.mkdir()
        made = build(root, outside, files, layout)
        stats["refused_files"] += sum(k in UNSAFE_KINDS for k in made.values())

        def save(failure: harness.Failure) -> None:
            record = {"seed": seed, "index": index, "signature": failure.signature,
                      "message": failure.message, "files": made,
                      "dockerfile": text.decode("utf-8", "replace")}
            name = f"context-{seed}-{index}-{hashlib.sha1(text).hexdigest()[:12]}.json"
            (out_dir / name).write_text(json.dumps(record, indent=1))

        return (lambda: check(text, root, made)), save

    try:
        return harness.drive(range(start, start + count), one, stats,
                             out_dir / f"stats-context-{seed}.json", progress_every, time_limit)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def repro(seed: int, index: int) -> Tuple[bytes, dict, object]:
    """Rebuild one input in a fresh folder and check it: (Dockerfile, kinds, outcome)."""
    texts, real = load_cases()
    text, files, layout = make_input(texts, real, seed, index)
    with tempfile.TemporaryDirectory() as scratch:
        root, outside = Path(scratch) / "context", Path(scratch) / "outside"
        root.mkdir()
        outside.mkdir()
        made = build(root, outside, files, layout)
        return text, made, check(text, root, made)


__all__: Sequence[str] = ("run", "repro", "make_input", "build", "check")
