FROM mcr.microsoft.com/dotnet/core/sdk:3.1 AS builder
WORKDIR /app
COPY . .
RUN dotnet publish -c Release -o out

FROM mcr.microsoft.com/dotnet/core/aspnet:3.1
# the SDK image's environment, which the app ran with (it sets no ASPNETCORE_URLS: empty reads as not set)
ENV ASPNETCORE_URLS= DOTNET_USE_POLLING_FILE_WATCHER=true
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /app/
COPY --from=builder /app/out /app/out
EXPOSE 80
ENTRYPOINT ["dotnet", "out/Legacy.dll"]
