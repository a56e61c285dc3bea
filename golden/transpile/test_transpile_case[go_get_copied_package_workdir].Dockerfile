# `go get` of the import path the context was copied to builds those sources: the
# final WORKDIR is the built package, so the rewrite goes ahead
FROM alpine:3.18 AS builder
ENV GOPATH="/gopath"
ENV PATH="$PATH:/usr/lib/go/bin:/gopath/bin"
WORKDIR /gopath/src/github.com/example/tail
COPY . /gopath/src/github.com/example/tail/
RUN apk add --no-cache go git musl-dev     && go get github.com/example/tail     && apk del git go && mkdir -p /opt/dtranspile-entry && { [ ! -e /gopath/bin/tail-agent ] || cp -p /gopath/bin/tail-agent /opt/dtranspile-entry/; }

FROM alpine:3.18
WORKDIR /gopath/src/github.com/example/tail
# files the program may read at run time (config, templates, static files)
COPY . /gopath/src/github.com/example/tail/
COPY --from=builder /opt/dtranspile-entry/ /usr/local/bin/
ENV GOPATH="/gopath"
CMD ["tail-agent", "--file", "/var/log/app.log"]
