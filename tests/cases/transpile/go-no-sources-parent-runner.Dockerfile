# go install of a remote package: no Go source is read (the build context holds none), so
# which programs the binary starts (os/exec) is not known; the runner is the image
# golang:1.22-bookworm is built on, buildpack-deps:bookworm-scm, which has every program
# of the builder (git, ssh, curl ...) but the Go toolchain and the C compilers
FROM golang:1.22-bookworm
RUN go install github.com/alash3al/scrapyd-go@v1.0.0
ENTRYPOINT ["scrapyd-go"]
