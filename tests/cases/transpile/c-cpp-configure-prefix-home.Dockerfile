# --prefix=$HOME/local in a RUN as root: Docker's RUN has HOME=/root, so the install's
# prefix is /root/local, which the runner gets whole
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc make libc6-dev \
    && rm -rf /var/lib/apt/lists/*
COPY . /src
WORKDIR /src
RUN ./configure --prefix=$HOME/local && make && make install
CMD ["/root/local/bin/tool"]
