FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc make && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
ARG PREFIX
# the prefix make install uses depends on which configure ran: on a Debian builder the
# build runs in the capture window, which observes what it wrote whichever branch ran
RUN if [ -n "$PREFIX" ]; then ./configure --prefix="$PREFIX"; else ./configure; fi \
    && make && make install
CMD ["myserver"]
