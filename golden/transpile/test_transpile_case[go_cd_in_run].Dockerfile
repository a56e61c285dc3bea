FROM golang:1.11-stretch AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
COPY . /go/src/github.com/acme/daemon
RUN cd /go/src/github.com/acme/daemon/cmd/daemond && go get -d -v && go build -o /usr/bin/daemond

# hadolint ignore=DL3006
FROM gcr.io/distroless/static-debian12
WORKDIR /go
# files the program may read at run time (config, templates, static files)
COPY . /go/src/github.com/acme/daemon/
COPY --from=builder /usr/bin/daemond /usr/bin/daemond
ENTRYPOINT ["/usr/bin/daemond"]
