# crosbymichael/golang-style image with no record: its GOPATH is not known, but the
# build in /go/src and the ENTRYPOINT's /go/bin show GOPATH=/go
FROM registry.example.com/tools/golang:1.10 AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
ADD . /go/src/github.com/acme/skydock
RUN cd /go/src/github.com/acme/skydock && go install .

# hadolint ignore=DL3006
FROM gcr.io/distroless/static-debian12
WORKDIR /
# files the program may read at run time (config, templates, static files)
ADD . /go/src/github.com/acme/skydock/
COPY --from=builder /go/bin/skydock /go/bin/skydock
USER nobody
ENTRYPOINT ["/go/bin/skydock"]
