# the optional outputs' staging directory is copied onto the runner's / (COPY --from=builder
# /opt/dtranspile-optional-outputs /): it holds /go/bin/tail at most, not every path, so the
# chmod of /go/pkg (the builder's package archives, never copied) would fail the runner's
# build: declined, rather than taking the copy onto / for one holding /go/pkg
FROM golang:1.10
RUN mkdir -p $GOPATH/src/github.com/hpcloud/tail/
ADD . $GOPATH/src/github.com/hpcloud/tail/
RUN go get -v github.com/hpcloud/tail
RUN go install -v github.com/hpcloud/tail
RUN go install -v github.com/hpcloud/tail/cmd/gotail
ENV PATH="$GOPATH/bin:$PATH"
RUN chmod -R a+rX /go/pkg
CMD ["gotail"]
