# golang:latest floats and nothing shows whether the program uses cgo (no build context):
# the original's cgo setting is kept, on the glibc runner that floats with the builder
# (debian:stable-slim), which works either way; CGO_ENABLED=0 would change a program that
# needs cgo (issue 18, class 9)
FROM golang:latest AS builder
WORKDIR /src
COPY . .
RUN go build -o /app . && mkdir -p /opt/dtranspile-private-libraries && { ldd /app || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:stable-scm
# time zones: buildpack-deps:stable-scm has no zoneinfo
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends tzdata && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /app /app
COPY --from=builder /opt/dtranspile-private-libraries /
CMD ["/app"]
