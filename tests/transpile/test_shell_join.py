"""``analysis.shell_join.joins_whole``: where it says two texts join whole, reading the
joined text gives the two readings one after the other (the builder then need not read
it: ``builder_stage._joined``).  Checked on pairs of the corpus's RUN texts and the
transpiler's own additions, and on shapes it must leave to a reading of the joined
text."""

from __future__ import annotations

import pytest

from transpiler import parse
from transpiler.analysis.shell import split_commands
from transpiler.analysis.shell_join import Reading, joins_whole
from transpiler.multistage.passes.builder_stage import _joined
from transpiler.multistage.recipes import full_image_libraries, native_staging
from transpiler.tree import ast

from image_swap import CORPUS

#: additions the builder joins to the RUN before it (the library reads, a prune)
ADDITIONS = (
    full_image_libraries.scan_run(full_image_libraries.LibraryScan(("/app",))).command.text,
    full_image_libraries.private_libraries_run(("/go/bin/app",)).command.text,
    native_staging.libraries_command(("/usr/local/bin/app",), ("/app/target/release",),
                                     False, False),
    "npm prune --production",
    "mkdir -p /opt/x && if [ -L /etc/localtime ]; then cp /etc/localtime /opt/x; fi",
    "for f in /usr/local/bin/*; do echo \"$f\"; done",
)


def _agrees(first: str, second: str) -> bool:
    """Whether ``joins_whole`` is right about the pair (or leaves it to a reading)."""
    a, b = _read(first), _read(second)
    if not joins_whole(first, second, a, b):
        return True
    return _read(first + " && " + second) == a.then(b)


def _read(text):
    return Reading.of(split_commands(text))


def _corpus_runs(limit: int):
    files = sorted((CORPUS / "shipwright").glob("*.Dockerfile"))
    texts = []
    for path in files[::max(1, len(files) // 250)]:
        try:
            tree = parse(path.read_bytes().decode("utf-8", errors="surrogateescape"))
        except Exception:
            continue
        texts += [n.command.text for n in tree.instructions
                  if isinstance(n, ast.Run) and isinstance(n.command, ast.ShellForm)]
    return texts[:limit]


def test_corpus_pairs_read_as_their_parts():
    if not (CORPUS / "shipwright").is_dir():
        pytest.skip("corpus not found beside the checkout")
    texts = _corpus_runs(1500)
    pairs = [(t, ADDITIONS[i % len(ADDITIONS)]) for i, t in enumerate(texts)]
    pairs += list(zip(texts, texts[1:] + texts[:1]))
    pairs += [(a, t) for a, t in zip(ADDITIONS * 50, texts)]
    wrong = [p for p in pairs if not _agrees(*p)]
    assert not wrong, wrong[:3]
    assert sum(joins_whole(a, b, _read(a), _read(b)) for a, b in pairs) \
        > len(pairs) // 2  # (most pairs are joined without a second reading)


@pytest.mark.parametrize("first, second", [
    ("make # build", "npm prune"),
    ("make &", "npm prune"),
    ("make |", "npm prune"),
    ("make ;", "npm prune"),
    ("make \\", "npm prune"),
    ("cat <<EOF", "npm prune"),
    ("(cd x && make)", "npm prune"),
    ("cd x; (export A=1; make)", "ls"),
    ("echo 'unclosed", "npm prune"),
    ("make", "# comment"),
    ("make", "|| true"),
    # (each parses alone; joined, tree-sitter's recovery loses the last list's `-`)
    ("opsys=linux && https://api.github.com/repos/kubernetes-sigs/kustomize/releases | "
     "browser_download | $opsys | 4 | ./kustomize_v*", "update && lsb-release && add - 2>/dev/null"),
])
def test_left_to_a_reading(first, second):
    assert not joins_whole(first, second, _read(first), _read(second))
    assert _agrees(first, second)


def _run(text):
    return ast.Run(keyword="RUN", command=ast.ShellForm(text))


@pytest.mark.parametrize("first, second, joined", [
    ("make", "npm prune", True),
    ("make install", ADDITIONS[4], False),  # a construct joined to plain commands
    ("if [ -f a ]; then make; fi", ADDITIONS[4], True),
    ("make # build", "npm prune", False),
    ("(cd x && export A=1) ", "ls", False),
])
def test_builder_joins_as_before(first, second, joined):
    assert (_joined(_run(first), _run(second)) is not None) is joined


def test_a_chain_of_joins_reads_as_the_joined_text():
    """The reading kept for a joined text (``Reading.then``) is the one its full reading
    gives, so the next addition joined to it is judged as it was before."""
    readings = {}
    text = "pip install -r requirements.txt"
    for addition in ADDITIONS:
        joined = _joined(_run(text), _run(addition), readings)
        assert joined == _joined(_run(text), _run(addition))  # (no readings kept)
        if joined is not None:
            if joined in readings:
                assert readings[joined] == _read(joined)
            text = joined
    assert len(readings) >= 2
