# the shell-form ENTRYPOINT names the binary through the image's $GOPATH: the runner
# gets the same GOPATH, so the command finds the binary where `go install` put it;
# the build context copied again under $GOPATH wants the same ENV: it is written once
FROM golang:1.10-stretch
ADD . $GOPATH/src/github.com/example/gosearch
WORKDIR $GOPATH/src/github.com/example/gosearch
RUN go install github.com/example/gosearch
ENV GOSEARCH_ENV develop
ENTRYPOINT $GOPATH/bin/gosearch
