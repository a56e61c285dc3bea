# the binary is copied onto PATH after the build (cp -f): the runner takes it from there
FROM golang:1.22-alpine AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
COPY . /go/src/example.com/tool
RUN cd /go/src/example.com/tool \
    && go build -o bin/tool ./cmd/tool \
    && cp -f ./bin/tool /go/bin/tool

FROM alpine:3.21
# time zones: alpine:3.21 has no zoneinfo; the original read Go's own from its GOROOT
COPY --from=builder /usr/local/go/lib/time/zoneinfo.zip /usr/local/go/lib/time/zoneinfo.zip
WORKDIR /go
# files the program may read at run time (config, templates, static files)
COPY . /go/src/example.com/tool/
COPY --from=builder /go/bin/tool /usr/local/bin/tool
COPY --from=builder /go/src/example.com/tool/bin/tool /go/src/example.com/tool/bin/tool
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
# the builder image's value: the files copied under it may be found through it
ENV GOPATH=/go
ENTRYPOINT ["tool"]
