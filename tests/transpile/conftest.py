"""Transpile suite: golden snapshots under golden/transpile/, one file per case."""

import pytest

from golden import golden_extension


@pytest.fixture
def snapshot_transpile(snapshot):
    return snapshot.use_extension(golden_extension("transpile", "Dockerfile"))
