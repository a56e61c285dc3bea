# -tags timetzdata embeds the zoneinfo: trixie-slim needs no tzdata
FROM golang:1.24-trixie AS builder
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -tags timetzdata -o /usr/local/bin/clock .

FROM debian:trixie-slim
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/clock /usr/local/bin/clock
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
CMD clock --zone "$TZ"
