FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev libssl-dev make openssl && rm -rf /var/lib/apt/lists/*
RUN sed -i 's/^\[openssl_init\]$/[openssl_init]\nssl_conf = ssl_sect/' /etc/ssl/openssl.cnf
WORKDIR /src
COPY . .
RUN make
CMD ["/src/server"]
