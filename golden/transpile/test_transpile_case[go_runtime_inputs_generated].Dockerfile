# npm install (its postinstall runs bower) writes the web UI's assets into the copied
# directory: the runner takes that directory as the build left it, not the context again
FROM golang:1.9.2-alpine AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
COPY . /go/src/github.com/example/dashboard
WORKDIR /go/src/github.com/example/dashboard
RUN apk add --no-cache nodejs-npm git \
    && go install -v \
    && npm install --production --unsafe-perm \
    && apk del --no-cache git nodejs-npm \
    && rm -rf /go/src/github.com/example/dashboard/node_modules

FROM alpine:3.6
# time zones: alpine:3.6 has no zoneinfo; the original read Go's own from its GOROOT
COPY --from=builder /usr/local/go/lib/time/zoneinfo.zip /usr/local/go/lib/time/zoneinfo.zip
WORKDIR /go/src/github.com/example/dashboard
# the directory as the build left it (files the program may read at run time, and what the build wrote there)
COPY --from=builder /go/src/github.com/example/dashboard /go/src/github.com/example/dashboard
COPY --from=builder /go/bin/dashboard /go/bin/dashboard
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
# the builder image's value: the files copied under it may be found through it
ENV GOPATH=/go
VOLUME /config
CMD ["/go/bin/dashboard", "-c", "/config/config.json"]
EXPOSE 3000
