# the sources copied under $GOPATH are removed by the build's `rm -rf $GOPATH` (a
# variable with a known value): the original has none of them at run time, so the
# runner does not copy the build context there again, nor makes $GOPATH/bin
FROM alpine:3.19
ENV GOPATH /go-workspace
RUN mkdir -p $GOPATH/bin
COPY . $GOPATH/src/example.com/tool
RUN apk add --no-cache iptables \
    && apk add --no-cache --virtual .build go git \
    && cd $GOPATH/src/example.com/tool \
    && go build -o /usr/bin/tool . \
    && apk del .build \
    && rm -rf $GOPATH
ENTRYPOINT ["tool"]
