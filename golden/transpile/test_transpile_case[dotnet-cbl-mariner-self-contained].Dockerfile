# CBL-Mariner 2.0: self-contained output runs on runtime-deps of the same tag
FROM mcr.microsoft.com/dotnet/sdk:6.0-cbl-mariner2.0 AS builder
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -r linux-x64 --self-contained true -o /app

FROM mcr.microsoft.com/dotnet/runtime-deps:6.0-cbl-mariner2.0
# the SDK image's ASPNETCORE_URLS= DOTNET_USE_POLLING_FILE_WATCHER=true, which the app ran with
ENV ASPNETCORE_URLS= DOTNET_USE_POLLING_FILE_WATCHER=true
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /app /app
ENTRYPOINT ["/app/Tool"]
