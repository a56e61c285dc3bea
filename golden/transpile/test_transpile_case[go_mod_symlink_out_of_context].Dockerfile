# go.mod in the context is a link to a file outside it: read as absent (with a
# warning), so the binary's name comes from CMD; followed, it would name another module
FROM golang:1.22-bookworm AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
WORKDIR /src
COPY . .
RUN go build

FROM alpine:3.20
WORKDIR /src
COPY --from=builder /src/server /src/server
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
CMD ["./server"]
