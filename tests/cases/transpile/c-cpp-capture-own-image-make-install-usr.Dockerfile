# make install into /usr on buildpack-deps:bookworm, an image of a known release that
# keeps files of its own (its -dev packages and toolchain): the build runs in a capture
# window on that very image, the runner, with the original's packages again minus the
# build-only ones; the links to /dev/stdout and /dev/stderr after it are made in the
# runner too (the container runtime puts those in every container's /dev)
FROM buildpack-deps:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends libjansson-dev \
        libpcre2-dev autoconf automake libtool && rm -rf /var/lib/apt/lists/*
COPY libjwt /usr/src/libjwt
WORKDIR /usr/src/libjwt
RUN autoreconf -i && ./configure --prefix=/usr && make && make install
COPY server /usr/src/server
WORKDIR /usr/src/server
RUN ./configure --prefix=/usr/local/server --conf-path=/etc/server/server.conf \
    && make && make install
RUN useradd server && mkdir -p /var/log/server
RUN ln -sf /dev/stdout /var/log/server/access.log \
    && ln -sf /dev/stderr /var/log/server/error.log
CMD ["/usr/local/server/bin/server", "-g", "daemon off;"]
