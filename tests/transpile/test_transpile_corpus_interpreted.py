"""Node, static site, Python and Java files of the corpus (ECOSYSTEMS.tsv): no crash;
each transpiled with all post-conditions (and stable on re-run) or declined with a
reason.  Python has ~940 files: a deterministic sample of 300 keeps this under a
minute; ``python tests/transpile/corpus_counts.py python`` prints the full counts."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from transpile_checks import check_corpus_file

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
SAMPLE = {"python": 300}


def _files(ecosystem):
    table = CORPUS / "ECOSYSTEMS.tsv"
    if not table.exists():
        return None
    files = [line.split("\t")[1].strip() for line in table.read_text().splitlines()
             if line.startswith(ecosystem + "\t")]
    if ecosystem in SAMPLE:
        files = sorted(files, key=lambda f: hashlib.sha1(f.encode()).hexdigest())[:SAMPLE[ecosystem]]
    return files


@pytest.mark.parametrize("ecosystem", ["node-build", "static-site", "python", "java-maven",
                                       "java-gradle"])
def test_interpreted_corpus(ecosystem):
    files = _files(ecosystem)
    if files is None:
        pytest.skip(f"corpus not found at {CORPUS} (ECOSYSTEMS.tsv missing)")
    for name in files:
        check_corpus_file(CORPUS / name)
