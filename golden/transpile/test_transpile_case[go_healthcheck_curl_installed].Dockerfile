FROM golang:1.22-bookworm AS builder
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/server . && mkdir -p /opt/dtranspile-private-libraries && { ldd /usr/local/bin/server || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:bookworm-scm
# the HEALTHCHECK's command
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/server /usr/local/bin/server
COPY --from=builder /opt/dtranspile-private-libraries /
EXPOSE 8080
# the load balancer and docker both use this
HEALTHCHECK CMD curl -fsS http://localhost:8080/ping || exit 1
ENTRYPOINT ["server"]
