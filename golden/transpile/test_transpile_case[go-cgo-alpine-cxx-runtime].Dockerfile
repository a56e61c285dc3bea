# draw9 (486e8b47): the build installs g++, so cgo may compile a package's C++ files;
# the Alpine runner gets libstdc++ and libgcc, which the alpine image lacks
FROM golang:1.11.4-alpine AS builder

WORKDIR /src/github.com/example/imageup
ADD . /src/github.com/example/imageup

RUN apk add bash ca-certificates git gcc g++ libc-dev

RUN go build -o bin/imageup

FROM alpine:3.8
# time zones: alpine:3.8 has no zoneinfo; the original read Go's own from its GOROOT
COPY --from=builder /usr/local/go/lib/time/zoneinfo.zip /usr/local/go/lib/time/zoneinfo.zip
# the C++ runtime a cgo part built with the builder's C++ compiler loads
# hadolint ignore=DL3018
RUN apk add --no-cache libstdc++ libgcc
# packages the original installs for run time
# hadolint ignore=DL3018
RUN apk add --no-cache bash git
WORKDIR /src/github.com/example/imageup
# files the program may read at run time (config, templates, static files)
ADD . /src/github.com/example/imageup/
COPY --from=builder /src/github.com/example/imageup/bin/imageup /src/github.com/example/imageup/bin/imageup
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
CMD ["./bin/imageup"]
