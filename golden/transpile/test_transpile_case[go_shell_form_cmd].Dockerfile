FROM golang:1.22-bookworm AS builder
WORKDIR /app
COPY . .
RUN go build -o server . && mkdir -p /opt/dtranspile-private-libraries && { ldd /app/server || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:bookworm-scm
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /app/
COPY --from=builder /app/server /app/server
COPY --from=builder /opt/dtranspile-private-libraries /
CMD ./server --port 8080
