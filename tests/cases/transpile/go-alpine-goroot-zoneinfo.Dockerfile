# golang:1.9.2-alpine has no /usr/share/zoneinfo, but Go reads its GOROOT's
# lib/time/zoneinfo.zip where the system has none, so the original resolved TZ and
# time.LoadLocation("Europe/Berlin"); alpine:3.6 has neither: the builder's zip is
# copied to the same path (the same zones, no package index needed)
FROM golang:1.9.2-alpine
ENV TZ=Europe/Berlin
COPY . /go/src/github.com/example/clock
WORKDIR /go/src/github.com/example/clock
RUN go install -v
CMD ["/go/bin/clock"]
