# draw9: golang's Debian images have g++ (installed for cgo), so a cgo build may link
# libstdc++ and libgcc_s: the distroless runner is cc, which has them, not base
FROM golang:1.21-bookworm AS builder
WORKDIR /src
COPY . .
RUN CGO_ENABLED=1 go build -o /usr/local/bin/server ./cmd/server && mkdir -p /opt/dtranspile-private-libraries && { ldd /usr/local/bin/server || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:bookworm-scm
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/server /usr/local/bin/server
COPY --from=builder /opt/dtranspile-private-libraries /
ENTRYPOINT ["/usr/local/bin/server"]
