# Go 1.11 inside $GOPATH/src builds in GOPATH mode (go.mod is not read there): `go build`
# names the binary after the directory, and `mv` puts it on PATH
FROM golang:1.11-alpine
WORKDIR /go/src/github.com/example/ferret-server
COPY . /go/src/github.com/example/ferret-server
RUN go build && mv ferret-server /go/bin/
CMD ["ferret-server"]
