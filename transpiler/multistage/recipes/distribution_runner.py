"""Same-distribution runners: a build on a plain distribution image (``ubuntu:16.04``,
``debian:bullseye``, ``alpine:3.12``) whose language runtime comes from the
distribution's own packages (``apt-get install python3``, ``apk add nodejs``) runs in
the same image, with the same packages installed again minus those that only build.

Why the same image: the program runs on the interpreter (and the libraries) the
distribution packaged, so no language version needs to be known: the runner's
package manager installs the very same package from the very same archive.  What the
build compiled (extensions, addons) loads libraries of the builder; those are read from
the files themselves in the builder (ELF NEEDED, resolved by the loader, then the
package owning each resolved file), the way the official slim images find theirs, so no
table has to name them.

API (stable; used by the Python recipe, meant for Node from apt/apk next):

- ``plain_base(facts) -> PlainBase | None``: the builder is a plain distribution image
  (its /usr/local holds nothing of its own): the runner image (the same reference, or
  its smaller sibling of the same release), the ``Distro`` whose package names and
  -dev maps apply, and the package manager.
- ``replay_packages(facts, base, before, keep=..., runtime_of_dev=..., drop=...) -> PackageReplay``:
  the OS packages installed by the RUNs before index ``before``, split into what the
  runner installs again, what stays in the builder, and the -dev packages whose runtime
  package no table names (their libraries' owners are read in the builder).  Declines
  (``Decline``) where an install cannot be replayed (a package file the build
  downloaded, a repository named on the command line).
- ``scan_run(base, trees, dev_packages=(), names=("*.so*",)) -> ast.Run``: the builder RUN (appended after
  the build) that writes ``PACKAGE_LIST``: the packages owning every library the ``*.so*``
  files under ``trees`` load (libraries resolved inside the trees are the trees' own),
  plus the owners of the libraries ``dev_packages`` link to.  A library that no package
  owns fails the build, not the container.
- ``staging_run(interpreter, roots, base) -> ast.Run``: the builder RUN (a Python
  program, so no X.Y is needed and no shell loop hides it) copying into ``STAGING``,
  with absolute paths kept, exactly the files under ``roots`` (globs; a root that is a
  symbolic link, /bin on a usr-merged system, is skipped) that the build created or
  replaced (not owned by an OS package, or named by a pip ``RECORD``);
  ``STAGED`` is the artifact that copies ``STAGING`` to ``/`` in the runner.
- ``runner_plan(base, replay, scanned, what, runner=None, after=(), recommends=False) -> RunnerPlan``: the
  runner (``runner``: the one ``--runtime`` chose, which must be of the same
  distribution release) and its setup: the replayed packages and the list the scan
  wrote, installed in one RUN with the runner's own package manager.
"""

from __future__ import annotations

import json
import posixpath
import re
import shlex
from dataclasses import dataclass
from typing import Callable, Iterable, Optional, Sequence, Tuple

from ...analysis import StageFacts
from ...knowledge import packages
from ...knowledge.images import image_facts
from ...knowledge.references import split_reference
from ...tree import ast
from ..runner_setup import run_node
from .artifacts import Artifact
from .base import Decline, RunnerPlan, chosen
from .run_walk import steps

__all__ = ["PACKAGE_LIST", "STAGING", "STAGED", "PlainBase", "PackageReplay", "plain_base",
           "replay_packages", "scan_run", "staging_run", "runner_plan"]

#: where the builder writes the packages its scan found (outside every copied tree)
PACKAGE_LIST = "/var/lib/dtranspile/runtime-packages"
#: the runner's copy of the list while it installs
RUNNER_LIST = "/tmp/dtranspile-runtime-packages"
#: the builder's folder holding, at their absolute paths, the files the installs created
STAGING = "/var/lib/dtranspile/staging"
STAGED = Artifact(posixpath.dirname(STAGING), posixpath.basename(STAGING),
                  "the files the installs created among the distribution's own (pip's "
                  "RECORD files and every file no OS package owns), at their absolute paths",
                  -1, tree=True, destination="/")

#: plain distribution images by name: (distribution record, package manager).  Their
#: /usr/local is empty, and their /usr holds only what the package manager installed.
PLAIN_IMAGES = {"debian": "debian", "ubuntu": "ubuntu", "alpine": "alpine"}
#: how a package manager's files reach the runner's package manager (same image, so
#: the same names)
_OWNER_QUERY = {
    # a path pattern (``*lib/...``) matches the usr-merged and the /lib path alike; the
    # owner is the text before the first colon (``libpq5:amd64: /usr/lib/...``)
    "apt": ("sed -e 's|^/usr/|/|' -e 's|^/|*|' {libs} > {libs}.pat && "
            "xargs -r dpkg-query --search < {libs}.pat > {work}.owners && "
            "cut -d: -f1 {work}.owners > {work}.packages"),
    # ``/usr/lib/libpq.so.5 is owned by libpq-16.1-r0``: the name before -<ver>-r<n>
    "apk": ("xargs -r apk info --who-owns < {libs} > {work}.owners && "
            "sed -e 's/.* is owned by //' -e 's/-[^-]*-r[0-9]*$//' {work}.owners "
            "> {work}.packages"),
}
_DEV_FILES = {
    "apt": "dpkg -L {pkgs} > {work}.devfiles && sed -n '/[.]so$/p' {work}.devfiles",
    "apk": ("apk info -L {pkgs} > {work}.devfiles && sed -n 's|^\\([^ ]*[.]so\\)$|/\\1|p' "
            "{work}.devfiles"),
}


@dataclass(frozen=True)
class PlainBase:
    """A builder that is a plain distribution image and the runner of the same
    release.  ``image``: the runner's reference; ``distro``: the release the package
    names and -dev maps follow; ``manager``: "apt" or "apk"."""

    builder: str
    image: str
    distro: packages.Distro
    manager: str
    why: str


def plain_base(facts: StageFacts) -> Optional[PlainBase]:
    """The builder as a plain distribution image, or None (another image, or a
    distribution whose package queries are not written here)."""
    reference = facts.base.reference
    name, tag = split_reference(reference)
    if "@" in reference or name not in PLAIN_IMAGES:
        return None
    from ...knowledge.official import resolve  # data read only when transpiling
    resolved = resolve(reference)
    family = PLAIN_IMAGES[name]
    release = (resolved.release if resolved is not None else None) or facts.base.release
    distro = packages.distro_of(family, release)
    if distro is None or distro.manager not in _OWNER_QUERY:
        return None
    image, why = reference, (f"the builder's own image {reference}: the program runs on the "
                             "distribution's packages, installed again from the same archive")
    slim = dict(resolved.siblings).get("slim") if resolved is not None else None
    if slim and resolve(slim) is not None and resolve(slim).release == resolved.release:
        image = slim
        why = (f"{slim}, the slim image of the builder's {family} release "
               f"({resolved.release}): the program runs on the distribution's packages, "
               "installed again from the same archive")
    return PlainBase(reference, image, distro, distro.manager, why)


@dataclass(frozen=True)
class PackageReplay:
    """``install``: what the runner installs (kept packages and the runtime packages of
    the -dev ones); ``dropped``: what stays in the builder; ``unmapped_dev``: -dev
    packages whose runtime package no table names (the builder reads the owners of the
    libraries they link to)."""

    install: Tuple[str, ...]
    dropped: Tuple[str, ...]
    unmapped_dev: Tuple[str, ...]
    added: Tuple[str, ...]


def replay_packages(facts: StageFacts, base: PlainBase, before: int,
                    keep: Callable[[str], bool] = lambda p: False,
                    runtime_of_dev: Callable[[str], Optional[str]] = lambda p: None,
                    drop: Callable[[str], bool] = lambda p: False) -> PackageReplay:
    """The packages the RUNs before index ``before`` install and do not remove.
    ``keep(package)``: a package the ecosystem needs at run time although the tables
    call it a build tool (``python3-pip`` brings the interpreter, setuptools'
    pkg_resources and distutils); ``runtime_of_dev(package)``: the ecosystem's runtime
    package of one of its -dev packages (``python3-dev`` -> ``python3``); ``drop(package)``:
    a package the ecosystem knows the program does not use at run time although the
    tables do not call it build-only (Debian's ``npm`` when the command runs ``node``)."""
    argvs = [s.argv for s in steps(facts) if s.index < before]
    for argv in argvs:
        if argv and argv[0] in ("dpkg", "rpm") and any(a in ("-i", "--install", "-U", "-ivh",
                                                             "-Uvh") for a in argv[1:]):
            raise Decline(f"`{' '.join(argv[:3])}` installs a package file the build "
                          "downloaded: the runner cannot install it again from the archive")
        got = packages.read_install(argv)
        if got is not None and any(w in ("-X", "--repository") or w.startswith("--repository=")
                                   for w in argv):
            raise Decline("a package comes from a repository named on the install command "
                          "(apk -X/--repository): the runner's install cannot be replayed")
    kept, _removed = packages.kept_installs(argvs)
    install, dropped, unmapped = [], [], []
    for pkg in kept:
        if "$" in pkg or "/" in pkg or pkg.endswith((".deb", ".rpm", ".apk")):
            raise Decline(f"the build installs {pkg}, which names a package file or a "
                          "variable: the runner's install cannot be replayed")
        name = re.split(r"[=<>~]", pkg, 1)[0]
        if keep(name):
            install.append(pkg)
            continue
        if drop(name):
            dropped.append(pkg)
            continue
        own = runtime_of_dev(name)
        if own is not None:
            dropped.append(pkg)
            install.append(own)
            continue
        kind = packages.kind_of(name, base.distro)
        if kind in ("toolchain", "helper"):
            dropped.append(pkg)
        elif kind == "dev":
            dropped.append(pkg)
            mapped = packages.runtime_of(name, base.distro)
            if mapped:
                install.append(mapped)
            else:
                unmapped.append(name)
        else:
            install.append(pkg)
    uniq = lambda xs: tuple(dict.fromkeys(xs))  # noqa: E731
    install_t, dropped_t = uniq(install), uniq(p for p in dropped if p not in install)
    added = []
    if dropped_t:
        added.append("compilers, build tools and -dev packages stay in the builder ("
                     + ", ".join(dropped_t) + ")")
    if install_t:
        added.append(f"the packages the original installs are installed again in the runner "
                     f"with {base.manager}: {' '.join(sorted(install_t))}")
    if unmapped:
        added.append(f"the runtime packages of {', '.join(unmapped)} (no table names them) are "
                     "read in the builder: the packages owning the libraries their .so links "
                     "point to")
    return PackageReplay(install_t, dropped_t, uniq(unmapped), tuple(added))


def scan_run(base: PlainBase, trees: Sequence[str], dev_packages: Sequence[str] = (),
             names: Sequence[str] = ("*.so*",)) -> ast.Run:
    """The builder RUN writing ``PACKAGE_LIST`` (see the module docstring).  ``names``:
    the file name patterns of the compiled files (a Node addon is ``*.node``).  One step
    per file and no pipe, so an owner query that fails fails the build (sh has no
    pipefail); ``find -exec ldd {} ;`` leaves files that are not ELF objects out
    (ldd's failure is only find's test there).  A NEEDED library that the builder does
    not have either (an optional plugin of a wheel) is left out: the original image
    lacks it too."""
    work = "/tmp/dtranspile-scan"
    trees = tuple(dict.fromkeys(t.rstrip("/") or "/" for t in trees))
    inside = "|".join(re.sub(r"([.+*?()|\[\]{}^$])", r"[\1]", t).replace("/", "\\/")
                      for t in trees)
    awk = "$2 == \"=>\" && $3 ~ /^\\// && $3 !~ /^(" + inside + ")\\// { print $3 }"
    which = " -o ".join(f"-name {shlex.quote(n)}" for n in names)
    which = f"'(' {which} ')'" if len(names) > 1 else which
    parts = [f"mkdir -p {posixpath.dirname(PACKAGE_LIST)}",
             "find " + " ".join(shlex.quote(t) for t in trees) +
             f" -type f {which} -exec ldd {{}} ';' > {work} 2>/dev/null",
             f"awk {shlex.quote(awk)} {work} > {work}.libs"]
    if dev_packages:
        listing = _DEV_FILES[base.manager].format(
            pkgs=" ".join(shlex.quote(p) for p in dev_packages), work=work)
        parts.append(f"{listing} > {work}.devso")
        parts.append(f"xargs -r -n1 readlink -f < {work}.devso >> {work}.libs")
    parts.append(f"sort -u -o {work}.libs {work}.libs")
    parts.append(_OWNER_QUERY[base.manager].format(libs=f"{work}.libs", work=work))
    parts.append(f"sort -u -o {PACKAGE_LIST} {work}.packages")
    parts.append(f"rm -f {work}*")
    what = "the packages owning the libraries the compiled files load (ELF NEEDED, resolved " \
           "by ldd)"
    if dev_packages:
        what += f" and the libraries of {', '.join(dev_packages)}"
    return run_node(" && ".join(parts), what + ", for the runner")


#: how the staging program reads the files the OS packages own, per package manager
_OWNED = {
    "apt": ('d = "/var/lib/dpkg/info"\n'
            'for f in os.listdir(d):\n'
            '    if f.endswith(".list"):\n'
            '        owned.update(l.rstrip("\\n") for l in open(os.path.join(d, f)))'),
    "apk": ('top = ""\n'
            'for l in open("/lib/apk/db/installed"):\n'
            '    if l.startswith("F:"):\n'
            '        top = "/" + l[2:].strip()\n'
            '    elif l.startswith("R:"):\n'
            '        owned.add(top + "/" + l[2:].strip())'),
    "yum": ('owned.update(subprocess.check_output(["rpm", "-qa", "--qf", '
            '"[%{FILENAMES}\\n]"]).decode().split("\\n"))'),
}
#: the staging program: ``roots``, the package manager and the destination are
#: substituted; Python 2 and 3 alike (the builder's interpreter is the distribution's, of
#: any age), double quotes only (the RUN holds it in single quotes)
_STAGE = r"""
import glob, os, shutil, subprocess
roots, dest = ROOTS, DEST
os.makedirs(dest)
owned = set()
OWNED
made = set()
def by_pip(info):
    f = os.path.join(info, "INSTALLER")
    return os.path.isfile(f) and open(f).read().strip() == "pip" and os.path.isfile(os.path.join(info, "RECORD"))
for root in [r for g in roots for r in sorted(glob.glob(g)) if not os.path.islink(r)]:
    for top, dirs, files in os.walk(root):
        for f in files + [x for x in dirs if os.path.islink(os.path.join(top, x))]:
            p = os.path.join(top, f)
            if p not in owned and os.path.realpath(p) not in owned and not (p.startswith("/usr/") and p[4:] in owned) and not (os.path.islink(p) and os.readlink(p).startswith("/etc/alternatives/")):
                made.add(p)
        for x in dirs:
            if x.endswith(".dist-info") and by_pip(os.path.join(top, x)):
                for l in open(os.path.join(top, x, "RECORD")):
                    rel = l.rsplit(",", 2)[0]
                    if rel:
                        made.add(os.path.normpath(os.path.join(top, rel)))
def source_made(p):
    head, f = os.path.split(p)
    return os.path.basename(head) != "__pycache__" or os.path.join(os.path.dirname(head), f.split(".")[0] + ".py") in made
for p in sorted(made):
    if not os.path.lexists(p) or not source_made(p):
        continue
    out = dest + p
    if not os.path.isdir(os.path.dirname(out)):
        os.makedirs(os.path.dirname(out))
    if os.path.islink(p):
        os.symlink(os.readlink(p), out)
    elif os.path.isfile(p):
        shutil.copy2(p, out)
"""


def staging_run(interpreter: str, roots: Sequence[str], base: PlainBase) -> ast.Run:
    """The builder RUN staging what the installs created under ``roots`` (see the
    module docstring).  A file counts as created when no OS package owns it (a pip or
    ``setup.py install``'s module, an egg, an ``easy-install.pth``, a console script) or
    when a pip ``RECORD`` names it (an upgrade over a packaged module); a ``.pyc`` only
    with its created source, so the distribution's byte-code caches stay out.  The
    program is one ``exec`` of an escaped string: a RUN line has no newlines, and
    buildah's RUN has no heredocs."""
    code = _STAGE.strip().replace("ROOTS", json.dumps(list(roots)), 1) \
        .replace("OWNED", _OWNED[base.manager], 1).replace("DEST", json.dumps(STAGING), 1)
    literal = code.replace("\\", "\\\\").replace("\n", "\\n")
    text = f"{interpreter} -c 'exec(\"\"\"{literal}\"\"\")'"
    return ast.Run(keyword="RUN", command=ast.ShellForm(text), leading=(
        ast.Comment("# the files the installs created among the distribution's own, at "
                    f"their absolute paths under {STAGING}, for the runner"),))


def runner_plan(base: PlainBase, replay: PackageReplay, scanned: bool, what: str,
                runner: Optional[str] = None,
                after: Tuple[ast.Instruction, ...] = (), recommends: bool = False) -> RunnerPlan:
    """The runner of ``base``'s release installing ``replay.install`` and, when
    ``scanned``, the list ``scan_run`` wrote, in one RUN of its package manager.
    ``after``: instructions after the artifact copies (``RUN ldconfig``).
    ``recommends``: apt installs the packages' Recommends too, as the original's
    ``apt-get install`` without ``--no-install-recommends`` did (Debian's nodejs
    recommends ca-certificates, which its TLS reads)."""
    if runner is not None:
        target = image_facts(runner)
        ours = image_facts(base.image)
        if not target.known or target.shell is None or target.family != ours.family or \
                (target.release or None) != (ours.release or None) and \
                split_reference(runner)[0] != split_reference(base.builder)[0]:
            raise Decline(f"{what} runs on the packages of {base.builder} ({base.distro.family} "
                          f"{base.distro.release or ''}), installed again with their names "
                          f"there; {runner} is not an image of that release with a shell")
    setup = []
    pkgs = " ".join(sorted(replay.install))
    quiet = "" if recommends else " --no-install-recommends"
    manager = base.distro.record.packages
    if scanned:
        setup.append(ast.Copy(keyword="COPY", flags=(ast.Flag("from", "builder"),),
                              paths=(PACKAGE_LIST, RUNNER_LIST)))
        if base.manager == "apt":
            text = ("apt-get update && " +
                    (f"apt-get install -y{quiet} {pkgs} && " if pkgs else "") +
                    f"xargs -r apt-get install -y{quiet} < {RUNNER_LIST} && "
                    f"rm -rf /var/lib/apt/lists/* {RUNNER_LIST}")
        else:
            text = ((f"apk add --no-cache {pkgs} && " if pkgs else "") +
                    f"xargs -r apk add --no-cache < {RUNNER_LIST} && rm {RUNNER_LIST}")
        setup.append(run_node(text, "the packages the original installs for run time, and "
                              "those owning the libraries the build's compiled files load",
                              manager.unpinned_rule))
    elif pkgs:
        text = manager.install_command(pkgs)
        if recommends:
            text = text.replace(" --no-install-recommends", "")
        setup.append(run_node(text, "the packages the original installs for run time",
                              manager.unpinned_rule))
    added = replay.added
    if scanned:
        added += (f"the packages owning the libraries the compiled files load are read in the "
                  f"builder (ldd, then the package owning each file) into {PACKAGE_LIST} and "
                  "installed in the runner",)
    if runner is not None:
        return chosen(runner, setup=tuple(setup), setup_after=after, added=added,
                      os_packages=True)
    return RunnerPlan(base.image, base.why, tuple(setup), after, added=added, os_packages=True)


def installed_trees(trees: Iterable[Optional[str]]) -> Tuple[str, ...]:
    """Absolute directories, each once, none inside another listed one."""
    out = sorted({t.rstrip("/") or "/" for t in trees if t})
    return tuple(t for t in out if not any(t != o and t.startswith(o.rstrip("/") + "/")
                                            for o in out))
