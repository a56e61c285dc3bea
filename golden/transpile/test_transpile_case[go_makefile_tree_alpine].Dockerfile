# a Makefile build on an Alpine golang image: the directory goes whole to alpine of the
# builder's release (its musl); the tools `go get` installed for the build stay behind
FROM golang:1.20-alpine3.18 AS builder
ENV APP="$GOPATH/src/github.com/example/polo"
WORKDIR $APP
COPY . $APP
RUN apk add --no-cache git make \
    && go get -u github.com/jteeuwen/go-bindata/... \
    && make \
    && apk del make git

FROM alpine:3.18
# time zones: alpine:3.18 has no zoneinfo; the original read Go's own from its GOROOT
COPY --from=builder /usr/local/go/lib/time/zoneinfo.zip /usr/local/go/lib/time/zoneinfo.zip
WORKDIR /go/src/github.com/example/polo
COPY --from=builder /go/src/github.com/example/polo /go/src/github.com/example/polo
# the builder image's value: the files copied under it may be found through it
ENV GOPATH=/go
ENV APP="/go/src/github.com/example/polo"
ENTRYPOINT ["bin/polo"]
CMD ["--help"]
