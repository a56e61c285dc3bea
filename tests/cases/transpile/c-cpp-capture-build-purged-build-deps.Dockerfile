# the official images' source build: packages named by a variable the same RUN purges
# again ($buildDeps leaves nothing of its own), a make install the recipe cannot follow,
# and the command's script copied from the context after the build: tested in the
# runner after that copy, not before it
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates libpcre2-8-0 \
    gcc make libc6-dev \
    && rm -rf /var/lib/apt/lists/*
COPY . /usr/src/tinyhttpd
RUN buildDeps="libpcre2-dev zlib1g-dev" \
    && apt-get update && apt-get install -y --no-install-recommends $buildDeps \
    && cd /usr/src/tinyhttpd && make && make install PREFIX=/usr \
    && apt-get purge -y --auto-remove $buildDeps \
    && rm -rf /var/lib/apt/lists/*
COPY docker-entrypoint /usr/local/bin/
CMD ["docker-entrypoint"]
