"""How many builder images of the corpus' single-stage build files the generated image
knowledge resolves, by image family, with examples.  A measure of the data, not a test:

    PYTHONPATH=. python3 -m datagen.corpus_resolution [../shared/corpus]
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter, defaultdict

import transpiler
from transpiler.knowledge import official
from transpiler.tree import ast


def builder_reference(text: str):
    """(FROM reference, global ARG defaults) of a file's last stage."""
    tree = transpiler.parse(text)
    args = {}
    for ins in tree.preamble:
        if isinstance(ins, ast.Arg):
            for d in ins.args:
                if d.value is not None:
                    args[d.name] = d.value.strip("\"'")
    if not tree.stages:
        return None, args
    return tree.stages[-1].from_.image, args


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    root = argv[0] if argv else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus")
    rows = [line.rstrip("\n").split("\t") for line in open(os.path.join(root, "ECOSYSTEMS.tsv"))][1:]
    start = time.perf_counter()
    by_family = defaultdict(Counter)
    examples = defaultdict(list)
    totals = Counter()
    for _eco, rel in rows:
        with open(os.path.join(root, rel), encoding="utf-8", errors="replace") as fh:
            try:
                ref, args = builder_reference(fh.read())
            except transpiler.ParseError:
                totals["unparsable"] += 1
                continue
        if not ref:
            continue
        totals["files"] += 1
        parts = official.split(ref, args)
        fam = parts[0] if parts else ref.split(":")[0]
        facts = official.resolve(ref, args)
        if facts is None:
            known = parts is not None and official.family(parts[0]) is not None
            why = "tag unknown" if known else ("family not in data" if parts else "ARG/digest")
            by_family[fam][why] += 1
            by_family[fam]["files"] += 1
            totals[why] += 1
            if len(examples[fam]) < 3:
                examples[fam].append(f"{ref} -> none ({why})")
            continue
        by_family[fam]["files"] += 1
        by_family[fam]["resolved"] += 1
        totals["resolved"] += 1
        if facts.release:
            by_family[fam]["release"] += 1
            totals["with release"] += 1
        if len(examples[fam]) < 3 and ref not in " ".join(examples[fam]):
            lang = {k: v for k, v in facts.versions.items() if k.endswith("_VERSION")}
            examples[fam].append(
                f"{ref} -> {facts.pin} ({facts.distribution} {facts.release}, {facts.libc}"
                f"{', ' + ' '.join(f'{k}={v}' for k, v in list(lang.items())[:1]) if lang else ''}"
                f"{', floating, as of ' + facts.date if facts.floating else ''}"
                f"{'' if facts.current else ', dropped ' + facts.date})")
    took = time.perf_counter() - start
    n = totals["files"]
    print(f"{n} builder references; resolved {totals['resolved']} ({100 * totals['resolved'] / max(n, 1):.1f}%), "
          f"with distribution release {totals['with release']}; not resolved: "
          f"{totals['family not in data']} family not in data, {totals['tag unknown']} tag unknown, "
          f"{totals['ARG/digest']} ARG/digest; {took:.1f}s")
    print("family\tfiles\tresolved\twith release\texamples")
    for fam, c in sorted(by_family.items(), key=lambda kv: -kv[1]["files"])[:40]:
        print(f"{fam}\t{c['files']}\t{c['resolved']}\t{c['release']}\t{' | '.join(examples[fam])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
