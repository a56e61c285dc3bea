# golang:1.8 is Debian jessie, which has no distroless image; nothing shows whether the
# program uses cgo (a sourced setup.sh, no build context), so the original's setting is
# kept and the runner is jessie's -slim image, whose glibc is the builder's: it runs
# either way (CGO_ENABLED=0 would make mattn/go-sqlite3 a failing stub); the sourced
# script is not read, so what it changes outside the copied directories is captured
# for the runner, as for `/go/setup.sh && go install skel` (corpus a3872d37)
FROM golang:1.8
ADD ./ /go/
RUN . /go/setup.sh && go install skel
ENTRYPOINT ["/go/bin/skel", "-router", "echo"]
EXPOSE 8080
