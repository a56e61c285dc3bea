FROM golang:1.19-bookworm AS builder
RUN bash -c "apt-get update && apt-get install -y --no-install-recommends libjansson-dev pkg-config && rm -rf /var/lib/apt/lists/*"
WORKDIR /app
COPY go.mod main.go ./
RUN go build -o /usr/local/bin/janssonnorm . && mkdir -p /opt/dtranspile-private-libraries && { ldd /usr/local/bin/janssonnorm || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:bookworm-scm
# runtime libraries the binary links against
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends libjansson4 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=builder /usr/local/bin/janssonnorm /usr/local/bin/janssonnorm
COPY --from=builder /opt/dtranspile-private-libraries /
CMD ["janssonnorm"]
