# a GOPATH-era program reads its project's ../config beside its folder: the named copy under
# /go/src is repeated in the runner, as its own folder's is
FROM golang:1.19-bookworm
ENV GO111MODULE=off
WORKDIR /go/src/example.com/greeter/server
COPY server/ .
COPY config ../config
RUN go build -o /go/bin/greeter .
CMD ["greeter"]
