"""Loading the Lark grammar: one LALR parser per escape character, built once and
cached on disk so start-up does not rebuild the tables."""

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


def _cache_file(escape: str) -> str:
    import hashlib
    import lark

    key = hashlib.sha256((lark.__version__ + grammar_text(escape)).encode()).hexdigest()[:16]
    import tempfile

    folder = os.environ.get("DTRANSPILE_CACHE_DIR") or os.path.join(
        tempfile.gettempdir(), f"dtranspile-{os.getuid() if hasattr(os, 'getuid') else 'u'}")
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        return ""
    return os.path.join(folder, f"grammar-{key}.lark-cache")


@lru_cache(maxsize=None)
def parser(escape: str):
    """The LALR parser for files whose escape character is ``escape``."""
    from lark import Lark

    kwargs = dict(parser="lalr", lexer="contextual", start=START_RULES,
                  maybe_placeholders=False)
    cache = _cache_file(escape)
    try:
        return Lark(grammar_text(escape), cache=cache or False, **kwargs)
    except (OSError, EOFError, ValueError):
        # unwritable or corrupt cache: build in memory
        return Lark(grammar_text(escape), **kwargs)
