# amber (a Go packer) runs nasm at run time; go's build cannot run it (it assembles
# with its own, cgo runs gcc only): the installed nasm is the program's, kept in the runner
FROM ubuntu:17.10
RUN apt-get update -y
RUN apt-get install -y git golang nasm
RUN mkdir /root/go
ENV GOPATH /root/go
RUN go get -v github.com/egebalci/amber
ENTRYPOINT ["/root/go/bin/amber"]
CMD ["--help"]
