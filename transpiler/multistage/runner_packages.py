"""The OS packages the original installs that the runner needs too.

Only toolchains, compilers, ``-dev`` packages and build tools (``knowledge.packages``:
TOOLCHAIN, BUILD_TOOLS) are known to serve the build only, but for the version-control
clients among them, which a program may run too (``build_only``).  Every other package the
original installs and keeps (``apk add curl`` for an external health check, ``bash``
for a script, ``ca-certificates``) may be used at run time, so it reaches the runner,
in the runner's package manager, or the rewrite declines (a runner without one, a name
not known in the runner's archive).  A recipe whose plan reads the packages itself
(``RunnerPlan.os_packages``: the native and interpreter runners) installs them; this
module then only checks that it reinstalls nothing the original removed.

A package from a repository the build added (an apt key and source list, apk
repositories of another release) cannot be installed on a bare runner: the builder's
repository configuration is copied first, which is the same release's (the runners
that install packages follow the builder's release)."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from typing import List, Optional, Set, Tuple

from ..analysis import StageFacts
from ..analysis.state import resolve_path
from ..analysis.variables import expand
from ..analysis.shell import split_commands, unwrap
from ..knowledge import packages
from ..tree import ast
from .decline import Decline
from .recipes.base import RunnerPlan
from .recipes.run_walk import kept_installs, steps, unknown_named, upgrade_of, where_of
from .runner_setup import run_node

#: shell text that changes where packages come from
REPOSITORY_SETUP = ("apt/sources.list", "add-apt-repository", "apt-add-repository", "apt-key", "/etc/apt/keyrings",
                    "/usr/share/keyrings", "/etc/apt/trusted.gpg", "apk/repositories")
#: setup scripts whose own text is not read but that add a package repository (and its
#: key) for the installs after them: NodeSource's (``curl -sL
#: https://deb.nodesource.com/setup_8.x | bash -``, or saved and run with bash), whose
#: nodejs is another version than the distribution's own (and brings npm)
REPOSITORY_SCRIPTS = ("deb.nodesource.com/setup", "rpm.nodesource.com/setup")
#: what holds a package manager's repositories and keys (copied from the builder)
REPOSITORY_FILES = {"apt": ("/etc/apt", "/usr/share/keyrings"),
                    "apk": ("/etc/apk/repositories", "/etc/apk/keys"),
                    # (every CentOS and Fedora image has both; the same-image runner of
                    # an RPM build always copies them: distribution_runner)
                    "yum": ("/etc/yum.repos.d", "/etc/pki/rpm-gpg")}
#: an apt source read over https (``deb [signed-by=...] https://...``)
_HTTPS_SOURCE = re.compile(r"deb (\[[^]]*\] )?https://")
#: debconf's database (every apt image has one): the answers a build preseeds with
#: debconf-set-selections, which the runner's installs of the same release read
DEBCONF_DATABASE = "/var/cache/debconf"
#: a package kind that serves the build only
BUILD_ONLY_KINDS = ("toolchain", "helper", "dev")


@dataclass(frozen=True)
class RunnerPackages:
    repositories: Tuple[str, ...] = ()  # paths copied from the builder before installs
    install: Tuple[ast.Instruction, ...] = ()  # the RUN that installs the carried ones
    added: Tuple[str, ...] = ()
    #: RUNs before the repository copies: what apt needs to read https repositories
    prepare: Tuple[ast.Instruction, ...] = ()


def plan_installs(plan: RunnerPlan) -> Set[str]:
    """The packages the runner plan's setup installs."""
    return installed_by(plan.setup + plan.setup_after)


def installed_by(nodes) -> Set[str]:
    """The packages the RUNs among ``nodes`` install."""
    out: Set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Run) and isinstance(node.command, ast.ShellForm):
            for cmd in split_commands(node.command.text).commands:
                got = packages.read_install(unwrap(cmd).argv)
                if got is not None:
                    out.update(got.packages)
    return out


def dropped_installs(facts: StageFacts, installed: Set[str]) -> Tuple[str, ...]:
    """The packages the original installs and keeps that the runner does not install
    again (build tools, ``-dev`` packages, the libraries whose runtime packages a builder
    reads with ldd): what their dependencies and Recommends brought along (``git`` and
    ``libcurl4`` recommend ``ca-certificates``) is in the original and not in the
    runner."""
    kept, _ = kept_installs(facts)
    return tuple(p for p in kept if p not in installed and "$" not in p)


def runner_packages(facts: StageFacts, runner, image: str, plan: RunnerPlan,
                    replaces_program: bool, ca_copied: bool) -> RunnerPackages:
    if replaces_program:
        return RunnerPackages()  # the program that used them is not run
    found = list(steps(facts))
    again = packages.virtual_added_again(s.argv for s in found)
    if again is not None:
        raise Decline(f"`apk add --virtual {again}` while the virtual package {again} is "
                      "installed: apk either replaces it (removing the packages only the old "
                      "one required) or keeps the old one (not adding the new packages), "
                      "so which packages the original keeps is not known")
    kept, removed = kept_installs(facts)
    planned = plan_installs(plan)
    again = sorted(set(removed) & planned)
    if again:
        raise Decline(f"the runner would install {', '.join(again)}, which the original "
                      "removes after its build")
    from .recipes import effect_capture  # (the recipes read this module)
    base = effect_capture.builder_distro(facts)
    needed: List[str] = []
    if not plan.os_packages:
        hidden = [p for p in kept if ("$" in p or "`" in p) and not p.endswith(".deb")]
        if hidden:
            raise Decline(f"the original installs {unknown_named(hidden[:1])} (not set by an "
                          "ENV, an ARG default or a literal assignment before it): what it "
                          "keeps for run time, the runner cannot install again")
        for pkg in kept:
            if "/" in pkg or pkg.endswith((".deb", ".rpm", ".apk")) or \
                    pkg in planned or build_only(pkg, base, facts):
                continue
            if pkg in ("ca-certificates", "ca-certificates-bundle") and \
                    (runner.has_ca_certificates or ca_copied):
                continue
            needed.append(pkg)
    if not needed and not planned and not _installs_read_list(plan):
        return RunnerPackages()
    target = packages.distro_of(runner.family, runner.release) \
        if runner.known and runner.shell else None
    if target is None and effect_capture.very_image(facts, image):
        target = base  # (the builder's very image, proven Debian-family: ``proven_family``)
    what = ", ".join(needed or sorted(planned))
    if needed and target is None:
        raise Decline(f"the original installs {what} for run time and the runner {image} has "
                      "no package manager known here to install "
                      f"{'it' if len(needed) == 1 else 'them'}")
    names, recommends = [], set()
    from .apt_config import apt_choices
    choices = apt_choices(facts)
    with_recommends = choices.recommends
    for pkg in needed:
        name = packages.carried_name(pkg, base, target) if base is not None else None
        if name is None:
            raise Decline(f"the original installs {pkg} ({_named(base)} name) for run time; "
                          f"its name in {image}'s archive ({_named(target)}) is not known")
        names.append(name)
        if name == pkg:  # (apt to apt: the same package, with its Recommends)
            choices.check([pkg])
            if pkg in with_recommends:
                recommends.add(name)
    for step in found:
        override = packages.uncarried_override(step.argv)
        got = packages.read_install(step.argv) if override is not None else None
        if got is not None and set(got.packages) & set(needed):
            raise Decline(f"{step.where}: `{' '.join(step.argv[:2])}` installs with "
                          f"{override}, packages it cannot authenticate: the runner's "
                          "install of them again is not given that override here, and "
                          "would stop")
    language = _language_installs(found, names)
    if language is not None:
        raise Decline(language)
    unnamed = _repository_not_named(found, plan, base, facts)
    if unnamed is not None:
        raise Decline(f"{unnamed} comes from a repository named on the install command "
                      "(apk -X/--repository), and the runner's install of it does not "
                      "name that repository")
    repos: Tuple[str, ...] = ()
    texts = [f.node.command.text for f in facts.instructions
             if isinstance(f.node, ast.Run) and isinstance(f.node.command, ast.ShellForm)] + \
        repository_copies(facts)
    # (a setup script's repository: not where the plan copies the repository files
    # itself, as the Node.js distribution runner does for NodeSource's)
    markers = REPOSITORY_SETUP + (() if _copies_repositories(plan) else REPOSITORY_SCRIPTS)
    if any(marker in text for text in texts for marker in markers):
        if base is None or target is None or base.manager != target.manager:
            raise Decline(f"the build adds package repositories and {image} installs with "
                          "another package manager: the repositories cannot be carried")
        repos = REPOSITORY_FILES.get(base.manager, ())
        refuse_removed_sources(facts, "the packages it needs")
    added = []
    if repos:
        added.append(f"the builder's package repositories ({', '.join(repos)}) copied before "
                     "the runner installs: the build added repositories")
    prepare: Tuple[ast.Instruction, ...] = ()
    if repos and base.manager == "apt" and (adds_https_source(texts) or any(
            m in t for t in texts for m in REPOSITORY_SCRIPTS)):
        transport = _old_apt(runner)
        if (transport is not False or not runner.has_ca_certificates) and \
                not plan.https_prepared:
            from .recipes.node_distribution import https_prerequisites
            prepare = (https_prerequisites(target, transport),)
            what = "CA certificates" + ("" if transport is False else ", apt-transport-https")
            lacks = "no CA certificates" if not runner.has_ca_certificates else \
                "an apt older than 1.5" if transport else "an apt of a release not known here"
            added.append(f"what apt needs to read the https repositories the build added "
                         f"({what}) installed first in the runner from {image}'s own "
                         f"sources: {image} has {lacks}")
    install: Tuple[ast.Instruction, ...] = ()
    if names:
        from .package_index import image_lists
        fetch = not image_lists(facts, image)
        install = (run_node(packages.install_command(target, names, recommends=recommends,
                                                     options=choices.options,
                                                     upgrade=upgrade_of(facts, target),
                                                     fetch=fetch),
                            "packages the original installs for run time",
                            packages.install_rules(target, names, recommends),
                            lists_kept=not fetch),)
        added.append(f"packages the original installs reach the runner: {' '.join(sorted(names))} "
                     "(only toolchains, -dev packages and build tools stay in the builder)")
        vcs = sorted(n for n in names if n in packages.VCS_CLIENTS)
        if vcs:
            added.append(f"version control the original keeps reaches the runner ({', '.join(vcs)}): "
                         "the program may run it as the build did (hound, gitea)")
        helpers = sorted(n for n in names if n in packages.RUN_TIME_HELPERS and
                         n not in packages.VCS_CLIENTS)
        if helpers:
            added.append(f"build tools the original keeps reach the runner ({', '.join(helpers)}): "
                         "the program or a script it runs may run their programs (envsubst, "
                         "gpg, lsb_release)")
    return RunnerPackages(repos, install, tuple(added), prepare)


def repository_lines(facts: StageFacts) -> Tuple[str, ...]:
    """Where the build changes where packages come from (``line 6``): a RUN whose text
    holds a marker of REPOSITORY_SETUP or REPOSITORY_SCRIPTS (a PPA, a sources.list
    line, NodeSource's setup script), a COPY/ADD onto a repository file.  The runner
    installs its packages again from the same sources (``runner_packages`` copies them),
    so the explain names them: with any, the packages are not the distribution's own
    (NodeSource's nodejs is another Node than the archive's)."""
    markers = REPOSITORY_SETUP + REPOSITORY_SCRIPTS
    copies: dict = {}
    for fact, target in copy_destinations(facts):
        copies.setdefault(fact.index, []).append(target or fact.node.destination)
    out = []
    for fact in facts.instructions:
        node = fact.node
        texts = [node.command.text] if isinstance(node, ast.Run) and \
            isinstance(node.command, ast.ShellForm) else copies.get(fact.index, [])
        if any(marker in text for text in texts for marker in markers):
            out.append(where_of(fact))
    return tuple(dict.fromkeys(out))


def packages_origin(facts: StageFacts, own: str = "the distribution's own packages") -> str:
    """Where the packages the runner installs again come from, for the explain: ``own``,
    or, when the build set up repositories (``repository_lines``: added a PPA or
    NodeSource's, rewrote sources.list), the distribution's archive and those
    repositories, with the lines that set them up."""
    lines = repository_lines(facts)
    if not lines:
        return own
    where = lines[0] if len(lines) == 1 else \
        "lines " + ", ".join(line.replace("line ", "") for line in lines)
    return (f"the packages of the distribution's archive and of the repositories the build "
            f"set up ({where})")


def repository_copies(facts: StageFacts) -> List[str]:
    """The destinations of the COPY/ADD instructions, as absolute paths where known, to
    be read with the RUNs' texts for REPOSITORY_SETUP's markers: ``ADD sources.list
    /etc/apt/sources.list`` (corpus 7389c68d) changes where packages come from as surely
    as a RUN writing it, and the runner, installing again, needs the same sources (a
    mirror, another component, a repository of its own) and keeps the file as the
    original does."""
    return [target or fact.node.destination for fact, target in copy_destinations(facts)]


def copy_destinations(facts: StageFacts):
    """(fact, absolute path or None where not known) of what each COPY/ADD writes:
    into a directory (``COPY a b /etc/apt/``), each source under its own name."""
    for fact in facts.instructions:
        node = fact.node
        if not isinstance(node, (ast.Copy, ast.Add)) or not node.destination:
            continue
        exp = expand(node.destination, fact.before.env)
        target = resolve_path(fact.before.workdir, exp.value) if exp.complete else None
        if target is None:
            yield fact, None
        elif node.destination.endswith(("/", "/.")) or node.destination == "." or \
                len(node.sources) > 1:
            # (into a directory: each source lands there under its own name)
            for src in node.sources:
                yield fact, posixpath.join(target, posixpath.basename(src.rstrip("/")))
        else:
            yield fact, target


#: the files that name a package manager's sources (not its keys)
_SOURCE_LISTS = ("/etc/apt/sources.list", "/etc/apk/repositories", "/etc/yum.repos.d/")


def refuse_removed_sources(facts: StageFacts, what: str) -> None:
    """Decline when a RUN removes a package source (``rm
    /etc/apt/sources.list.d/cuda.list`` after the install, as NVIDIA's images do): the
    runner copies the builder's final sources and installs ``what`` again from them, so
    a package that came from the removed source would not be found.  Which package came
    from which source is not known.  A removal before any install (a mirror's list
    written in its place) takes nothing an install used."""
    installed = False
    for step in steps(facts):
        if step.argv and packages.read_install(step.argv) is not None:
            installed = True
        if not installed or not step.argv or step.argv[0].rsplit("/", 1)[-1] != "rm":
            continue
        for word in step.argv[1:]:
            path = word if word.startswith("/") else None
            if path is not None and path.startswith(_SOURCE_LISTS):
                raise Decline(f"{step.where} removes {path}, a package source: the runner "
                              f"copies the builder's final sources and installs {what} "
                              "again from them, and a package that came from the removed "
                              "source would not be found")


def adds_https_source(texts) -> bool:
    """Whether the RUN texts write an apt source read over https (``deb
    [signed-by=...] https://...``): a runner that copies the builder's repositories
    needs CA certificates, and an apt older than 1.5 apt-transport-https, before its
    ``apt-get update`` reads them."""
    return any(_HTTPS_SOURCE.search(t) for t in texts)


def build_only(package: str, base, facts: Optional[StageFacts] = None) -> bool:
    """Whether ``package``, installed and kept by the original, serves its build only: a
    toolchain, a -dev package, a build tool; not a version-control client, which the
    program may run as well as the build (hound clones and updates the repositories it
    indexes with git, svn, hg and bzr; gitea and gogs serve git repositories), nor the
    other ``packages.RUN_TIME_HELPERS`` (envsubst, gpg, lsb_release): the original
    keeps it, so the runner does.  Nor an assembler where no build step of
    ``facts`` may run one (``assembler_use``: a Go build's nasm is the program's), nor
    the toolchain a compiler built against LLVM may run (``llvm_compilers``)."""
    if package in packages.ASSEMBLERS and facts is not None:
        from .assembler_use import may_run_assembler
        if not may_run_assembler(facts):
            return False
    if facts is not None:
        from .llvm_compilers import keeps_compiler_toolchain
        if keeps_compiler_toolchain(facts, package):
            return False
    return packages.kind_of(package, base) in BUILD_ONLY_KINDS and \
        package not in packages.RUN_TIME_HELPERS


def _named(distro) -> str:
    """``ubuntu wily``, ``debian (release not known)``: a distribution as a name says it."""
    if distro is None:
        return "unknown"
    return f"{distro.family} {distro.release or '(release not known)'}"


def carried_for_run_time(facts: StageFacts) -> List[str]:
    """The packages the original installs and keeps that a runner installing them again
    must find under the same names (what ``runner_packages`` carries, but for the CA
    certificates and time zones every archive names alike): a runner that carries any
    must be of the builder's distribution and release (``carried_name``)."""
    from .recipes import effect_capture  # (the recipes read this module)
    base = effect_capture.builder_distro(facts)
    kept, _ = kept_installs(facts)
    return [p for p in kept if "$" not in p and "/" not in p and
            not p.endswith((".deb", ".rpm", ".apk")) and p not in packages.CARRIED and
            p != "ca-certificates-bundle" and
            (base is None or not build_only(p, base, facts))]


def _installs_read_list(plan: RunnerPlan) -> bool:
    """Whether the plan's setup installs the packages the builder read from the
    binaries (``native_staging.RUNTIME_PACKAGES``, copied from the builder): those come
    from the builder's package repositories too, which the runner needs when the
    build changed them (an archive mirror, a repository of its own)."""
    from .recipes.native_staging import RUNTIME_PACKAGES
    return any(isinstance(n, ast.Copy) and n.flag("from") is not None and
               n.paths[:1] == (RUNTIME_PACKAGES,) for n in plan.setup)


def _old_apt(runner) -> "bool | None":
    """Whether the runner's apt is older than 1.5 and needs apt-transport-https for an
    https source (None: its release is not known here)."""
    from .recipes.node_distribution import old_apt
    if not runner.release:
        return None
    return old_apt(runner.family, runner.release)


def _copies_repositories(plan: RunnerPlan) -> bool:
    """Whether the plan's setup copies a package manager's repository files from the
    builder itself."""
    paths = {p for files in REPOSITORY_FILES.values() for p in files}
    return any(isinstance(n, ast.Copy) and n.flag("from") is not None and n.paths and
               n.paths[0] in paths for n in plan.setup + plan.setup_after)


def _repository_not_named(found, plan: RunnerPlan, base, facts: StageFacts) -> "str | None":
    """A package the original installs from a repository its install command names
    (``apk add -X URL geos``) and keeps that the runner's plan installs without naming
    the same repository on the same command (``distribution_runner.repository_installs``),
    or None.  A package the plan does not install (a -dev package left in the builder)
    needs nothing."""
    from .recipes.distribution_runner import repository_options
    runner_installs = []
    for node in plan.setup + plan.setup_after:
        if isinstance(node, ast.Run) and isinstance(node.command, ast.ShellForm):
            for cmd in split_commands(node.command.text).commands:
                argv = unwrap(cmd).argv
                got = packages.read_install(argv)
                if got is not None:
                    runner_installs.append((repository_options(argv), set(got.packages)))
    planned = {p for _, pkgs in runner_installs for p in pkgs}
    kept, _ = kept_installs(facts)
    for step in found:
        got = packages.read_install(step.argv)
        options = repository_options(step.argv) if got is not None else ()
        if not options:
            continue
        for pkg in got.packages:
            if pkg not in kept or (pkg not in planned and build_only(pkg, base, facts)):
                continue
            if not any(o == options and pkg in pkgs for o, pkgs in runner_installs):
                return pkg
    return None


def _subcommand(argv: List[str]) -> "str | None":
    """The subcommand of a walked pip or gem command (``run_walk`` puts the tool's
    global options after it: ``global_options``), or None: the word after the program,
    after ``-m pip`` for ``python -m pip``.  Not any word equal to ``install``: ``pip
    download install`` downloads a project called install."""
    at = 3 if argv[1:3] == ["-m", "pip"] else 1
    return argv[at] if len(argv) > at else None


#: interpreters among the carried packages, and the package installers of their
#: language: what those install lands outside the artifacts (/usr/local, dist-packages)
_LANGUAGE_INSTALLERS = (
    (("python", "pypy"), "Python packages", lambda a: (
        a[0].rsplit("/", 1)[-1] in ("pip", "pip2", "pip3", "easy_install") or
        a[0].rsplit("/", 1)[-1].startswith("python") and a[1:3] == ["-m", "pip"])
     and _subcommand(a) == "install"),
    (("nodejs", "node"), "npm packages installed globally", lambda a: (
        a[0].rsplit("/", 1)[-1] == "npm" and len(a) > 1 and a[1] in ("install", "i", "add") and
        ("-g" in a or "--global" in a)) or a[0].rsplit("/", 1)[-1] == "yarn" and a[1:3] == ["global", "add"]),
    (("ruby",), "Ruby gems", lambda a: a[0].rsplit("/", 1)[-1] == "gem" and
     _subcommand(a) == "install"),
)


def _language_installs(found, carried) -> "str | None":
    """Why the rewrite declines when the runner carries an interpreter package
    (``python3``) and the build installs its language's packages in the builder
    (``pip3 install scrapy``): the runner gets the artifacts and the OS packages, not
    what pip wrote, and the program may run it (scrapyd-go runs scrapy).  None when
    there is no such install."""
    for prefixes, what, installs in _LANGUAGE_INSTALLERS:
        interpreter = next((p for p in carried if p.startswith(prefixes)), None)
        if interpreter is None:
            continue
        for step in found:
            argv = list(step.argv)
            if argv and installs(argv):
                return (f"{step.where}: `{' '.join(argv[:3])}` installs {what} in the "
                        f"builder, and the runner, which installs {interpreter} again, would "
                        "get only the artifacts and the OS packages: the program may use "
                        "what it installed")
    return None
