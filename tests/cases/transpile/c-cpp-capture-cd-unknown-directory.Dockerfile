FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc make && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# the directory the archive unpacks to is only known in the builder (`ls` prints it; a
# glob matches it): make runs there, so the build runs in the capture window
RUN tar xzf greet-*.tar.gz && cd $(ls -d greet-*/) && make && make install \
    && cd /src && tar xzf tool-*.tar.gz && cd tool-*/ && make && make install
CMD ["greet"]
