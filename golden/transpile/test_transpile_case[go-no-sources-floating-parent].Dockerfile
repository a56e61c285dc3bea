# no build context given: the runner is the image the golang image is built on, and for
# a builder whose tag floats the one that floats with it (buildpack-deps:stable-scm, as
# debian:stable-slim would for the binary alone); with --runtime (the .runtime sidecar)
# the report says which of the builder's programs that runner lacks
FROM golang:latest AS builder
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app . && mkdir -p /opt/dtranspile-private-libraries && { ldd /usr/local/bin/app || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:stable-scm
# time zones: buildpack-deps:stable-scm has no zoneinfo
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends tzdata && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
COPY --from=builder /opt/dtranspile-private-libraries /
CMD ["app"]
