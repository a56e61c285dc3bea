# alpine 3.2: the install into /usr (with --sysconfdir=/etc) could only be captured, and
# the BusyBox configuration read for the capture is Alpine 3.7's and later: declined,
# saying so
FROM alpine:3.2
RUN apk add --no-cache curl g++ make
WORKDIR /tmp/src
RUN curl -fsSL https://example.org/tool-1.0.tar.gz | tar -xz --strip-components=1 \
    && ./configure --prefix=/usr --sysconfdir=/etc && make && make install
CMD ["tool"]
