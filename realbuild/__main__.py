"""``python -m realbuild [--tools-only | --setup-only | --gc [--dry-run]] [--json FILE]
[CASE...]``: install the tools, make the local images, run the cases (all by default),
print the table; or remove from the image store what the current samples no longer use."""

from __future__ import annotations

import argparse
import json
import sys
import time

from . import cases as cases_mod
from .env import ROOT, WORK
from .runner import Result, as_expected, run_case, table
from .setup import ensure_tools


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m realbuild", description=__doc__)
    ap.add_argument("cases", nargs="*", help="case names (folders of realbuild/cases/; "
                    "<case>--no-context, <case>--with-context: a context run)")
    ap.add_argument("--tools-only", action="store_true",
                    help="only install buildah/podman/runc/debootstrap (apt-get, as root)")
    ap.add_argument("--setup-only", action="store_true", help="install tools and make images")
    ap.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    ap.add_argument("--report", metavar="FILE", default=str(ROOT / "report.txt"),
                    help="where the table is written (default: %(default)s)")
    ap.add_argument("--table-only", action="store_true",
                    help="print the table of the last run's results (work/<case>/result.json, "
                         "as the e2e tests leave them) without building anything")
    ap.add_argument("--gc", action="store_true",
                    help="remove the images no current sample's last run used (store_gc; "
                         "run it after a full run of the tree to keep)")
    ap.add_argument("--dry-run", action="store_true", help="with --gc: only count")
    args = ap.parse_args(argv)
    if args.gc:
        return _gc(args)
    if args.table_only:
        return _table_only(args)
    ensure_tools()
    if args.tools_only:
        return 0
    if args.setup_only:
        from .images import ensure_all
        for key, ref in ensure_all().items():
            print(f"{key}: {ref}")
        return 0
    selected = cases_mod.by_name(args.cases) if args.cases else cases_mod.all_runs()
    results = []
    t0 = time.monotonic()
    for case in selected:
        print(f"[realbuild] {case.name} ...", file=sys.stderr, flush=True)
        res = run_case(case)
        print(f"[realbuild] {case.name}: {res.status} ({res.seconds}s)", file=sys.stderr,
              flush=True)
        results.append(res)
    text = table(results)
    ok = sum(r.status == "same" for r in results)
    text += (f"\n\n{ok}/{len(results)} cases build and behave the same "
             f"({time.monotonic() - t0:.0f}s); logs and transpiled files in {ROOT / 'work'}")
    print(text)
    with open(args.report, "w") as fh:
        fh.write(text + "\n")
    if args.json:
        with open(args.json, "w") as fh:
            json.dump([r.to_json() for r in results], fh, indent=2)
    return 0 if all(as_expected(c, r) for c, r in zip(selected, results)) else 1


def _gc(args) -> int:
    from .env import write_config
    from .store_gc import plan, remove

    write_config()
    names = [c.name for c in cases_mod.all_runs()]
    t0 = time.monotonic()
    p = plan(names)
    if p.no_log:
        # a builder stage's steps are known only from the log: without it, removing
        # would drop cache the next run needs
        print(f"{len(p.no_log)} samples have no log of a last run ({', '.join(p.no_log[:5])}"
              f"{' ...' if len(p.no_log) > 5 else ''}): run every sample first "
              "(DTRANSPILE_REALBUILD=all); nothing removed", file=sys.stderr)
        return 2
    if not args.dry_run:
        remove(p)
    verb = "would remove" if args.dry_run else "removed"
    print(f"{len(p.keep)} images kept, {verb} {len(p.remove)} "
          f"({time.monotonic() - t0:.0f}s)")
    return 0


def _table_only(args) -> int:
    selected = cases_mod.by_name(args.cases) if args.cases else cases_mod.all_runs()
    results, missing = [], []
    for case in selected:
        path = WORK / case.name / "result.json"
        if path.exists():
            results.append(Result.from_json(json.loads(path.read_text())))
        else:
            missing.append(case.name)
    text = table(results)
    if missing:
        text += "\n\nnot run: " + ", ".join(missing)
    print(text)
    return 0 if not missing else 1


if __name__ == "__main__":
    sys.exit(main())
