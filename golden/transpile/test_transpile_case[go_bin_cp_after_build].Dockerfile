# a copy of the binary made with the program's path (/bin/cp) leaves it where it was,
# as `cp` does: both used to be read differently (issue 19)
FROM golang:1.22-bookworm AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
WORKDIR /src
COPY . .
RUN go build -o /out/app . && /bin/cp /out/app /srv/app-backup

FROM alpine:3.20
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /out/app /out/app
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
CMD ["/out/app"]
