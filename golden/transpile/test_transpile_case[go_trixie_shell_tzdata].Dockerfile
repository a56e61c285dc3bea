# no cgo in the sources; the shell-form CMD needs a shell: trixie-slim, which has no
# zoneinfo, gets tzdata
FROM golang:1.24-trixie AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/clock .

FROM debian:trixie-slim
# time zones: debian:trixie-slim has no zoneinfo
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends tzdata && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY --from=builder /usr/local/bin/clock /usr/local/bin/clock
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
CMD clock --zone "$TZ"
