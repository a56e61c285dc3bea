# --prefix=$HOME/local in a RUN as root: Docker's RUN has HOME=/root, so the install's
# prefix is /root/local, which the runner gets whole
FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc make libc6-dev \
    && rm -rf /var/lib/apt/lists/*
COPY . /src
WORKDIR /src
RUN ./configure --prefix=$HOME/local && make && make install

FROM debian:bookworm-slim
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /root/local /root/local
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
# libraries were copied to /usr/local/lib
RUN ldconfig
CMD ["/root/local/bin/tool"]
