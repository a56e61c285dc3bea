# debian:buster has no CA certificates, but git's Recommends bring them into the
# original; stubby authenticates its DNS-over-TLS upstreams against the system store.
# The slim runner installs ca-certificates (and git, which the original keeps and a
# program may run, since draw7: its Recommends would bring them as well).
FROM debian:buster
RUN apt-get update && apt-get install -y libyaml-dev libssl-dev libtool-bin autoconf git make && \
        rm -rf /var/lib/apt/lists/*
RUN git clone https://github.com/getdnsapi/getdns.git
WORKDIR getdns
RUN git submodule update --init && libtoolize -ci && autoreconf -fi && mkdir build
WORKDIR build
RUN ../configure --enable-stub-only --with-stubby && make && make install && ldconfig
COPY stubby.yml /usr/local/etc/stubby/stubby.yml
CMD [ "/usr/local/bin/stubby" ]
