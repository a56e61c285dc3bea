# cargo install names the binary after the package: Cargo.toml in the build context says which
FROM rust:1.79-bookworm AS builder
WORKDIR /usr/src/hello
COPY . .
RUN cargo install --locked --path .

FROM debian:bookworm-slim
# runtime libraries the binary links against
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends libssl3 && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src/hello
COPY --from=builder /usr/local/cargo/bin/hello-server /usr/local/bin/hello-server
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
EXPOSE 8080
CMD ["hello-server"]
