"""Print corpus counts per ecosystem: transpiled / declined / crashed, with the
declines split into the legitimate ones (nothing to transpile: no build step, no
CMD/ENTRYPOINT, nothing to gain, already multi-stage, input BuildKit rejects) and the
rest, whose reasons are what the transpiler still has to learn.

    python tests/transpile/corpus_counts.py node-build python ... [-v]
    python tests/transpile/corpus_counts.py --all [-v]     (every ecosystem of the TSV)
"""
import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from transpiler.tree.errors import ParseError  # noqa: E402
from transpiler.multistage.api import transpile  # noqa: E402

ROOT = Path(__file__).resolve().parents[3] / "shared" / "corpus"
#: declines that are the right answer whatever the transpiler learns (issue 15's list)
LEGITIMATE = (
    ("no build step", re.compile(r"^no build step found")),
    ("no CMD or ENTRYPOINT", re.compile(r"^no CMD or ENTRYPOINT")),
    ("nothing to gain", re.compile(r"save next to nothing|nothing to gain")),
    ("already multi-stage", re.compile(r"^already multi-stage")),
    ("input BuildKit rejects or does not parse", re.compile(
        r"^BuildKit would reject|^input does not parse")),
    # (a Windows builder: the rewrites are Linux's; 13 of the corpus's 14 were "no build
    # step" before the gate named the platform first, the other a `dotnet run`)
    ("a Windows image", re.compile(r"^the builder \S+ is a Windows image")),
)


def files_of(ecosystem):
    rows = (ROOT / "ECOSYSTEMS.tsv").read_text().splitlines()
    return [r.split("\t")[1].strip() for r in rows if r.startswith(ecosystem + "\t")]


def ecosystems():
    rows = (ROOT / "ECOSYSTEMS.tsv").read_text().splitlines()[1:]
    return list(dict.fromkeys(r.split("\t")[0] for r in rows if "\t" in r))


def legitimate(reason):
    """The legitimate group a decline reason belongs to, or None."""
    return next((name for name, pattern in LEGITIMATE if pattern.search(reason)), None)


def group(reason):
    """A reason with its file-specific parts (lines, names, paths) folded."""
    return re.sub(r"line \d+|`[^`]*`|\([^)]*\)|\d+:\d+|\S+:\S+", "…", reason)[:100]


def main(args):
    verbose = "-v" in args
    chosen = ecosystems() if "--all" in args else [a for a in args if not a.startswith("-")]
    totals = collections.Counter()
    for eco in chosen:
        files = files_of(eco)
        ok, legit, rest, crashed = [], collections.Counter(), collections.Counter(), []
        recipes = collections.Counter()
        for f in files:
            text = (ROOT / f).read_text(encoding="utf-8", errors="replace")
            try:
                r = transpile(text)
            except ParseError as e:  # the input itself does not parse: the API raises
                legit[f"input does not parse ({type(e).__name__})"] += 1
                continue
            except Exception as e:  # reported, never hidden
                crashed.append((f, repr(e)))
                continue
            if r.report.declined:
                kind = legitimate(r.report.reason)
                if kind:
                    legit[kind] += 1
                else:
                    rest[group(r.report.reason)] += 1
            else:
                ok.append(f)
                recipes[r.report.recipe] += 1
        n_legit, n_rest = sum(legit.values()), sum(rest.values())
        totals.update(files=len(files), ok=len(ok), legit=n_legit, rest=n_rest,
                      crashed=len(crashed))
        print(f"{eco}: {len(files)} files  transpiled: {len(ok)} {dict(recipes)}  "
              f"declined legitimately: {n_legit}  declined otherwise: {n_rest}  "
              f"crashed: {len(crashed)}")
        for k, n in legit.most_common():
            print(f"  {n:4}  (legitimate) {k}")
        for k, n in rest.most_common(15 if not verbose else None):
            print(f"  {n:4}  {k}")
        for c in crashed[:10]:
            print("  CRASH", c)
        if verbose:
            for f in ok:
                print("  OK", f)
    if len(chosen) > 1:
        t = totals
        could = t["files"] - t["legit"]
        print(f"all: {t['files']} files  transpiled: {t['ok']}  declined legitimately: "
              f"{t['legit']}  declined otherwise: {t['rest']}  crashed: {t['crashed']}  "
              f"(transpiled of those not declined legitimately: "
              f"{100 * t['ok'] / max(could, 1):.1f}%)")


if __name__ == "__main__":
    main(sys.argv[1:])
