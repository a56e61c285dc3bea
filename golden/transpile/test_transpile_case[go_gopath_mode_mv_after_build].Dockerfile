# Go 1.11 inside $GOPATH/src builds in GOPATH mode (go.mod is not read there): `go build`
# names the binary after the directory, and `mv` puts it on PATH
FROM golang:1.11-alpine AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
WORKDIR /go/src/github.com/example/ferret-server
COPY . /go/src/github.com/example/ferret-server
RUN go build && mv ferret-server /go/bin/

FROM alpine:3.10
# time zones: alpine:3.10 has no zoneinfo; the original read Go's own from its GOROOT
COPY --from=builder /usr/local/go/lib/time/zoneinfo.zip /usr/local/go/lib/time/zoneinfo.zip
WORKDIR /go/src/github.com/example/ferret-server
# files the program may read at run time (config, templates, static files)
COPY . /go/src/github.com/example/ferret-server/
COPY --from=builder /go/bin/ferret-server /usr/local/bin/ferret-server
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
# the builder image's value: the files copied under it may be found through it
ENV GOPATH=/go
CMD ["ferret-server"]
