# draw9 (486e8b47): the build installs g++, so cgo may compile a package's C++ files;
# the Alpine runner gets libstdc++ and libgcc, which the alpine image lacks
FROM golang:1.11.4-alpine

WORKDIR /src/github.com/example/imageup
ADD . /src/github.com/example/imageup

RUN apk add bash ca-certificates git gcc g++ libc-dev

RUN go build -o bin/imageup
CMD ["./bin/imageup"]
