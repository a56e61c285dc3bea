# a package file installed without its dependencies (--force-depends) among the captured
# RUNs: the runner installs the file the builder keeps with its dependencies from the
# archive (or fails), which the original does not have
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc make libc6-dev wget ca-certificates \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN wget -q https://example.com/esl-erlang_19.1.3-1_amd64.deb \
    && dpkg -i --force-depends esl-erlang_19.1.3-1_amd64.deb && rm esl-erlang_19.1.3-1_amd64.deb
RUN make && make install PREFIX=/usr
CMD ["/usr/bin/lfe"]
