# Azure Linux (RPMs, tdnf): the runner is the aspnet image of the same tag, with the
# SDK image's environment; no apt-get and no Debian package names anywhere
FROM mcr.microsoft.com/dotnet/sdk:8.0-azurelinux3.0 AS builder
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:8.0-azurelinux3.0
# the SDK image's DOTNET_USE_POLLING_FILE_WATCHER=true, which the app ran with
ENV DOTNET_USE_POLLING_FILE_WATCHER=true
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /app /app
EXPOSE 8080
ENTRYPOINT ["dotnet", "Web.dll"]
