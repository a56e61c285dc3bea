# a package file installed without its dependencies (--force-depends) among the captured
# RUNs, no apt or dpkg command after it: the original keeps the package with its missing
# dependencies; the runner installs the kept file the same way, after the dependencies
# the builder had (read there with dpkg-query)
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc make libc6-dev wget ca-certificates \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN wget -q https://example.com/esl-erlang_19.1.3-1_amd64.deb \
    && dpkg -i --force-depends esl-erlang_19.1.3-1_amd64.deb && rm esl-erlang_19.1.3-1_amd64.deb
RUN make && make install PREFIX=/usr
CMD ["/usr/bin/lfe"]
