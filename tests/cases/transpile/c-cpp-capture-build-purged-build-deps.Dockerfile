# the official images' source build: packages named by a variable the same RUN purges
# again ($buildDeps leaves nothing of its own), a make install the recipe cannot follow,
# and a configuration file copied from the context after the build; the command's
# program is tested in the runner after the last copy
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
COPY tinyhttpd.conf /etc/tinyhttpd.conf
CMD ["tinyhttpd", "-c", "/etc/tinyhttpd.conf"]
