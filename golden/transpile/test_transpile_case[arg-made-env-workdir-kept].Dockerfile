# WORKDIR names an ENV that a build argument makes (ENV SRC=${SRC:-/srv/tool} after
# ARG SRC): `--build-arg SRC=/opt/tool` moves the original's working directory, so the
# runner's WORKDIR and the context copy it repeats are written with the ENV's value
# (the ARG declared before them), not with the default's path
FROM ubuntu:22.04 AS builder
RUN apt-get update && apt-get install -y gcc make && rm -rf /var/lib/apt/lists/*
ARG SRC
ENV SRC=${SRC:-/srv/tool}
ADD . $SRC
WORKDIR $SRC
RUN make install && { test -x /usr/local/bin/tool || { echo 'dtranspile: /usr/local/bin/tool is not among what make install put into /usr/local: no configure step wrote the Makefile, whose install may write elsewhere' >&2; exit 1; }; }

FROM ubuntu:22.04
ARG SRC
WORKDIR ${SRC:-/srv/tool}
# files the program may read at run time (config, templates, static files)
ADD . ${SRC:-/srv/tool}/
COPY --from=builder /usr/local /usr/local
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
# libraries were copied to /usr/local/lib
RUN ldconfig
ENV SRC=${SRC:-/srv/tool}
CMD ["/usr/local/bin/tool", "--config", "tool.conf"]
