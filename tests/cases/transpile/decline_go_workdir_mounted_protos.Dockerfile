# a code generator run in an empty directory of the Go workspace (protos are mounted
# there at run time): it calls the protoc plugins `go get` installed and reads GOPATH,
# which the runner would not have
FROM golang:alpine3.5
RUN apk add --no-cache protobuf git
RUN go get -u -v github.com/gogo/protobuf/protoc-gen-go
COPY ./ $GOPATH/src/github.com/example/truss
RUN go install -v github.com/example/truss/...
WORKDIR /go/src/protos
ENTRYPOINT ["truss"]
