ARG GO_VERSION=1.22
FROM golang:${GO_VERSION}-bookworm AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
ARG VERSION=dev
WORKDIR /src
COPY . .
RUN go build -ldflags "-X main.version=${VERSION}" -o /app .

FROM alpine:3.20
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /app /app
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
ARG VERSION=dev
LABEL version=$VERSION
CMD ["/app"]
