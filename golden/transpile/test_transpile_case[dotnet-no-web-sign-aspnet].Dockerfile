# a minimal API: nothing in the Dockerfile says it is a web app (no EXPOSE, no
# ASPNETCORE_*), yet it needs the ASP.NET Core runtime; aspnet runs both kinds
FROM mcr.microsoft.com/dotnet/sdk:8.0 AS builder
WORKDIR /src
COPY . .
RUN dotnet publish Api/Api.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:8.0
# the SDK image's DOTNET_USE_POLLING_FILE_WATCHER=true, which the app ran with
ENV DOTNET_USE_POLLING_FILE_WATCHER=true
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /app /app
ENTRYPOINT ["dotnet", "Api.dll"]
