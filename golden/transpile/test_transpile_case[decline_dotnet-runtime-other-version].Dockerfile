# --runtime aspnet:9.0 for an app published with the 8.0 SDK: the original runs it on
# the SDK image's .NET 8.0 runtime, and the host does not roll forward to 9.0
FROM mcr.microsoft.com/dotnet/sdk:8.0 AS builder
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:8.0
# the SDK image's DOTNET_USE_POLLING_FILE_WATCHER=true, which the app ran with
ENV DOTNET_USE_POLLING_FILE_WATCHER=true
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /app /app
EXPOSE 8080
ENTRYPOINT ["dotnet", "Web.dll"]
