# gliderlabs/alpine (image data from gliderlabs/docker-alpine: the options file of
# versions/gliderlabs-3.4 names Alpine v3.4, its Dockerfile sets no WORKDIR): the
# program's directory is / and the static binary runs on the same Alpine release
FROM gliderlabs/alpine:3.4 AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
COPY . /go/src/github.com/example/tool
RUN apk add --update go git \
    && cd /go/src/github.com/example/tool \
    && export GOPATH=/go \
    && go get \
    && go build -o /bin/tool \
    && rm -rf /go \
    && apk del --purge go git

FROM alpine:3.4
COPY --from=builder /bin/tool /bin/tool
ENTRYPOINT ["/bin/tool"]
