"""What a tree means to BuildKit: its instruction sequence as BuildKit's first layer
returns it (lower-cased keyword, flags, exec/shell form, arguments after continuation
joining, heredocs).  The formatter's safety check and the differential tests against
BuildKit's own parser compare exactly this.
"""

from __future__ import annotations

from typing import NamedTuple, Optional, Tuple

from ..tree import ast


class Command(NamedTuple):
    cmd: str
    sub_cmd: Optional[str]
    json: bool
    flags: Tuple[str, ...]
    value: Tuple[str, ...]
    heredocs: Tuple[Tuple[str, int, str], ...]
    start_line: int = 0
    end_line: int = 0

    def meaning(self) -> tuple:
        """The command without positions."""
        return self[:6]


def _command_value(command: Optional[ast.Command]) -> Tuple[Tuple[str, ...], bool]:
    if command is None:
        return (), False
    if isinstance(command, ast.ExecForm):
        return tuple(command.args), True
    return (command.text,), False


def values(node: ast.Instruction) -> Tuple[Tuple[str, ...], bool]:
    """(value list, json) as BuildKit's Node.Next chain and Attributes hold them."""
    if isinstance(node, (ast.Run, ast.Cmd, ast.Entrypoint, ast.Shell)):
        return _command_value(node.command)
    if isinstance(node, (ast.Copy, ast.Add, ast.Volume)):
        return tuple(node.paths), node.json
    if isinstance(node, ast.From):
        return tuple(node.args), False
    if isinstance(node, ast.Expose):
        return tuple(node.ports), False
    if isinstance(node, (ast.Env, ast.Label)):
        out = []
        for pair in node.pairs:
            out.extend((pair.key, pair.value))
        return tuple(out), False
    if isinstance(node, ast.Arg):
        return tuple(d.name if d.value is None else f"{d.name}={d.value}" for d in node.args), False
    if isinstance(node, (ast.User, ast.Workdir, ast.Stopsignal, ast.Maintainer)):
        return ((node.value,) if node.value else ()), False
    if isinstance(node, ast.Healthcheck):
        if not node.kind_word:
            return (), False
        rest, is_json = _command_value(node.command)
        return (node.kind_word,) + rest, is_json
    if isinstance(node, ast.Onbuild):
        if node.trigger is None:
            return (), False
        return values(node.trigger)
    if isinstance(node, ast.Unknown):
        # BuildKit's first layer keeps no arguments for unknown keywords (parseIgnore);
        # we keep the text so that a rewrite that changed it is still caught.
        return (node.text,), False
    raise TypeError(f"no BuildKit value for {type(node).__name__}")


def heredocs(node: ast.Instruction) -> Tuple[Tuple[str, int, str], ...]:
    target = node.target
    docs = getattr(target, "heredocs", ())
    return tuple((h.name, h.fd or 0, h.content) for h in docs)


def command(node: ast.Instruction) -> Command:
    value, is_json = values(node)
    sub = None
    if isinstance(node, ast.Onbuild) and node.trigger is not None:
        sub = node.trigger.keyword.lower()
    span = node.span
    return Command(
        cmd=node.keyword.lower(), sub_cmd=sub, json=is_json,
        flags=tuple(f.as_buildkit() for f in node.flags), value=value,
        heredocs=heredocs(node),
        start_line=span.line if span else 0, end_line=span.end_line if span else 0,
    )
