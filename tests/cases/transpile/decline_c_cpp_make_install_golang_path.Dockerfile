# golang's PATH searches /go/bin before /usr/local/bin: the install target of a Go
# project's Makefile usually runs `go install`, so the program may not be in /usr/local
FROM golang:1.22-bookworm
WORKDIR /go/src/example.com/tool
COPY . .
RUN make deps && make install
ENTRYPOINT ["tool", "daemon"]
