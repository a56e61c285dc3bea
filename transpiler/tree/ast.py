"""Typed syntax tree for Dockerfiles.

Design (after LibCST): nodes are frozen records (declared like dataclasses), edited with ``with_changes``.
Every node carries a ``span`` that is excluded from equality, so two trees are equal
exactly when they mean the same text structure, wherever they came from.

Lossless printing: each instruction keeps the exact source text it was parsed from in
``raw`` (also excluded from equality).  ``with_changes`` drops ``raw`` so that an edited
node is printed from its fields; an untouched node prints back byte for byte.  Every
comment line and blank line has exactly one owner: the instruction that follows it
(``leading``), the header of the file (directives), or the end of the file (``trailing``).
Comment and blank lines *inside* a continued instruction belong to that instruction and
are kept in its ``layout``.
"""

from __future__ import annotations

from collections import namedtuple
from typing import ClassVar, Iterator, Optional, Tuple, Union


from .records import FrozenInstanceError, FrozenRecord, _meta, _set_attr, asdict, fields, record, replace


class Span(namedtuple("Span", "line column offset end_line end_column end_offset")):
    """A source range: 1-based line and column, 0-based character offset; end exclusive.

    A named tuple, not a FrozenRecord: the parser makes one or more per line, and a
    tuple is built in C (about twice as fast as a record's field dictionary)."""

    __slots__ = ()

    def to_json(self) -> dict:
        return dict(zip(self._fields, self))


@record
class Node(FrozenRecord):
    def with_changes(self, **changes):
        """Return a copy with ``changes``; the copy forgets its source text (``raw``)
        so the printer renders it from its fields."""
        if "raw" not in changes and "raw" in self._index:
            changes["raw"] = None
        return replace(self, **changes)

    def children(self) -> Iterator["Node"]:
        """Child nodes in source order (used by walkers)."""
        for f in self._fields:
            if not f.compare:
                continue
            value = getattr(self, f.name)
            if isinstance(value, Node):
                yield value
            elif isinstance(value, tuple):
                for item in value:
                    if isinstance(item, Node):
                        yield item


# --------------------------------------------------------------------------- trivia


@record
class Comment(Node):
    """A whole comment line. ``text`` is the line without its newline, as written."""

    text: str
    eol: str = _meta("\n")
    span: Optional[Span] = _meta(None)

    def __init__(self, text, eol="\n", span=None):
        # hand-written (as for the other per-line records): one per comment line
        _set_attr(self, "__dict__", {"text": text, "eol": eol, "span": span})

    @property
    def body(self) -> str:
        """The comment text after ``#`` and surrounding blanks."""
        return self.text.lstrip().lstrip("#").strip()


@record
class BlankLine(Node):
    """An empty or whitespace-only line. ``text`` keeps its whitespace."""

    text: str = ""
    eol: str = _meta("\n")
    span: Optional[Span] = _meta(None)

    def __init__(self, text="", eol="\n", span=None):
        _set_attr(self, "__dict__", {"text": text, "eol": eol, "span": span})


Trivia = Union[Comment, BlankLine]


@record
class Directive(Node):
    """A parser directive (``# syntax=...``, ``# escape=...``, ``# check=...``)."""

    name: str  # lower-cased key
    value: str
    text: str = _meta("")  # the line as written, without newline
    eol: str = _meta("\n")
    span: Optional[Span] = _meta(None)


# --------------------------------------------------------------------------- parts


@record
class Flag(Node):
    """A leading ``--name[=value]`` word. ``value`` is unquoted (as BuildKit reads it);
    ``text`` is the word as written."""

    name: str
    value: Optional[str]
    text: str = _meta("")
    span: Optional[Span] = _meta(None)

    def __init__(self, name, value, text="", span=None):
        _set_attr(self, "__dict__", {"name": name, "value": value, "text": text, "span": span})

    def as_buildkit(self) -> str:
        return "--" + self.name + ("" if self.value is None else "=" + self.value)


@record
class ExecForm(Node):
    """JSON array form: ``["a", "b"]``."""

    args: Tuple[str, ...]
    span: Optional[Span] = _meta(None)

    def __init__(self, args, span=None):
        _set_attr(self, "__dict__", {"args": args, "span": span})


@record
class ShellForm(Node):
    """Shell form: the rest of the line, continuations joined, as one raw string."""

    text: str
    span: Optional[Span] = _meta(None)

    def __init__(self, text, span=None):
        _set_attr(self, "__dict__", {"text": text, "span": span})


Command = Union[ExecForm, ShellForm]


@record
class KeyValue(Node):
    """One ENV/LABEL pair. ``value`` is raw (quotes and escapes kept, as BuildKit's
    first layer keeps them). ``legacy`` marks the ``KEY value with spaces`` form."""

    key: str
    value: str
    legacy: bool = False
    span: Optional[Span] = _meta(None)

    def __init__(self, key, value, legacy=False, span=None):
        _set_attr(self, "__dict__", {"key": key, "value": value, "legacy": legacy, "span": span})


@record
class ArgDecl(Node):
    """One ARG word: ``name`` or ``name=value`` (value raw)."""

    name: str
    value: Optional[str] = None
    span: Optional[Span] = _meta(None)

    def __init__(self, name, value=None, span=None):
        _set_attr(self, "__dict__", {"name": name, "value": value, "span": span})


@record
class Heredoc(Node):
    """A here-document opened on an instruction line and read from the lines below it.

    ``content`` holds the body byte for byte (line endings kept); ``terminator`` is the
    closing line as written (with leading tabs when ``chomp``)."""

    name: str
    content: str
    fd: Optional[int] = None
    chomp: bool = False
    expand: bool = True
    terminator: str = _meta("")
    span: Optional[Span] = _meta(None)


# --------------------------------------------------------------------------- layout


class PhysicalLine(namedtuple("PhysicalLine", "kind indent content gap escape after eol")):
    """One physical line of a continued instruction, split so a formatter can re-indent
    it without touching its meaning.

    kind: ``"code"`` (part of the instruction text), ``"comment"`` or ``"blank"``
    (dropped by BuildKit inside a continuation).  For code lines: ``indent`` is the
    leading whitespace, ``content`` what follows up to the continuation marker,
    ``gap`` the whitespace before the escape character, ``escape`` the escape
    character (empty on the last line) and ``after`` the blanks after it.
    ``eol`` is the line ending (``\\n``, ``\\r\\n`` or ``""`` at end of file).
    (A named tuple: one is made per physical line of every instruction.)
    """

    __slots__ = ()

    @property
    def text(self) -> str:
        return self.indent + self.content + self.gap + self.escape + self.after + self.eol


class Layout(namedtuple("Layout", "lines heredoc_text", defaults=("",))):
    """How an instruction was laid out in the source: its physical lines, then its
    heredoc bodies (raw, with terminators).  (A named tuple: one per instruction.)"""

    __slots__ = ()


# --------------------------------------------------------------------------- instructions


@record
class Instruction(Node):
    """Base of every instruction.

    ``keyword`` is as written (any case); ``flags`` the leading ``--`` words;
    ``leading`` the comment and blank lines directly above it; ``raw`` its exact
    source text (lines, continuations, heredoc bodies); ``layout`` that text split
    into physical lines."""

    keyword: str = ""
    flags: Tuple[Flag, ...] = ()
    leading: Tuple[Trivia, ...] = ()
    raw: Optional[str] = _meta(None)
    layout: Optional[Layout] = _meta(None)
    span: Optional[Span] = _meta(None)

    #: upper-case name of the instruction kind (``RUN``); empty for unknown ones
    KIND: ClassVar[str] = ""

    @property
    def name(self) -> str:
        return self.KIND or self.keyword.upper()

    def flag(self, name: str) -> Optional[Flag]:
        """The last flag called ``name`` (BuildKit keeps the last of repeated ones)."""
        for f in reversed(self.flags):
            if f.name == name:
                return f
        return None

    def flag_values(self, name: str) -> Tuple[str, ...]:
        return tuple(f.value or "" for f in self.flags if f.name == name)

    @property
    def target(self) -> "Instruction":
        """The instruction whose arguments, flags and heredocs act: an ONBUILD's
        trigger, otherwise this one."""
        return self


def _kind(name):
    def deco(cls):
        cls.KIND = name
        return cls

    return deco


@record
class _WithCommand(Instruction):
    command: Optional[Command] = None

    @property
    def is_exec_form(self) -> bool:
        return isinstance(self.command, ExecForm)


@_kind("RUN")
@record
class Run(_WithCommand):
    heredocs: Tuple[Heredoc, ...] = ()


@_kind("CMD")
@record
class Cmd(_WithCommand):
    pass


@_kind("ENTRYPOINT")
@record
class Entrypoint(_WithCommand):
    pass


@_kind("SHELL")
@record
class Shell(_WithCommand):
    pass


@record
class _WithPaths(Instruction):
    """COPY/ADD/VOLUME: a JSON array or a whitespace-separated list (quotes not special)."""

    paths: Tuple[str, ...] = ()
    json: bool = False


@record
class _Transfer(_WithPaths):
    """COPY and ADD: sources then a destination; may open heredocs."""

    heredocs: Tuple[Heredoc, ...] = ()

    @property
    def sources(self) -> Tuple[str, ...]:
        return self.paths[:-1]

    @property
    def destination(self) -> Optional[str]:
        return self.paths[-1] if self.paths else None


@_kind("COPY")
@record
class Copy(_Transfer):
    pass


@_kind("ADD")
@record
class Add(_Transfer):
    pass


@_kind("VOLUME")
@record
class Volume(_WithPaths):
    pass


@_kind("FROM")
@record
class From(Instruction):
    """``FROM image [AS name]``; ``args`` are the whitespace-separated words as written."""

    args: Tuple[str, ...] = ()

    @property
    def image(self) -> Optional[str]:
        return self.args[0] if self.args else None

    @property
    def stage_name(self) -> Optional[str]:
        if len(self.args) == 3 and self.args[1].lower() == "as":
            return self.args[2]
        return None


@_kind("EXPOSE")
@record
class Expose(Instruction):
    ports: Tuple[str, ...] = ()


@record
class _WithPairs(Instruction):
    pairs: Tuple[KeyValue, ...] = ()

    @property
    def is_legacy(self) -> bool:
        return any(p.legacy for p in self.pairs)


@_kind("ENV")
@record
class Env(_WithPairs):
    pass


@_kind("LABEL")
@record
class Label(_WithPairs):
    pass


@_kind("ARG")
@record
class Arg(Instruction):
    args: Tuple[ArgDecl, ...] = ()


@record
class _WithString(Instruction):
    """USER, WORKDIR, STOPSIGNAL, MAINTAINER: the whole rest as one string."""

    value: str = ""


@_kind("USER")
@record
class User(_WithString):
    pass


@_kind("WORKDIR")
@record
class Workdir(_WithString):
    pass


@_kind("STOPSIGNAL")
@record
class Stopsignal(_WithString):
    pass


@_kind("MAINTAINER")
@record
class Maintainer(_WithString):
    pass


@_kind("HEALTHCHECK")
@record
class Healthcheck(Instruction):
    """``HEALTHCHECK NONE`` or ``HEALTHCHECK [flags] CMD <command>``.  ``kind_word`` is the
    first word as written (``CMD``, ``NONE`` or anything else BuildKit rejects later)."""

    kind_word: str = ""
    command: Optional[Command] = None

    @property
    def is_none(self) -> bool:
        return self.kind_word.upper() == "NONE"


@_kind("ONBUILD")
@record
class Onbuild(Instruction):
    """``ONBUILD <instruction>``; the nested instruction has no raw text of its own."""

    trigger: Optional[Instruction] = None

    @property
    def target(self) -> Instruction:
        return self.trigger if self.trigger is not None else self


@record
class Unknown(Instruction):
    """An instruction BuildKit's line assembly accepts but its second layer rejects.
    Kept verbatim so no tool ever deletes it."""

    text: str = ""


INSTRUCTION_CLASSES = {
    cls.KIND: cls
    for cls in (
        Run, Cmd, Entrypoint, Shell, Copy, Add, Volume, From, Expose, Env, Label, Arg,
        User, Workdir, Stopsignal, Maintainer, Healthcheck, Onbuild,
    )
}


# --------------------------------------------------------------------------- file


@record
class Stage(Node):
    """A ``FROM`` and the instructions up to the next ``FROM``."""

    from_: From
    body: Tuple[Instruction, ...] = ()
    span: Optional[Span] = _meta(None)

    @property
    def name(self) -> Optional[str]:
        return self.from_.stage_name

    @property
    def instructions(self) -> Tuple[Instruction, ...]:
        return (self.from_,) + self.body


@record
class Diagnostic(FrozenRecord):
    """A problem BuildKit reports after line assembly (unknown instruction, bad flag,
    wrong argument count ...).  It does not stop parsing, so a formatter can keep the
    file intact."""

    line: int
    column: int
    message: str
    code: str = ""
    end_line: int = 0
    severity: str = "error"

    def to_json(self) -> dict:
        return asdict(self)


@record
class Dockerfile(Node):
    """A whole file.  ``header`` holds the directive block (directives plus the BOM);
    ``preamble`` the instructions before the first FROM (global ARGs, or errors);
    ``trailing`` the comment and blank lines after the last instruction."""

    directives: Tuple[Directive, ...] = ()
    preamble: Tuple[Instruction, ...] = ()
    stages: Tuple[Stage, ...] = ()
    trailing: Tuple[Trivia, ...] = ()
    escape: str = "\\"
    bom: bool = _meta(False)
    newline: str = _meta("\n")
    final_newline: bool = _meta(True)
    diagnostics: Tuple[Diagnostic, ...] = _meta(())
    raw_header: Optional[str] = _meta(None)
    span: Optional[Span] = _meta(None)

    @property
    def instructions(self) -> Tuple[Instruction, ...]:
        out = list(self.preamble)
        for stage in self.stages:
            out.extend(stage.instructions)
        return tuple(out)


__all__ = [name for name in dir() if not name.startswith("_")]
