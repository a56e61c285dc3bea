"""Resource bounds: no input makes time or memory grow faster than linearly.

Each adversarial pattern (aimed at a regular expression or a scan that could backtrack
or rescan) is timed at size n and 4n; linear growth gives a ratio near 4, quadratic
near 16, so the bound is 8.  Ratios, not absolute timings; CPU time, best of two.
A case that stays under 50 ms at 4n passes whatever its ratio (too small to measure,
and too small to matter).

Audit (regular expressions and scans reached from input text):
- prelexer ``_DIRECTIVE``: BuildKit's lazy ``(.+?)\\s*$`` was quadratic in a run of
  blanks under Python's backtracking engine (RE2 is linear) -> greedy + rstrip (fixed);
- prelexer continuation regex ``(?<=[^E])E[ \\t]*\\Z``: each blank is scanned once per
  escape character before it: linear;
- grammar FLAG / NAME_WORD / JSON_STRINGS / shellword words: alternatives are disjoint
  on their first character and closing quotes may be missing (``(?:"|\\Z)``), so a
  match never has to give characters back: linear;
- words.py ``_HEREDOC``, format rules and format_lines splits: anchored single passes;
- analysis/variables.py: an unterminated ``${`` rescanned the rest of the text for its
  brace -> one brace table per text (fixed); nested ``${a:-${a:-...}}`` recursed without
  bound (RecursionError) -> nesting capped at 64 levels, deeper is "unknown" (fixed);
- analysis/shell.py: shlex re-read every RUN once per recipe -> cached (fixed);
- syntax/build.py: stage bodies grew by tuple concatenation (quadratic in instructions)
  -> lists (fixed).
"""

from __future__ import annotations

import time
import tracemalloc

import pytest

import transpiler
from transpiler.tree.errors import ParseError, SafetyError

CASES = {
    # name: (text for k units, k) -- 4k units stay under BuildKit's 65535-byte line limit
    "directive-blank-run": (lambda k: "#a=x" + " " * k + "y\nFROM a\n", 3000),
    "directive-all-blanks": (lambda k: "# escape=" + " " * k + "\nFROM a\n", 3000),
    "escape-then-blanks": (lambda k: "FROM a\nRUN x" + "\\ " * k + "\n", 7000),
    "open-flag-quote": (lambda k: "FROM a\nRUN --a='" + "\\'" * k + "\n", 7000),
    "many-flags": (lambda k: "FROM a\nRUN " + "--a=b " * k + "x\n", 1000),
    "open-json": (lambda k: 'FROM a\nCMD ["a",' + '"a",' * k + "\n", 3500),
    "json-backslashes": (lambda k: 'FROM a\nCMD ["' + "\\\\" * k + "\n", 7000),
    "open-env-quote": (lambda k: 'FROM a\nENV a="' + '\\"' * k + "\n", 7000),
    "open-dollar-braces": (lambda k: "FROM golang\nENV a=" + "${" * k +
                           "\nRUN go build -o /app .\n", 7000),
    "nested-defaults": (lambda k: "FROM golang\nENV a=" + "${a:-" * k + "}" * k +
                        "\nRUN go build -o /app .\n", 2500),
    "heredoc-markers": (lambda k: "FROM a\nRUN " + "<<A " * k + "\nA\n", 3500),
    "shell-quotes": (lambda k: "FROM golang\nRUN echo " + "'a' \"b\" " * k +
                     "&& go build -o /app .\n", 1700),
    "backtick-escapes": (lambda k: "# escape=`\nFROM a\nRUN " + "` " * k + "\n", 7000),
    "many-instructions": (lambda k: "FROM a\n" + "RUN   x\n" * k, 400),
    "comments-in-continuation": (lambda k: "FROM a\nRUN a \\\n" + "# c\n" * k + "b\n", 1000),
    "many-stages": (lambda k: "".join(f"FROM a AS s{i}\nCOPY --from=s{i} / /\n"
                                      for i in range(k)), 150),
    "many-env": (lambda k: "FROM golang\n" + "".join(f"ENV A{i}=$A{i - 1}x\n" for i in range(k))
                 + "RUN go build -o /app .\n", 150),
}


def _run(fn, text):
    try:
        fn(text)
    except (ParseError, SafetyError):
        pass


def _cpu(fn, text, repeat=2):
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        _run(fn, text)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("api", ["format", "transpile"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_time_grows_linearly(case, api):
    make, k = CASES[case]
    fn = getattr(transpiler, api)
    small, big = make(k), make(4 * k)
    _run(fn, small)  # warm caches (grammar, imports)
    t_small, t_big = _cpu(fn, small), _cpu(fn, big)
    if t_big < 0.05:
        return
    ratio = t_big / max(t_small, 1e-3)
    assert ratio < 8, f"{case}/{api}: time x{ratio:.1f} for input x4 ({t_small:.3f}s -> {t_big:.3f}s)"


def test_nested_expansion_does_not_overflow_the_stack():
    text = "FROM golang\nENV a=" + "${a:-" * 5000 + "}" * 5000 + "\nRUN go build -o /app .\n"
    result = transpiler.transpile(text)  # no RecursionError
    assert result.output


def test_memory_grows_linearly():
    make, k = CASES["many-instructions"]
    peaks = []
    for size in (k, 4 * k):
        text = make(size)
        tracemalloc.start()
        try:
            transpiler.format(text)
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
    assert peaks[1] / peaks[0] < 6, peaks
