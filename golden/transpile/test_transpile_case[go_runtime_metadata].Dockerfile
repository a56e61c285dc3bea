FROM golang:1.22-bookworm AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
ENV DEBIAN_FRONTEND=noninteractive APP_ENV=production
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/svc .

FROM alpine:3.20
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/svc /usr/local/bin/svc
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
ENV APP_ENV=production
ENV PORT=8080
LABEL org.opencontainers.image.title="svc" \
    org.opencontainers.image.source="https://example.com/svc"
EXPOSE 8080
VOLUME /data
STOPSIGNAL SIGTERM
USER nobody
CMD ["svc"]
