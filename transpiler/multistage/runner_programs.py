"""Which programs a command may take for the runner's own, and what they need of the
runner.

A same-image runner (the builder's own distribution image with the original's
packages installed again) has every program of the base image and of those packages.
Any other runner (a slim sibling, a distribution's slim image) has only: the programs
every image with a shell has (``sleep``, ``cat``: Debian's essential packages and
BusyBox alike), bash where every image of the builder's distribution has it, and the
programs of packages the original installs and keeps that are not build-only, which
the runner installs again (``runner_packages``).  A package program read with its
package's defaults in the runner is declined when the build configured it in the
builder (a COPY into /etc, ``sed -i``, a redirection), or when its command line names
a file the runner does not get.  What each accepted program needs of the chosen
runner (its package installed there, the builder's distribution, the builder's C
library) is recorded on the context and checked with the runner (``check_runner``);
the program itself is tested in the runner at build time (``command -v``)."""

from __future__ import annotations

import dataclasses
import re
from typing import List, Optional, Sequence, Tuple

from ..knowledge.packages import package_name
from ..analysis.shell import program_name, split_commands, unwrap
from ..analysis.state import resolve_path
from ..analysis.variables import expand
from ..knowledge import packages
from ..tree import ast
from .decline import Decline
from .recipes.artifacts import Artifact
from .recipes.run_walk import kept_installs, steps
from .runner_packages import BUILD_ONLY_KINDS
from ..analysis.paths import is_within, within_any


def same_image(ctx) -> bool:
    """Whether the runner is the builder's own distribution image with the packages
    installed again (the Python and Node recipes' distribution detections)."""
    det = ctx.detection
    return getattr(det, "distribution", None) is not None and \
        getattr(det, "replay", None) is not None


@dataclasses.dataclass
class ProgramChecks:
    """The programs accepted as the runner's own, checked there at build time."""
    names: List[str] = dataclasses.field(default_factory=list)
    paths: List[str] = dataclasses.field(default_factory=list)

    def add(self, program: str) -> None:
        into = self.paths if program.startswith("/") else self.names
        if program not in into:
            into.append(program)


@dataclasses.dataclass(frozen=True)
class WrapperSyntax:
    """How a wrapper program's words before the command it starts read: ``valued``
    options take the next word (or one joined: ``-n5``, ``--signal=KILL``), ``flags``
    take none, then ``operands`` words of its own (gosu's user, timeout's duration).
    ``strict``: an option named in neither set is not read (a wrong guess at whether it
    takes a value would take its value for the program); tini's and dumb-init's others
    are all flags."""

    valued: frozenset = frozenset()
    flags: frozenset = frozenset()
    operands: int = 0
    strict: bool = True


#: programs that start the command after their own words: the container runs that
#: command, under them (an init, a user switch, a limit), and the runner must have both
WRAPPERS = {
    "dumb-init": WrapperSyntax(frozenset({"-r", "--rewrite"}), strict=False),
    "tini": WrapperSyntax(frozenset({"-p", "-e"}), strict=False),
    "tini-static": WrapperSyntax(frozenset({"-p", "-e"}), strict=False),
    "gosu": WrapperSyntax(operands=1),
    "su-exec": WrapperSyntax(operands=1),
    "timeout": WrapperSyntax(frozenset({"-s", "--signal", "-k", "--kill-after"}),
                             frozenset({"--preserve-status", "--foreground", "-v",
                                        "--verbose"}), operands=1),
    "nice": WrapperSyntax(frozenset({"-n", "--adjustment"})),
    "stdbuf": WrapperSyntax(frozenset({"-i", "-o", "-e", "--input", "--output", "--error"})),
}


def wrapped_words(name: str, args: Sequence[str]) -> Tuple[Optional[List[str]], Optional[str]]:
    """(command, problem) of the words after the wrapper ``name`` (``WRAPPERS``): its
    options (``WrapperSyntax``), a ``--`` ending them, and its own operands skipped; the
    command is what is left (None with no problem when nothing is: the program is given
    at ``docker run``).  An option not known here is the problem."""
    syntax = WRAPPERS[name]
    rest = list(args)
    while rest and rest[0].startswith("-") and rest[0] not in ("-", "--"):
        option = rest.pop(0)
        if option in syntax.valued:
            if not rest:
                return None, f"`{name} {option}` is given no value"
            rest.pop(0)
        elif option in syntax.flags or not syntax.strict or                 option.split("=", 1)[0] in syntax.valued and option.startswith("--") or                 option[:2] in syntax.valued and not option.startswith("--") or                 name == "nice" and option[1:].isdigit():  # (``-n5``, ``-oL``, ``nice -5``)
            continue
        else:
            return None, f"`{name} {option}` is an option not known here"
    if rest and rest[0] == "--":
        rest.pop(0)
    rest = rest[syntax.operands:] if len(rest) > syntax.operands else []
    return (rest or None), None


#: programs every image with a shell has (Debian's essential packages, BusyBox): a
#: command's ``sleep`` or ``cat`` runs on any runner with a shell, tested there anyway
CORE_PROGRAMS = frozenset({
    "sh", "sleep", "cat", "grep", "head", "tail", "ls", "env", "date", "mkdir", "rm", "cp",
    "mv", "chmod", "ln", "touch", "sed", "tr", "cut", "sort", "wc", "tee", "id", "nohup",
    "printenv", "basename", "dirname", "xargs", "find", "uname", "whoami", "expr", "seq",
    "timeout", "nice"})
#: distributions whose images all have bash and GNU coreutils (essential or base packages)
BASH_FAMILIES = frozenset({"debian", "ubuntu", "centos", "fedora", "rocky", "almalinux",
                           "amazonlinux", "rhel"})
#: programs every image of those distributions has (stdbuf: GNU coreutils', not BusyBox's)
FAMILY_PROGRAMS = frozenset({"bash", "stdbuf"})
#: programs whose package has another name (the rest are named after their package)
PROGRAM_PACKAGES = {"supervisord": ("supervisor",), "supervisorctl": ("supervisor",),
                    "apache2ctl": ("apache2",), "tini-static": ("tini",),
                    "mongod": ("mongodb-org-server", "mongodb-server", "mongodb"),
                    "redis-server": ("redis-server", "redis"),
                    # (the programs of packages.RUN_TIME_HELPERS a command runs; Debian's
                    # gettext depends on gettext-base, which has envsubst)
                    "envsubst": ("gettext-base", "gettext"), "gpg": ("gnupg", "gnupg2", "gpg"),
                    "lsb_release": ("lsb-release",)}


def packages_of(name: str):
    return PROGRAM_PACKAGES.get(name, (name,))


def package_program(ctx, program: str, checks: ProgramChecks,
                    argv: Sequence[str] = ()) -> Optional[Artifact]:
    """A program of the runner on a runner that is not the builder's image with every
    package installed again: one every image with a shell has (``sleep``), bash on a
    runner of a distribution whose images all have it, or the program of a package the
    original installs and keeps that is not build-only, which the runner then installs
    too (``runner_packages``; checked with the runner in ``check_runner``).  Tested in
    the runner at build time all the same.  None for anything else."""
    if "$" in program or "/" in program and not program.startswith("/"):
        return None
    name = program_name(program)
    if program.startswith("/") and program not in (f"/bin/{name}", f"/usr/bin/{name}",
                                                   f"/sbin/{name}", f"/usr/sbin/{name}"):
        return None  # a file elsewhere is the build's or an image's own layout
    base = ctx.facts.base
    kept = kept_packages(ctx)
    package = next((p for p in packages_of(name) if p in kept), None)
    distro = packages.distro_of(base.family, base.release)
    if package is not None and (distro is None or package in packages.RUN_TIME_HELPERS or
                                packages.kind_of(package, distro) not in BUILD_ONLY_KINDS):
        if name not in WRAPPERS:
            _configured_in_builder(ctx, program, argv)
        require(ctx, "package", package, program)
        how = f"the program of {package}, which the original installs and the runner installs too"
    elif name in CORE_PROGRAMS:
        how = "a program every image with a shell has"
    elif name in FAMILY_PROGRAMS and base.family in BASH_FAMILIES:
        require(ctx, "family", base.family, program)
        how = f"{name}, which every {base.family} image has"
    else:
        return None
    checks.add(program)
    return Artifact(None, name, how + ", tested in the runner at build time", -1, provided=True)


#: where the build may write without a package's program reading it
_NOT_CONFIG = ("/tmp/", "/var/cache/", "/var/lib/apt/lists", "/var/tmp/", "/root/.cache",
               "/dev/null", "/etc/apt/", "/usr/share/keyrings/", "/etc/apk/")


#: where a COPY before the build may put files a package's program reads by default
_SYSTEM_PLACES = ("/etc", "/usr/", "/var/", "/opt/", "/srv/", "/root/", "/home/", "/lib/")
#: file names that look like a program's configuration on its command line
_CONFIG_WORD = re.compile(r"/|\.(conf|cfg|ini|ya?ml|json|toml|xml|lua|properties)$")


def _configured_in_builder(ctx, program: str, argv: Sequence[str] = ()) -> None:
    """A program installed again in a fresh runner reads its package's default
    configuration: decline when the build writes a file of the system (/etc, /usr, /var:
    a COPY there, a redirection, ``sed -i``, ``cp``/``mv``/``ln`` into it) that such a
    program may read, and the runner would not have.  A COPY before the build reaches
    the runner only inside the copied trees (a COPY after it is placed there)."""
    det = ctx.detection
    boundary = max(det.build_indices + det.extra_build_indices, default=-1)
    trees = [a.path for a in det.artifacts if a.tree and a.path and a.certain]
    cwd = ctx.facts.final.workdir
    for word in argv[1:]:
        value = word.split("=", 1)[1] if word.startswith("-") and "=" in word else word
        if value.startswith("-") or not _CONFIG_WORD.search(value):
            continue
        path = resolve_path(cwd, value)
        if path is None or not within_any(path, trees):
            raise Decline(f"`{program}` is the program of a package the runner installs again, "
                          f"and it is given `{value}`, which the runner is not known to have")
    for fact in ctx.facts.instructions:
        node = fact.node
        if isinstance(node, (ast.Copy, ast.Add)) and node.flag("from") is None and \
                fact.index <= boundary:
            dest = expand(node.destination or "", fact.before.variables())
            to = resolve_path(fact.before.workdir, dest.value) if dest.complete else None
            if to is None or to.startswith(_SYSTEM_PLACES) and not any(
                    is_within(to, t) for t in trees):
                raise Decline(f"`{program}` is the program of a package the runner installs "
                              f"again, and {node.name} at {ctx.line_of(node)} puts a file at "
                              f"{to or dest.value} in the builder, which it may read")
        if not isinstance(node, ast.Run) or not isinstance(node.command, ast.ShellForm):
            continue
        text = node.command.text
        paths = [m.group(1) for m in REDIRECT.finditer(text) if m.group(1)]
        if re.search(r"\bsed\s+(?:-[a-zA-Z]*i|--in-place)", text):
            paths.append("a file (sed -i)")
        for cmd in split_commands(text).commands:
            argv = unwrap(cmd).argv
            if argv and program_name(argv[0]) in ("cp", "mv", "ln", "install", "tee", "rm"):
                paths += [a for a in argv[1:] if a.startswith(("/etc", "/usr/", "/var/"))]
        paths = [p for p in paths if not p.startswith(("&",) + _NOT_CONFIG)]
        if paths:
            raise Decline(f"`{program}` is the program of a package the runner installs again, "
                          f"and the RUN at {ctx.line_of(node)} changes {paths[0]} in the "
                          "builder, which it may read")


def kept_packages(ctx) -> set:
    """The OS packages the original installs and does not remove."""
    return set(kept_installs(ctx.facts)[0])


def require(ctx, kind: str, value: str, program: str) -> None:
    need = (kind, value, program)
    if need not in ctx.runner_requirements:
        ctx.runner_requirements.append(need)


def check_runner(ctx, runner, installs) -> None:
    """What the programs taken for the runner's own need of the runner the plan chose:
    their package installed there (``installs``: what its setup and the carried
    packages install), the builder's distribution (bash), the builder's C library (a
    file copied from the builder: an init wrapper fetched as a binary)."""
    det = ctx.detection
    replayed = set(getattr(getattr(det, "replay", None), "install", ()) or ()) \
        if same_image(ctx) else set()
    replayed = {package_name(p) for p in replayed}
    image = ctx.runner.image
    for kind, value, program in ctx.runner_requirements:
        if kind == "package" and value not in installs and value not in replayed:
            raise Decline(f"the command runs `{program}`, a program of {value}, which the "
                          f"runner {image} does not install")
        if kind == "family" and (not runner.known or runner.family != value):
            raise Decline(f"the command runs `{program}`, which every {value} image has; the "
                          f"runner {image} is {runner.family or 'not known'}")
        if kind == "libc" and (not runner.known or runner.libc != value):
            raise Decline(f"the command runs `{program}`, a file copied from the builder "
                          f"({value}); the runner {image} has "
                          f"{runner.libc or 'an unknown C library'}")


def check_stripped(ctx, cmd, where: str, checks: ProgramChecks) -> None:
    """The programs ``unwrap`` strips before the command (``sudo``, ``time``, ``nohup``,
    ``env``) are run too: each is the runner's own or the command declines."""
    inner = unwrap(cmd).argv
    for word in cmd.argv[:len(cmd.argv) - len(inner)]:
        name = program_name(word)
        if name in ("sudo", "time", "nohup", "env") and \
                package_program(ctx, word, checks) is None:
            raise Decline(f"{where}: runs `{name}`, which no package the original installs "
                          "provides to the runner")


REDIRECT = re.compile(r"(?<![0-9&])>>?\s*([^\s;&|]+)|\bsed\s+(?:-[a-zA-Z]*i[a-zA-Z]*\s)")


def left_out(ctx) -> tuple:
    """The packages the original has at run time (installed and not removed again:
    ``apk del build-base`` leaves the original's own scripts without it too) that the
    runner does not install: on a same-image runner what its replay drops; on another
    runner (the Python and Node recipes' slim or alpine image) the packages the RUNs up
    to the build install and keep, less the runner's runtime packages (a -dev package
    is left out even when its library is installed: its programs, ``pg_config``, are
    not).  Packages of RUNs after the build reach the runner with those RUNs."""
    det = ctx.detection
    if same_image(ctx):
        return tuple(det.replay.dropped)
    name = package_name
    boundary = max(tuple(det.build_indices) + tuple(det.extra_build_indices), default=-1)
    kept = kept_installs(ctx.facts)[0]
    before = set()
    for step in steps(ctx.facts):
        if step.index <= boundary:
            got = packages.read_install(step.argv)
            before.update(name(p) for p in (got.packages if got is not None else ()))
    runner = {name(p) for p in getattr(det, "runtime_packages", ()) or ()}
    return tuple(p for p in kept if name(p) in before and name(p) not in runner)
