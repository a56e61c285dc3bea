# a third-party apt repository without its key: the runner installs fish from it
# again, with the original's --force-yes (jessie's apt stops without it); the command runs
# fish with a command of its own (a bare `fish` would be an interactive shell: declined)
FROM debian:jessie AS builder
WORKDIR /tmp
RUN echo "deb http://download.opensuse.org/repositories/shells:/fish:/nightly:/master/Debian_8.0/ /" >> /etc/apt/sources.list.d/fish.list \
    && apt-get update && apt-get install -y --force-yes --no-install-recommends \
    fish ca-certificates curl make \
    && rm -rf /var/lib/apt/lists/*
COPY . /usr/src
WORKDIR /usr/src
RUN make install

FROM debian:jessie-slim
COPY --from=builder /etc/apt /etc/apt
COPY --from=builder /usr/share/keyrings /usr/share/keyrings
# runtime libraries the binary links against
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends --force-yes ca-certificates && rm -rf /var/lib/apt/lists/*
# packages the original installs for run time
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends --force-yes curl fish && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src
# files the program may read at run time (config, templates, static files)
COPY . /usr/src/
COPY --from=builder /usr/local /usr/local
# libraries were copied to /usr/local/lib
RUN ldconfig
CMD ["fish", "-c", "hello"]
