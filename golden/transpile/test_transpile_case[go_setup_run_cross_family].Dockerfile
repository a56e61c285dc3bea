FROM golang:1.22-bookworm AS builder
RUN mkdir -p /opt/svc
WORKDIR /opt/svc
COPY . .
RUN go build -o svc .

FROM debian:bookworm-slim
WORKDIR /opt/svc
# files the program may read at run time (config, templates, static files)
COPY . /opt/svc/
COPY --from=builder /opt/svc/svc /opt/svc/svc
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
RUN mkdir -p /opt/svc
RUN groupadd -r svc && useradd -r -g svc -d /opt/svc svc
RUN mkdir -p data && chown -R svc:svc data && chmod 0750 data
USER svc
CMD ["./svc"]
