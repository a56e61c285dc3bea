FROM golang:1.11-stretch
COPY . /go/src/github.com/acme/daemon
RUN cd /go/src/github.com/acme/daemon/cmd/daemond && go get -d -v && go build -o /usr/bin/daemond
ENTRYPOINT ["/usr/bin/daemond"]
