# a plain Alpine image: zeromq's configure sends the install into /usr, among the
# distribution's files, and its configuration to /etc (--sysconfdir=/etc); neither can be
# copied whole, so the build runs in a capture window and what it wrote is told apart
# from the packages' files by the apk database's digests
FROM alpine:3.18
RUN apk add --no-cache curl g++ make libsodium-dev
WORKDIR /tmp
RUN curl -fsSL https://github.com/zeromq/libzmq/releases/download/v4.3.5/zeromq-4.3.5.tar.gz \
        -o zeromq.tar.gz && tar -xf zeromq.tar.gz && rm zeromq.tar.gz
WORKDIR /tmp/zeromq-4.3.5
RUN ./configure --prefix=/usr --sysconfdir=/etc --with-libsodium \
    && make && make install
CMD ["curve_keygen"]
