"""Corpus files transpiled with every image family of the knowledge put in their FROM,
and with ``--runtime`` set to every runner image the recipes can choose: whatever the
builder or runner, the transpiler declines or transpiles, it never raises (issue 15
item 8: an old ``microsoft/dotnet:<v>-sdk`` tag once made the .NET recipe concatenate
None).

    PYTHONPATH=$PWD python3 tests/transpile/image_swap.py          # every corpus file
    PYTHONPATH=$PWD python3 tests/transpile/image_swap.py --sample 40

Prints each crash (file, image or runtime, exception) and exits 1 when there is one.
``tests/transpile/test_image_swap.py`` runs a deterministic sample of it."""

from __future__ import annotations

import re
import sys
import traceback
from pathlib import Path
from typing import Iterable, List, Optional, Set, Tuple

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2]))
CORPUS = HERE.parents[3] / "shared" / "corpus"

_FROM = re.compile(r"^(\s*FROM\s+(?:--\S+\s+)*)(\S+)", re.I | re.M)
#: a build command one of the recipes reads: a file without one is declined before any
#: image fact is asked, so it tests nothing here
_BUILDS = re.compile(r"\b(pip3?|npm|yarn|pnpm|go|cargo|mvn|gradle|gradlew|make|cmake|gcc|g\+\+|"
                     r"dotnet|tsc|hugo|mkdocs|poetry|pipenv|uv|jekyll)\b")


def builder_images() -> List[str]:
    """One reference per family record, plus the tags the image data answers in ways
    the records cannot: floating, dropped, codenames, distribution images, old SDKs,
    spellings with a registry and a digest, an image with no record at all."""
    from transpiler.knowledge.images import FAMILIES

    out = [f.names[0] for f in FAMILIES]
    out += ["python:3", "python:2", "python:3.6", "python:2.7-alpine", "python:3-alpine",
            "python:3.11-slim-bookworm", "node:carbon", "node:argon", "node:lts-alpine",
            "node:10", "rust:1.43", "rust:latest", "rust:alpine", "golang:1.6", "golang:1.10",
            "golang:alpine", "golang:1.4-wheezy", "maven:3-jdk-8", "maven:3", "gradle:jdk11",
            "openjdk:8-jdk-alpine", "java:8", "ubuntu:14.04", "ubuntu:22.04", "debian:wheezy",
            "debian:stable-slim", "alpine:edge", "alpine:3.4", "centos:7", "amazonlinux:2",
            "fedora:latest", "microsoft/dotnet:1.1-sdk", "microsoft/dotnet:2.1-sdk",
            "microsoft/dotnet:2.2.104-sdk-stretch", "mcr.microsoft.com/dotnet/sdk:8.0-alpine",
            "mcr.microsoft.com/dotnet/core/sdk:3.1", "continuumio/miniconda3", "gcc:7",
            "buildpack-deps:jessie", "ruby:2.7", "nginx:alpine", "eclipse-temurin:21",
            "index.docker.io/library/python:3.6@sha256:" + "0" * 64, "no-such/image:1"]
    return list(dict.fromkeys(out))


def runner_images() -> List[str]:
    """The runner images the recipes' tables write (distroless, Debian slim of each
    release, Alpine, the interpreters' slim siblings, JREs, .NET runtimes, nginx)."""
    from transpiler.knowledge import releases
    from transpiler.knowledge.images import STATIC_DEFAULT

    out = [STATIC_DEFAULT, "alpine:edge", "alpine:3.4", "scratch", "debian:stable-slim",
           "ubuntu:22.04", "ubuntu:14.04", "nginx:alpine", "nginx:1.27", "python:3-slim",
           "python:3.6-slim", "python:2-slim", "python:3-alpine", "node:carbon-slim",
           "node:lts-slim", "node:16-alpine", "mcr.microsoft.com/dotnet/aspnet:8.0",
           "mcr.microsoft.com/dotnet/runtime:6.0", "mcr.microsoft.com/dotnet/runtime-deps:8.0",
           "mcr.microsoft.com/dotnet/aspnet:8.0-alpine", "microsoft/dotnet:2.1-aspnetcore-runtime",
           "no-such/runner:1"]
    out += [f"debian:{r}-slim" for r in releases.DEBIAN]
    out += [f"gcr.io/distroless/{k}-debian{n}" for k in ("static", "base", "cc")
            for n in releases.DISTROLESS_DEBIAN.values()]
    out += [f"eclipse-temurin:{m}-jre{s}" for m in (8, 11, 17, 21, 25) for s in ("", "-alpine")]
    return list(dict.fromkeys(out))


def corpus_files(sample: Optional[int] = None) -> List[Path]:
    """Corpus files with a build command, sorted by name (their hash); ``sample``: that
    many, evenly spread, so the choice is the same on every run."""
    root = CORPUS / "shipwright"
    files = []
    for path in sorted(root.rglob("*")):
        if path.is_file():
            text = path.read_bytes().decode("utf-8", errors="surrogateescape")
            if _FROM.search(text) and _BUILDS.search(text):
                files.append(path)
    if sample:
        files = files[::max(1, len(files) // sample)][:sample]
    return files


def swapped(text: str, image: str) -> str:
    return _FROM.sub(lambda m: m.group(1) + image, text)


def crashes(files: Iterable[Path], images: Iterable[str], runtimes: Iterable[str],
            produced: Optional[Set[str]] = None) -> List[Tuple[str, str, str]]:
    """(file, what was substituted, exception) for every transpile that raised other
    than the parse error of an unreadable file; ``produced`` collects the runners the
    recipes chose."""
    import transpiler

    images, runtimes = list(images), list(runtimes)
    out = []
    for path in files:
        text = path.read_bytes().decode("utf-8", errors="surrogateescape")
        runs = [("FROM " + image, swapped(text, image), None) for image in images]
        runs += [("--runtime " + r, text, r) for r in runtimes]
        for what, source, runtime in runs:
            try:
                result = transpiler.transpile(source, runtime=runtime)
            except transpiler.ParseError:
                continue
            except Exception as exc:  # the point of the test: reported, never hidden
                out.append((path.name, what, "".join(
                    traceback.format_exception_only(type(exc), exc)).strip()))
                continue
            if produced is not None and not result.report.declined and result.report.runner:
                produced.add(result.report.runner)
    return out


def main(argv: List[str]) -> int:
    sample = int(argv[argv.index("--sample") + 1]) if "--sample" in argv else None
    files = corpus_files(sample)
    produced: Set[str] = set()
    found = crashes(files, builder_images(), (), produced)
    found += crashes(files, (), sorted(set(runner_images()) | produced))
    for name, what, exc in found:
        print(f"{name}\t{what}\t{exc}")
    print(f"{len(files)} files, {len(builder_images())} builder images, "
          f"{len(set(runner_images()) | produced)} runners: {len(found)} crashes")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
