FROM golang:1.10.2-stretch AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0

WORKDIR /go/src/github.com/ggicci/docker-example-server
COPY . .

RUN go install

FROM alpine:3.7
# time zones: alpine:3.7 has no zoneinfo
# hadolint ignore=DL3018
RUN apk add --no-cache tzdata

# (and more)

WORKDIR /app
COPY --from=builder /go/bin/docker-example-server /usr/local/bin/docker-example-server
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt

LABEL \
    me.ggicci.appdemo.image.created="2006-01-02T15:04:05+08:00" \
    me.ggicci.appdemo.image.version="1.0.0"
ENTRYPOINT ["docker-example-server"]
EXPOSE 8080
