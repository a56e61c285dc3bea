# `cd` into the Go sources: the runner gets only the binary, so the directory is missing
FROM golang:1.22-bookworm
COPY . /go/src/server/
RUN cd /go/src/server && go install
CMD cd /go/src/server && server
