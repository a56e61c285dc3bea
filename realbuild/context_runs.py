"""Which samples get a second real-build run transpiled the other way about their build
context: ``python -m realbuild.context_runs`` rewrites ``realbuild/context_runs.txt``.

Every corpus file is transpiled without its context (the corpus has none), and so is
what ``dtranspile - < Dockerfile`` or a file outside its project gives; a project's own
``dtranspile Dockerfile`` is transpiled with it.  Most samples are transpiled with their
folder as the context, which lets the transpiler read package.json, go.mod, a
requirements file or a script and choose differently (a slim runner instead of the
builder's own image, a named binary, a script's programs); some (``"context": false``)
without.  A sample whose rewrite the other way is another Dockerfile has that rewrite
unproven unless it is built too: those are listed, as ``<case>--no-context`` or
``<case>--with-context`` (``cases.other_context``).  One whose rewrite is the same
(proven by its own run), that is declined the other way (nothing to build; the decline
is the transpiler's answer) or that expects a decline is not."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import List

from .cases import CONTEXT_RUNS_LIST, all_cases, build_context, other_context

HEADER = ("# samples whose rewrite the other way about the build context (without it, or with\n"
          "# it for a \"context\": false sample) differs: each runs again under this name;\n"
          "# python -m realbuild.context_runs writes this file\n")


def differing() -> List[str]:
    """The names of the other runs whose rewrite differs from their sample's, in the
    samples' order."""
    from transpiler.multistage.api import transpile

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for case in all_cases():
            if case.expect == "declined":
                continue
            text = case.dockerfile.read_text()
            context = build_context(case, Path(tmp) / case.name)
            with_it = transpile(text, runtime=case.runtime, context=context)
            without = transpile(text, runtime=case.runtime)
            other = without if case.context else with_it
            if not other.report.declined and with_it.output != without.output:
                out.append(other_context(case).name)
    return out


def main() -> int:
    names = differing()
    CONTEXT_RUNS_LIST.write_text(HEADER + "".join(n + "\n" for n in names))
    print(f"{len(names)} runs -> {CONTEXT_RUNS_LIST}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
