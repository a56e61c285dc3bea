# the 2.1 Alpine SDK image sets LANG and LC_ALL (the app's current culture), which the
# runtime images do not
FROM mcr.microsoft.com/dotnet/sdk:2.1-alpine3.13 AS builder
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:2.1-alpine3.13
# ICU: the alpine SDK image has it, the runtime images do not
# hadolint ignore=DL3018
RUN apk add --no-cache icu-data-full icu-libs
ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false
# the SDK image's DOTNET_USE_POLLING_FILE_WATCHER=true LANG=en_US.UTF-8 LC_ALL=en_US.UTF-8, which the app ran with
ENV DOTNET_USE_POLLING_FILE_WATCHER=true LANG=en_US.UTF-8 LC_ALL=en_US.UTF-8
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /app /app
ENTRYPOINT ["dotnet", "Report.dll"]
