# a Makefile build on an Alpine golang image: the directory goes whole to alpine of the
# builder's release (its musl); the tools `go get` installed for the build stay behind
FROM golang:1.20-alpine3.18
ENV APP $GOPATH/src/github.com/example/polo
WORKDIR $APP
COPY . $APP
RUN apk add --no-cache git make \
    && go get -u github.com/jteeuwen/go-bindata/... \
    && make \
    && apk del make git
ENTRYPOINT ["bin/polo"]
CMD ["--help"]
