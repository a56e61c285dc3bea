# PREFIX in make install's environment inside /usr/local: whether the Makefile takes
# it (PREFIX ?=) or keeps its own /usr/local, the copy of /usr/local holds the program
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc make libc6-dev \
    && rm -rf /var/lib/apt/lists/*
COPY . /src
WORKDIR /src
RUN make && PREFIX=/usr/local/sbin make install
CMD ["/usr/local/sbin/tool"]
