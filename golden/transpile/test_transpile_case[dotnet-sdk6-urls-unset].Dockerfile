# the SDK image unsets the aspnet image's ASPNETCORE_URLS=http://+:80 (ENV ASPNETCORE_URLS=):
# the app ran on Kestrel's default address, which the runner keeps with the empty value
FROM mcr.microsoft.com/dotnet/sdk:6.0 AS builder
WORKDIR /src
COPY . .
RUN dotnet publish Shop/Shop.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:6.0
# the SDK image's ASPNETCORE_URLS= DOTNET_USE_POLLING_FILE_WATCHER=true, which the app ran with
ENV ASPNETCORE_URLS= DOTNET_USE_POLLING_FILE_WATCHER=true
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /app /app
EXPOSE 80
ENTRYPOINT ["dotnet", "Shop.dll"]
