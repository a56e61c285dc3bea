# -DCMAKE_INSTALL_PREFIX:PATH=/opt/alpr names the cache entry's type before the =: the
# prefix is /opt/alpr all the same (not the default /usr/local)
FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends build-essential cmake libcurl4-openssl-dev \
    && rm -rf /var/lib/apt/lists/*
COPY . /srv/alpr
WORKDIR /srv/alpr/build
RUN cmake -DCMAKE_INSTALL_PREFIX:PATH=/opt/alpr .. && make -j2 && make install

FROM debian:bookworm-slim
# runtime libraries the binary links against
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends libcurl4 && rm -rf /var/lib/apt/lists/*
WORKDIR /srv/alpr/build
# files the program may read at run time (config, templates, static files)
COPY . /srv/alpr/
COPY --from=builder /opt/alpr /opt/alpr
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
# libraries were copied to /usr/local/lib
RUN ldconfig
CMD ["/opt/alpr/bin/alpr"]
