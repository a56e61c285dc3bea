# golang:latest floats (Debian trixie on the data's date); cgo is on, so the runner
# is the glibc image that floats with it, debian:stable-slim, not a pinned release
FROM golang:latest AS builder
WORKDIR /app
COPY . .
ENV CGO_ENABLED=1
RUN go build -o /app/server . && mkdir -p /opt/dtranspile-private-libraries && { ldd /app/server || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:stable-scm
# time zones: buildpack-deps:stable-scm has no zoneinfo
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends tzdata && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /app/
COPY --from=builder /app/server /app/server
COPY --from=builder /opt/dtranspile-private-libraries /
CMD ["/app/server"]
