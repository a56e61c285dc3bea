# rust:1 is Debian trixie: the runner must be trixie too (GLIBC_2.xx), with libpq5
FROM rust:1 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src/app
COPY . .
RUN cargo build --release --locked

FROM debian:stable-slim
# runtime libraries the binary links against
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 libssl3t64 && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src/app
# files the program may read at run time (config, templates, static files)
COPY . /usr/src/app/
COPY --from=builder /usr/src/app/target/release/server /usr/src/app/target/release/server
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
EXPOSE 8000
CMD ["./target/release/server"]
