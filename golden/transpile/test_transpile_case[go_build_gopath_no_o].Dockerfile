FROM golang:1.9-stretch AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
WORKDIR /go/src/github.com/acme/hello
COPY . .
RUN go get -d -v ./...
RUN go build

# hadolint ignore=DL3006
FROM gcr.io/distroless/static-debian12
WORKDIR /go/src/github.com/acme/hello
# files the program may read at run time (config, templates, static files)
COPY . /go/src/github.com/acme/hello/
COPY --from=builder /go/src/github.com/acme/hello/hello /go/src/github.com/acme/hello/hello
CMD ["./hello"]
