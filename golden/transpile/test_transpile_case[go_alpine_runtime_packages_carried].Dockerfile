# apk add curl (an external health check runs it) and ca-certificates reach the
# runner: only toolchains, -dev packages and build tools stay in the builder; git, which
# the original keeps, reaches it too (a program may run it: draw7's hound)
FROM golang:1.22-alpine AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
RUN apk add --no-cache git curl ca-certificates
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app .

FROM alpine:3.21
# time zones: alpine:3.21 has no zoneinfo; the original read Go's own from its GOROOT
COPY --from=builder /usr/local/go/lib/time/zoneinfo.zip /usr/local/go/lib/time/zoneinfo.zip
# packages the original installs for run time
# hadolint ignore=DL3018
RUN apk add --no-cache curl git
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
USER nobody
CMD ["app"]
