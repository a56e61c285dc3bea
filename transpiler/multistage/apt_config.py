"""The apt configuration the original's installs ran with, for the runner's installs.

apt reads its configuration files (/etc/apt/apt.conf.d/* in name order, then
/etc/apt/apt.conf) before its command line, whose options win.  A build that writes
them (``echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/zz``, a COPY of
a file there) changes what its later installs bring: without Recommends, git brings no
less, openssh-client, patch (corpus 87dbd03a).  The files stay in the builder (build
configuration), so a runner that installs the same packages again with its own
``apt-get install -y git`` brought their Recommends where the original did not.

The rule: the runner's apt runs with the configuration files the original's apt ran
with (those written before its last apt command, copied from the builder before the
runner's first install: a proxy the original's apt went through is one the build can
reach, ``Acquire::http::Proxy``; a file written after every apt command never served
one and stays out), and each package is installed again with the Recommends and
Suggests its first install had, stated on the command line where the copied files
alone would not give them (``--install-recommends``, ``--no-install-suggests``).
What cannot be known declines for the packages it concerns: a file of unknown content
written after a package's install (what it sets for the runner is not what that
install had), a package installed with the image's own setting before a file set one
(the image's own is not known here), a file removed or changed after the last apt
command (the runner cannot run with what the original's installs had)."""

from __future__ import annotations

import posixpath
import re
import shlex
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from ..analysis import StageFacts
from ..analysis.file_writes import command_writes
from ..analysis.run_text import run_text
from ..analysis.shell import program_name
from ..analysis.state import resolve_path
from ..knowledge import install_helpers, packages
from ..knowledge.distributions import apt_options, verb_of
from .decline import Decline
from .recipes.run_walk import expanded_argv, per_stage, steps
from ..analysis.paths import is_within

#: where apt reads its configuration (the parts directory, then the main file)
PARTS, MAIN = "/etc/apt/apt.conf.d", "/etc/apt/apt.conf"
#: a setting's value: None = not set by the build (the image's own), True/False, or
#: UNKNOWN (a file whose content is not read here may set it)
UNKNOWN = "unknown"
_SETTING = re.compile(r"Install-(Recommends|Suggests)\s*(?:=|\s)\s*\\?[\"']?([A-Za-z0-9]+)")
_TRUE, _FALSE = {"1", "true", "yes", "on", "enable"}, {"0", "false", "no", "off", "disable"}
_WRITERS = ("echo", "printf")


def _is_config(path: Optional[str]) -> bool:
    return bool(path) and (path == MAIN or path.startswith(PARTS + "/"))


def _values(text: str) -> Dict[str, object]:
    """The Recommends/Suggests settings ``text`` makes (``APT::Install-Recommends
    "false";``, ``-o APT::Install-Suggests=0``): {"Recommends": False, ...}."""
    out: Dict[str, object] = {}
    for what, value in _SETTING.findall(text):
        low = value.lower()
        out[what] = True if low in _TRUE else False if low in _FALSE else UNKNOWN
    return out


def _order(path: str) -> Tuple[int, str]:
    """apt's reading order: the parts directory by name, then the main file (the later
    file's setting wins)."""
    return (1, "") if path == MAIN else (0, posixpath.basename(path))


@dataclass
class _File:
    values: Dict[str, object]  # what the file sets (UNKNOWN for both where not read)
    where: str  # the instruction that wrote it last


@dataclass(frozen=True)
class AptChoices:
    """``recommends``: the packages the runner installs without
    ``--no-install-recommends`` (the original's apt brought their Recommends);
    ``options``: package -> the options its runner install adds; ``carried``: the
    configuration files the runner copies from the builder before its installs (with
    why); ``undecided``: package -> why its install cannot be made the original's."""

    recommends: frozenset = frozenset()
    options: Dict[str, Tuple[str, ...]] = field(default_factory=dict)
    carried: Tuple[str, ...] = ()
    undecided: Dict[str, str] = field(default_factory=dict)

    #: the packages whose first install had ``--no-install-recommends`` (or the
    #: configuration's false): a runtime package named so keeps none (``with_runtime``)
    without: frozenset = frozenset()

    def with_runtime(self, distro: Optional[packages.Distro]) -> frozenset:
        """``recommends`` and the runtime packages the runner installs in place of the
        -dev packages among them (``packages.runtime_of``): apt installs the Recommends
        of every package an install brings, its dependencies too, so the original that
        installed libsasl2-dev with its Recommends has libsasl2-2's (libsasl2-modules,
        the SASL mechanisms libsasl2 loads with dlopen), and the runner installing
        libsasl2-2 in its place installs it with them.  A runtime package the original
        itself named with ``--no-install-recommends`` keeps none (its install came first,
        or was the original's own word for it)."""
        if distro is None or distro.manager != "apt":
            return self.recommends
        out = set(self.recommends)
        for pkg in self.recommends:
            name = packages.package_name(pkg)
            if packages.kind_of(name, distro) == "dev":
                out.update(r for r in packages.runtime_of(name, distro) or ()
                           if r not in self.without)
        return frozenset(out)

    def scan_recommends(self, names, distro: Optional[packages.Distro]) -> bool:
        """Whether the packages a library scan reads in the builder (the owners of the
        libraries the build's compiled files load, installed in the runner from the
        list the scan wrote) are installed with their Recommends: where the original's
        apt installed any of its -dev packages among ``names`` with theirs, it brought
        the Recommends of the library packages they depend on (apt installs those of
        every package an install brings), as ``with_runtime`` gives the mapped runtime
        packages theirs.  Which -dev package a listed library stands for is not known
        before the build, so one such install decides for the list."""
        if distro is None or distro.manager != "apt":
            return False
        return any(p in self.recommends for p in names
                   if packages.kind_of(packages.package_name(p), distro) == "dev")

    def check(self, names) -> None:
        """Decline when the runner installs a package whose install is undecided."""
        for name in names:
            if name in self.undecided:
                raise Decline(self.undecided[name])


def _effective(files: Dict[str, _File], what: str) -> object:
    value = None
    for path in sorted(files, key=_order):
        got = files[path].values.get(what)
        if got is not None:
            value = got
    return value


def _command_line(argv: Sequence[str], what: str) -> object:
    """The setting ``argv``'s own options make (the last wins), None where none."""
    value = None
    flag = "install-" + what.lower()
    for option, setting in apt_options(argv):
        if option == "--" + flag:
            value = True
        elif option == "--no-" + flag:
            value = False
        elif setting is not None and f"Install-{what}" in setting:
            value = _values(setting).get(what, value)
    return value


def _writes(facts: StageFacts) -> List[Tuple[int, int, str, Optional[str], str]]:
    """(RUN or COPY index, order in it, path, content or None when not read, where) of
    every write or removal (content "") of apt's configuration files."""
    out = []
    prev = None
    texts: Dict[int, str] = {}
    for n, step in enumerate(steps(facts)):
        cmd = step.command
        name = program_name(step.argv[0]) if step.argv else ""
        if cmd is not None and _may_name_apt(facts, step, texts):
            written = command_writes(cmd, step.cwd, step.env) or []
            for path in written:
                if not _is_config(path):
                    continue
                if name in _WRITERS:
                    text = " ".join(step.argv[1:])
                elif name == "tee" and prev is not None and prev.index == step.index and \
                        prev.argv and program_name(prev.argv[0]) in _WRITERS and \
                        cmd.separator_before == "|":
                    text = " ".join(prev.argv[1:])
                else:
                    text = None
                out.append((step.index, n, path, text, step.where))
        if name == "rm":
            for w in step.argv[1:]:
                target = resolve_path(step.cwd, w) if not w.startswith("-") else None
                if _is_config(target) or target in (PARTS, "/etc/apt"):
                    out.append((step.index, n, target, "", step.where))
        prev = step
    from .runner_packages import copy_destinations
    for fact, target in copy_destinations(facts):
        node = fact.node
        if target is not None and target.rstrip("/") == PARTS:  # (COPY x /etc/apt/apt.conf.d)
            target = posixpath.join(PARTS, posixpath.basename(node.sources[0].rstrip("/")))
        if _is_config(target):
            where = f"line {node.span.line}" if node.span else f"instruction {fact.index + 1}"
            out.append((fact.index, -1, target, None, where))
    return sorted(out, key=lambda t: (t[0], t[1]))


def _may_name_apt(facts: StageFacts, step, texts: Dict[int, str]) -> bool:
    """Whether a path the command writes can be under /etc/apt: its RUN's text (quotes
    and backslashes removed, as the shell removes them), its directory or a variable's
    value holds ``apt``.  Reading every command's writes was a twentieth of a corpus
    pass; most RUNs never name apt's configuration."""
    if step.cwd is None or "apt" in step.cwd:
        return True
    text = texts.get(step.index)
    if text is None:
        raw = run_text(facts.instructions[step.index].node)
        text = texts[step.index] = raw.replace("'", "").replace('"', "").replace("\\", "")
    if "apt" in text or getattr(facts.instructions[step.index].node, "heredocs", None):
        return True
    return any("apt" in value for value in step.env.values() if isinstance(value, str))


#: the apt verbs that fetch or install, which the configuration serves (a proxy, the
#: Recommends setting); ``clean``, ``remove`` and the like read nothing the runner's
#: installs would
_FETCHING = frozenset({"update", "install", "reinstall", "upgrade", "dist-upgrade",
                       "full-upgrade", "build-dep", "source", "download"})


def _apt_commands(facts: StageFacts) -> List[Tuple[int, int]]:
    """(index, order) of the original's apt commands that fetch or install."""
    out = []
    for n, step in enumerate(steps(facts)):
        argv = list(install_helpers.expanded(step.argv)) if step.argv else []
        if argv and program_name(argv[0]) in ("apt-get", "apt", "aptitude") and \
                verb_of(argv) in _FETCHING:
            out.append((step.index, n))
    return out


#: apt's install options that accept packages it cannot authenticate (a third-party
#: repository without its key: jessie's apt stops with "There are problems and -y was
#: used without --force-yes" otherwise)
_AUTH_FLAGS = ("--force-yes", "--allow-unauthenticated")
_AUTH_SETTING = re.compile(r"(?i)(APT::Get::)?AllowUnauthenticated\b")


def authentication_overrides(argv: Sequence[str]) -> Tuple[str, ...]:
    """The options of the apt command ``argv`` that accept unauthenticated packages
    (``--force-yes``, ``--allow-unauthenticated``, ``-o APT::Get::AllowUnauthenticated=
    true``), normalised: the runner's install of the packages that command installed
    needs them as the original's did, its repository being as unsigned there."""
    out: List[str] = []
    for option, setting in apt_options(argv):
        if option in _AUTH_FLAGS:
            out.append(option)
        elif setting is not None and _AUTH_SETTING.match(setting):
            out.append(f"-o {shlex.quote(setting)}")
    return tuple(dict.fromkeys(out))


def apt_choices(facts: StageFacts) -> AptChoices:
    """How the runner installs the original's apt packages again (the module's rule);
    read once per stage."""
    return per_stage(facts, "apt_choices", lambda f: (_choices(f),))[0]


def _choices(facts: StageFacts) -> AptChoices:
    writes = _writes(facts)
    runs = _apt_commands(facts)
    events = sorted([(t[0], t[1], "write", t) for t in writes] +
                    [(i, n, "apt", None) for i, n in runs], key=lambda e: (e[0], e[1]))
    files: Dict[str, _File] = {}
    first: Dict[str, Tuple[object, object, int]] = {}  # package -> (rec, sug, generation)
    auth: Dict[str, Tuple[str, ...]] = {}  # package -> authentication_overrides
    generation = 0
    last_apt = max(runs) if runs else None
    late: Optional[str] = None  # a carried file changed after the last apt command
    gone: Optional[str] = None  # a file removed after an apt command ran with it
    seen_apt = False
    by_order = dict(enumerate(steps(facts)))
    for index, order, kind, write in events:
        if kind == "apt":
            seen_apt = True
            step = by_order[order]
            argv = list(install_helpers.expanded(expanded_argv(step)))
            got = packages.read_install(argv)
            if got is None or got.manager != "apt":
                continue
            rec = _command_line(argv, "Recommends")
            sug = _command_line(argv, "Suggests")
            rec = _effective(files, "Recommends") if rec is None else rec
            sug = _effective(files, "Suggests") if sug is None else sug
            # (by the names as written too: ``ros-$ROS_DISTRO-rviz``, as some readers
            # keep them, and as the image's variables expand them)
            raw = packages.read_install(list(install_helpers.expanded(step.argv)))
            overrides = authentication_overrides(argv)
            for pkg in got.packages + (raw.packages if raw is not None else ()):
                first.setdefault(pkg, (rec, sug, generation))
                if overrides:
                    auth[pkg] = tuple(dict.fromkeys(auth.get(pkg, ()) + overrides))
            continue
        _i, _n, path, text, where = write
        generation += 1
        after_last = last_apt is not None and (index, order) > last_apt
        if text == "":
            if path in files or path in (PARTS, "/etc/apt"):
                if seen_apt and gone is None:
                    gone = f"{where} removes {path}, apt configuration the original's apt " \
                        "commands ran with"
                for p in [p for p in files if is_within(p, path)]:
                    files.pop(p)
            continue
        if after_last and path in files and late is None:
            late = f"{where} changes {path} after the original's last apt command: the " \
                "runner's copy of it is not what the original's installs read"
        if after_last and path not in files:
            continue  # (served no apt command: stays in the builder, as before)
        values = _values(text) if text is not None else \
            {"Recommends": UNKNOWN, "Suggests": UNKNOWN}
        old = files.get(path)
        if old is not None:
            # (an append keeps what the file set before, and its later line wins; an
            # overwrite is read as one too, which keeps a setting it may have dropped)
            values = {**old.values, **values}
        files[path] = _File(values, where)
    carried = tuple(sorted(files, key=_order))
    final = {w: _effective(files, w) for w in ("Recommends", "Suggests")}
    recommends, options, undecided, without = set(), {}, {}, set()
    for pkg, (rec, sug, gen) in first.items():
        opts: List[str] = []
        why = None
        if rec is not False:
            recommends.add(pkg)
        else:
            without.add(pkg)
        for what, want in (("Recommends", rec), ("Suggests", sug)):
            have = final[what]
            flag = "install-" + what.lower()
            if want == UNKNOWN:
                if gen != generation:
                    why = f"{pkg} was installed while apt configuration of unknown content " \
                        "was in force, and the configuration changed after: what " \
                        f"{what} its install brought is not known"
            elif want is None:
                if have is not None:
                    setter = [p for p in sorted(files, key=_order)
                              if files[p].values.get(what) is not None][-1]
                    why = f"{pkg} was installed with the image's own apt {what} setting, " \
                        f"and {files[setter].where} sets it in {setter} for the later " \
                        "installs: the runner's installs read that file, and the image's " \
                        "own setting is not known here"
            elif want is True and have is not True:
                if what == "Suggests" or have is not None:
                    opts.append("--" + flag)
            elif want is False and what == "Suggests" and have not in (None, False):
                opts.append("--no-" + flag)
        if why is not None:
            undecided[pkg] = why
        opts.extend(auth.get(pkg, ()))
        if opts:
            options[pkg] = tuple(opts)
    if late is not None or gone is not None:
        reason = (late or gone) + ": the runner installs the original's packages again " \
            "with apt's configuration as the original's installs had it"
        for pkg in first:
            undecided.setdefault(pkg, reason)
    return AptChoices(frozenset(recommends), options, carried, undecided, frozenset(without))
