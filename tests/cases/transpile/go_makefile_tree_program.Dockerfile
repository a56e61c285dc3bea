# the project's Makefile (not shown) builds bin/batten inside the directory the build
# ran in: that directory is copied whole to the slim image of the builder's Debian
# release, whose glibc the program may be linked against
FROM golang:1.21-bookworm
WORKDIR /go/src/github.com/example/batten
COPY . .
RUN make all
CMD ["/go/src/github.com/example/batten/bin/batten", "check"]
