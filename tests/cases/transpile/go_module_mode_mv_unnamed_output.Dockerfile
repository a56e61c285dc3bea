# Go 1.22 builds in module mode even inside $GOPATH/src, so go.mod (not shown) names the
# binary; the file `mv` takes from the build's directory under the command's name is
# what the command runs, and the runner takes that very file from the builder
FROM golang:1.22-alpine
WORKDIR /go/src/github.com/example/ferret-server
COPY . /go/src/github.com/example/ferret-server
RUN go build && mv ferret-server /go/bin/
CMD ["ferret-server"]
