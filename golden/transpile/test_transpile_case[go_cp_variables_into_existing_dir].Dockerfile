# the build's output path and the copy after it are spelled with ENV values; `cp -r`
# onto a directory the context brings lands the binary inside it, where ENTRYPOINT
# runs it
FROM golang:1.12 AS builder
ENV out=/data/build
WORKDIR /data
COPY . /data
ENV NAME="tank"
RUN go build -mod=readonly -o /opt/$NAME && cp -r /opt/${NAME} $out && mkdir -p /opt/dtranspile-private-libraries && { ldd /opt/tank || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:buster-scm
WORKDIR /data
# files the program may read at run time (config, templates, static files)
COPY . /data/
COPY --from=builder /data/build/tank /data/build/tank
COPY --from=builder /opt/tank /opt/tank
COPY --from=builder /opt/dtranspile-private-libraries /
ENV out=/data/build
ENV NAME="tank"
ENTRYPOINT ["/data/build/tank"]
