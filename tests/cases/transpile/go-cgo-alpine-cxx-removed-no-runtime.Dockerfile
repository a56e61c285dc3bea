# draw9 (c9d5c213): the C++ compiler (build-base) is deleted with its virtual group after
# the build, and the C++ runtime with it: the original has no libstdc++, so neither does
# the runner
FROM alpine:3.18
ENV GOPATH /go
RUN apk add --update musl \
    && apk add -t build-tools build-base go git \
    && mkdir /go \
    && cd /go \
    && go install github.com/example/server@v1.0.0 \
    && mv $GOPATH/bin/server /bin \
    && apk del --purge build-tools \
    && rm -rf /go /var/cache/apk/*
ENTRYPOINT ["/bin/server"]
