"""One logical instruction -> one typed AST node.

Follows BuildKit's ``newNodeFromLine``: split keyword and flags (Lark rule ``line``),
then parse the arguments with the rule BuildKit's dispatch table picks for the keyword.
First-layer errors (JSON array of non-strings, ``ENV must have two arguments``, a
name=value list with a bare word) raise ``ParseError``.
"""

from __future__ import annotations

from typing import Callable, Dict, List, Tuple

from ..tree import ast
from ..tree.records import _new, _set_attr, new_record
from .chars import GO_SPACE, GO_SPACE_CLASS, TOKEN_WS, TOKEN_WS_CLASS, is_go_space, strip_go
from .grammar import parser, terminals
from .words import (decode_json_strings, json_prefix_kind, name_word_value,
                    unquote_flag_word)

import re

# keyword end: the grammar's _TWS terminal (a token blank, then any Go blanks)
_KEYWORD_END = re.compile(f"[{TOKEN_WS_CLASS}][{GO_SPACE_CLASS}]*")
# the grammar's _SP terminal (a run of Go blanks)
_GO_BLANKS = re.compile(f"[{GO_SPACE_CLASS}]+")

_CLASSES = {name.lower(): cls for name, cls in ast.INSTRUCTION_CLASSES.items()}

NOT_STRINGS = "when using JSON array syntax, arrays must be comprised of strings only"


class ArgError(Exception):
    """A first-layer error inside the argument text; ``index`` is where in it."""

    def __init__(self, message: str, index: int = 0):
        super().__init__(message)
        self.message = message
        self.index = index


def _go_quote(s: str) -> str:
    import json

    return json.dumps(s, ensure_ascii=False)


def instruction_parser(escape: str, fast: bool = True) -> "InstructionParser":
    """The parser for ``escape`` (one per escape character and mode, kept: it holds
    no state between instructions)."""
    key = (escape, fast)
    parser = _PARSERS.get(key)
    if parser is None:
        parser = _PARSERS[key] = InstructionParser(escape, fast)
    return parser


class InstructionParser:
    """Parses the joined text of instructions for one escape character."""

    def __init__(self, escape: str, fast: bool = True):  # noqa: D107
        self.escape = escape
        # The grammar is regular: every start rule is a sequence of its terminals.
        # The fast path runs those terminals (read from the .lark file) directly, in
        # the order the LALR parser with its contextual lexer would try them, so
        # start-up does not pay for importing Lark.  ``fast=False`` parses with the
        # Lark LALR parser built from the same file; tests/test_fast_paths.py checks
        # that both build the same trees on the corpus and on generated files.
        self.fast = fast
        self._lark = None
        t = terminals(escape)
        self._flag, self._sp = t["FLAG"], t["_SP"]
        self._json, self._name_word = t["JSON_STRINGS"], t["NAME_WORD"]
        self._dispatch: Dict[str, Callable] = {
            "run": self._command, "cmd": self._command, "entrypoint": self._command,
            "shell": self._command,
            "copy": self._paths, "add": self._paths, "volume": self._paths,
            "from": self._from, "expose": self._expose,
            "env": self._pairs, "label": self._pairs,
            "arg": self._arg,
            "user": self._string, "workdir": self._string, "stopsignal": self._string,
            "maintainer": self._string,
            "healthcheck": self._healthcheck,
            "onbuild": self._onbuild,
        }

    @property
    def lark(self):
        if self._lark is None:
            self._lark = parser(self.escape)
        return self._lark

    # ------------------------------------------------------------------ line level

    def split(self, text: str) -> Tuple[str, List[Tuple[str, int]], str, int]:
        """(keyword, [(flag word, index)], args, args index) for a trimmed line."""
        if not text:
            # a continuation made only of escape characters: BuildKit keeps an
            # instruction with an empty keyword
            return "", [], "", 0
        if self.fast:
            return self._split_fast(text)
        from lark.exceptions import LarkError

        try:
            tree = self.lark.parse(text, start="line")
        except LarkError as exc:  # pragma: no cover - the grammar accepts every line
            raise ArgError(f"cannot split instruction: {exc}") from None
        keyword = ""
        flags: List[Tuple[str, int]] = []
        args, args_at = "", len(text)
        for item in _flatten(tree):
            if item.type == "KEYWORD":
                keyword = str(item)
            elif item.type == "FLAG":
                value = unquote_flag_word(str(item))
                if value == "--":
                    rest_at = item.end_pos
                    args = strip_go(text[rest_at:])
                    args_at = len(text) - len(text[rest_at:].lstrip(GO_SPACE))
                    return keyword, flags, args, args_at
                flags.append((str(item), item.start_pos))
            elif item.type == "REST":
                args, args_at = str(item), item.start_pos
                break
        return keyword, flags, args, args_at

    def _split_fast(self, text: str):
        """Rule ``line``: KEYWORD (_TWS (FLAG _SP)* (REST | DDASH rest))."""
        m = _KEYWORD_END.search(text)
        if m is None:
            return text, [], "", len(text)
        keyword, pos, n = text[:m.start()], m.end(), len(text)
        flags: List[Tuple[str, int]] = []
        while text.startswith("--", pos):
            word = self._flag.match(text, pos).group()  # FLAG matches any "--..." word
            end = pos + len(word)
            if unquote_flag_word(word) == "--":
                rest = text[end:]
                args = strip_go(rest)
                return keyword, flags, args, n - len(rest.lstrip(GO_SPACE))
            flags.append((word, pos))
            if end == n:
                return keyword, flags, "", n
            pos = self._sp.match(text, end).end()  # a FLAG ends only at a blank
        return keyword, flags, text[pos:], pos

    def parse(self, text: str) -> Tuple[ast.Instruction, int]:
        """The node for ``text`` (already joined and trimmed) and where its arguments
        start in ``text`` (for source spans)."""
        m = _KEYWORD_END.search(text) if self.fast else None
        if m is not None and not text.startswith("--", m.end()):
            # no flags (most instructions): the arguments are the rest
            args_at = m.end()
            keyword, flags, args = text[:m.start()], (), text[args_at:]
        else:
            keyword, flag_words, args, args_at = self.split(text)
            flags = tuple([_make_flag(word) for word, _ in flag_words]) if flag_words else ()
        lower = keyword.lower()
        handler = self._dispatch.get(lower)
        if handler is None:
            return ast.Unknown(keyword=keyword, flags=flags, text=args), args_at
        try:
            return handler(lower, keyword, flags, args), args_at
        except ArgError as err:
            err.index += args_at
            raise

    # ------------------------------------------------------------------ forms

    def _maybe_json(self, args: str, rule: str):
        """parseMaybeJSON / parseMaybeJSONToList.  Returns (ExecForm|None, tree)."""
        if self.fast:
            if not args.startswith("["):  # JSON_STRINGS starts with one
                return None, None
            # JSON_STRINGS has the highest priority; whatever follows it is ignored
            m = self._json.match(args)
            if m:
                return ast.ExecForm(decode_json_strings(m.group())), None
            if args.startswith("[") and json_prefix_kind(args) == "nonstring":
                raise ArgError(NOT_STRINGS)
            return None, None
        tree = self.lark.parse(args, start=rule)
        if tree.data == "exec_form":
            return ast.ExecForm(decode_json_strings(str(tree.children[0]))), tree
        if args.startswith("[") and json_prefix_kind(args) == "nonstring":
            raise ArgError(NOT_STRINGS)
        return None, tree

    def _command(self, lower, keyword, flags, args):
        cls = _CLASSES[lower]
        if not args:
            return _node(cls, keyword, flags, "command", None)
        # JSON_STRINGS starts with "[": without one the fast path has a shell form
        exec_form = None
        if args[0] == "[" or not self.fast:
            exec_form, _ = self._maybe_json(args, "maybe_json")
        if exec_form is None:
            return _node(cls, keyword, flags, "command",
                         new_record(ast.ShellForm, {"text": args, "span": None}))
        return _node(cls, keyword, flags, "command", exec_form)

    def _paths(self, lower, keyword, flags, args):
        cls = _CLASSES[lower]
        if not args:
            # parseJSON fails on "", then the whitespace list of "" is empty
            return _node(cls, keyword, flags, "paths", ())
        exec_form, tree = self._maybe_json(args, "maybe_json_list")
        if exec_form is not None:
            node = _node(cls, keyword, flags, "paths", exec_form.args)
            node.__dict__["json"] = True
            return node
        if tree is None:
            words = tuple(TOKEN_WS.split(args))
        else:
            words = tuple(str(t) for t in tree.children[0].children)
        return _node(cls, keyword, flags, "paths", words)

    def _words(self, args: str) -> Tuple[str, ...]:
        if not args:
            return ()
        return tuple(TOKEN_WS.split(args))

    def _from(self, lower, keyword, flags, args):
        return _node(ast.From, keyword, flags, "args", self._words(args))

    def _expose(self, lower, keyword, flags, args):
        return _node(ast.Expose, keyword, flags, "ports", self._words(args))

    def _string(self, lower, keyword, flags, args):
        return _node(_CLASSES[lower], keyword, flags, "value", args)

    def _name_words(self, args: str) -> List[str]:
        if not args:
            return []
        escape = self.escape
        if self.fast:
            if '"' not in args and "'" not in args and escape not in args:
                # no quotes or escapes: a NAME_WORD is a run of non-blanks
                return _GO_BLANKS.split(args)
            # a NAME_WORD ends only at a blank (_SP) or the end, and a trimmed text
            # starts with one: the rule's words are all the NAME_WORD matches
            words = self._name_word.findall(args)
        else:
            words = [str(t) for t in self.lark.parse(args, start="name_words").children]
        return [name_word_value(w, escape) if w.endswith(escape) else w for w in words]

    def _pairs(self, lower, keyword, flags, args):
        cls = _CLASSES[lower]
        words = self._name_words(args)
        if not words:
            return _node(cls, keyword, flags, "pairs", ())
        if "=" not in words[0]:
            parts = TOKEN_WS.split(args, maxsplit=1)
            if len(parts) < 2:
                raise ArgError(f"{lower.upper()} must have two arguments")
            pair = ast.KeyValue(parts[0], parts[1], legacy=True)
            return _node(cls, keyword, flags, "pairs", (pair,))
        pairs = []
        for word in words:
            if "=" not in word:
                raise ArgError(f"Syntax error - can't find = in {_go_quote(word)}. "
                               "Must be of the form: name=value", args.find(word))
            key, value = word.split("=", 1)
            pairs.append(ast.KeyValue(key, value))
        return _node(cls, keyword, flags, "pairs", tuple(pairs))

    def _arg(self, lower, keyword, flags, args):
        decls = []
        for word in self._name_words(args):
            if "=" in word:
                name, value = word.split("=", 1)
                decls.append(ast.ArgDecl(name, value))
            else:
                decls.append(ast.ArgDecl(word, None))
        return _node(ast.Arg, keyword, flags, "args", tuple(decls))

    def _healthcheck(self, lower, keyword, flags, args):
        sep = 0
        while sep < len(args) and not is_go_space(args[sep]):
            sep += 1
        nxt = sep
        while nxt < len(args) and is_go_space(args[nxt]):
            nxt += 1
        if sep == 0:
            return ast.Healthcheck(keyword=keyword, flags=flags, kind_word="", command=None)
        rest = args[nxt:]
        command = None
        if rest:
            try:
                exec_form, _ = self._maybe_json(rest, "maybe_json")
            except ArgError as err:
                err.index += nxt
                raise
            command = exec_form if exec_form is not None else ast.ShellForm(rest)
        return ast.Healthcheck(keyword=keyword, flags=flags, kind_word=args[:sep],
                               command=command)

    def _onbuild(self, lower, keyword, flags, args):
        if not args:
            return ast.Onbuild(keyword=keyword, flags=flags, trigger=None)
        trigger, _ = self.parse(args)
        return ast.Onbuild(keyword=keyword, flags=flags, trigger=trigger)


_PARSERS: Dict[Tuple[str, bool], InstructionParser] = {}


def _node(cls, keyword: str, flags: tuple, name: str, value) -> ast.Instruction:
    """``cls(keyword=keyword, flags=flags, <name>=value)`` built from the class's
    defaults without the generic keyword-checking ``__init__`` (one per instruction)."""
    values = cls._default_values.copy()
    values["keyword"] = keyword
    values["flags"] = flags
    values[name] = value
    node = _new(cls)
    _set_attr(node, "__dict__", values)  # records.new_record, inline
    return node


def _flatten(tree):
    for child in tree.children:
        if hasattr(child, "children"):
            yield from _flatten(child)
        else:
            yield child


def _make_flag(word: str) -> ast.Flag:
    value = unquote_flag_word(word)
    body = value[2:]
    if "=" in body:
        name, val = body.split("=", 1)
        return ast.Flag(name, val, text=word)
    return ast.Flag(body, None, text=word)


def can_contain_heredoc(node: ast.Instruction) -> bool:
    """BuildKit's canContainHeredoc: RUN/COPY/ADD (or ONBUILD of one) in shell form."""
    node = node.target
    if isinstance(node, ast.Run):
        return not isinstance(node.command, ast.ExecForm)
    if isinstance(node, (ast.Copy, ast.Add)):
        return not node.json
    return False
