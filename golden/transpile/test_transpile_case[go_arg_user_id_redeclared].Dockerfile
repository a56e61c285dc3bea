# ARG USERID used by the user creation that reaches the runner: re-declared there,
# not inlined, so `--build-arg USERID=...` still sets the runner's user id
FROM golang:1.22-bookworm AS builder
ARG USERID=1001
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app . && mkdir -p /opt/dtranspile-private-libraries && { ldd /usr/local/bin/app || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:bookworm-scm
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
COPY --from=builder /opt/dtranspile-private-libraries /
ARG USERID=1001
RUN useradd --uid $USERID app && mkdir -p /data && chown $USERID /data
USER app
CMD ["app"]
