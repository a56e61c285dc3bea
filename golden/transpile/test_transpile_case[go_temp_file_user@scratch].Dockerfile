FROM golang:1.19-bookworm AS builder
ENV CGO_ENABLED=0
WORKDIR /src
COPY go.mod main.go ./
RUN go build -o /usr/local/bin/spool .
RUN useradd --system --uid 10001 spool && mkdir -p /opt/dtranspile-root/tmp /opt/dtranspile-root/etc && chmod 1777 /opt/dtranspile-root/tmp && { [ ! -e /etc/nsswitch.conf ] || cp /etc/nsswitch.conf /opt/dtranspile-root/etc/; }

FROM scratch
WORKDIR /src
COPY --from=builder /usr/local/bin/spool /usr/local/bin/spool
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
# /tmp and /etc/nsswitch.conf, which scratch lacks
COPY --from=builder /opt/dtranspile-root/ /
# users and groups the build created
COPY --from=builder /etc/passwd /etc/group /etc/
USER spool
CMD ["/usr/local/bin/spool"]
