# the project's Makefile (not shown) builds bin/batten inside the directory the build
# ran in: that directory is copied whole to the slim image of the builder's Debian
# release, whose glibc the program may be linked against
FROM golang:1.21-bookworm AS builder
WORKDIR /go/src/github.com/example/batten
COPY . .
RUN make all

FROM buildpack-deps:bookworm-scm
WORKDIR /go/src/github.com/example/batten
COPY --from=builder /go/src/github.com/example/batten /go/src/github.com/example/batten
# the builder image's value: the files copied under it may be found through it
ENV GOPATH=/go
CMD ["/go/src/github.com/example/batten/bin/batten", "check"]
