# golang:1.9.2-alpine has no /usr/share/zoneinfo, but Go reads its GOROOT's
# lib/time/zoneinfo.zip where the system has none, so the original resolved TZ and
# time.LoadLocation("Europe/Berlin"); alpine:3.6 has neither: the builder's zip is
# copied to the same path (the same zones, no package index needed)
FROM golang:1.9.2-alpine AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
ENV TZ=Europe/Berlin
COPY . /go/src/github.com/example/clock
WORKDIR /go/src/github.com/example/clock
RUN go install -v && mkdir -p /opt/dtranspile-timezone/etc && { [ ! -f /usr/share/zoneinfo/Europe/Berlin ] || { mkdir -p /opt/dtranspile-timezone/usr/share/zoneinfo/Europe && cp -L /usr/share/zoneinfo/Europe/Berlin /opt/dtranspile-timezone/usr/share/zoneinfo/Europe/; }; }

FROM alpine:3.6
# time zones: alpine:3.6 has no zoneinfo; the original read Go's own from its GOROOT
COPY --from=builder /usr/local/go/lib/time/zoneinfo.zip /usr/local/go/lib/time/zoneinfo.zip
WORKDIR /go/src/github.com/example/clock
# files the program may read at run time (config, templates, static files)
COPY . /go/src/github.com/example/clock/
COPY --from=builder /go/bin/clock /go/bin/clock
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
# the time zone the original runs in (ENV TZ names /usr/share/zoneinfo/Europe/Berlin)
COPY --from=builder /opt/dtranspile-timezone/ /
# the builder image's value: the files copied under it may be found through it
ENV GOPATH=/go
ENV TZ=Europe/Berlin
CMD ["/go/bin/clock"]
