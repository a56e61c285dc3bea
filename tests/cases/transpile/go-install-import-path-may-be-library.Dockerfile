# `go install github.com/hpcloud/tail` names a library package (package tail): it writes
# no binary, so the runner may copy /go/bin/tail only where the build wrote it
# (corpus 9d0fdfc1, 586d5c2f: a COPY --from=builder /go/bin/tail failed the build)
FROM golang:1.10
RUN mkdir -p $GOPATH/src/github.com/hpcloud/tail/
ADD . $GOPATH/src/github.com/hpcloud/tail/
RUN go get -v github.com/hpcloud/tail
RUN go install -v github.com/hpcloud/tail
RUN go install -v github.com/hpcloud/tail/cmd/gotail
ENV PATH $GOPATH/bin:$PATH
CMD ["gotail"]
