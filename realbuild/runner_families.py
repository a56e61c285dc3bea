"""Which runner families the transpiled corpus files get, and how many real-build samples
build each: ``python -m realbuild.runner_families [CORPUS_DIR]`` (default
``../shared/corpus/shipwright``).  A family is the runner image with the digits of its tag
folded (``ubuntu:16.04`` -> ``ubuntu:N.N``), per recipe.  The defaults users get most
often and no sample builds are where the real builds should go next."""

from __future__ import annotations

import collections
import re
import sys
import tempfile
from multiprocessing import Pool
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "shipwright"


def family(runner: str) -> str:
    ref = re.sub(r"@sha256:\w+", "", runner or "")
    name, sep, tag = ref.rpartition(":") if ":" in ref.rsplit("/", 1)[-1] else (ref, "", "")
    return f"{name}:{re.sub(r'[0-9]+', 'N', tag)}" if sep else name


def _one(path: Path):
    from transpiler.multistage.api import transpile
    try:
        report = transpile(path.read_text(encoding="utf-8", errors="replace")).report
    except Exception:  # a file that does not parse: no runner
        return None
    return None if report.declined else (report.recipe, family(report.runner))


def main(argv) -> int:
    from realbuild.cases import all_runs, build_context
    from transpiler.multistage.api import transpile

    corpus = Path(argv[0]) if argv else CORPUS
    with Pool(2) as pool:
        got = pool.map(_one, sorted(corpus.glob("*Dockerfile*")), chunksize=16)
    files = collections.Counter(g for g in got if g)
    samples = collections.Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for case in all_runs():  # (the context runs too: the corpus's own path and the reverse)
            context = build_context(case, Path(tmp) / case.name)
            report = transpile(case.dockerfile.read_text(), runtime=case.runtime,
                               context=context if case.context else None).report
            if not report.declined:
                samples[(report.recipe, family(report.runner))] += 1
    print(f"{'files':>5} {'samples':>7}  recipe       runner family")
    for key, n in files.most_common():
        print(f"{n:5d} {samples.get(key, 0):7d}  {key[0]:<12} {key[1]}")
    print(f"\n{sum(files.values())} transpiled files; runner families no sample builds: "
          f"{sum(n for k, n in files.items() if not samples.get(k))} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
