FROM golang:1.22-bookworm AS builder
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/server . && go build -o /usr/local/bin/probe ./cmd/probe && mkdir -p /opt/dtranspile-private-libraries && { ldd /usr/local/bin/server || true; ldd /usr/local/bin/probe || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:bookworm-scm
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/server /usr/local/bin/server
COPY --from=builder /usr/local/bin/probe /usr/local/bin/probe
COPY --from=builder /opt/dtranspile-private-libraries /
HEALTHCHECK --interval=10s CMD ["/usr/local/bin/probe", "-addr", "localhost:8080"]
CMD ["server"]
