"""Every file of ../shared/corpus/shipwright/ that parses: formatting never crashes, is
idempotent, keeps the meaning (our safety check and BuildKit's own parser) and keeps
every comment line, and each instruction rendered from its fields (as a pass's edit
is printed) reads back the same.  Files are read in place; two worker processes keep
it fast."""

from __future__ import annotations

import collections
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

import pytest

import oracle

pytestmark = pytest.mark.skipif(
    not oracle.CORPUS.is_dir(),
    reason=f"corpus folder {oracle.CORPUS} is absent (it lives in ../shared beside the checkout)")


def check_file(path: str):
    """(status, problems) for one corpus file; status is "parsed" or why it was skipped."""
    import transpiler
    from transpiler.formatting.api import format_tree
    from transpiler.formatting.safety import assert_equivalent, assert_stable

    import format_checks

    try:
        text = open(path, "rb").read().decode("utf-8")
    except UnicodeDecodeError:
        return "not-utf8", []
    try:
        tree = transpiler.parse(text)
    except transpiler.ParseError:
        return "rejected", []
    problems = []
    try:
        out = format_tree(tree)
        again = transpiler.parse(out)
        assert_equivalent(tree, again)
        assert_stable(out, format_tree(again))
    except Exception as exc:  # crash or safety failure: report, keep going
        return "parsed", [f"{type(exc).__name__}: {exc}"]
    if oracle.available() and not oracle.gap_rule(text):
        diff = format_checks.oracle_equivalent(text, out, tree.escape)
        if diff:
            problems.append(diff)
    before, after = format_checks.tree_comment_lines(tree), format_checks.tree_comment_lines(again)
    if before != after:
        problems.append(f"comment lines {before} -> {after}")
    rendered = format_checks.render_problem(tree)
    if rendered:
        problems.append(rendered)
    return "parsed", problems


def test_corpus_formats_idempotently_and_equivalently():
    paths = sorted(str(p) for p in oracle.CORPUS.iterdir() if p.is_file())
    counts = collections.Counter()
    failures = []
    workers = min(2, os.cpu_count() or 1)
    # spawn, not fork: the oracle's Go runtime does not survive a fork
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        for path, (status, problems) in zip(paths, pool.map(check_file, paths, chunksize=64)):
            counts[status] += 1
            if problems:
                failures.append((os.path.basename(path), problems))
    print(f"\ncorpus format: {dict(counts)}; failing {len(failures)}")
    assert counts["parsed"] > 0
    assert failures == []
