# `go get` of the import path the context was copied to builds those sources: the
# final WORKDIR is the built package, so the rewrite goes ahead
FROM alpine:3.18
ENV GOPATH /gopath
ENV PATH $PATH:/usr/lib/go/bin:/gopath/bin
WORKDIR /gopath/src/github.com/example/tail
COPY . /gopath/src/github.com/example/tail/
RUN apk add --no-cache go git musl-dev \
    && go get github.com/example/tail \
    && apk del git go
CMD ["tail-agent", "--file", "/var/log/app.log"]
