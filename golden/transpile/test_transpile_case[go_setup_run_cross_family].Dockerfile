FROM golang:1.22-bookworm AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
RUN mkdir -p /opt/svc
WORKDIR /opt/svc
COPY . .
RUN go build -o svc .

FROM alpine:3.20
WORKDIR /opt/svc
# files the program may read at run time (config, templates, static files)
COPY . /opt/svc/
COPY --from=builder /opt/svc/svc /opt/svc/svc
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
RUN mkdir -p /opt/svc
RUN addgroup -S svc && adduser -D -h /opt/svc -S -H -G svc svc
RUN mkdir -p data && chown -R svc:svc data && chmod 0750 data
USER svc
CMD ["./svc"]
