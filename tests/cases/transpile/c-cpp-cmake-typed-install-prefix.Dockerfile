# -DCMAKE_INSTALL_PREFIX:PATH=/opt/alpr names the cache entry's type before the =: the
# prefix is /opt/alpr all the same (not the default /usr/local)
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends build-essential cmake libcurl4-openssl-dev \
    && rm -rf /var/lib/apt/lists/*
COPY . /srv/alpr
WORKDIR /srv/alpr/build
RUN cmake -DCMAKE_INSTALL_PREFIX:PATH=/opt/alpr .. && make -j2 && make install
CMD ["/opt/alpr/bin/alpr"]
