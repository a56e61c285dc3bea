# `go get` downloads the program's sources and the final WORKDIR is that download:
# the program may read its templates there at run time, so the runner takes the tree
FROM golang:1.22-bookworm AS builder
RUN go get github.com/example/ink

FROM buildpack-deps:bookworm-scm
WORKDIR /go/src/github.com/example/ink
COPY --from=builder /go/bin/ink /usr/local/bin/ink
COPY --from=builder /go/src/github.com/example/ink /go/src/github.com/example/ink
# the builder image's value: the files copied under it may be found through it
ENV GOPATH=/go
EXPOSE 8000
CMD ["ink", "preview", "template"]
