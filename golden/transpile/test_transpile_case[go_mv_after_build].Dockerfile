# the binary is moved onto PATH after the build with a relative path (mv): the runner
# takes it from where it went, and only from there
FROM golang:1.22-alpine AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
WORKDIR /go/src/example.com/tool
COPY . .
RUN go build -o tool . && mv tool /go/bin/

FROM alpine:3.21
# time zones: alpine:3.21 has no zoneinfo; the original read Go's own from its GOROOT
COPY --from=builder /usr/local/go/lib/time/zoneinfo.zip /usr/local/go/lib/time/zoneinfo.zip
WORKDIR /go/src/example.com/tool
# files the program may read at run time (config, templates, static files)
COPY . /go/src/example.com/tool/
COPY --from=builder /go/bin/tool /usr/local/bin/tool
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
# the builder image's value: the files copied under it may be found through it
ENV GOPATH=/go
CMD ["tool"]
