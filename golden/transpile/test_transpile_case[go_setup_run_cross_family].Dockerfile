FROM golang:1.22-bookworm AS builder
RUN mkdir -p /opt/svc
WORKDIR /opt/svc
COPY . .
RUN go build -o svc . && mkdir -p /opt/dtranspile-private-libraries && { ldd /opt/svc/svc || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:bookworm-scm
WORKDIR /opt/svc
# files the program may read at run time (config, templates, static files)
COPY . /opt/svc/
COPY --from=builder /opt/svc/svc /opt/svc/svc
COPY --from=builder /opt/dtranspile-private-libraries /
RUN mkdir -p /opt/svc
RUN groupadd -r svc && useradd -r -g svc -d /opt/svc svc
RUN mkdir -p data && chown -R svc:svc data && chmod 0750 data
USER svc
CMD ["./svc"]
