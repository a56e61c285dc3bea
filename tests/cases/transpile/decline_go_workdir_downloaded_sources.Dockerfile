# `go get` downloads the program's sources and the final WORKDIR is that download:
# the program reads its templates there at run time, which no COPY carries
FROM golang:1.22-bookworm
RUN go get github.com/example/ink
EXPOSE 8000
WORKDIR /go/src/github.com/example/ink
CMD ["ink", "preview", "template"]
