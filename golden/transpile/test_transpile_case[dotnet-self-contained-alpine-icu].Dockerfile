FROM mcr.microsoft.com/dotnet/sdk:8.0-alpine AS builder
RUN apk add --no-cache bash
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -r linux-musl-x64 --self-contained -p:PublishSingleFile=true -o out

FROM mcr.microsoft.com/dotnet/runtime-deps:8.0-alpine
# ICU: the alpine SDK image has it, the runtime images do not
# hadolint ignore=DL3018
RUN apk add --no-cache icu-data-full icu-libs
ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false
# the SDK image's DOTNET_USE_POLLING_FILE_WATCHER=true, which the app ran with
ENV DOTNET_USE_POLLING_FILE_WATCHER=true
# packages the original installs for run time
# hadolint ignore=DL3018
RUN apk add --no-cache bash
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /src/out /src/out
CMD ["./out/Tool"]
