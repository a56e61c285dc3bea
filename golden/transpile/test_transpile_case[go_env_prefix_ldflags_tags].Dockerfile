FROM golang:1.20-bullseye AS builder
WORKDIR /build
COPY . .
RUN CGO_ENABLED=0 GOOS=linux go build -ldflags "-s -w -X main.version=1.0.0" -tags netgo -o /out/app .

FROM alpine:3.20
WORKDIR /build
# files the program may read at run time (config, templates, static files)
COPY . /build/
COPY --from=builder /out/app /out/app
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
ENTRYPOINT ["/out/app"]
