# `make` in the clone does not show what it makes (pooler/cpuminer's Makefile makes
# `minerd`): the program is taken from the ENTRYPOINT's name, so the clone's directory
# is copied whole, and a wrong name fails at start as in the original, not the build
FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y build-essential git automake libcurl4-openssl-dev
RUN git clone https://github.com/pooler/cpuminer
RUN cd cpuminer && ./autogen.sh && ./configure CFLAGS="-O3" && make

FROM debian:bookworm-slim
# runtime libraries the binary links against
# hadolint ignore=DL3008,DL3015
RUN apt-get update && apt-get install -y libcurl4 && rm -rf /var/lib/apt/lists/*
# packages the original installs for run time
# hadolint ignore=DL3008,DL3015
RUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*
WORKDIR /cpuminer
COPY --from=builder /cpuminer /cpuminer
ENTRYPOINT ["./cpuminer"]
