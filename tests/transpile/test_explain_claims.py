"""What ``--explain`` says about the output is true of the output text.

The report is made from what the passes meant to do; the output is what they wrote.
When a later pass changes its mind (the runner does not repeat a setup RUN, an unused
ARG is left out, a capture installs packages after the CA note was written) the report
can go on claiming the first plan.  These checks read the report's fields of every
golden case and of every corpus file that transpiles, and compare each claim that the
text can settle with the final stage:

- the runner image named is the final stage's FROM, the builder's the first stage's;
- every source the report says is copied from the builder is in a ``COPY --from`` of
  the final stage, and every such source is in the report;
- instructions placed in the runner ("runner", "both") are in the final stage (as the
  formatter writes them; a rewritten RUN as the report says it was rewritten; an ENV by
  its names, as the runner may rewrite its values, less the build's own its placement
  says it leaves out);
- packages said to be installed in the runner are in its install commands, those said
  to be left out are in none, those said to come with their Recommends in an apt
  install without ``--no-install-recommends``;
- a size estimate with numbers names the date of its data, and the image measured
  where the table gives one tag's figure for another (python:3.13's for python:2.7).

Each file is transpiled once (the whole corpus in about 20 s)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

import transpiler
from transpiler.analysis.shell import split_commands, unwrap
from transpiler.formatting.api import format as fmt
from transpiler.formatting.printer.render import render_instruction
from transpiler.knowledge import images, packages
from transpiler.multistage.api import transpile
from transpiler.multistage.copies_said import expanded, variables
from transpiler.multistage.recipes import floating_site
from transpiler.tree import ast

HERE = Path(__file__).resolve()
CASES = HERE.parent.parent / "cases" / "transpile"
CORPUS = HERE.parents[3] / "shared" / "corpus" / "shipwright"


def _ws(text: str) -> str:
    return " ".join(text.split())


def _forms(node) -> set:
    """The instruction as written and as the formatter writes it."""
    raw = render_instruction(node)
    out = {_ws(raw)}
    try:
        again = transpiler.parse(fmt(f"FROM x\n{raw}\n")).stages[0].body[0]
        out.add(_ws(render_instruction(again)))
    except Exception:  # (a fragment the formatter does not take alone)
        pass
    return out


def _path(text: str) -> str:
    return text.strip("\"'").rstrip("/") or "/"


def _installs(final):
    """(package names, with Recommends) of each install command of the final stage."""
    out = []
    for node in final.body:
        if isinstance(node, ast.Run) and isinstance(node.command, ast.ShellForm):
            for cmd in split_commands(node.command.text).commands:
                argv = unwrap(cmd).argv
                got = packages.read_install(argv)
                if got is not None:
                    names = {p.split("=", 1)[0] for p in got.packages}
                    out.append((names, "--no-install-recommends" not in argv))
    return out


def _listed(notes, pattern):
    """The packages the report's notes matching ``pattern`` (its group 1) list."""
    out = []
    for note in notes:
        m = re.search(pattern, note)
        if m:
            out.append((note, re.split(r"[\s,]+", m.group(1).strip())))
    return out


def problems(result) -> list:
    report = result.report
    tree = transpiler.parse(result.output)
    final, first = tree.stages[-1], tree.stages[0]
    out = []
    if final.from_.image != report.runner:
        out.append(f"runner {report.runner}, final FROM {final.from_.image}")
    if first.from_.image != report.builder_image:
        out.append(f"builder {report.builder_image}, first FROM {first.from_.image}")
    # copies, both ways (sources: a destination directory takes several)
    values = variables(tree)
    made = {_path(expanded(s, values)) for n in final.body
            if isinstance(n, (ast.Copy, ast.Add)) and n.flag("from") is not None
            for s in n.paths[:-1]}
    # (a directory the image names, copied by a RUN that mounts the builder)
    made |= {floating_site.copied_glob(n) for n in final.body if floating_site.copied_glob(n)}
    said = {_path(expanded(c.pattern or c.source, values)) for c in report.copies}
    out += [f"said copied, no COPY --from: {s}" for s in sorted(said - made)]
    out += [f"COPY --from not in the report: {s}" for s in sorted(made - said)]
    # instructions said to be in the runner
    texts = [_ws(render_instruction(n)) for n in final.body]
    workdirs = [_path(expanded(n.value, values)) for n in final.body if isinstance(n, ast.Workdir)]
    env_names = {p.key for n in final.body if isinstance(n, ast.Env) for p in n.pairs}
    for p in report.placements:
        if p.where not in ("runner", "both"):
            continue
        node, forms = p.node, _forms(p.node)
        line = p.node.span.line if p.node.span else None
        if isinstance(node, ast.Run):
            again = [_ws(a.split(": ", 1)[1]) for a in report.added
                     if a.startswith(f"RUN at line {line} repeated in the runner ")]
            bodies = [f[4:] for f in forms] + again
            ok = any(t.startswith("RUN ") and b in t for t in texts for b in bodies)
        elif isinstance(node, ast.Env):
            # (a variable of the build's own, the report's build-only environment, may
            # stay in the builder where the placement says so)
            ok = all(k in report.build_only_env and k in p.reason
                     for k in {q.key for q in node.pairs} - env_names)
        elif isinstance(node, ast.Workdir):
            want = _path(expanded(node.value, values))
            ok = any(w == want or w.endswith("/" + want.lstrip("/")) for w in workdirs)
        elif isinstance(node, (ast.Copy, ast.Add)) and node.flag("from") is None:
            ok = any(isinstance(n, (ast.Copy, ast.Add)) and n.flag("from") is None and
                     tuple(n.paths[:-1]) == tuple(node.paths[:-1]) and
                     _path(n.paths[-1]).endswith(_path(node.paths[-1]).lstrip("./"))
                     for n in final.body)
        else:
            ok = bool(forms & set(texts))
        if not ok:
            out.append(f"said {p.where}, not in the final stage: {min(forms)[:80]}")
    # RUNs said repeated in the runner are placed there (a RUN moved into the capture
    # window after the recipe planned its repeat runs in the builder alone, 15da255a)
    placed = {f"line {p.node.span.line}": p.where for p in report.placements if p.node.span}
    for note in report.added:
        got = re.match(r"the RUN at (line \d+) \(`[^`]*`\) repeated in the runner", note)
        if got and placed.get(got.group(1)) not in ("runner", "both"):
            out.append(f"said repeated in the runner, placed {placed.get(got.group(1))}: "
                       f"{note[:60]}")
    # a checkout said copied with its .git (the program may run git on it) is copied
    for note in report.added:
        got = re.search(r"runs in (\S+), a git checkout the build cloned, which the runner "
                        r"gets whole", note)
        if got and _path(got.group(1)) not in made:
            out.append(f"said the checkout is copied whole, no COPY --from: {got.group(1)}")
    # packages
    installs = _installs(final)
    everything = set().union(*[names for names, _ in installs]) if installs else set()
    for note, names in _listed(report.added, r"installed again in the runner with [^:]+: (.+)$") + \
            _listed(report.added, r"^installed in the runner before the captured files[^:]*: (.+)$"):
        out += [f"said installed, in no install: {n} ({note[:60]})" for n in names
                if n.split("@")[0] not in everything and n not in everything]
    for note, names in _listed(report.added, r"the runner leaves out \(([^)]*)\)"):
        out += [f"said left out, installed: {n} ({note[:60]})" for n in names
                if n in everything]
    for note, names in _listed(report.added, r"^installed with their Recommends[^:]*: (.+)$"):
        out += [f"said with Recommends, not so: {n}" for n in names
                if not any(n in got and rec for got, rec in installs)]
    size = report.size_estimate()
    if "MB" in size and not re.search(r"\b20\d\d\b", size):
        out.append(f"size estimate without its data's date: {size}")
    for ref in (report.builder_image, report.runner):
        measured = images.size_measured(ref or "")
        if "MB" in size and measured != ref and f"{measured} for {ref}" not in size:
            out.append(f"size estimate gives {measured}'s figure for {ref} unsaid")
    return out


def _golden():
    out = []
    for path in sorted(CASES.glob("*.Dockerfile")):
        if path.stem.startswith("decline_"):
            continue
        context = CASES / f"{path.stem}.context"
        out.append((path.stem, path.read_text(), context if context.is_dir() else None))
    return out


def test_golden_claims():
    bad = {}
    for name, text, context in _golden():
        result = transpile(text, context=context)
        if not result.report.declined:
            found = problems(result)
            if found:
                bad[name] = found
    assert not bad, "\n".join(f"{k}: {v}" for k, v in sorted(bad.items()))


def test_corpus_claims():
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    bad, checked = {}, 0
    for path in sorted(CORPUS.iterdir()):
        text = path.read_bytes().decode("utf-8", errors="surrogateescape")
        try:
            result = transpile(text)
        except transpiler.ParseError:
            continue
        if result.report.declined:
            continue
        checked += 1
        found = problems(result)
        if found:
            bad[path.name[:8]] = found
    assert checked > 500, f"only {checked} corpus files transpile: is the corpus whole?"
    assert not bad, "\n".join(f"{k}: {v}" for k, v in sorted(bad.items()))


def test_a_false_left_out_list_is_found():
    """The CA note once listed packages the captured RUNs' install puts in the runner
    (1d1c64c4): the check sees a listed package in an install."""
    from transpiler.multistage.report import Report

    class Result:
        output = "FROM debian:10 AS builder\nRUN make\n\nFROM debian:10-slim\n" \
                 "RUN apt-get update && apt-get install -y --no-install-recommends curl\n"
        report = Report(runner="debian:10-slim", builder_image="debian:10", added=[
            "ca-certificates installed in the runner: debian:10-slim has no CA "
            "certificates, and the packages the original installs that the runner "
            "leaves out (curl, gcc) may have brought them"])
    assert [p.split(" (")[0] for p in problems(Result)] == ["said left out, installed: curl"]


def test_a_repeat_said_of_a_run_moved_into_the_capture_window_is_found():
    """The recipe planned `conda env create` as repeated in the runner; classify then
    moved it into the capture window after the captured Miniconda installer
    (15da255a): its repeat note must go with it, and the check sees one that stays."""
    text = ("FROM ubuntu:16.04\nRUN apt-get update && apt-get install -y python3 git wget bzip2\n"
            "RUN wget https://repo.continuum.io/miniconda/Miniconda3-latest-Linux-x86_64.sh && "
            "bash Miniconda3-latest-Linux-x86_64.sh -b\nENV PATH /root/miniconda3/bin:$PATH\n"
            "COPY environment.yml /\nRUN conda env create -f environment.yml\n"
            "RUN pip install notedown\nCOPY . /app/\nCMD [\"jupyter\", \"notebook\"]\n")
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    assert not [a for a in result.report.added if "(`conda`) repeated" in a]
    assert problems(result) == []

    class Moved:
        output = result.output
        report = dataclasses.replace(result.report, added=result.report.added + [
            "the RUN at line 6 (`conda`) repeated in the runner: its effect outside the "
            "copied directories is needed at run time"])
    assert any("said repeated in the runner, placed builder" in p for p in problems(Moved))


def test_a_checkout_said_kept_with_its_git_is_copied_whole():
    """git is installed again for a program that runs inside its own clone (2bb080ca:
    WORKDIR /kalerator/src of the clone /kalerator): the runner copies the whole
    checkout, .git and all, as --explain says, not only the WORKDIR's tree."""
    text = (CASES / "python-distribution-checkout-subdir-git.Dockerfile").read_text()
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    sources = [c.source for c in result.report.copies]
    assert "/kalerator" in sources and "/kalerator/src" not in sources
    assert problems(result) == []
