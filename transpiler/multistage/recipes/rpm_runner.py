"""Same-image runners on CentOS and Fedora (RPM distributions, the ``rhel`` record):
what ``distribution_runner`` does for Debian, Ubuntu and Alpine, with yum or dnf.

Why the same image and nothing read ahead: no package index of an RPM distribution is
read here (none is reachable to the data generators), so no package fact of a release
is known before the build.  Everything that would need one is computed in the builder
at build time instead: the runner is the builder's own reference (a floating tag
floats with it), the original's installs are replayed there by name minus what the
distribution's own naming marks as build-only (``-devel``, ``-static``, compilers, the
Development Tools group), and the packages owning the libraries the built files load
are read with ``rpm -qf`` in the builder (no ``-devel`` -> runtime table: CentOS 7's
postgresql-devel links to postgresql-libs, not libpq).  An end-of-life release whose
mirrors moved (CentOS's vault) fails the runner's install as it fails the original's
own yum: the commands are the same.

The builder-side programs are Python (2 and 3 alike), run by the interpreter the
builder has (``RPM_PYTHON``): a Fedora base image may lack findutils and gawk, so
neither the scan nor the runner's install uses find, awk or xargs.

API (used by ``distribution_runner`` where ``PlainBase.manager`` is "yum", and so by
the Python and Node recipes' same-distribution runners, by ``native_rpm``, the C/C++
recipe's, and by ``java_rpm``, the Java recipe's): ``rpm_base``, ``rpm_unhandled``, ``check_commands``, ``scan_run``,
``setup``,
``REPOSITORIES_COPIED``, ``RPM_PYTHON``."""

from __future__ import annotations

import json
import posixpath
import re
from typing import Optional, Sequence, Tuple

from ...analysis import StageFacts
from ...knowledge import packages
from ...knowledge.references import split_reference
from ...tree import ast
from ..runner_setup import run_node
from .base import Decline
from .distribution_runner import (_MOVING, PACKAGE_LIST, PLAIN_IMAGES, RUNNER_LIST,
                                  PackageReplay, PlainBase)
from .run_walk import steps

#: where the keys the repositories name live (copied to the runner with them)
REPOSITORY_KEYS = "/etc/pki/rpm-gpg"
#: the oldest release of an RPM image handled: CentOS 6 and older have Python 2.6 and
#: a yum whose behaviour was not checked here
OLDEST = {"centos": 7, "fedora": 20}


def rpm_base(facts: StageFacts, name: str, tag: str, release: Optional[str],
             distro: packages.Distro) -> Optional[PlainBase]:
    """A CentOS or Fedora builder as its own runner (no slim sibling exists): the same
    reference, so a floating tag (``centos``, ``fedora:latest``) floats the runner with
    the builder.  The release the data names must be one handled (``OLDEST``);
    the runner installs with the program the original ran (dnf or yum)."""
    if not release or not release.isdigit() or int(release) < OLDEST[name]:
        return None
    reference = facts.base.reference
    tools = [posixpath.basename(s.argv[0]) for s in steps(facts)
             if packages.read_install(s.argv) is not None]
    installer = "dnf" if "dnf" in tools else "yum"
    why = (f"the builder's own image {reference} ({name} {release}): the program runs on "
           "the distribution's packages, installed again from the same repositories (no "
           "smaller image of the release exists)")
    moving = (tag or "latest").split("-", 1)[0] in _MOVING
    return PlainBase(reference, reference, distro, distro.manager, why, moving,
                     installer=installer)


def rpm_unhandled(facts: StageFacts) -> Optional[str]:
    """Why an image of an RPM distribution gets no same-image runner (``plain_base`` is
    None for it), said for a decline; None when it is no such image."""
    if facts.base.family != "rhel":
        return None
    name, _tag = split_reference(facts.base.reference)
    if name not in PLAIN_IMAGES:
        return (f"{facts.base.reference} is an image of an RPM distribution other than the "
                "plain centos and fedora images, for which no runner of the same image with "
                "its packages installed again is built")
    why = (": its Python is 2.6, which has no subprocess.check_output, on which the "
           "builder's programs reading the packages' files (rpm -qf, rpm -qa) run (and its "
           "repositories are archived at vault.centos.org)") if name == "centos" and \
        (facts.base.release or "").isdigit() else ""
    return (f"{facts.base.reference} is {name} {facts.base.release or '(release not known)'}, "
            f"older than the releases whose same-image runner is built ({name} "
            f"{OLDEST[name]} and later){why}")


#: yum/dnf verbs whose effect the runner's replay gives: an install by name (replayed),
#: an update of everything (``PackageReplay.upgrade``), what only touches caches,
#: queries or removes (``kept_installs`` reads removals), and dnf's repository plugins,
#: which write /etc/yum.repos.d (copied to the runner before its install)
_VERBS = frozenset({"install", "update", "upgrade", "clean", "makecache", "remove", "erase",
                    "autoremove", "list", "info", "search", "check-update", "repolist",
                    "provides", "whatprovides", "history", "config-manager", "copr"})
#: yum/dnf options that change which packages or repositories an install uses: the
#: runner's install, written without them, could install something else
_RESOLUTION = ("--enablerepo", "--disablerepo", "--nogpgcheck", "--skip-broken",
               "--exclude", "-x", "--installroot", "--releasever", "--nobest",
               "--allowerasing", "--setopt", "--best", "--repo", "--repoid",
               "--disableexcludes", "--downloadonly")
#: the yum group whose packages only build (compilers, autotools, rpm-build): by the
#: distribution's own naming, nothing of it is for run time
_BUILD_GROUPS = frozenset({"development tools", "development", "@development-tools",
                           "@development", "c development tools and libraries"})


def check_commands(argvs) -> Tuple[str, ...]:
    """Decline where a yum/dnf/rpm command of the build does what the runner's replay
    (the installs by name, in one command) would not give: a group other than the
    build-only Development Tools, a package file, an option that changes where packages
    come from, a verb of unknown effect (``downgrade``, ``swap``, ``module enable``).
    Returns the keys ``rpm --import`` put in the builder's RPM database (URLs, or files
    of /etc/pki/rpm-gpg, which the runner gets): the runner imports them before its
    install, as a repository without a ``gpgkey`` line needs them."""
    keys = []
    for argv in argvs:
        if not argv:
            continue
        head = posixpath.basename(argv[0])
        if head == "rpm" and "--import" in argv[1:]:
            for key in (a for a in argv[argv.index("--import") + 1:] if not a.startswith("-")):
                if "://" not in key and not key.startswith(REPOSITORY_KEYS + "/"):
                    raise Decline(f"`rpm --import {key}` imports a key from a file the "
                                  "runner does not have (only URLs and the files of "
                                  f"{REPOSITORY_KEYS} are carried)")
                keys.append(key)
            continue
        if head == "rpm":
            if any(a in ("-e", "--erase", "-i", "--install", "-U", "--upgrade", "-F",
                         "--freshen") or re.fullmatch(r"-[a-zA-Z]*[iUFe][a-zA-Z]*", a)
                   and not a.startswith("-q") for a in argv[1:]):
                raise Decline(f"`{' '.join(argv[:3])}` installs or removes packages with "
                              "rpm itself: the runner's install by name cannot give the "
                              "same packages")
            continue
        if head not in ("yum", "dnf"):
            continue
        words = [a for a in argv[1:] if not a.startswith("-")]
        verb = words[0] if words else None
        for a in argv[1:]:
            if a.split("=", 1)[0] in _RESOLUTION and not (
                    a.startswith("--setopt=") and a.split("=", 1)[1].startswith(
                        ("tsflags=", "install_weak_deps=", "keepcache="))):
                raise Decline(f"`{head} {verb or ''} {a}` changes which packages or "
                              "repositories the install uses: the runner's install of the "
                              "same names cannot be shown to give the same packages")
        if verb in ("groupinstall", "group") or verb == "install" and any(
                w.startswith("@") for w in words[1:]):
            groups = words[2:] if verb == "group" and words[1:2] == ["install"] else \
                [w for w in words[1:] if verb == "groupinstall" or w.startswith("@")]
            if verb == "group" and words[1:2] != ["install"]:
                groups = words[1:2]
            other = [g for g in groups if g.lower() not in _BUILD_GROUPS]
            if other:
                raise Decline(f"`{head} {verb}` installs the package group "
                              f"{', '.join(repr(g) for g in other)}, whose packages (for "
                              "run time or only for the build) are not read here")
            continue
        if verb is not None and verb not in _VERBS:
            raise Decline(f"`{head} {verb}` changes the image's packages in a way the runner's "
                          "install by name does not repeat")
    return tuple(dict.fromkeys(keys))


#: the builder's interpreter for the programs this module writes on an RPM image: the
#: first it has (CentOS 7's yum runs on ``python``, Fedora's dnf on ``python3``, CentOS
#: 8's on platform-python; the programs run on Python 2 and 3 alike)
RPM_PYTHON = ('"$(command -v python3 || command -v python || command -v python2 || '
              'echo /usr/libexec/platform-python)"')
#: before the scan, where the builder has none of those interpreters (Fedora from 41 on,
#: whose dnf5 needs no Python, when the build installed none): python3 installed in the
#: builder for the scan alone, with the installer the original used (the runner's
#: packages are the list the scan writes, which does not name it)
ENSURE_PYTHON = ("{{ command -v python3 >/dev/null || command -v python >/dev/null || "
                 "command -v python2 >/dev/null || [ -x /usr/libexec/platform-python ] || "
                 "{{ {tool} install -y python3 && {tool} clean all; }}; }}")
#: ``scan_run``'s program on an RPM image, where find, gawk and xargs are not in every
#: base image (Fedora's): the same walk, ldd reading and owner query as the shell's,
#: in the Python that is there (an owner query that fails fails the build); a tree
#: that is a file (a C/C++ program's binary) is read itself.  A library's directory is
#: resolved (ldd names /lib64/libssl.so.10 where CentOS 7's /lib64 links to usr/lib64,
#: and the package lists /usr/lib64/libssl.so.10), its name kept.  A -devel package's
#: ``.so`` that is a linker script (Fedora's libncurses.so, ``INPUT(...)``) is the
#: -devel package's own file: only ELF files count
_SCAN = r"""
import fnmatch, os, subprocess
trees, inside, devs, names, out = TREES, INSIDE, DEVS, NAMES, LIST
def under(p, dirs):
    return any(p == d or p.startswith(d.rstrip("/") + "/") for d in dirs)
def text(argv):
    return subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=open(os.devnull, "w")).communicate()[0].decode("utf-8", "replace")
found = [t for t in trees if os.path.isfile(t)]
for tree in trees:
    for top, dirs, files in os.walk(tree):
        for f in files:
            p = os.path.join(top, f)
            if not os.path.islink(p) and os.path.isfile(p) and (any(fnmatch.fnmatch(f, n) for n in names) or os.stat(p).st_mode & 64):
                found.append(p)
libs = set()
for p in found:
    for line in text(["ldd", p]).splitlines():
        w = line.split()
        if len(w) > 2 and w[1] == "=>" and w[2].startswith("/") and not under(w[2], inside):
            libs.add(os.path.join(os.path.realpath(os.path.dirname(w[2])), os.path.basename(w[2])))
def elf(p):
    with open(p, "rb") as f:
        return f.read(4) == b"\x7fELF"
if devs:
    for l in subprocess.check_output(["rpm", "-ql"] + devs).decode("utf-8", "replace").splitlines():
        if l.endswith(".so") and os.path.isfile(l) and elf(os.path.realpath(l)):
            libs.add(os.path.realpath(l))
owners = set()
if libs:
    owners.update(subprocess.check_output(["rpm", "-qf", "--qf", "%{NAME}\n"] + sorted(libs)).decode("utf-8", "replace").split())
if not os.path.isdir(os.path.dirname(out)):
    os.makedirs(os.path.dirname(out))
open(out, "w").write("".join(n + "\n" for n in sorted(owners)))
"""


def scan_run(base: PlainBase, trees: Sequence[str], dev_packages: Sequence[str],
                  names: Sequence[str]) -> ast.Run:
    """``distribution_runner.scan_run`` on an RPM image (``_SCAN``)."""
    code = _SCAN.strip()
    for key, value in (("TREES", list(trees)), ("INSIDE", list(trees) + list(base.own_trees)),
                       ("DEVS", list(dev_packages)), ("NAMES", list(names)),
                       ("LIST", PACKAGE_LIST)):
        code = code.replace(key, json.dumps(value), 1)
    what = "the packages owning the libraries the compiled files load (ELF NEEDED, resolved " \
           "by ldd)"
    if dev_packages:
        what += f" and the libraries of {', '.join(dev_packages)}"
    return _python_run(code, what + f", for the runner (in {PACKAGE_LIST})",
                       prepare=ENSURE_PYTHON.format(tool=base.installer or "yum"))


def _python_run(code: str, comment: str, interpreter: str = RPM_PYTHON,
                prepare: str = "") -> ast.Run:
    """A builder RUN of the Python program ``code``: one ``exec`` of an escaped string
    (a RUN line has no newlines, and buildah's RUN has no heredocs); ``prepare``: shell
    text run first (``ENSURE_PYTHON``)."""
    literal = code.replace("\\", "\\\\").replace("\n", "\\n")
    text = f"{interpreter} -c 'exec(\"\"\"{literal}\"\"\")'"
    if prepare:
        text = f"{prepare} && {text}"
    return ast.Run(keyword="RUN", command=ast.ShellForm(text),
                   leading=(ast.Comment("# " + comment),))




def setup(base: PlainBase, replay: PackageReplay, scanned: bool, rules: str,
          list_checks: Sequence[str] = (), list_why: str = ""):
    """The RPM runner's setup: the builder's repository files and keys first (the
    runner installs from the repositories the builder's installs used, in one command,
    so a repository a release package such as epel-release brings must be there before
    it), then the packages in one yum/dnf RUN with the scanned list, ``list_checks``
    run after the installs while the list is there (``list_why``: that RUN's comment)."""
    from ..runner_packages import REPOSITORY_FILES
    tool = base.installer or "yum"
    if tool == "dnf":  # (hadolint's rule for dnf's unpinned installs)
        rules = rules.replace("DL3033", "DL3041")
    nodes = [ast.Copy(keyword="COPY", flags=(ast.Flag("from", "builder"),), paths=(p, p))
             for p in REPOSITORY_FILES["yum"]]  # (the keys' directory among them)
    pkgs = " ".join(sorted(replay.install))
    parts = [f"rpm --import {' '.join(replay.keys)}"] if replay.keys else []
    if replay.upgrade:
        parts.append(f"{tool} update -y")
    if pkgs:
        parts.append(f"{tool} install -y {pkgs}")
    if scanned:
        nodes.append(ast.Copy(keyword="COPY", flags=(ast.Flag("from", "builder"),),
                              paths=(PACKAGE_LIST, RUNNER_LIST)))
        # (the shell reads the list: a Fedora base image may have no xargs)
        parts.append(f"set -- && while read -r p; do set -- \"$@\" \"$p\"; done < {RUNNER_LIST}")
        parts.append(f"{{ [ $# -eq 0 ] || {tool} install -y \"$@\"; }}")
        parts.extend(list_checks)
    if not parts:
        return []
    parts.append(f"{tool} clean all")
    if scanned:
        parts.append(f"rm -f {RUNNER_LIST}")
    nodes.append(run_node(" && ".join(parts), list_why if scanned and list_why else
                          "the packages the original installs for run time" +
                          (", and those owning the libraries the build's compiled files load"
                           if scanned else ""), rules))
    return nodes


#: the runner plan's note on the repository copies ``setup`` makes
REPOSITORIES_COPIED = ("the builder's package repositories and keys (/etc/yum.repos.d, "
                       "/etc/pki/rpm-gpg) copied before the runner installs: the packages "
                       "come from the repositories the builder's installs used (a release "
                       "package such as epel-release, a repository file the build wrote)")
