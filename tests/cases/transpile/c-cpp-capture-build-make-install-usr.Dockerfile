# make install into /usr, among the distribution's own files: the native recipe cannot
# tell what to copy; the build runs in a capture window and the runner gets what it wrote
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends gcc make libc6-dev libssl-dev ca-certificates \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/hashd
COPY . .
RUN make && make install PREFIX=/usr
USER nobody
ENTRYPOINT ["/usr/bin/hashd"]
CMD ["--port", "8080"]
