# alpine:3.19's root file system has the CA bundle (ca-certificates-bundle, which apk-tools
# needs; datagen/alpine_rootfs.py reads it from the minirootfs): nothing is copied for it
FROM golang:1.22-alpine3.19 AS builder
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .

FROM alpine:3.19
# time zones: alpine:3.19 has no zoneinfo; the original read Go's own from its GOROOT
COPY --from=builder /usr/local/go/lib/time/zoneinfo.zip /usr/local/go/lib/time/zoneinfo.zip
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /out/app /out/app
CMD ["/out/app"]
