# the container runs a tool installed with `go get` (lime, a live-reloader) in a
# directory of Go sources that no build step compiles: it builds them at run time,
# which needs the Go toolchain
FROM golang:1.7.1-alpine
RUN apk --no-cache add git
RUN go get github.com/kaneshin/lime
ADD . /go/src/github.com/example/bot
WORKDIR /go/src/github.com/example/bot/examples
EXPOSE 3001
CMD ["lime", "-bin=/tmp/examples", "-port=3001", "-app-port=3000"]
