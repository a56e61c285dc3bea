# `go get` downloads the program's sources and the final WORKDIR is that download:
# the program may read its templates there at run time, so the runner takes the tree
FROM golang:1.22-bookworm
RUN go get github.com/example/ink
EXPOSE 8000
WORKDIR /go/src/github.com/example/ink
CMD ["ink", "preview", "template"]
