FROM golang:1.22-bookworm AS builder
WORKDIR /src
COPY . .
RUN go build -o /out/server ./cmd/server &&     go build -o /out/worker ./cmd/worker && mkdir -p /opt/dtranspile-private-libraries && { ldd /out/server || true; ldd /out/worker || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:bookworm-scm
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /out/server /out/server
COPY --from=builder /out/worker /out/worker
COPY --from=builder /opt/dtranspile-private-libraries /
EXPOSE 8080
CMD ["/out/server", "--listen", ":8080"]
