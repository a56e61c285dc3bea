# debian:buster has no CA certificates, but git's Recommends bring them into the
# original; stubby authenticates its DNS-over-TLS upstreams against the system store.
# The slim runner installs ca-certificates (and git, which the original keeps and a
# program may run, since draw7: its Recommends would bring them as well).
FROM debian:buster AS builder
RUN apt-get update && apt-get install -y libyaml-dev libssl-dev libtool-bin autoconf git make \
    && rm -rf /var/lib/apt/lists/*
RUN git clone https://github.com/getdnsapi/getdns.git
WORKDIR getdns
RUN git submodule update --init && libtoolize -ci && autoreconf -fi && mkdir build
WORKDIR build
RUN ../configure --enable-stub-only --with-stubby && make && make install && ldconfig

FROM debian:buster-slim
# runtime libraries the binary links against
# hadolint ignore=DL3008,DL3015
RUN apt-get update && apt-get install -y libssl1.1 libyaml-0-2 && rm -rf /var/lib/apt/lists/*
# packages the original installs for run time
# hadolint ignore=DL3008,DL3015
RUN apt-get update && apt-get install -y git libtool-bin && rm -rf /var/lib/apt/lists/*
WORKDIR /getdns/build
COPY --from=builder /usr/local /usr/local
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
# libraries were copied to /usr/local/lib
RUN ldconfig
COPY stubby.yml /usr/local/etc/stubby/stubby.yml
CMD ["/usr/local/bin/stubby"]
