# Go 1.6: CGO_ENABLED=0 alone reuses the cgo-built net package; glibc is kept
FROM golang:1.6 AS builder
WORKDIR /go/src/app
COPY . .
RUN go build -o /go/bin/app . && mkdir -p /opt/dtranspile-private-libraries && { ldd /go/bin/app || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:jessie-scm
WORKDIR /go/src/app
# files the program may read at run time (config, templates, static files)
COPY . /go/src/app/
COPY --from=builder /go/bin/app /go/bin/app
COPY --from=builder /opt/dtranspile-private-libraries /
# the builder image's value: the files copied under it may be found through it
ENV GOPATH=/go
CMD ["/go/bin/app"]
