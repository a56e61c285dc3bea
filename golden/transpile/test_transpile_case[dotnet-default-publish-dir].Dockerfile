FROM mcr.microsoft.com/dotnet/sdk:8.0 AS builder
WORKDIR /app
COPY . .
RUN dotnet publish -c Release

FROM mcr.microsoft.com/dotnet/aspnet:8.0
# the SDK image's DOTNET_USE_POLLING_FILE_WATCHER=true, which the app ran with
ENV DOTNET_USE_POLLING_FILE_WATCHER=true
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /app/
COPY --from=builder /app/bin/Release/net8.0/publish /app/bin/Release/net8.0/publish
ENV ASPNETCORE_URLS=http://+:5000
EXPOSE 5000
CMD ["dotnet", "bin/Release/net8.0/publish/Shop.dll"]
