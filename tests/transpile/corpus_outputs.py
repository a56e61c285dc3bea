"""Dump what the transpiler does with every corpus file, to compare two versions of the
code byte for byte (a refactor must change no output; a fix must change only the files
it names):

    d=$(mktemp -d)   # not fixed names in the shared /tmp
    python tests/transpile/corpus_outputs.py > $d/after.tsv
    git stash; python tests/transpile/corpus_outputs.py > $d/before.tsv; git stash pop
    python tests/transpile/corpus_outputs.py --compare $d/before.tsv $d/after.tsv

One line per file: path, outcome (transpiled / declined / error), the reason or runner,
and a hash of the output text.  The corpus has no build contexts: every file is
transpiled as ``dtranspile - < Dockerfile`` would."""
import hashlib
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2]))
ROOT = Path(os.environ.get("DTRANSPILE_CORPUS", HERE.parents[3] / "shared" / "corpus")) / "shipwright"


def outcome(path: Path) -> str:
    import transpiler

    text = path.read_bytes().decode("utf-8", errors="surrogateescape")
    try:
        r = transpiler.transpile(text)
    except transpiler.ParseError:
        return "parse-error\t-\t-"
    except Exception as exc:  # reported, never hidden
        return f"crash\t{type(exc).__name__}: {exc}\t-"
    digest = hashlib.sha1(r.output.encode("utf-8", "surrogateescape")).hexdigest()[:12]
    if r.report.declined:
        return f"declined\t{r.report.reason}\t{digest}"
    return f"transpiled\t{r.report.runner}\t{digest}"


def compare(before: str, after: str) -> int:
    def load(p):
        return dict(line.split("\t", 1) for line in Path(p).read_text().splitlines())
    a, b = load(before), load(after)
    changed = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
    for k in changed:
        print(f"{k}\n  - {a.get(k)}\n  + {b.get(k)}")
    print(f"{len(changed)} of {len(a.keys() | b.keys())} files differ")
    return 1 if changed else 0


def main(argv):
    if argv[:1] == ["--compare"]:
        return compare(argv[1], argv[2])
    for path in sorted(ROOT.rglob("*")):
        if path.is_file():
            print(f"{path.relative_to(ROOT)}\t{outcome(path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
