FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev libssl-dev make openssl && rm -rf /var/lib/apt/lists/*
RUN sed -i 's/^\[openssl_init\]$/[openssl_init]\nssl_conf = ssl_sect/' /etc/ssl/openssl.cnf
WORKDIR /src
COPY . .
RUN make

FROM debian:bookworm-slim
# runtime libraries the binary links against
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends libssl3 && rm -rf /var/lib/apt/lists/*
# packages the original installs for run time
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends openssl && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY --from=builder /src /src
COPY --from=builder /etc/ssl/openssl.cnf /etc/ssl/openssl.cnf
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
CMD ["/src/server"]
