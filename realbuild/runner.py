"""Build the original and the transpiled Dockerfile of a case from the same context, run
both, compare behaviour, record image sizes."""

from __future__ import annotations

import fcntl
import json
import os
import re
import socket
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Callable, List, Optional, Tuple

from . import images
from . import reuse as reuse_mod
from .cases import Case, build_context
from .env import ROOT, WORK, CommandError, append_log, process_lock, run

RUN_TIMEOUT = 60  # seconds for a CLI run
PROBE_TIMEOUT = 30  # seconds for a server to answer on 127.0.0.1

# what Debian's buildah 1.28 cannot build: not a transpiler failure when a rewrite uses it
_HEREDOC = re.compile(r"^\s*(RUN|COPY|ADD)\b[^\n]*(?<!<)<<(?!<)-?\s*[\"']?[A-Za-z_]", re.I | re.M)
_COPY_LINK = re.compile(r"^\s*(COPY|ADD)\b[^\n]*--link\b", re.I | re.M)


@dataclass
class Outcome:
    """What one image did: stdout + exit code (CLI) or HTTP answers (server)."""
    exit_code: Optional[int] = None
    stdout: str = ""
    stderr: str = ""
    http: dict = field(default_factory=dict)  # path -> [status, body]

    def behaviour(self):
        return (self.exit_code, self.stdout) if not self.http else self.http


@dataclass
class Result:
    case: str
    ecosystem: str
    runtime: Optional[str]
    status: str = "pending"  # same | differs | declined | build-failed | transpiled-build-failed |
    #                          unsupported-by-buildah | no-local-image | error
    detail: str = ""
    runner: str = ""
    original_size: Optional[int] = None
    transpiled_size: Optional[int] = None
    original: Optional[Outcome] = None
    transpiled: Optional[Outcome] = None
    transpiled_dockerfile: str = ""
    declined_reason: str = ""
    seconds: float = 0.0
    needs: List[str] = field(default_factory=list)
    known_failure: str = ""
    reused: List[str] = field(default_factory=list)  # sides not built: their record stood

    @property
    def same(self) -> Optional[bool]:
        if self.original is None or self.transpiled is None:
            return None
        return self.original.behaviour() == self.transpiled.behaviour()

    @property
    def ratio(self) -> Optional[float]:
        if self.original_size and self.transpiled_size:
            return self.transpiled_size / self.original_size
        return None

    @classmethod
    def from_json(cls, data: dict) -> "Result":
        """A result as run_case wrote it to work/<case>/result.json."""
        known = {f for f in cls.__dataclass_fields__}
        res = cls(**{k: v for k, v in data.items() if k in known})
        for side in ("original", "transpiled"):
            if isinstance(data.get(side), dict):
                setattr(res, side, Outcome(**data[side]))
        return res

    def to_json(self) -> dict:
        d = asdict(self)
        d["same"], d["ratio"] = self.same, self.ratio
        return d


def from_images(dockerfile_text: str) -> List[str]:
    """Base images named in FROM lines, minus stages and scratch; a reference through a
    global ARG (``ARG BASE=x`` before the first FROM, then ``FROM $BASE``) is taken with
    the ARG's default, as a build without --build-arg resolves it."""
    stages, refs, args, seen_from = set(), [], {}, False
    for line in dockerfile_text.splitlines():
        arg = re.match(r"\s*ARG\s+([A-Za-z_][A-Za-z0-9_]*)=(\S+)\s*$", line, re.I)
        if arg and not seen_from:
            args[arg.group(1)] = arg.group(2).strip("\"'")
            continue
        m = re.match(r"\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?", line, re.I)
        if not m:
            continue
        seen_from = True
        ref = re.sub(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?",
                     lambda v: args.get(v.group(1), v.group(0)), m.group(1))
        if ref.lower() not in stages and ref != "scratch":
            refs.append(ref)
        if m.group(2):
            stages.add(m.group(2).lower())
    return refs


def ensure_images(refs: List[str], log: Path) -> Optional[str]:
    """Make the local images ``refs`` need; the first one that cannot be made, or None."""
    for ref in refs:
        key = images.key_of(ref)
        if key is None:
            return ref
        images.ensure(key, log)
    return None


def build_args(case: Case) -> List[str]:
    """buildah's arguments for a case other than the Dockerfile, tag and context (what a
    build record's digest covers, ``reuse.inputs_digest``)."""
    args = [a for k, v in case.build_args.items() for a in ("--build-arg", f"{k}={v}")]
    if (case.probe or {}).get("healthcheck"):
        args += ["--format", "docker"]  # the OCI format has no HEALTHCHECK: buildah drops it
    return args


# a RUN that mounts another stage's (or image's) files: buildah 1.28 keys the cached step
# by its text and parent alone, not by what the mount holds
_RUN_MOUNT_FROM = re.compile(reuse_mod.RUN_MOUNT_FROM, re.I | re.M)


def cache_flags(dockerfile_text: str) -> List[str]:
    """``--no-cache`` for a Dockerfile whose cached steps buildah cannot be trusted with
    (``build``); part of a build record's digest, so a record made with the cache
    does not stand for a build made without it."""
    return ["--no-cache"] if _RUN_MOUNT_FROM.search(dockerfile_text) else []


def build(case: Case, dockerfile: Path, tag: str, log: Path,
          context: Optional[Path] = None, iidfile: Optional[Path] = None) -> str:
    """Build ``dockerfile`` from ``context`` (``cases.build_context``; the case folder
    when not given); buildah's output.  ``iidfile``: where buildah writes the image's ID.

    A Dockerfile with ``RUN --mount=...,from=<stage>`` is built without buildah's cache:
    buildah 1.28 finds that step cached from any build whose steps before it were the
    same, whatever the mounted stage holds (BuildKit keys it by the mount's content too).
    Measured 2026-12-07: python-major-tag-requirements' rewrite (python:3-slim runner,
    the builder's site-packages copied through such a mount) got python-floating-tag's
    cached step, with python-dateutil and six instead of its own tabulate, and failed
    with ModuleNotFoundError; without the cache it builds and behaves the same."""
    extra = (["--iidfile", iidfile] if iidfile else []) + \
        cache_flags(Path(dockerfile).read_text())
    proc = run(["buildah", "bud", "--isolation", "chroot", "--pull=never", "--layers",
                *build_args(case), *extra, "-f", dockerfile, "-t", tag, context or case.path],
               nice=True, timeout=1800, log=log)
    return proc.stdout + proc.stderr


_BUILDAH_VERSION: List[str] = []


def buildah_version() -> str:
    """``buildah --version``, asked once per process (a build record is of one buildah)."""
    if not _BUILDAH_VERSION:
        _BUILDAH_VERSION.append(run(["buildah", "--version"]).stdout.strip())
    return _BUILDAH_VERSION[0]


@dataclass
class Side:
    """One side of a case to build: its Dockerfile and tag, and -- when its inputs can be
    digested -- the digest of a build record (``reuse``) and whether the record stands."""
    name: str  # "original" | "transpiled"
    dockerfile: Path
    tag: str
    digest: Optional[str] = None
    reuse: Optional[reuse_mod.Record] = None
    size: Optional[int] = None  # of the image the tag named before the build


def plan_sides(case: Case, sides: List[Side], context: Path, work: Path) -> None:
    """Digest each side's inputs and find the records that stand, with one ``podman image
    inspect`` of the tags and every base image (all present: ``ensure_images`` ran); the
    same command gives the sizes, so a case with no build to run needs no other."""
    texts = {s.name: s.dockerfile.read_text() for s in sides}
    bases = {s.name: from_images(texts[s.name]) for s in sides}
    refs = [s.tag for s in sides] + [images.qualify(r) for s in sides for r in bases[s.name]]
    proc = run(["podman", "image", "inspect", "--format",
                "{{.Id}} {{.Size}} {{json .RepoTags}}", *dict.fromkeys(refs)],
               check=False)  # a tag not made yet: non-zero exit
    ids, sizes = reuse_mod.listed(proc.stdout)
    context_digest = reuse_mod.context_digest(context)
    for side in sides:
        base_ids = [ids.get(images.tagged(images.qualify(r))) for r in bases[side.name]]
        if None in base_ids or reuse_mod.not_reusable(texts[side.name]):
            continue
        side.digest = reuse_mod.inputs_digest(
            texts[side.name], context_digest, build_args(case) + cache_flags(texts[side.name]),
            base_ids, buildah_version())
        record = reuse_mod.load(work, side.name)
        if reuse_mod.reusable(record, side.digest, ids.get(images.tagged(side.tag))):
            side.reuse, side.size = record, sizes.get(images.tagged(side.tag))


# ports handed to a server of this process and not yet released: the two sides of a case
# run at once, and the kernel may offer a port just closed again; the file lock of each
# port (locks/port-N.lock) keeps it from another process's server meanwhile (the pytest
# workers build samples at the same time)
_PORTS_HANDED_OUT: dict = {}  # port -> the open file holding its lock
_PORTS_LOCK = threading.Lock()
# a server on a fixed port (case.json "port") runs alone: both sides listen on that port
_FIXED_PORT_TURN = threading.Lock()


def _port_lock_path(port: int) -> Path:
    from transpiler.safe_files import private_folder

    private_folder(ROOT)  # (see env.write_config)
    path = ROOT / "locks" / f"port-{port}.lock"
    path.parent.mkdir(exist_ok=True)
    return path


def _free_port() -> int:
    """A port free on 127.0.0.1 that no other server of this process or of another
    harness process has been given; ``_release_port`` gives it back."""
    with _PORTS_LOCK:
        while True:
            with socket.socket() as s:
                s.bind(("127.0.0.1", 0))
                port = s.getsockname()[1]
            if port in _PORTS_HANDED_OUT:
                continue
            fh = _port_lock_path(port).open("w")
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:  # another process's server has it
                fh.close()
                continue
            _PORTS_HANDED_OUT[port] = fh
            return port


def _release_port(port: int) -> None:
    with _PORTS_LOCK:
        fh = _PORTS_HANDED_OUT.pop(port, None)
    if fh is not None:
        fh.close()  # (closing releases the lock)


def run_cli(case: Case, image: str, log: Path) -> Outcome:
    env = [a for k, v in case.env.items() for a in ("-e", f"{k}={v}")]
    proc = run(["podman", "run", "--rm", "--network", "none", *env, image, *case.args],
               check=False, timeout=RUN_TIMEOUT, log=log)
    return Outcome(exit_code=proc.returncode, stdout=proc.stdout, stderr=proc.stderr[-2000:])


def _port_taken(port: int) -> bool:
    """Something listens there (connections of a finished server in TIME_WAIT do not count)."""
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return True
    return False


def server_port(probe: dict, transpiled: bool):
    """(port to probe, environment telling the server its port).  ``port_env``: the
    server listens where that variable says (a free port is picked); ``port``: it listens
    on a fixed port; ``transpiled_port``: the rewrite listens there instead (a change
    a recipe declares; static sites keep the original's port)."""
    fixed = probe.get("transpiled_port") if transpiled else None
    fixed = fixed or probe.get("port")
    if fixed:
        return int(fixed), {}
    port = _free_port()
    return port, {probe.get("port_env", "PORT"): str(port)}


def run_server(case: Case, image: str, log: Path, transpiled: bool = False) -> Outcome:
    port, port_env = server_port(case.probe, transpiled)
    if port_env:
        try:
            return _serve(case, image, log, transpiled, port, port_env)
        finally:
            _release_port(port)
    with _FIXED_PORT_TURN, process_lock(_port_lock_path(port)):
        if _port_taken(port):
            taken = f"port {port} on 127.0.0.1 is taken on this machine"
            return Outcome(http={"*": [None, taken]})
        return _serve(case, image, log, transpiled, port, port_env)


def _serve(case: Case, image: str, log: Path, transpiled: bool, port: int,
           port_env: dict) -> Outcome:
    """Start the server, ask it each probed path (and its HEALTHCHECK), remove it."""
    probe = case.probe
    out = Outcome()
    side = "transpiled" if transpiled else "original"
    name = f"realbuild-{case.name}-{side}-{int(time.time() * 1000) % 10**9}"
    env = dict(case.env, **port_env)
    env_args = [a for k, v in env.items() for a in ("-e", f"{k}={v}")]
    started = run(["podman", "run", "-d", "--name", name, "--network", "host", *env_args, image,
                   *case.args], check=False, timeout=RUN_TIMEOUT, log=log)
    if started.returncode != 0:
        out.exit_code, out.stderr = started.returncode, started.stderr[-2000:]
        return out
    try:
        deadline = time.monotonic() + PROBE_TIMEOUT
        for path in probe.get("paths", ["/"]):
            url = f"http://127.0.0.1:{port}{path}"
            while True:
                try:
                    with urllib.request.urlopen(url, timeout=5) as resp:
                        out.http[path] = [resp.status, resp.read().decode(errors="replace")]
                    break
                except urllib.error.HTTPError as exc:
                    out.http[path] = [exc.code, exc.read().decode(errors="replace")]
                    break
                except (urllib.error.URLError, ConnectionError, OSError) as exc:
                    state = run(["podman", "inspect", "--format", "{{.State.Running}}", name],
                                check=False).stdout.strip()
                    if state != "true" or time.monotonic() > deadline:
                        out.http[path] = [None, f"no answer ({exc}); running={state}"]
                        break
                    time.sleep(0.3)
        if probe.get("healthcheck"):
            out.http["HEALTHCHECK"] = _healthcheck(name, log)
    finally:
        logs = run(["podman", "logs", name], check=False)
        out.stdout, out.stderr = logs.stdout[-2000:], logs.stderr[-2000:]
        # killed at once: its answers and logs are in, and a server running as PID 1
        # without a SIGTERM handler (node, python) ignores the signal -- "-t 2" waited
        # 2 s for nothing on each side
        run(["podman", "rm", "-f", "-t", "0", name], check=False, timeout=60)
    return out


def _healthcheck(name: str, log: Path) -> list:
    """The image's HEALTHCHECK run once in the running container (``podman healthcheck
    run``): [exit code, "healthy" | "unhealthy" | what podman said].  A command the
    image lacks (curl on a slim runner) makes it unhealthy."""
    proc = run(["podman", "healthcheck", "run", name], check=False, timeout=RUN_TIMEOUT, log=log)
    said = (proc.stdout.strip() or proc.stderr.strip() or "healthy").splitlines()[-1]
    return [proc.returncode, said]


def exercise(case: Case, image: str, log: Path, transpiled: bool = False) -> Outcome:
    outcome = run_server(case, image, log, transpiled) if case.probe else run_cli(case, image, log)
    return without_volatile(outcome, case.volatile)


def without_volatile(outcome: Outcome, patterns) -> Outcome:
    """The outcome with what ``patterns`` (regular expressions of case.json's
    ``volatile``) match in its output replaced by a mark: what a build writes of its own
    moment (mkdocs' "Build Date UTC" in every page) differs between any two builds, the
    original's and the rewrite's built at the same time as much as two builds of the
    original, and is not behaviour.  Everything else is compared as it is."""
    if not patterns:
        return outcome
    def scrub(text):
        for pattern in patterns:
            text = re.sub(pattern, "<volatile>", text)
        return text
    http = {path: [answer[0], scrub(answer[1]) if isinstance(answer[1], str) else answer[1]]
            for path, answer in outcome.http.items()}
    return replace(outcome, stdout=scrub(outcome.stdout), http=http)


def buildah_unsupported(text: str) -> Optional[str]:
    if _HEREDOC.search(text):
        return "heredoc (RUN/COPY <<EOF): not supported by Debian's buildah 1.28"
    if _COPY_LINK.search(text):
        return "COPY --link: not supported by Debian's buildah 1.28"
    return None


def sequential() -> bool:
    """``DTRANSPILE_REALBUILD_SEQUENTIAL=1``: build and run the original, then the rewrite
    (the benchmark's baseline; a log in that order).  Otherwise the two sides are built
    and run at the same time: each is mostly one process waiting on one core or the disk."""
    return os.environ.get("DTRANSPILE_REALBUILD_SEQUENTIAL", "") not in ("", "0")


def _both(first: Callable, second: Optional[Callable], together: bool) -> Tuple:
    """(first(), what second() returned or the exception it raised); second None is not
    called.  ``together``: second runs in a thread of its own meanwhile, and an exception
    of first is raised once second has ended too (no build left running into the next
    case).  Otherwise second is not called when first raises, as the sequential harness
    did not build the rewrite when the original failed."""
    if second is None:
        return first(), None
    if not together:
        done = first()
        return done, _returned_or_raised(second)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="realbuild-rewrite") as pool:
        later = pool.submit(second)
        done = first()  # on an exception, leaving the block waits for second
        return done, later.exception() or later.result()


def _returned_or_raised(fn: Callable):
    try:
        return fn()
    except Exception as exc:  # noqa: BLE001 -- handed to the caller as the thread's would be
        return exc


def _build_and_exercise(case: Case, side: Side, log: Path, context: Optional[Path],
                        transpiled: bool = False, must_build: bool = False):
    """(None, outcome), or (the CommandError of the build, None) -- raised instead when
    ``must_build`` (the original: a failure there fails the case).  A side whose build
    record stands is not built (``reuse``); one that is built gets a new record once the
    build has succeeded.  The image's size is measured by the caller, both sides in one
    command (``images.image_sizes``)."""
    work = log.parent
    if side.reuse is not None:
        append_log(log, reuse_mod.log_lines(side.reuse, side.name, side.tag))
    else:
        reuse_mod.forget(work, side.name)
        iidfile = work / f"{side.name}.iid"
        iidfile.unlink(missing_ok=True)
        try:
            output = build(case, side.dockerfile, side.tag, log, context, iidfile)
        except CommandError as exc:
            if must_build:
                raise
            return exc, None
        if side.digest is not None and iidfile.exists():
            image = iidfile.read_text().strip().removeprefix("sha256:")
            reuse_mod.save(work, side.name, reuse_mod.Record.of_build(side.digest, image, output))
    return None, exercise(case, side.tag, log, transpiled)


def run_case(case: Case) -> Result:
    from transpiler.multistage.api import transpile

    t0 = time.monotonic()
    res = Result(case.name, case.ecosystem, case.runtime, needs=list(case.needs),
                 known_failure=case.known_failure)
    work = WORK / case.name
    work.mkdir(parents=True, exist_ok=True)
    log = work / "log.txt"
    log.write_text("")
    original_text = case.dockerfile.read_text()
    # the build context is the case folder, as `dtranspile DOCKERFILE` assumes: recipes
    # read pom.xml / package.json / go.mod there.  The transpiler sees no context (as
    # `dtranspile - < Dockerfile`; the build still has it) with "context": false in
    # case.json, or for every case with DTRANSPILE_REALBUILD_NO_CONTEXT=1
    blind = os.environ.get("DTRANSPILE_REALBUILD_NO_CONTEXT", "") not in ("", "0")
    context = build_context(case, work / "context")  # (with the fixtures it names)
    tr = transpile(original_text, runtime=case.runtime,
                   context=context if case.context and not blind else None)
    res.transpiled_dockerfile = tr.output
    transpiled_path = work / "Dockerfile.transpiled"
    transpiled_path.write_text(tr.output)
    if tr.report.declined:
        res.declined_reason = tr.report.reason or ""
    else:
        res.runner = str(getattr(tr.report, "runner", "") or "")
    tag_orig = f"localhost/realbuild/{case.name}:original"
    tag_new = f"localhost/realbuild/{case.name}:transpiled"
    try:
        missing = ensure_images(from_images(original_text), log)
        if missing:
            res.status, res.detail = "no-local-image", f"no local image for {missing}"
            return res
        unsupported = None if tr.report.declined else buildah_unsupported(tr.output)
        missing_new = None
        if not tr.report.declined and not unsupported:
            missing_new = ensure_images(from_images(tr.output), log)
        original = Side("original", case.dockerfile, tag_orig)
        sides = [original]
        if not tr.report.declined and not unsupported and not missing_new:
            sides.append(Side("transpiled", transpiled_path, tag_new))
        plan_sides(case, sides, context, work)
        res.reused = [s.name for s in sides if s.reuse is not None]
        make_new = None
        if len(sides) == 2:
            make_new = partial(_build_and_exercise, case, sides[1], log, context,
                               transpiled=True)
        make_original = partial(_build_and_exercise, case, original, log, context,
                                must_build=True)
        (_, res.original), new = _both(make_original, make_new, together=not sequential())
        built_new = isinstance(new, tuple) and new[0] is None
        # both sizes in one podman command, once both sides have run (a podman start
        # and a read of the image store fewer per sample than one inspect per side)
        measured = [tag_orig] + ([tag_new] if built_new else [])
        if all(s.reuse is not None and s.size is not None for s in sides) and \
                [s.tag for s in sides] == measured:
            sizes = [s.size for s in sides]  # no build ran: the sizes plan_sides read
        else:
            sizes = images.image_sizes(measured)
        res.original_size = sizes[0]
        if tr.report.declined:
            res.status, res.detail = "declined", res.declined_reason
        elif unsupported:
            res.status, res.detail = "unsupported-by-buildah", unsupported
        elif missing_new:
            res.status, res.detail = "no-local-image", f"no local image for runner {missing_new}"
        elif isinstance(new, Exception):
            raise new  # after the build (its size): "error", as before
        elif new[0] is not None:
            res.status, res.detail = "transpiled-build-failed", str(new[0])[-1500:]
        else:
            res.transpiled_size, res.transpiled = sizes[1], new[1]
            res.status = "same" if res.same else "differs"
            if not res.same:
                res.detail = _explain_difference(res.original, res.transpiled)
    except CommandError as exc:
        if res.status == "pending":
            res.status, res.detail = ("build-failed" if res.original is None else "error",
                                      str(exc)[-1500:])
    finally:
        res.seconds = round(time.monotonic() - t0, 1)
        (work / "result.json").write_text(json.dumps(res.to_json(), indent=2))
    return res


def _explain_difference(a: Outcome, b: Outcome) -> str:
    if a.http or b.http:
        parts = []
        for path in sorted(set(a.http) | set(b.http)):
            if a.http.get(path) != b.http.get(path):
                parts.append(f"{path}: original {a.http.get(path)!r} vs transpiled {b.http.get(path)!r}")
        if b.stderr:
            parts.append(f"transpiled stderr: {b.stderr.strip()[-500:]}")
        return "; ".join(parts)
    return (f"original exit {a.exit_code} stdout {a.stdout!r}; transpiled exit {b.exit_code} "
            f"stdout {b.stdout!r} stderr {b.stderr.strip()[-500:]!r}")


def as_expected(case: Case, res: Result) -> bool:
    """The e2e test's verdict: the same behaviour (or a build feature buildah lacks), a
    decline case.json expects, or -- for a known failure -- anything but a pass."""
    if case.known_failure:
        return res.status != "same"
    if case.expect == "declined":
        return res.status == "declined"
    return res.status in ("same", "unsupported-by-buildah")


def run_cases(cases) -> List[Result]:
    return [run_case(c) for c in cases]


# ----------------------------------------------------------------------------- table

def human(n: Optional[int]) -> str:
    if n is None:
        return "-"
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return str(n)


def _builds(r: Result) -> str:
    """Did the original / the rewrite build: yes, NO, or - (not attempted)."""
    original = "yes" if r.original_size is not None else ("NO" if r.status == "build-failed" else "-")
    if r.transpiled_size is not None:
        rewrite = "yes"
    elif r.status == "transpiled-build-failed":
        rewrite = "NO"
    else:
        rewrite = "-"
    return f"{original}/{rewrite}"


def table(results: List[Result]) -> str:
    rows = [("case", "ecosystem", "runner", "builds (orig/new)", "same behaviour", "original",
             "transpiled", "reduction", "status", "needs")]
    for r in results:
        runner = r.runner or "-"
        if r.runtime:
            runner += " (--runtime)"
        same = {True: "yes", False: "NO", None: "-"}[r.same]
        rows.append((r.case, r.ecosystem, runner, _builds(r), same, human(r.original_size),
                     human(r.transpiled_size), f"{1 - r.ratio:.1%}" if r.ratio else "-",
                     r.status + (" (known)" if r.known_failure else ""),
                     ",".join(r.needs) or "-"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    notes = [f"- {r.case}: {r.status}: {r.detail.strip()[:600]}" for r in results
             if r.status != "same" and r.detail]
    sizes = ("sizes: uncompressed on-disk image size from `podman image inspect --format "
             "{{.Size}}` of images made here from Debian packages")
    return "\n".join(lines + ["", totals(results), sizes] + runner_notes(results) +
                     (["", "notes:"] + notes if notes else []))


def runner_notes(results: List[Result]) -> List[str]:
    """What each runner in the table is here: the stand-in's difference from the real image."""
    seen = {}
    for r in results:
        if r.runner and r.runner != "scratch" and r.runner not in seen:
            seen[r.runner] = images.note_of(r.runner) or "no local image"
    if not seen:
        return []
    return ["", "runners (stand-ins made here):"] + [f"- {ref}: {note}"
                                                     for ref, note in sorted(seen.items())]


def totals(results: List[Result]) -> str:
    """One line: how many cases were transpiled, built, behave the same, were declined,
    and the summed sizes of the pairs that were both measured."""
    pairs = [r for r in results if r.original_size and r.transpiled_size]
    before = sum(r.original_size for r in pairs)
    after = sum(r.transpiled_size for r in pairs)
    transpiled = sum(not r.declined_reason for r in results)
    text = (f"totals: {len(results)} cases, {transpiled} transpiled, "
            f"{sum(r.transpiled_size is not None for r in results)} rewrites built, "
            f"{sum(r.status == 'same' for r in results)} behave the same, "
            f"{sum(r.status == 'declined' for r in results)} declined")
    if pairs:
        text += (f"; {human(before)} -> {human(after)} for the {len(pairs)} built pairs "
                 f"({1 - after / before:.1%} smaller)")
    return text
