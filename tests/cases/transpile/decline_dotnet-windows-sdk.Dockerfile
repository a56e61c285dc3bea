# the .NET SDK's nanoserver and windowsservercore tags are Windows images: their runner
# (aspnet:8.0-nanoserver-ltsc2022) would be too, and no Windows rewrite can be built and
# run here to prove it, so the rewrite declines (it once paired them by the tag's words)
FROM mcr.microsoft.com/dotnet/sdk:8.0-nanoserver-ltsc2022
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -o /out
CMD ["dotnet", "/out/app.dll"]
