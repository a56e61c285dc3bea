# a GOPATH-era program reads its project's ../config beside its folder: the named copy under
# /go/src is repeated in the runner, as its own folder's is
FROM golang:1.19-bookworm AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
ENV GO111MODULE=off
WORKDIR /go/src/example.com/greeter/server
COPY server/ .
COPY config ../config
RUN go build -o /go/bin/greeter .

# hadolint ignore=DL3006
FROM gcr.io/distroless/static-debian12
WORKDIR /go/src/example.com/greeter/server
# files the program may read at run time (config, templates, static files)
COPY server/ /go/src/example.com/greeter/server/
# files the program may read at run time (config, templates, static files)
COPY config /go/src/example.com/greeter/config
COPY --from=builder /go/bin/greeter /usr/local/bin/greeter
# the builder image's value: the files copied under it may be found through it
ENV GOPATH=/go
CMD ["greeter"]
