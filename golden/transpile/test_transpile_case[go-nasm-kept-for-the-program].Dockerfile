# amber (a Go packer) runs nasm at run time; go's build cannot run it (it assembles
# with its own, cgo runs gcc only): the installed nasm is the program's, kept in the runner
FROM ubuntu:17.10 AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
RUN apt-get update -y
RUN apt-get install -y git golang nasm
RUN mkdir /root/go
ENV GOPATH="/root/go"
RUN go get -v github.com/egebalci/amber

FROM ubuntu:17.10
# packages the original installs for run time
# hadolint ignore=DL3008,DL3015
RUN apt-get update && apt-get install -y git nasm && rm -rf /var/lib/apt/lists/*
COPY --from=builder /root/go/bin/amber /root/go/bin/amber
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
RUN mkdir -p /root/go
ENV GOPATH="/root/go"
ENTRYPOINT ["/root/go/bin/amber"]
CMD ["--help"]
