# crosbymichael/golang-style image with no record: its GOPATH is not known, but the
# build in /go/src and the ENTRYPOINT's /go/bin show GOPATH=/go
FROM registry.example.com/tools/golang:1.10
ADD . /go/src/github.com/acme/skydock
RUN cd /go/src/github.com/acme/skydock && go install .
WORKDIR /
USER nobody
ENTRYPOINT ["/go/bin/skydock"]
