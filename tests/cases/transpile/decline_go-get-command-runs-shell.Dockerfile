# `go get` installs binaries whose names the build does not show, so the command's
# program is taken for one of them; `sh` is no Go binary (a COPY of /go/bin/sh failed
# the runner's build): the shell runs run.sh of the downloaded sources, not read
FROM golang:1.10-alpine3.7
RUN apk add --no-cache git && go get -u github.com/example/cms
CMD sh $GOPATH/src/github.com/example/cms/run.sh
