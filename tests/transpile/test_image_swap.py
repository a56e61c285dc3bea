"""A deterministic sample of ``image_swap.py``: corpus files transpiled with every image
family of the knowledge in their FROM and with every runner image as ``--runtime``
raise nothing.  The whole corpus: ``python tests/transpile/image_swap.py``."""

from __future__ import annotations

import pytest

import image_swap

#: 16 files x (66 builders + ~55 runners) is about 1,900 transpiles, ~6 s on one core
SAMPLE = 16


def test_no_builder_image_or_runtime_makes_the_transpiler_raise():
    files = image_swap.corpus_files(SAMPLE)
    if not files:
        pytest.skip(f"corpus not found at {image_swap.CORPUS}")
    produced = set()
    found = image_swap.crashes(files, image_swap.builder_images(), (), produced)
    assert len(produced) >= 3  # the swaps reached the recipes' runner choices
    found += image_swap.crashes(files, (), sorted(set(image_swap.runner_images()) | produced))
    assert not found, "\n".join("\t".join(c) for c in found)


def test_an_old_dotnet_sdk_tag_without_a_runtime_image_declines():
    """``microsoft/dotnet:1.1-sdk``: no aspnetcore-runtime tag of 1.1 was published, so
    the console build declines naming that, instead of raising."""
    import transpiler

    text = ("FROM microsoft/dotnet:1.1-sdk\nWORKDIR /src\nCOPY . .\n"
            "RUN dotnet publish -c Release -o /app\nWORKDIR /app\n"
            'ENTRYPOINT ["dotnet", "app.dll"]\n')
    result = transpiler.transpile(text)
    assert result.report.declined
    assert "1.1" in result.report.reason
