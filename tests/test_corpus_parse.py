"""The whole shared corpus, differentially against BuildKit's own parser (PyPI
``dockerfile``), and lossless printing of every file that parses."""

from __future__ import annotations

import collections

import pytest

import transpiler

import oracle

pytestmark = pytest.mark.skipif(
    not oracle.CORPUS.is_dir(),
    reason=f"corpus folder {oracle.CORPUS} is absent (it lives in ../shared beside the checkout)")


def _corpus():
    return sorted(p for p in oracle.CORPUS.iterdir() if p.is_file())


def test_corpus_agrees_with_buildkit_and_round_trips():
    if not oracle.available():
        pytest.skip("PyPI 'dockerfile' (BuildKit's parser) is not installed")
    counts = collections.Counter()
    problems = []
    instructions = 0
    for path in _corpus():
        data = path.read_bytes()
        try:
            text = transpiler.files.decode(data) if hasattr(transpiler, "files") else data.decode()
        except transpiler.ParseError:
            counts["not-utf8"] += 1
            continue
        try:
            tree = transpiler.parse(text)
            error = None
        except transpiler.ParseError as exc:
            tree, error = None, exc
        if tree is not None:
            if transpiler.unparse(tree) != text:
                problems.append((path.name, "round trip differs"))
            counts["round-trip"] += 1
        expected, oracle_error = oracle.oracle_commands(text)
        rule = oracle.gap_rule(text)
        if rule:
            counts[f"gap:{rule}"] += 1
            continue
        if oracle_error and error:
            counts["both-reject"] += 1
        elif oracle_error == "file with no instructions" and tree is not None and not tree.instructions:
            counts["empty-accepted"] += 1
        elif oracle_error:
            problems.append((path.name, f"oracle rejects ({oracle_error}), we accept"))
        elif error:
            problems.append((path.name, f"we reject ({error}), oracle accepts"))
        else:
            mine = oracle.ours(tree)
            if mine == expected:
                counts["agree"] += 1
                instructions += len(mine)
            else:
                first = next((a, b) for a, b in zip(expected, mine) if a != b) \
                    if len(mine) == len(expected) else (len(expected), len(mine))
                problems.append((path.name, f"differs: {first}"))
    print(f"\ncorpus: {dict(counts)}; {instructions} instructions agree")
    assert problems == []
    assert counts["agree"] > 5000


import transpiler.cli.files  # noqa: E402  (used above through the package attribute)
