"""BuildKit's second layer (``instructions/parse.go``) as positioned diagnostics.

These problems make ``docker build`` fail, but line assembly accepts them, so they do
not raise: a formatter must still be able to keep such a file intact, and an editor
wants all of them at once, with positions.
"""

from __future__ import annotations

import re
from operator import attrgetter
from typing import Iterator, List, Optional

from ..tree import ast

#: flag name -> kind ("string", "bool", "list" for repeatable) per instruction
ALLOWED_FLAGS = {
    "FROM": {"platform": "string"},
    "COPY": {"from": "string", "chown": "string", "chmod": "string", "link": "bool",
             "parents": "bool", "exclude": "list"},
    "ADD": {"chown": "string", "chmod": "string", "checksum": "string", "link": "bool",
            "keep-git-dir": "bool", "unpack": "bool", "exclude": "list"},
    "RUN": {"mount": "list", "network": "string", "security": "string", "device": "list"},
    "HEALTHCHECK": {"interval": "string", "timeout": "string", "start-period": "string",
                    "start-interval": "string", "retries": "string"},
}

_STAGE_NAME = re.compile(r"^[a-z][a-z0-9\-_.]*$")
_BOOL_VALUES = {"", "true", "false", "1", "0", "t", "f", "TRUE", "FALSE", "True", "False"}


def _diag(node: ast.Node, message: str, code: str, severity: str = "error",
          span: Optional[ast.Span] = None) -> ast.Diagnostic:
    span = span or node.span
    if span is None:
        return ast.Diagnostic(0, 0, message, code, 0, severity)
    return ast.Diagnostic(span.line, span.column, message, code, span.end_line, severity)


def check_instruction(node: ast.Instruction, where: Optional[ast.Node] = None) -> Iterator[ast.Diagnostic]:
    """Diagnostics for one instruction (``where`` positions nested ONBUILD triggers)."""
    at = where or node
    if isinstance(node, ast.Unknown):
        yield _diag(at, f"unknown instruction: {node.keyword.upper()}", "unknown-instruction")
        return
    yield from _check_flags(node, at)
    yield from _check_args(node, at)


def _check_flags(node: ast.Instruction, at: ast.Node) -> Iterator[ast.Diagnostic]:
    allowed = ALLOWED_FLAGS.get(node.name, {})
    seen = set()
    for flag in node.flags:
        span = flag.span if at is node else None
        kind = allowed.get(flag.name)
        if kind is None:
            yield _diag(at, f"unknown flag: --{flag.name}", "unknown-flag", span=span)
            continue
        if kind != "list" and flag.name in seen:
            yield _diag(at, f"duplicate flag specified: --{flag.name}", "duplicate-flag", span=span)
        seen.add(flag.name)
        if kind == "bool":
            if flag.value is not None and flag.value not in _BOOL_VALUES:
                yield _diag(at, f"expecting boolean value for flag {flag.name}, not: {flag.value}",
                            "flag-value", span=span)
        elif flag.value is None:
            yield _diag(at, f"missing a value on flag: --{flag.name}", "flag-value", span=span)


def _count(node: ast.Instruction) -> int:
    """How many arguments an ENV, LABEL, ARG, EXPOSE or VOLUME has."""
    if isinstance(node, (ast.Env, ast.Label)):
        return len(node.pairs)
    if isinstance(node, ast.Arg):
        return len(node.args)
    if isinstance(node, ast.Expose):
        return len(node.ports)
    return len(node.paths)


def _check_args(node: ast.Instruction, at: ast.Node) -> Iterator[ast.Diagnostic]:
    name = node.name
    if isinstance(node, (ast.Copy, ast.Add)):
        if len(node.paths) < 2:
            yield _diag(at, f"{name} requires at least two arguments, but only one was provided. "
                            "Destination could not be determined", "arg-count")
    elif isinstance(node, (ast.Env, ast.Label, ast.Arg, ast.Expose, ast.Volume)):
        if _count(node) == 0:
            yield _diag(at, f"{name} requires at least one argument", "arg-count")
        if isinstance(node, ast.Arg):
            for decl in node.args:
                if not decl.name:
                    yield _diag(at, "ARG names can not be blank", "arg-count")
    elif isinstance(node, (ast.User, ast.Workdir, ast.Stopsignal, ast.Maintainer)):
        if not node.value:
            yield _diag(at, f"{name} requires exactly one argument", "arg-count")
    elif isinstance(node, ast.From):
        if len(node.args) not in (1, 3):
            yield _diag(at, "FROM requires either one or three arguments", "arg-count")
        elif len(node.args) == 3 and node.args[1].lower() != "as":
            yield _diag(at, "FROM requires either one or three arguments", "arg-count")
        elif node.stage_name is not None:
            stage = node.stage_name.lower()
            if not _STAGE_NAME.match(stage):
                yield _diag(at, f"invalid name for build stage: \"{node.stage_name}\", name can't "
                                "start with a number or contain symbols", "stage-name")
            elif stage in ("scratch", "context"):
                yield _diag(at, f"{stage} is a reserved name", "stage-name")
    elif isinstance(node, (ast.Run, ast.Cmd, ast.Entrypoint)):
        if node.command is None and name == "RUN":
            yield _diag(at, "RUN requires at least one argument", "arg-count")
    elif isinstance(node, ast.Shell):
        if node.command is None:
            yield _diag(at, "SHELL requires at least one argument", "arg-count")
        elif not isinstance(node.command, ast.ExecForm):
            yield _diag(at, "SHELL requires the arguments to be in JSON form", "shell-json")
    elif isinstance(node, ast.Healthcheck):
        kind = node.kind_word.upper()
        if not node.kind_word:
            yield _diag(at, "HEALTHCHECK requires an argument", "arg-count")
        elif kind == "NONE":
            if node.command is not None:
                yield _diag(at, "HEALTHCHECK NONE takes no arguments", "arg-count")
        elif kind != "CMD":
            yield _diag(at, f"Unknown type \"{node.kind_word}\" in HEALTHCHECK "
                            "(try CMD)", "healthcheck-type")
        elif node.command is None:
            yield _diag(at, "Missing command after HEALTHCHECK CMD", "arg-count")
    elif isinstance(node, ast.Onbuild):
        trigger = node.trigger
        if trigger is None:
            yield _diag(at, "ONBUILD requires at least one argument", "arg-count")
        elif trigger.name in ("ONBUILD", "FROM", "MAINTAINER"):
            yield _diag(at, f"{trigger.name} isn't allowed as an ONBUILD trigger", "onbuild-trigger")
        else:
            yield from check_instruction(trigger, at)


#: instruction class -> a test that is true only when ``check_instruction`` (for a node
#: without flags) reports nothing: most instructions of most files, and the generator
#: per instruction is measurable per file
#: (a field getter is a test without a Python frame: a command form is a record, which
#: is true; a tuple or string is true when it is not empty)
_QUIET = {
    ast.Run: attrgetter("command"),
    ast.Cmd: lambda n: True,
    ast.Entrypoint: lambda n: True,
    ast.Copy: lambda n: len(n.paths) >= 2,
    ast.Add: lambda n: len(n.paths) >= 2,
    ast.Env: attrgetter("pairs"),
    ast.Label: attrgetter("pairs"),
    ast.Workdir: attrgetter("value"),
    ast.User: attrgetter("value"),
    ast.Expose: attrgetter("ports"),
    ast.From: lambda n: len(n.args) == 1,
}


def check(tree: ast.Dockerfile) -> List[ast.Diagnostic]:
    out: List[ast.Diagnostic] = []
    for node in tree.preamble:
        if not isinstance(node, ast.Arg):
            out.append(_diag(node, "no build stage in current context", "before-from"))
        out.extend(check_instruction(node))
    names = {}
    quiet = _QUIET
    for stage in tree.stages:
        for node in stage.instructions:
            test = quiet.get(node.__class__)
            if node.flags or test is None or not test(node):
                out.extend(check_instruction(node))
        if stage.name:
            key = stage.name.lower()
            if key in names:
                out.append(_diag(stage.from_, f"duplicate stage name \"{stage.name}\"", "stage-name"))
            names[key] = stage
    out.sort(key=lambda d: (d.line, d.column))
    return out
