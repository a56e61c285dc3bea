"""The SDK image's variables the app reads at run time (recipes/dotnet SDK_RUNTIME_ENV):
the original ran on the SDK image, so the runtime-image runner keeps their values."""

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
