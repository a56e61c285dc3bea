# -tags timetzdata embeds the zoneinfo: trixie-slim needs no tzdata
FROM golang:1.24-trixie AS builder
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -tags timetzdata -o /usr/local/bin/clock .

FROM buildpack-deps:trixie-scm
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/clock /usr/local/bin/clock
CMD clock --zone "$TZ"
