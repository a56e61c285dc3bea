# the Makefile (not shown) writes the program outside the directory the build ran in:
# what else it put there, and where, is not known
FROM golang:1.21-bookworm
WORKDIR /go/src/github.com/example/ebpf
COPY . .
RUN make -e OUTPUTFLAGS="-o /ebpf-example"
ENTRYPOINT ["/ebpf-example"]
