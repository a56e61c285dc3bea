# the ENTRYPOINT is a script the COPY brings from the build context; without the
# context what it runs is unknown (a C build on Alpine: the runner has only the artifacts)
FROM alpine:3.18
RUN apk add --no-cache build-base curl \
    && curl -fsSL https://example.com/ocserv-1.2.tar.xz | tar -xJ -C /usr/src \
    && cd /usr/src/ocserv-1.2 && ./configure && make && make install
COPY ./docker-entrypoint.sh /entrypoint.sh
ENTRYPOINT ["/entrypoint.sh"]
CMD ["ocserv", "-f"]
