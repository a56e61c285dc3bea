# `make` in the clone does not show what it makes (pooler/cpuminer's Makefile makes
# `minerd`): the program is taken from the ENTRYPOINT's name, so the clone's directory
# is copied whole, and a wrong name fails at start as in the original, not the build
FROM debian:bookworm
RUN apt-get update && apt-get install -y build-essential git automake libcurl4-openssl-dev
RUN git clone https://github.com/pooler/cpuminer
RUN cd cpuminer && ./autogen.sh && ./configure CFLAGS="-O3" && make
WORKDIR /cpuminer
ENTRYPOINT ["./cpuminer"]
