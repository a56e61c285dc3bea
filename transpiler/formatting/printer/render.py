"""One render function per instruction type: a node's fields -> one canonical line.

Used for nodes that have no source text (built or edited by a pass).  The output is
what BuildKit reads back to the same fields; ``tests/test_render.py`` checks that.
"""

from __future__ import annotations

import json
from typing import Callable, Dict, Optional

from ...tree import ast

_NEEDS_QUOTES = set(" \t\r\n\x0b\x0c\"'\\")


def render_flag(flag: ast.Flag) -> str:
    if flag.value is None:
        return f"--{flag.name}"
    value = flag.value
    if value and not (_NEEDS_QUOTES & set(value)):
        return f"--{flag.name}={value}"
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'--{flag.name}="{escaped}"'


def render_exec(form: ast.ExecForm) -> str:
    return json.dumps(list(form.args), ensure_ascii=False)


def render_command(command: Optional[ast.Command]) -> str:
    if command is None:
        return ""
    if isinstance(command, ast.ExecForm):
        return render_exec(command)
    return command.text


def _head(node: ast.Instruction) -> str:
    parts = [node.name if node.KIND else node.keyword]
    parts.extend(render_flag(f) for f in node.flags)
    return " ".join(parts)


def _join(head: str, rest: str) -> str:
    return f"{head} {rest}" if rest else head


def _render_command_node(node, escape):
    return _join(_head(node), render_command(node.command))


def _render_paths(node, escape):
    if node.json:
        return _join(_head(node), json.dumps(list(node.paths), ensure_ascii=False))
    return _join(_head(node), " ".join(node.paths))


def _render_from(node: ast.From, escape):
    args = list(node.args)
    if len(args) == 3 and args[1].lower() == "as":
        args[1] = "AS"
    return _join(_head(node), " ".join(args))


def _render_expose(node: ast.Expose, escape):
    return _join(_head(node), " ".join(node.ports))


def _render_pairs(node, escape):
    if node.is_legacy and len(node.pairs) == 1:
        pair = node.pairs[0]
        return _join(_head(node), f"{pair.key} {pair.value}")
    return _join(_head(node), " ".join(f"{p.key}={p.value}" for p in node.pairs))


def _render_arg(node: ast.Arg, escape):
    return _join(_head(node), " ".join(
        d.name if d.value is None else f"{d.name}={d.value}" for d in node.args))


def _render_string(node, escape):
    return _join(_head(node), node.value)


def _render_healthcheck(node: ast.Healthcheck, escape):
    kind = node.kind_word.upper() if node.kind_word.upper() in ("CMD", "NONE") else node.kind_word
    return _join(_join(_head(node), kind), render_command(node.command))


def _render_onbuild(node: ast.Onbuild, escape):
    if node.trigger is None:
        return _head(node)
    return _join(_head(node), render_instruction(node.trigger, escape))


def _render_unknown(node: ast.Unknown, escape):
    return _join(_head(node), node.text)


RENDERERS: Dict[type, Callable] = {
    ast.Run: _render_command_node, ast.Cmd: _render_command_node,
    ast.Entrypoint: _render_command_node, ast.Shell: _render_command_node,
    ast.Copy: _render_paths, ast.Add: _render_paths, ast.Volume: _render_paths,
    ast.From: _render_from, ast.Expose: _render_expose,
    ast.Env: _render_pairs, ast.Label: _render_pairs, ast.Arg: _render_arg,
    ast.User: _render_string, ast.Workdir: _render_string, ast.Stopsignal: _render_string,
    ast.Maintainer: _render_string, ast.Healthcheck: _render_healthcheck,
    ast.Onbuild: _render_onbuild, ast.Unknown: _render_unknown,
}


def render_instruction(node: ast.Instruction, escape: str = "\\") -> str:
    """The instruction on one line (heredoc bodies are added by the caller)."""
    return RENDERERS[type(node)](node, escape)
