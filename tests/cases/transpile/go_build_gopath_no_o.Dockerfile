FROM golang:1.9-stretch
WORKDIR /go/src/github.com/acme/hello
COPY . .
RUN go get -d -v ./...
RUN go build
CMD ["./hello"]
