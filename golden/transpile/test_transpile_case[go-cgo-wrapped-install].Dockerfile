FROM golang:1.19-bookworm AS builder
RUN apt-get update && timeout 600 nice -n 10 apt-get install -y --no-install-recommends libjansson-dev
WORKDIR /app
COPY . .
RUN go build -o /usr/local/bin/app . && mkdir -p /opt/dtranspile-private-libraries && { ldd /usr/local/bin/app || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:bookworm-scm
# runtime libraries the binary links against
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends libjansson4 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /app/
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
COPY --from=builder /opt/dtranspile-private-libraries /
CMD ["app"]
