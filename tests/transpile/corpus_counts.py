"""Print corpus counts per ecosystem: transpiled / declined (reasons grouped) / crashed.

    python tests/transpile/corpus_counts.py node-build static-site python java-maven java-gradle [-v]
"""
import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from transpiler.tree.errors import ParseError  # noqa: E402
from transpiler.multistage.api import transpile  # noqa: E402

ROOT = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def files_of(ecosystem):
    rows = (ROOT / "ECOSYSTEMS.tsv").read_text().splitlines()
    return [r.split("\t")[1].strip() for r in rows if r.startswith(ecosystem + "\t")]


def main(args):
    verbose = "-v" in args
    for eco in [a for a in args if not a.startswith("-")]:
        files = files_of(eco)
        ok, declined, crashed, recipes = [], collections.Counter(), [], collections.Counter()
        for f in files:
            text = (ROOT / f).read_text(encoding="utf-8", errors="replace")
            try:
                r = transpile(text)
            except ParseError as e:  # the input itself does not parse: the API raises
                declined[f"input does not parse ({type(e).__name__})"] += 1
                continue
            except Exception as e:  # reported, never hidden
                crashed.append((f, repr(e)))
                continue
            if r.report.declined:
                key = re.sub(r"line \d+|`[^`]*`|\([^)]*\)|\d+:\d+|\S+:\S+", "…",
                             r.report.reason)[:100]
                declined[key] += 1
            else:
                ok.append(f)
                recipes[r.report.recipe] += 1
        print(f"{eco}: {len(files)} files  transpiled: {len(ok)} {dict(recipes)}  "
              f"declined: {sum(declined.values())}  crashed: {len(crashed)}")
        for k, n in declined.most_common(15 if not verbose else None):
            print(f"  {n:4}  {k}")
        for c in crashed[:10]:
            print("  CRASH", c)
        if verbose:
            for f in ok:
                print("  OK", f)


if __name__ == "__main__":
    main(sys.argv[1:])
