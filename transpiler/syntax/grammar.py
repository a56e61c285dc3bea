"""Loading the Lark grammar: the terminals the fast path runs directly, and one LALR
parser per escape character for the reference path, built once per process."""

from __future__ import annotations

import os
from functools import lru_cache

START_RULES = ["line", "maybe_json", "maybe_json_list", "word_list", "name_words"]


def grammar_path() -> str:
    """The grammar ships in the wheel as ``transpiler/grammar``; in a checkout it is
    the top-level ``grammar/`` folder."""
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for candidate in (os.path.join(here, "grammar", "dockerfile.lark"),
                      os.path.join(os.path.dirname(here), "grammar", "dockerfile.lark")):
        if os.path.isfile(candidate):
            return candidate
    raise FileNotFoundError("dockerfile.lark not found next to the transpiler package")


@lru_cache(maxsize=None)
def grammar_text(escape: str) -> str:
    with open(grammar_path(), encoding="utf-8") as fh:
        text = fh.read()
    esc = "\\\\" if escape == "\\" else escape
    return text.replace("@ESC_CLASS@", esc).replace("@ESC@", esc)


@lru_cache(maxsize=None)
def terminals(escape: str) -> dict:
    """The grammar's regular-expression terminals, compiled, read straight from the
    .lark file (``NAME[.priority]: /regex/flags``) without importing Lark."""
    import re

    line_re = re.compile(r"^(_?[A-Z][A-Z0-9_]*)(?:\.\d+)?:\s*/(.*)/([imsulx]*)\s*$")
    out = {}
    for line in grammar_text(escape).splitlines():
        m = line_re.match(line)
        if m:
            name, body, flags = m.groups()
            inline = "".join(f"(?{f})" for f in flags) if flags else ""
            out[name] = re.compile(inline + body)
    return out


@lru_cache(maxsize=None)
def parser(escape: str):
    """The LALR parser for files whose escape character is ``escape``.

    Built in memory, never cached on disk.  Lark's ``cache=`` stores the tables with
    pickle, and loading a pickle runs whatever code it names: a cache in a shared temp
    folder (``/tmp/dtranspile-<uid>/``, as it was) lets another user of the machine run
    code as whoever parses next.  A per-user cache folder would be safe, but what it
    saves is small: building the tables takes 22-45 ms per escape character and
    process, loading them 1.5-4 ms (``python3 bench/grammar_cache.py``), and only the
    reference path (``parse(text, fast=False)``, the tests) builds them at all; the
    command line, the formatter and the language server never load Lark."""
    from lark import Lark

    return Lark(grammar_text(escape), parser="lalr", lexer="contextual", start=START_RULES,
                maybe_placeholders=False)
