# a package file a context COPY brings, installed by a RUN that only installs packages: that
# RUN starts the capture (no archive has the package, so it cannot be replayed by name) and
# the builder's dpkg hook keeps the file for the runner
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc make libc6-dev
COPY tool_1.0_amd64.deb /tmp/
RUN apt-get install -y /tmp/tool_1.0_amd64.deb && rm /tmp/tool_1.0_amd64.deb
WORKDIR /src
COPY . .
RUN make && make install PREFIX=/usr
CMD ["/usr/bin/app"]
