FROM golang:1.22-alpine3.19 AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
RUN go install github.com/acme/cli/v2@v2.3.0

FROM alpine:3.19
# time zones: alpine:3.19 has no zoneinfo; the original read Go's own from its GOROOT
COPY --from=builder /usr/local/go/lib/time/zoneinfo.zip /usr/local/go/lib/time/zoneinfo.zip
WORKDIR /go
COPY --from=builder /go/bin/cli /usr/local/bin/cli
ENTRYPOINT ["cli"]
