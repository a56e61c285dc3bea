"""The .NET recipe's signs of a web app and its port note read the Dockerfile's own ENV,
not the SDK image's defaults: every .NET 5+ image sets ASPNETCORE_URLS or
ASPNETCORE_HTTP_PORTS, console apps' included."""

from transpiler.multistage.api import transpile

CONSOLE = ("FROM mcr.microsoft.com/dotnet/sdk:{tag}\nWORKDIR /src\nCOPY . .\n"
           "RUN dotnet publish Worker/Worker.csproj -c Release -o /out\n{extra}"
           'ENTRYPOINT ["dotnet", "/out/Worker.dll"]\n')


def _report(tag="8.0", extra=""):
    result = transpile(CONSOLE.format(tag=tag, extra=extra))
    assert not result.report.declined, result.report.reason
    return result.report


def test_the_images_aspnetcore_variables_are_no_sign_of_a_web_app():
    for tag in ("8.0", "6.0"):
        report = _report(tag)
        assert "no sign of a web app" in report.runner_reason
        assert any("no sign of ASP.NET Core" in w for w in report.warnings)


def test_the_dockerfiles_own_aspnetcore_variable_is_a_sign():
    report = _report(extra="ENV ASPNETCORE_URLS=http://+:5000\n")
    assert "web app (ASPNETCORE_* environment)" in report.runner_reason
    assert not any("no sign of ASP.NET Core" in w for w in report.warnings)


def test_expose_80_on_net8_is_called_out_unless_the_dockerfile_moves_the_port():
    note = ".NET 8+ images listen on port 8080"
    assert any(note in w for w in _report(extra="EXPOSE 80\n").warnings)
    assert not any(note in w for w in _report(
        extra="EXPOSE 80\nENV ASPNETCORE_HTTP_PORTS=80\n").warnings)
    assert not any(note in w for w in _report("6.0", extra="EXPOSE 80\n").warnings)
