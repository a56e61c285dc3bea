# `make install` writes outside the directory by the Makefile's own names, which the
# Dockerfile does not show, even when the command runs a program inside it
FROM golang:1.21-bookworm
WORKDIR /go/src/github.com/example/tool
COPY . .
RUN make && make install
CMD ["./bin/tool"]
