# GOPATH mode (no go.mod): the sources import github.com/mattn/go-sqlite3, which
# `go get` fetches and the context does not hold; compiled with CGO_ENABLED=0 it is a
# stub that fails at run time, so cgo is kept (glibc runner), not forced off
FROM golang:1.10
ADD . /go/src/github.com/example/latency
RUN go get github.com/example/latency/cmd/latency-server
RUN go install github.com/example/latency/cmd/latency-server
ENTRYPOINT ["/go/bin/latency-server"]
