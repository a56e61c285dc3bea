"""The SDK image's variables the app reads at run time (recipes/dotnet: all but
IMAGE_ONLY_ENV): the original ran on the SDK image, so the runtime-image runner keeps
their values, and empties the ASPNETCORE_URLS the SDK image did not set."""

from transpiler.multistage.api import transpile

BUILD = ("WORKDIR /src\nCOPY . .\nRUN dotnet publish -c Release -o /app\nWORKDIR /app\n"
         'ENTRYPOINT ["dotnet", "Web.dll"]\n')


def _runner(output: str) -> str:
    return output.split("\n\nFROM ", 1)[1]


def test_the_sdk_images_polling_file_watcher_reaches_the_runner():
    result = transpile("FROM mcr.microsoft.com/dotnet/sdk:8.0\n" + BUILD)
    assert not result.report.declined, result.report.reason
    assert "ENV DOTNET_USE_POLLING_FILE_WATCHER=true" in _runner(result.output)
    assert any("DOTNET_USE_POLLING_FILE_WATCHER=true in the runner" in a
               for a in result.report.added)


def test_the_dockerfiles_own_value_is_a_runtime_env():
    result = transpile("FROM mcr.microsoft.com/dotnet/sdk:8.0\n"
                       "ENV DOTNET_USE_POLLING_FILE_WATCHER=false\n" + BUILD)
    runner = _runner(result.output)
    assert "ENV DOTNET_USE_POLLING_FILE_WATCHER=false" in runner
    assert "DOTNET_USE_POLLING_FILE_WATCHER=true" not in runner


def test_an_sdk_image_without_aspnetcore_urls_keeps_kestrels_default_address():
    """core/sdk:3.1 sets no ASPNETCORE_URLS and core/aspnet:3.1 sets http://+:80 (image
    data): the app listened on Kestrel's default, so the runner empties the variable,
    which ASP.NET Core reads as not set."""
    result = transpile("FROM mcr.microsoft.com/dotnet/core/sdk:3.1\n" + BUILD)
    assert not result.report.declined, result.report.reason
    assert "ENV ASPNETCORE_URLS= DOTNET_USE_POLLING_FILE_WATCHER=true" in _runner(result.output)
    note = next(a for a in result.report.added if "ASPNETCORE_URLS=" in a)
    assert "sets ASPNETCORE_URLS=http://+:80" in note and "as not set" in note


def test_the_sdk_images_empty_aspnetcore_urls_reaches_the_runner():
    result = transpile("FROM mcr.microsoft.com/dotnet/sdk:7.0\n" + BUILD)
    assert "ENV ASPNETCORE_URLS= " in _runner(result.output)


def test_the_dockerfiles_own_urls_are_not_emptied():
    result = transpile("FROM mcr.microsoft.com/dotnet/core/sdk:3.1\n"
                       "ENV ASPNETCORE_URLS=http://+:5000\n" + BUILD)
    runner = _runner(result.output)
    assert "ASPNETCORE_URLS=http://+:5000" in runner and "ASPNETCORE_URLS= " not in runner


def test_no_env_where_the_images_agree():
    """sdk:8.0 and aspnet:8.0 both set ASPNETCORE_HTTP_PORTS=8080: nothing to give."""
    runner = _runner(transpile("FROM mcr.microsoft.com/dotnet/sdk:8.0\n" + BUILD).output)
    assert "ASPNETCORE" not in runner


def test_a_variable_the_runner_adds_that_no_env_can_unset_declines(monkeypatch):
    from types import SimpleNamespace
    import pytest
    from transpiler.knowledge.images import ImageFacts
    from transpiler.multistage.recipes import dotnet
    from transpiler.multistage.recipes.base import Decline

    monkeypatch.setattr(dotnet, "image_facts", lambda ref: ImageFacts(
        ref, True, {"DOTNET_ROLL_FORWARD": "Major", "ASPNETCORE_URLS": "http://+:80"}))
    facts = SimpleNamespace(stage=SimpleNamespace(body=()), final=SimpleNamespace(env={}),
                            base=SimpleNamespace(env={}, reference="example/sdk:1"))
    with pytest.raises(Decline, match="DOTNET_ROLL_FORWARD=Major.*cannot unset"):
        dotnet.DotnetRecipe._sdk_env(facts, "example/aspnet:1", (), ())


def _sdk_tags():
    """(family name, tag) of every SDK tag the data holds."""
    import gzip
    import json
    from pathlib import Path
    import transpiler.knowledge as knowledge

    folder = Path(knowledge.__file__).parent / "data" / "images"
    for stem in ("mcr.microsoft.com+dotnet+sdk", "mcr.microsoft.com+dotnet+core+sdk",
                 "microsoft+dotnet"):
        data = json.loads(gzip.open(folder / f"{stem}.json.gz").read())
        for entry in data["entries"]:
            for tag in entry.get("s") or ():
                if data["family"] != "microsoft/dotnet" or tag.endswith("-sdk"):
                    yield data["family"], tag


def test_every_runner_of_the_data_gives_the_app_the_sdk_images_environment():
    """For each SDK image of the data and each runtime image of its tag: the runner's
    environment with the recipe's ENVs is the SDK image's in every variable but
    IMAGE_ONLY_ENV (an empty EMPTY_IS_UNSET value counting as none)."""
    from types import SimpleNamespace
    from transpiler.knowledge.images import image_facts
    from transpiler.multistage.recipes.base import Decline
    from transpiler.multistage.recipes.dotnet import (EMPTY_IS_UNSET, IMAGE_ONLY_ENV,
                                                      DotnetRecipe)
    from transpiler.tree import ast

    def seen(env):
        return {k: v for k, v in env.items() if k not in IMAGE_ONLY_ENV and
                not (k in EMPTY_IS_UNSET and v == "")}

    checked = 0
    for name, tag in _sdk_tags():
        sdk = image_facts(f"{name}:{tag}")
        facts = SimpleNamespace(stage=SimpleNamespace(body=()), final=SimpleNamespace(env={}),
                                base=sdk)
        for flavour in ("aspnet", "runtime", "runtime-deps"):
            runner = DotnetRecipe._image(name, tag, flavour)
            if runner is None or image_facts(runner).current is None:
                continue
            try:
                setup, _ = DotnetRecipe._sdk_env(facts, runner, *DotnetRecipe._icu(
                    sdk.env, runner))
            except Decline as decline:
                raise AssertionError(f"{name}:{tag} -> {runner}: {decline}")
            env = dict(image_facts(runner).env)
            env.update((p.key, p.value) for n in setup if isinstance(n, ast.Env)
                       for p in n.pairs)
            assert seen(env) == seen(sdk.env), (f"{name}:{tag}", runner)
            checked += 1
    assert checked > 500, checked
