"""EditorConfig globs: the linear matcher means what the regular-expression translation
meant (compared on generated globs and paths), and no glob makes matching slow.

``_old_regex`` is the translation the matcher replaced, kept here as the reference:
it ran on Python's backtracking engine, which a hostile ``.editorconfig`` could make
take minutes (``*a*a*a...b``) or a numeric range could make build a billion-way
alternation (``{0..999999999}``)."""

from __future__ import annotations

import random
import re
import time
import warnings

import pytest

from transpiler.cli import config
from transpiler.cli.editorconfig_glob import glob_matches


def _old_regex(pattern: str) -> str:
    out, i, depth = [], 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            out.append(re.escape(pattern[i + 1]))
            i += 2
            continue
        if c == "*":
            if pattern.startswith("**", i):
                out.append(".*")
                i += 2
                continue
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            end = pattern.find("]", i + 1)
            if end < 0:
                out.append(r"\[")
            else:
                body = pattern[i + 1:end]
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append("[" + body.replace("\\", "\\\\") + "]")
                i = end
        elif c == "{":
            end = pattern.find("}", i + 1)
            numeric = re.fullmatch(r"(-?\d+)\.\.(-?\d+)", pattern[i + 1:end]) if end > 0 else None
            if numeric:
                lo, hi = sorted((int(numeric.group(1)), int(numeric.group(2))))
                out.append("(?:" + "|".join(str(n) for n in range(lo, hi + 1)) + ")")
                i = end
            elif end > 0 and "," in pattern[i + 1:end]:
                out.append("(?:")
                depth += 1
            else:
                out.append(r"\{")
        elif c == "," and depth:
            out.append("|")
        elif c == "}" and depth:
            out.append(")")
            depth -= 1
        else:
            out.append(re.escape(c))
        i += 1
    return "".join(out)


def _old_matches(pattern: str, relpath: str) -> bool:
    if "/" not in pattern:
        pattern = "**/" + pattern
    elif pattern.startswith("/"):
        pattern = pattern[1:]
    regex = _old_regex(pattern)
    if regex.startswith(".*/"):
        regex = "(?:.*/)?" + regex[3:]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)  # "[[]": possible nested set
            return re.fullmatch(regex, relpath) is not None
    except re.error:
        return False


PIECES = ["a", "b", "/", ".", "*", "**", "?", "[ab]", "[!a]", "[a-c]", "{a,b}", "{a,}",
          "{,b/}", "{1..3}", "{-2..2}", "{10..12}", "{", "}", ",", "\\*", "[", "]", "0", "1",
          "-", "Dockerfile", "{a,{b,c}}", "[\\]", "[^/]", "{x}", "\n"]
PATH_CHARS = ["a", "b", "/", ".", "0", "1", "2", "-", "1", "Dockerfile", "c", "*", "{", "\n"]


def test_the_matcher_means_what_the_regex_translation_meant():
    rng = random.Random(20)
    compared = disagreed = 0
    for _ in range(2500):
        pattern = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 6)))
        if re.search(r"\[[!^]?\]", pattern):
            # "[]" / "[!]": the regex took "]" as the class's first member and ran the
            # class on into the rest of the glob; the matcher matches nothing
            assert not glob_matches(pattern, "a") and not glob_matches(pattern, "[]")
            continue
        for _ in range(6):
            path = "".join(rng.choice(PATH_CHARS) for _ in range(rng.randint(0, 8)))
            expected = _old_matches(pattern, path)
            compared += 1
            if glob_matches(pattern, path) != expected:
                disagreed += 1
                assert glob_matches(pattern, path) == expected, (pattern, path)
    assert compared > 12000 and disagreed == 0


@pytest.mark.parametrize("pattern,path,expected", [
    ("**/x", "x", True), ("**/x", "a/b/x", True), ("a/**", "a/", True),
    ("{1..3}", "01", False), ("{-3..3}", "-3", True), ("{-3..3}", "-0", False),
    ("x{1..3}", "x12", False), ("x{1..12}", "x12", True),
    ("[z-a]", "a", False), ("{a,b", "a", False), ("a}", "a}", True),
])
def test_edge_cases(pattern, path, expected):
    assert config.glob_matches(pattern, path) is expected
    assert _old_matches(pattern, path) is expected


HOSTILE = {
    # each took the regex translation more than 3 s (seconds to hours) on the path given
    "stars": ("*a" * 30 + "b", "a" * 60),
    "double stars": ("**a" * 30 + "/b", "a" * 60),
    "same alternatives": ("{a,a}" * 30 + "b", "a" * 30 + "c"),
    "star alternatives": ("{*,a}" * 20 + "b", "a" * 30),
    "numeric range": ("x{0..999999999999}", "x99999999999"),  # old: MemoryError
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_globs_match_in_linear_time(name):
    pattern, path = HOSTILE[name]
    start = time.process_time()
    for scale in (1, 4):
        glob_matches(pattern, path * scale)
    assert time.process_time() - start < 0.5
