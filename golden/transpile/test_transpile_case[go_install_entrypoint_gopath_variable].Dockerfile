# the shell-form ENTRYPOINT names the binary through the image's $GOPATH: the runner
# gets the same GOPATH, so the command finds the binary where `go install` put it
FROM golang:1.10-stretch AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
ADD . $GOPATH/src/github.com/example/gosearch
WORKDIR $GOPATH/src/github.com/example/gosearch
RUN go install github.com/example/gosearch

FROM debian:bookworm-slim
WORKDIR /go/src/github.com/example/gosearch
# files the program may read at run time (config, templates, static files)
ADD . /go/src/github.com/example/gosearch/
COPY --from=builder /go/bin/gosearch /go/bin/gosearch
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
# the builder image's $GOPATH, which the command names
ENV GOPATH=/go
ENV GOSEARCH_ENV="develop"
ENTRYPOINT $GOPATH/bin/gosearch
