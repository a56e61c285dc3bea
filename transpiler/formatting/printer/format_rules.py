"""One format function per instruction type: the canonical spelling of an
instruction's argument text.

Each ``format_<kind>(node, rest, style)`` gets the argument text exactly as written
(after the keyword and flags, on one line) and returns its canonical spelling, or
``rest`` itself when a rewrite could change what BuildKit reads.  ``format_line``
adds the head (upper-case keyword, flags separated by single spaces).  Multi-line
instructions are handled by ``format_lines``, which reuses ``format_head``.

With ``rest=None`` (and ``style=None``) the same function spells the arguments of a
node that has no source text (built or edited by a pass) from its fields:
``render.render_instruction`` puts the head in front.  One table serves both, so a
node type's spelling is decided in one place.
"""

from __future__ import annotations

import json
import re
from json.encoder import encode_basestring
from typing import Callable, Dict, List, Optional, Tuple

from ...tree import ast
from ...tree.records import FrozenRecord, record
from ...buildkit.shellword import quote_word
from ...syntax.chars import GO_SPACE, TOKEN_WS



@record
class Style(FrozenRecord):
    """Formatting options: continuation indentation unit, where ``&&`` / ``||`` /
    ``|`` go when a RUN chain is broken over lines, and the file's escape character."""

    indent: str = "    "
    operator_position: str = "start"  # or "end"
    escape: str = "\\"


# --------------------------------------------------------------------------- head


def _skip_space(text: str, pos: int) -> int:
    n = len(text)
    while pos < n and text[pos] in GO_SPACE:
        pos += 1
    return pos


def _odd_gap(gap: str) -> bool:
    """A blank other than space and tab between head words: BuildKit's shell word
    splitter (which finds heredoc markers on the whole line) does not split there, so
    turning it into a space can make a word a heredoc marker (``RUN \\f3<<E``)."""
    return bool(gap.strip(" \t"))


Head = Tuple[Tuple[str, ...], str, bool]


def split_head(text: str, node: ast.Instruction) -> Optional[Head]:
    """Split ``text`` (an instruction line without leading blanks) after the keyword
    into (the flag words found on it, as written; the rest; whether every flag was
    found), using the node's flag words.  None when the line does not start the way
    the node was parsed (a keyword broken over lines, a ``--``) or when a separator
    is not made of spaces and tabs (``_odd_gap``).  (A plain tuple: one is made per
    formatted instruction.)"""
    keyword = node.keyword
    if not keyword or not text.startswith(keyword):
        return None
    pos = len(keyword)
    if pos < len(text) and text[pos] not in "\t\x0b\x0c\r ":
        return None
    if not node.flags:
        rest = text[pos + 1:]
        if text[pos:pos + 1] != " " or rest[:1] in GO_SPACE:  # not the one space
            rest = text[pos:].lstrip(GO_SPACE)
            if _odd_gap(text[pos:len(text) - len(rest)]):
                return None
        if rest.startswith("--"):
            return None  # a "--" ending the flags, or something we did not parse
        return (), rest, True
    flags: List[str] = []
    for flag in node.flags:
        at = _skip_space(text, pos)
        if _odd_gap(text[pos:at]):
            return None
        if at == len(text):
            return tuple(flags), "", False
        if not flag.text or not text.startswith(flag.text, at):
            return None
        end = at + len(flag.text)
        if end < len(text) and text[end] not in GO_SPACE:
            return None
        flags.append(flag.text)
        pos = end
    at = _skip_space(text, pos)
    rest = text[at:]
    if rest.startswith("--") or _odd_gap(text[pos:at]):
        return None  # a "--" ending the flags, or something we did not parse
    return tuple(flags), rest, True


def format_head(flags: Tuple[str, ...], node: ast.Instruction) -> str:
    """The keyword (upper case for a known instruction) and the flags as written."""
    keyword = node.KIND or node.keyword
    return " ".join((keyword,) + flags) if flags else keyword


def _join(head: str, rest: str) -> str:
    return f"{head} {rest}" if rest else head


# --------------------------------------------------------------------------- forms


_raw_decode = json.JSONDecoder().raw_decode


def _clean_json(rest: str) -> Optional[List[str]]:
    """The array when ``rest`` is exactly one JSON array of strings (nothing after it)."""
    try:
        value, end = _raw_decode(rest)
    except ValueError:
        return None
    if end != len(rest) or not isinstance(value, list):
        return None
    if not all(isinstance(v, str) for v in value):
        return None
    return value


def format_exec(args) -> str:
    """``["a", "b"]``: one space after each comma, non-ASCII kept as is (what
    ``json.dumps(list(args), ensure_ascii=False)`` prints, without building an encoder
    per call)."""
    return "[" + ", ".join(map(encode_basestring, args)) + "]"


def _canonical_json(rest: str, args: Tuple[str, ...]) -> str:
    """``format_exec(args)`` when ``rest`` is exactly a JSON array of strings that
    reads back to ``args``, ``rest`` otherwise.  (Text already in that spelling is a
    JSON array that reads back to ``args``: no need to decode it.)"""
    canonical = format_exec(args)
    if canonical == rest:
        return rest
    value = _clean_json(rest)
    return canonical if value is not None and tuple(value) == args else rest


def format_run(node: ast._WithCommand, rest: Optional[str], style: Style) -> str:
    """Shell form as written (its spacing is the shell's); JSON with canonical
    spacing when it reads back to the same arguments."""
    command = node.command
    if command.__class__ is ast.ShellForm and rest is not None:
        return rest  # most instructions: no call for them
    return _command_text(command, rest)


format_cmd = format_entrypoint = format_shell = format_run


def _command_text(command: Optional[ast.Command], rest: Optional[str]) -> str:
    if command.__class__ is ast.ExecForm:
        return format_exec(command.args) if rest is None else _canonical_json(rest, command.args)
    if rest is None:
        return "" if command is None else command.text
    return rest


def _spaced(rest: str, words: Tuple[str, ...], out: str) -> str:
    """``out`` (the canonical spelling of ``words``) when ``rest`` is exactly ``words``
    separated by blanks, ``rest`` otherwise.  (Text already spelled ``out`` is the
    answer either way: it is returned without splitting it.)"""
    if out == rest or tuple(TOKEN_WS.split(rest)) != words:
        return rest
    return out


def format_paths(node: ast._WithPaths, rest: Optional[str], style: Style) -> str:
    """COPY / ADD / VOLUME: JSON stays JSON; a word list gets single spaces unless the
    spacing could matter (text that starts like JSON, quoted heredoc names)."""
    if node.json:
        return format_exec(node.paths) if rest is None else _canonical_json(rest, node.paths)
    if rest is None:
        return " ".join(node.paths)
    if rest.startswith("[") or ("<<" in rest and ("'" in rest or '"' in rest)):
        return rest
    return _spaced(rest, node.paths, " ".join(node.paths))


format_copy = format_add = format_volume = format_paths


def format_from(node: ast.From, rest: Optional[str], style: Style) -> str:
    args = node.args
    if len(args) == 3 and args[1].lower() == "as":
        out = f"{args[0]} AS {args[2]}"
    else:
        out = " ".join(args)
    return out if rest is None else _spaced(rest, args, out)


def format_expose(node: ast.Expose, rest: Optional[str], style: Style) -> str:
    out = " ".join(node.ports)
    return out if rest is None else _spaced(rest, node.ports, out)


_KEY_SPECIALS = frozenset("'\"=$")


def _plain_key(key: str, escape: str) -> bool:
    return bool(key) and _KEY_SPECIALS.isdisjoint(key) and escape not in key


def format_pairs(node: ast._WithPairs, rest: Optional[str], style: Style) -> str:
    """ENV / LABEL: ``k=v`` words with single spaces; the legacy ``K v w`` form becomes
    ``K="v w"``, quoted so BuildKit's shell lexer reads the same value.  (From the
    fields, a legacy pair stays legacy: ``unparse`` must not change a value's quoting,
    and formatting the rendered text quotes it as above.)"""
    if rest is None:
        if node.is_legacy and len(node.pairs) == 1:
            pair = node.pairs[0]
            return f"{pair.key} {pair.value}"
    elif rest.endswith(style.escape):
        return rest
    elif node.is_legacy:
        pair = node.pairs[0]
        if not _plain_key(pair.key, style.escape):
            return rest
        quoted = quote_word(pair.value, style.escape)
        return rest if quoted is None else f"{pair.key}={quoted}"
    return " ".join(f"{p.key}={p.value}" for p in node.pairs)


format_env = format_label = format_pairs


def format_arg(node: ast.Arg, rest: Optional[str], style: Style) -> str:
    if rest is not None and rest.endswith(style.escape):
        return rest
    return " ".join(d.name if d.value is None else f"{d.name}={d.value}" for d in node.args)


def format_string(node, rest: Optional[str], style: Style) -> str:
    """USER / WORKDIR / STOPSIGNAL / MAINTAINER: the whole rest is the value."""
    return node.value if rest is None else rest


format_user = format_workdir = format_stopsignal = format_maintainer = format_string


def _split_kind_word(rest: str) -> Tuple[str, str, str]:
    m = re.match(f"([^{GO_SPACE}]*)([{GO_SPACE}]*)(.*)\\Z", rest, re.S)
    return m.group(1), m.group(2), m.group(3)


def healthcheck_kind(word: str) -> str:
    return word.upper() if word.upper() in ("CMD", "NONE") else word


def format_healthcheck(node: ast.Healthcheck, rest: Optional[str], style: Style) -> str:
    if rest is None:
        kind = healthcheck_kind(node.kind_word)
        command = _command_text(node.command, None)
        return _join(kind, command) if kind else command
    word, _, tail = _split_kind_word(rest)
    if word != node.kind_word:
        return rest
    return _join(healthcheck_kind(word), _command_text(node.command, tail))


def format_onbuild(node: ast.Onbuild, rest: Optional[str], style: Style) -> str:
    if node.trigger is None:
        return "" if rest is None else rest
    if rest is None:
        from .render import render_instruction  # render.py reads this table

        return render_instruction(node.trigger)
    return format_line(node.trigger, rest, style)


def format_unknown(node: ast.Unknown, rest: Optional[str], style: Style) -> str:
    return node.text if rest is None else rest


FORMATTERS: Dict[type, Callable[..., str]] = {
    ast.Run: format_run, ast.Cmd: format_cmd, ast.Entrypoint: format_entrypoint,
    ast.Shell: format_shell, ast.Copy: format_copy, ast.Add: format_add,
    ast.Volume: format_volume, ast.From: format_from, ast.Expose: format_expose,
    ast.Env: format_env, ast.Label: format_label, ast.Arg: format_arg,
    ast.User: format_user, ast.Workdir: format_workdir, ast.Stopsignal: format_stopsignal,
    ast.Maintainer: format_maintainer, ast.Healthcheck: format_healthcheck,
    ast.Onbuild: format_onbuild, ast.Unknown: format_unknown,
}


def format_line(node: ast.Instruction, text: str, style: Style) -> str:
    """The canonical spelling of a whole one-line instruction ``text``."""
    head = split_head(text, node)
    if head is None or not head[2]:
        return text
    flags, rest, _ = head
    rest = FORMATTERS[node.__class__](node, rest, style)
    out = format_head(flags, node) if flags else node.KIND or node.keyword
    return f"{out} {rest}" if rest else out


def format_first_line(node: ast.Instruction, text: str, style: Style) -> str:
    """The first line of a continued instruction: keyword case and the spacing of the
    words that are complete on this line; the rest as written."""
    head = split_head(text, node)
    if head is None:
        return text
    flags, rest, complete = head
    out = format_head(flags, node)
    if not complete:
        return out
    if isinstance(node, ast.Onbuild) and node.trigger is not None and rest:
        inner = split_head(rest, node.trigger)
        if inner is not None and (inner[1] or node.trigger.keyword != rest):
            rest = format_first_line(node.trigger, rest, style)
    elif isinstance(node, ast.Healthcheck):
        word, gap, tail = _split_kind_word(rest)
        if word == node.kind_word and gap:
            rest = healthcheck_kind(word) + " " + tail if tail else healthcheck_kind(word)
    return _join(out, rest)
