ARG GO_VERSION=1.22
FROM golang:${GO_VERSION}-bookworm AS builder
ARG VERSION=dev
WORKDIR /src
COPY . .
RUN go build -ldflags "-X main.version=${VERSION}" -o /app . && mkdir -p /opt/dtranspile-private-libraries && { ldd /app || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:bookworm-scm
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /app /app
COPY --from=builder /opt/dtranspile-private-libraries /
ARG VERSION=dev
LABEL version=$VERSION
CMD ["/app"]
