# the command finds the Makefile's program through PATH: which directory of the PATH
# the Makefile put it in is not known
FROM golang:1.21-bookworm
WORKDIR /go/src/github.com/example/tool
COPY . .
RUN make build
CMD ["tool"]
