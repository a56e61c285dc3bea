# make install into /usr on gcc:9 pinned by a digest: the tag was published from 2019-05,
# before Debian bullseye (the image data's release, its last image's) was released, so
# the digest may be a buster image: the runner is the very pinned image, and the runtime
# packages of the -dev packages are read in the builder, not named from bullseye's
# tables (libpcre2-posix2 there, which buster does not have)
FROM gcc:9@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
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
