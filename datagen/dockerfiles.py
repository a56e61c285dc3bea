"""What an official image's own Dockerfile says about the image it builds: its parent
(``FROM``), the ENV it sets, USER, WORKDIR, ENTRYPOINT/CMD, ``*_VERSION`` build
arguments, and the distribution packages its RUN lines install and keep.

Read with the project's own parser (``transpiler.parse``), so the line assembly is
BuildKit's.  Only the final stage counts: it is the image that is published.
"""

from __future__ import annotations

import functools
import re
import shlex
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Set, Tuple

import transpiler
from transpiler.analysis.variables import expand
from transpiler.tree import ast

_INSTALL = {
    ("apt-get", "install"), ("apt", "install"), ("apk", "add"), ("yum", "install"),
    ("dnf", "install"), ("microdnf", "install"), ("tdnf", "install"), ("zypper", "install"),
}
_REMOVE = {
    ("apt-get", "purge"), ("apt-get", "remove"), ("apt", "purge"), ("apt", "remove"),
    ("apk", "del"), ("yum", "remove"), ("dnf", "remove"), ("microdnf", "remove"),
}
#: flags of the installers that take a value as the next word
_VALUED = {"--virtual", "-t", "--repository", "-X", "--setopt", "-o"}
_SEGMENT = re.compile(r"&&|\|\||;|\||\n")
_SHELL_WORDS = {"if", "then", "else", "fi", "for", "do", "done", "while", "case", "esac", "{", "}"}
_ASSIGN = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)=(.*)$", re.S)


@dataclass
class Facts:
    parent: Optional[str] = None  # FROM reference, ARGs expanded; None for scratch
    env: List[Tuple[str, str]] = field(default_factory=list)
    versions: Dict[str, str] = field(default_factory=dict)  # *_VERSION build args
    user: Optional[str] = None
    workdir: Optional[str] = None
    entrypoint: Optional[List[str]] = None
    cmd: Optional[List[str]] = None
    sets_entrypoint: bool = False
    packages: List[str] = field(default_factory=list)
    installers: List[str] = field(default_factory=list)  # package managers the RUNs use


@functools.lru_cache(maxsize=4096)
def final_stage(text: str, build_args: Tuple[Tuple[str, str], ...] = (),
                ) -> Tuple[Optional[str], List[ast.Instruction], Dict[str, str]]:
    """(parent reference, the instructions that build the published image, global ARG
    defaults).  A final stage built ``FROM`` an earlier stage takes that stage's
    instructions first.  ``build_args``: the ``--build-arg`` (name, value) pairs the image's own
    build passes (nvidia/cuda's CI: ``repository=nvidia/cuda``), for the ARGs the
    preamble declares."""
    tree = transpiler.parse(text)
    global_args: Dict[str, str] = {}
    for ins in tree.preamble:
        if isinstance(ins, ast.Arg):
            for d in ins.args:
                if d.name in dict(build_args):
                    global_args[d.name] = dict(build_args)[d.name]
                elif d.value is not None:
                    global_args[d.name] = expand(d.value, global_args).value
    if not tree.stages:
        return None, [], global_args
    stages = {s.name.lower(): s for s in tree.stages if s.name}
    body: List[ast.Instruction] = []
    stage = tree.stages[-1]
    for _ in range(len(tree.stages)):
        body[:0] = list(stage.body)
        image = expand(stage.from_.image or "", global_args).value
        parent = stages.get(image.lower())
        if parent is None or parent is stage:
            break
        stage = parent
    image = expand(stage.from_.image or "", global_args).value
    return (None if image.lower() == "scratch" else image), body, global_args


def _command(node) -> Optional[List[str]]:
    cmd = node.command
    if cmd is None:
        return None
    if isinstance(cmd, ast.ExecForm):
        return list(cmd.args)
    return ["/bin/sh", "-c", cmd.text]


def read(text: str, parent_env: Dict[str, str], parent_workdir: str = "/") -> Facts:
    """The facts of one Dockerfile; ``parent_env`` is the parent image's environment,
    which ENV values such as ``$PATH`` expand against, and ``parent_workdir`` the
    directory a relative WORKDIR starts from."""
    parent, body, global_args = final_stage(text)
    facts = Facts(parent=parent)
    env = dict(parent_env)
    args: Dict[str, str] = {}
    for name, value in global_args.items():
        if name.endswith("_VERSION"):
            facts.versions[name] = value
    set_env: Dict[str, str] = {}
    for ins in body:
        scope = {**args, **env}
        if isinstance(ins, ast.Arg):
            for d in ins.args:
                if d.value is not None:
                    args[d.name] = expand(d.value, scope).value
                    if d.name.endswith("_VERSION"):
                        facts.versions[d.name] = args[d.name]
                elif d.name in global_args:
                    args[d.name] = global_args[d.name]
        elif isinstance(ins, ast.Env):
            for pair in ins.pairs:
                value = expand(pair.value, {**args, **env}).value
                env[pair.key] = set_env[pair.key] = value
        elif isinstance(ins, ast.User):
            facts.user = expand(ins.value, scope).value
        elif isinstance(ins, ast.Workdir):
            path = expand(ins.value, scope).value
            base = facts.workdir or parent_workdir
            facts.workdir = path if path.startswith("/") else base.rstrip("/") + "/" + path
        elif isinstance(ins, ast.Entrypoint):
            facts.entrypoint = _command(ins)
            facts.sets_entrypoint = True
            facts.cmd = None
        elif isinstance(ins, ast.Cmd):
            facts.cmd = _command(ins)
        elif isinstance(ins, ast.Run) and isinstance(ins.command, ast.ShellForm):
            kept, used = _packages(ins.command.text)
            for p in kept:
                if p not in facts.packages:
                    facts.packages.append(p)
            for u in used:
                if u not in facts.installers:
                    facts.installers.append(u)
    facts.env = list(set_env.items())
    return facts


def _words(segment: str) -> List[str]:
    try:
        return shlex.split(segment, comments=False, posix=True)
    except ValueError:
        return segment.split()


def _packages(text: str) -> Tuple[List[str], List[str]]:
    """(packages a RUN installs and keeps, installers it uses).  A RUN that installs
    then purges (``apt-mark auto '.*' ... purge --auto-remove``, ``apk del .deps``,
    ``purge $fetchDeps``) keeps nothing of what it removed."""
    variables: Dict[str, str] = {}
    installed: List[str] = []
    removed: Set[str] = set()
    virtual: Dict[str, List[str]] = {}
    used: List[str] = []
    auto_all = "apt-mark auto '.*'" in text or 'apt-mark auto ".*"' in text
    for segment in _SEGMENT.split(text):
        words = _words(segment.strip())
        while words and words[0] in ("set", "export", "sudo", "env", "exec"):
            if words[0] == "set":
                words = []
                break
            words = words[1:]
        while words and _ASSIGN.match(words[0]):
            m = _ASSIGN.match(words[0])
            variables[m.group(1)] = m.group(2)
            words = words[1:]
        if len(words) < 2:
            continue
        tool = words[0].rsplit("/", 1)[-1]
        sub = next((w for w in words[1:] if not w.startswith("-")), "")
        names = _names(words[1:], sub, variables)
        if (tool, sub) in _INSTALL:
            if tool not in used:
                used.append(tool)
            group = _flag_value(words, "--virtual") or _flag_value(words, "-t")
            if group:
                virtual[group] = names
            else:
                installed.extend(names)
        elif (tool, sub) in _REMOVE:
            for n in names:
                removed.update(virtual.get(n, [n]))
    if auto_all and re.search(r"apt-get\s+purge[^&;]*--auto-remove", text):
        return [], used
    return [p for p in dict.fromkeys(installed) if p not in removed], used


def _flag_value(words: List[str], flag: str) -> Optional[str]:
    for i, w in enumerate(words):
        if w == flag and i + 1 < len(words):
            return words[i + 1]
        if w.startswith(flag + "="):
            return w.split("=", 1)[1]
    return None


def _names(words: List[str], sub: str, variables: Dict[str, str]) -> List[str]:
    out: List[str] = []
    skip = False
    seen_sub = False
    for w in words:
        if skip:
            skip = False
            continue
        if not seen_sub and w == sub:
            seen_sub = True
            continue
        if w.startswith("-"):
            skip = w in _VALUED
            continue
        if w[:1] in "<>" or w.startswith(("$(", "`", "2>")) or w in _SHELL_WORDS:
            break
        m = re.fullmatch(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?", w)
        if m:
            out.extend(v for v in variables.get(m.group(1), "").split() if not v.startswith("-"))
            continue
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9+._:=~-]*", w):
            continue
        out.append(w)
    return out


def store(rec: dict, facts: "Facts") -> None:
    """Write what a Dockerfile sets into an image record, in the data's short keys (only
    what it sets: an unset field is inherited from the parent when the data is read)."""
    if facts.env:
        rec["e"] = facts.env
    if facts.versions:
        rec["v"] = facts.versions
    if facts.user is not None:
        rec["u"] = facts.user
    if facts.workdir is not None:
        rec["w"] = facts.workdir
    if facts.sets_entrypoint:
        rec["ep"] = facts.entrypoint
    if facts.cmd is not None:
        rec["cmd"] = facts.cmd
    if facts.packages:
        rec["k"] = facts.packages
    if facts.installers:
        rec["i"] = facts.installers


_ACCOUNT = re.compile(r"[a-z_][a-z0-9_-]*")


def created_accounts(text: str) -> List[str]:
    """The accounts the published image's RUNs create with ``useradd [options] LOGIN``,
    the login expanded with the stage's ARG and ENV values (jupyter's ``useradd ...
    "${NB_USER}"`` -> ``jovyan``): an image whose USER is a number (``USER ${NB_UID}``)
    names its account nowhere else.  ``adduser`` is left out: Debian's takes ``user
    group`` as well as ``user``."""
    _parent, body, global_args = final_stage(text)
    scope: Dict[str, str] = {}
    out: List[str] = []
    for ins in body:
        if isinstance(ins, ast.Arg):
            for d in ins.args:
                if d.value is not None:
                    scope[d.name] = expand(d.value, scope).value
                elif d.name in global_args:
                    scope[d.name] = global_args[d.name]
        elif isinstance(ins, ast.Env):
            for pair in ins.pairs:
                scope[pair.key] = expand(pair.value, scope).value
        elif isinstance(ins, ast.Run) and isinstance(ins.command, ast.ShellForm):
            for segment in _SEGMENT.split(ins.command.text):
                words = _words(segment)
                if len(words) > 1 and words[0] == "useradd":
                    login = expand(words[-1], scope).value
                    if _ACCOUNT.fullmatch(login) and login not in out:
                        out.append(login)
    return out
