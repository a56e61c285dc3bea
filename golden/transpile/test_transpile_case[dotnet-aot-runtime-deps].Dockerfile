FROM mcr.microsoft.com/dotnet/sdk:9.0 AS builder
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -r linux-x64 -p:PublishAot=true -o /app

FROM mcr.microsoft.com/dotnet/runtime-deps:9.0
# the SDK image's DOTNET_USE_POLLING_FILE_WATCHER=true, which the app ran with
ENV DOTNET_USE_POLLING_FILE_WATCHER=true
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /app /app
ENTRYPOINT ["/app/Api"]
