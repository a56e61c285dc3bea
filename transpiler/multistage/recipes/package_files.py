"""Package files (``dpkg -i tini.deb``, ``apt-get install ./x.deb``) installed by RUNs
whose effect is captured (``effect_capture``), handed to the runner to install itself.

The capture leaves the files of the packages the RUNs installed out: the runner installs
those packages again from the archive.  A package installed from a file is not in the
archive (a downloaded .deb, one ``dpkg-buildpackage`` made), and the file is usually
removed by the RUN that installed it.  So the runner receives **the very file**: while
the captured RUNs run, a dpkg hook (``pre-invoke`` in /etc/dpkg/dpkg.cfg.d, read by
every dpkg run, also those apt starts) copies aside each ``.deb`` dpkg is given that is
not one of apt's downloads (/var/cache/apt/archives); it reads dpkg's own arguments
(/proc/<dpkg>/cmdline, relative ones from dpkg's directory), so a file named by a
variable, a glob or a script is kept too.  After the last RUN the builder keeps the
files whose package is still installed at that very version (a file superseded or
removed later is not the builder's state), and the runner installs them with dpkg
after the captured files (``--force-confold``: a configuration file the RUNs changed
comes with them), their dependencies from the archive (``apt-get install -f``), before
the packages a script installed; each must then be installed at the builder's version, or the build
fails.  Why not copy the package's files instead: the maintainer scripts (a system
user, alternatives, a repository the package adds) would have run in the builder
only, and the runner's dpkg database would not know the package.

The cost: the files travel in the captured tree (the runner's COPY layer keeps them,
compressed, beside what they install).

A file installed with ``--force-depends`` (its dependencies left missing: the
original keeps the package so) is kept apart (``FORCED``, the hook reads the flag on
dpkg's command line) and installed in the runner the same way, after the others and
without apt's ``-f`` resolution, with those of its dependencies the builder had
installed (read there with dpkg-query: a dependency a build-only package brought stays
a dependency met), when no apt or dpkg command runs after it in the stage
(one would have resolved or refused the missing dependencies in the original: which,
is not known).

Declined (``install_problem``): an install the runner's dpkg and apt would not do as
the original did: dependencies ignored otherwise (``--force-all``, ``--ignore-depends``)
or with ``--force-depends`` before another apt or dpkg command, a directory of package files (``dpkg -R``), an installer that
is not dpkg (``gdebi``, ``rpm`` on an apt image), and any package file on an image
whose package manager is not dpkg (``apk add x.apk``, ``rpm -i``)."""

from __future__ import annotations

import shlex
from typing import Optional, Sequence, Tuple

from ...analysis import StageFacts
from ...analysis.shell import program_name
from ...knowledge import packages

#: dpkg's and rpm's options that install a package file
FILE_INSTALL = ("-i", "--install", "--unpack", "-U", "-ivh", "-Uvh")
#: dpkg options that install without the package's dependencies
_IGNORES_DEPENDS = ("--force-depends", "--force-depends-version", "--force-all",
                    "--ignore-depends")
#: what the builder keeps while the captured RUNs run (outside every listing:
#: effect_capture prunes /var/lib/dtranspile)
KEPT = "/var/lib/dtranspile/capture/debs"
HOOK_SCRIPT = "/var/lib/dtranspile/capture/keep-debs"
#: the dpkg configuration fragment that runs the hook (removed before the listing after)
HOOK_CONFIG = "/etc/dpkg/dpkg.cfg.d/dtranspile-keep-debs"
#: dpkg-query's format of a package's state and version (in double quotes: the shell
#: leaves ``\$`` to dpkg-query, which reads ``\n`` itself)
_STATUS = "\\${Status} \\${Version}\\n"
#: inside the captured tree: the files for the runner and their packages (name, version)
DEBS = "/var/lib/dtranspile/capture-debs"
#: the files dpkg installed with ``--force-depends`` (without their dependencies), kept
#: apart and under DEBS: installed so in the runner
FORCED = "forced"
#: dpkg's options that leave a package's dependencies missing and that the runner
#: repeats (the others decline)
_REPEATED_FORCE = ("--force-depends", "--force-depends-version")
#: programs that resolve or check dependencies: one after a --force-depends install
#: would have resolved or refused what it left missing
_RESOLVERS = ("apt-get", "apt", "aptitude", "dpkg", "gdebi")
DEBS_LIST = "/var/lib/dtranspile/capture-debs.list"


def package_file(step) -> Optional[str]:
    """The package file(s) ``step`` installs, as written (None: it installs none):
    ``dpkg -i tini.deb``, ``rpm -ivh x.rpm``, ``gdebi x.deb``, ``apt-get install
    ./x.deb`` (a word with a slash or a package file suffix)."""
    from .run_walk import expanded_argv
    head, args = program_name(step.argv[0]), step.argv[1:]
    if head == "gdebi" or head in ("dpkg", "rpm") and any(
            a in FILE_INSTALL or a.startswith("--install") for a in args):
        files = [a for a in args if not a.startswith("-")]
        return " ".join(files) or head
    got = packages.read_install(expanded_argv(step))
    if got is None:
        return None
    files = [p for p in got.packages if is_file_word(p)]
    return " ".join(files) if files else None


def is_file_word(word: str) -> bool:
    """Whether a word of an install command names a package file (a path, or a name
    with a package file's suffix), not a package (``libcairo2-dev/unstable`` is a
    package of the release it names)."""
    return word.endswith((".deb", ".rpm", ".apk")) or word.startswith(("/", "./", "../"))


def resolved_after(step, later) -> bool:
    """Whether an apt or dpkg command among the steps ``later`` (those after ``step``
    in the stage) may resolve or refuse the dependencies ``step`` left missing."""
    return any(program_name(s.argv[0]) in _RESOLVERS for s in later if s.argv)


def install_problem(step, manager: str, resolved: bool = True) -> Optional[str]:
    """Why the runner cannot install again the package file ``step`` installs, on a
    builder whose package manager is ``manager`` (None: it can, or ``step`` installs
    none): see the module docstring.  ``resolved``: an apt or dpkg command runs after
    ``step`` in the stage (``resolved_after``)."""
    files = package_file(step)
    if files is None:
        return None
    head, args = program_name(step.argv[0]), step.argv[1:]
    what = f"a package file (`{files}`)"
    later = ("the runner installs the package files the builder keeps with dpkg, and "
             "the capture leaves the packages' own files out")
    if manager != "apt":
        return f"{what} on an image whose packages are {manager}'s: {later}"
    if head in ("rpm", "gdebi"):
        return f"{what} with `{head}`: {later}"
    if head == "dpkg":
        if any(a in ("-R", "--recursive") for a in args):
            return (f"{what} with `dpkg -R`, the package files of a directory: the builder "
                    "keeps the files dpkg is given by name, and the capture leaves the "
                    "packages' own files out")
        ignored = [a for a in args if a.split("=", 1)[0] in _IGNORES_DEPENDS or
                   a.startswith("--force-") and "depends" in a]
        if ignored and (resolved or any(a not in _REPEATED_FORCE for a in ignored)):
            if all(a in _REPEATED_FORCE for a in ignored):
                return (f"{what} with `{ignored[0]}`, without its dependencies, and an apt "
                        "or dpkg command runs after it: whether that one resolved, removed "
                        "or left the package broken in the original is not known")
            return (f"{what} with `{ignored[0]}`, without its dependencies: the original "
                    "keeps the package without them, and the runner, which installs the file "
                    "the builder keeps, would install them from the archive or fail")
    elif not any(p.endswith(".deb") or "/" in p for p in files.split()):
        return f"{what} that is not a .deb: {later}"
    return None


def captured_file_installs(facts: StageFacts, indices: Sequence[int]) -> Tuple[str, ...]:
    """Where the captured RUNs (stage body ``indices``) install a package file ("line
    N"): the builder keeps those files for the runner (empty: no hook)."""
    from .run_walk import steps
    wanted = set(indices)
    return tuple(dict.fromkeys(s.where for s in steps(facts)
                               if s.index in wanted and package_file(s) is not None))


def hook_text() -> str:
    """Shell text (after the listing before the captured RUNs) installing the dpkg hook
    that keeps the package files dpkg is given (see the module docstring)."""
    script = [
        "#!/bin/sh",
        "# dtranspile: the package files dpkg is given (not apt's downloads), kept for "
        "the runner",
        f"tr '\\000' '\\n' < \"/proc/$1/cmdline\" > {KEPT}.args || exit 1",
        f"dir={KEPT}",
        f"if grep -q -e '^--force-.*depends' -e '^--force-all' {KEPT}.args; then "
        f"dir={KEPT}/{FORCED}; mkdir -p \"$dir\" || exit 1; fi",
        "while IFS= read -r arg; do",
        "  case \"$arg\" in /var/cache/apt/archives/*) continue ;; *.deb) ;; *) continue ;; "
        "esac",
        "  case \"$arg\" in /*) file=\"$arg\" ;; *) file=\"/proc/$1/cwd/$arg\" ;; esac",
        "  if [ -f \"$file\" ]; then cp \"$file\" \"$dir\"/ || exit 1; fi",
        f"done < {KEPT}.args",
    ]
    lines = " ".join(shlex.quote(line) for line in script)
    config = shlex.quote(f"pre-invoke=sh {HOOK_SCRIPT} \"$PPID\"")
    return (f"mkdir -p {KEPT} && printf '%s\\n' {lines} > {HOOK_SCRIPT} && "
            f"printf '%s\\n' {config} > {HOOK_CONFIG}")


def unhook_text() -> str:
    """Shell text removing the hook (first in the capture RUN, before its listing)."""
    return f"rm -f {HOOK_CONFIG}"


def selection_parts(w: str, captured: str) -> Tuple[str, ...]:
    """The capture RUN's steps keeping, in ``captured``, the kept files whose package is
    still installed at that version, and writing ``{w}/debs.names`` (their packages,
    sorted: those the runner does not install again by name)."""
    return (
        f"mkdir -p {captured}{DEBS}",
        f": > {captured}{DEBS_LIST}",
        f"for deb in {KEPT}/*.deb {KEPT}/{FORCED}/*.deb; do [ -f \"$deb\" ] || continue; "
        "name=\"$(dpkg-deb -f \"$deb\" Package)\" && "
        "version=\"$(dpkg-deb -f \"$deb\" Version)\" || exit 1; "
        f"to={captured}{DEBS}; case \"$deb\" in {KEPT}/{FORCED}/*) to=\"$to/{FORCED}\" ;; "
        "esac; "
        f"if dpkg-query -W -f \"{_STATUS}\" \"$name\" > {w}/debs.status 2>/dev/null && "
        f"grep -Fqx \"install ok installed $version\" {w}/debs.status; then "
        "mkdir -p \"$to\" && cp \"$deb\" \"$to/$name.deb\" && "
        f"printf '%s\\t%s\\n' \"$name\" \"$version\" >> {captured}{DEBS_LIST} || exit 1; "
        f"case \"$deb\" in {KEPT}/{FORCED}/*) "
        f"dpkg-query -W -f '${{Depends}}\\n' \"$name\" > {w}/debs.depends || exit 1; "
        f"sed -e 's/[,|]/\\n/g' -e 's/([^)]*)//g' -e 's/:any//g' -e 's/[[:blank:]]//g' "
        f"{w}/debs.depends > {w}/debs.names.depends || exit 1; "
        "while read -r dep; do [ -n \"$dep\" ] || continue; "
        "if [ \"$(dpkg-query -W -f '${Status}' \"$dep\" 2>/dev/null)\" = "
        "\"install ok installed\" ]; then echo \"$dep\"; fi; done "
        f"< {w}/debs.names.depends >> {captured}{DEBS}/{FORCED}.depends || exit 1 ;; esac; fi; "
        "done",
        f"cut -f1 {captured}{DEBS_LIST} > {w}/debs.names",
        f"LC_ALL=C sort -u -o {w}/debs.names {w}/debs.names",
    )


def runner_install_text(packages_list: str, modified: str, fetch: bool = True) -> str:
    """The runner's install of the kept package files (dependencies from the archive),
    then of ``packages_list`` (what a script installed: after an update, as a package
    file may add a repository), each kept package checked to be installed at the
    builder's version, then the package files the RUNs changed unpacked again.
    ``fetch`` False: on the lists the image holds (``package_index.image_lists``), no
    first fetch and the lists kept (the update after the package files stays)."""
    opts = "-y -o Dpkg::Options::=--force-confold"
    return (f"if [ -s {packages_list} ] || [ -s {DEBS_LIST} ]; then "
            f"export DEBIAN_FRONTEND=noninteractive && {packages.index_fetch(fetch)}"
            f"if [ -s {DEBS_LIST} ]; then {{ dpkg --force-confold -i {DEBS}/*.deb || "
            f"apt-get install -f {opts}; }} && "
            f"if [ -d {DEBS}/{FORCED} ]; then {{ [ ! -f {DEBS}/{FORCED}.depends ] || "
            f"xargs -r apt-get install {opts} --no-install-recommends < "
            f"{DEBS}/{FORCED}.depends; }} && dpkg --force-confold --force-depends -i "
            f"{DEBS}/{FORCED}/*.deb; fi && apt-get update; fi && "
            f"xargs -r apt-get install {opts} < {packages_list} && "
            "while IFS=\"$(printf '\\t')\" read -r name version; do "
            f"dpkg-query -W -f \"{_STATUS}\" \"$name\" > /tmp/dtranspile-debs.status && "
            "grep -Fqx \"install ok installed $version\" /tmp/dtranspile-debs.status || "
            "{ echo \"$name $version: not installed from its package file\" >&2; exit 1; }; "
            f"done < {DEBS_LIST} && "
            f"tar -C / -xpf {modified} --numeric-owner && "
            f"{packages.APT_LISTS_REMOVAL if fetch else 'rm -f'} /tmp/dtranspile-debs.status; fi")
