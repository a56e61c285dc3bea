FROM golang:1.22-bookworm AS builder
ENV DEBIAN_FRONTEND=noninteractive APP_ENV=production
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/svc . && mkdir -p /opt/dtranspile-private-libraries && { ldd /usr/local/bin/svc || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:bookworm-scm
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/svc /usr/local/bin/svc
COPY --from=builder /opt/dtranspile-private-libraries /
ENV APP_ENV=production
ENV PORT=8080
LABEL org.opencontainers.image.title="svc" \
    org.opencontainers.image.source="https://example.com/svc"
EXPOSE 8080
VOLUME /data
STOPSIGNAL SIGTERM
USER nobody
CMD ["svc"]
