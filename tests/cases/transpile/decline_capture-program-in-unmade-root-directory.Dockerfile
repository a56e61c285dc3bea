# the relative cd builds in /libfoo/server and make install writes /usr/local: nothing writes /server/server
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends build-essential cmake git ca-certificates \
    && git clone https://github.com/example/libfoo \
    && cd libfoo && ./configure && make && make install \
    && git clone https://github.com/example/server \
    && cd server && cmake . && make && make install
COPY server.conf /etc/server/
CMD ["/server/server", "-c", "/etc/server/server.conf"]
