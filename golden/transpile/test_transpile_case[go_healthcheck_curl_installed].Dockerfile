FROM golang:1.22-bookworm AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/server .

FROM alpine:3.20
# the HEALTHCHECK's command
# hadolint ignore=DL3018
RUN apk add --no-cache curl
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/server /usr/local/bin/server
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
EXPOSE 8080
# the load balancer and docker both use this
HEALTHCHECK CMD curl -fsS http://localhost:8080/ping || exit 1
ENTRYPOINT ["server"]
