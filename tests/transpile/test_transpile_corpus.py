"""Every Go file of the corpus (ECOSYSTEMS.tsv): no crash; transpiled with all
post-conditions, or left alone with a stated reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from transpile_checks import assert_minimum, check_corpus_file

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def _go_files():
    table = CORPUS / "ECOSYSTEMS.tsv"
    if not table.exists():
        return []
    return [line.split("\t")[1].strip() for line in table.read_text().splitlines()
            if line.startswith("go\t")]


def test_go_corpus():
    files = _go_files()
    if not files:
        pytest.skip(f"corpus not found at {CORPUS} (ECOSYSTEMS.tsv missing)")
    assert_minimum("go", [check_corpus_file(CORPUS / name) for name in files], MINIMUM["go"])


def _files(ecosystem):
    table = CORPUS / "ECOSYSTEMS.tsv"
    if not table.exists():
        return []
    return [line.split("\t")[1].strip() for line in table.read_text().splitlines()
            if line.startswith(ecosystem + "\t")]


#: c-cpp has 1120 files: a deterministic sample keeps the test short; the full run is
#: ``python tests/transpile/corpus_counts.py c-cpp``
SAMPLE = {"rust": None, "dotnet": None, "c-cpp": 300}
#: (transpiled, read by a recipe) at least, per ecosystem: the counts of 2026-12-04
#: (issue 19).  No Rust or .NET corpus file transpiles yet (no CMD, unknown releases,
#: images that are not the SDK): the second number keeps the recipes reading them.
#: go 53 -> 47 (issue 18): two builds on images with no record and no WORKDIR decline,
#: the directory they run in being unknown; four install Debian packages for run time
#: whose Alpine names are not known (libcap2-bin, netcat, module-init-tools, fonts).
MINIMUM = {"go": (47, 141), "rust": (0, 39), "dotnet": (0, 2), "c-cpp": (4, 239)}


@pytest.mark.parametrize("ecosystem", sorted(SAMPLE))
def test_compiled_corpus(ecosystem):
    """Rust, .NET and C/C++ corpus files: no crash; transpiled with every post-condition
    and stable on re-run, or declined with a reason."""
    files = _files(ecosystem)
    if not files:
        pytest.skip(f"corpus not found at {CORPUS} (ECOSYSTEMS.tsv missing)")
    if SAMPLE[ecosystem]:
        files = sorted(files)[::max(1, len(files) // SAMPLE[ecosystem])][:SAMPLE[ecosystem]]
    assert_minimum(ecosystem, [check_corpus_file(CORPUS / name) for name in files],
                   MINIMUM[ecosystem])
