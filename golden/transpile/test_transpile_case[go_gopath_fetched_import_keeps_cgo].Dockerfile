# GOPATH mode (no go.mod): the sources import github.com/mattn/go-sqlite3, which
# `go get` fetches and the context does not hold; compiled with CGO_ENABLED=0 it is a
# stub that fails at run time, so cgo is kept (glibc runner), not forced off
FROM golang:1.10 AS builder
ADD . /go/src/github.com/example/latency
RUN go get github.com/example/latency/cmd/latency-server
RUN go install github.com/example/latency/cmd/latency-server && mkdir -p /opt/dtranspile-private-libraries && { ldd /go/bin/latency-server || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM debian:stretch-slim
WORKDIR /go
COPY --from=builder /go/bin/latency-server /go/bin/latency-server
COPY --from=builder /opt/dtranspile-private-libraries /
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
ENTRYPOINT ["/go/bin/latency-server"]
