# alpine:3.22's root file system was not read (the mirror's branches end at 3.20): whether it
# has the CA bundle is not known, so the builder's is copied, which works either way
FROM golang:1.24-alpine3.22 AS builder
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .

FROM alpine:3.22
# time zones: alpine:3.22 has no zoneinfo; the original read Go's own from its GOROOT
COPY --from=builder /usr/local/go/lib/time/zoneinfo.zip /usr/local/go/lib/time/zoneinfo.zip
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /out/app /out/app
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
CMD ["/out/app"]
