"""Which samples get a second real-build run transpiled without their build context:
``python -m realbuild.no_context`` rewrites ``realbuild/no_context.txt``.

Every corpus file is transpiled without its context (the corpus has none), and so is
what ``dtranspile - < Dockerfile`` or a file outside its project gives; most samples are
transpiled with their folder as the context, which lets the transpiler read package.json,
go.mod or a requirements file and choose differently (a slim runner instead of the
builder's own image, a named binary, a script's programs).  A sample whose rewrite
without the context is another Dockerfile has that rewrite unproven unless it is built
too: those are listed.  One whose rewrite is the same (proven by its own run) or that is
declined without the context (nothing to build; the decline is the transpiler's answer)
is not; nor is a sample already transpiled without its context (``"context": false``)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import List

from .cases import NO_CONTEXT_LIST, all_cases, build_context

HEADER = ("# samples whose rewrite without the build context differs from theirs with it\n"
          "# (each runs again as <case>--no-context); python -m realbuild.no_context\n")


def differing() -> List[str]:
    from transpiler.multistage.api import transpile

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for case in all_cases():
            if not case.context or case.expect == "declined":
                continue
            text = case.dockerfile.read_text()
            blind = transpile(text, runtime=case.runtime)
            if blind.report.declined:
                continue
            context = build_context(case, Path(tmp) / case.name)
            if transpile(text, runtime=case.runtime, context=context).output != blind.output:
                out.append(case.name)
    return out


def main() -> int:
    names = differing()
    NO_CONTEXT_LIST.write_text(HEADER + "".join(n + "\n" for n in names))
    print(f"{len(names)} samples -> {NO_CONTEXT_LIST}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
