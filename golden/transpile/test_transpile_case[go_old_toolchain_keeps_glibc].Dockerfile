# Go 1.6: CGO_ENABLED=0 alone reuses the cgo-built net package; glibc is kept
FROM golang:1.6 AS builder
WORKDIR /go/src/app
COPY . .
RUN go build -o /go/bin/app .

FROM debian:jessie-slim
WORKDIR /go/src/app
# files the program may read at run time (config, templates, static files)
COPY . /go/src/app/
COPY --from=builder /go/bin/app /go/bin/app
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
CMD ["/go/bin/app"]
