# make's output is copied to /usr/local/bin; which files make writes is not read, so
# the file the cp takes is named with the make that may have written it (Alpine 3.6: no
# capture window, which on 3.7 and later would run the build as written)
FROM alpine:3.6
RUN apk add --no-cache build-base
WORKDIR /build
COPY src /build/src
COPY Makefile /build/
RUN make && cp bin/relay /usr/local/bin/relay
CMD ["relay", "--config", "/etc/relay.yaml"]
