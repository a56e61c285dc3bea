# a C library's headers are installed for the Makefile's build: the program may link
# the library, whose runtime package is not known
FROM golang:1.21-bookworm
RUN apt-get update && apt-get install -y libsqlite3-dev
WORKDIR /go/src/github.com/example/tool
COPY . .
RUN make build
CMD ["./bin/tool"]
