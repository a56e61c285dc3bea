# PREFIX in make install's environment inside /usr/local: whether the Makefile takes
# it (PREFIX ?=) or keeps its own /usr/local, the copy of /usr/local holds the program
FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc make libc6-dev \
    && rm -rf /var/lib/apt/lists/*
COPY . /src
WORKDIR /src
RUN make && PREFIX=/usr/local/sbin make install && { test -x /usr/local/sbin/tool || { echo 'dtranspile: /usr/local/sbin/tool is not among what make install put into /usr/local: no configure step wrote the Makefile, whose install may write elsewhere' >&2; exit 1; }; }

FROM debian:bookworm-slim
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local /usr/local
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
# libraries were copied to /usr/local/lib
RUN ldconfig
CMD ["/usr/local/sbin/tool"]
